/**
 * The known keys of an endpoint's key/value lists as field-map entries (session 15): the value
 * member of a list element, tagged with the key's category under a `when` condition on the key
 * member of the same element (`ProfileItem[].Value` is a nickname when `ProfileItem[].Tag` is
 * `Tag_Profile_IM_Nick`). Added to the endpoint's body field map, they reach the engine's plan as
 * a discriminated union's members do, so a key only the catalog knows (`Tag_SNS_IM_Remark`, a
 * custom profile tag) is classified as the catalog says. Keys not listed stay with the engine's
 * generic rules (its tag table, key names, value and text detectors).
 */
import { appendKey } from "@kago/personal-data";
import type { KeyValueList } from "../types.js";
import type { FieldCategory, FieldMap, FieldMark } from "./field-map.js";

/** The conditional entries of the known keys of `lists` (those `inPlan`): one per known key. */
export function keyValueListFields(lists: readonly KeyValueList[]): {
  readonly fieldCategories: readonly FieldCategory[];
  readonly operationalFields: readonly FieldMark[];
} {
  const fieldCategories: FieldCategory[] = [];
  const operationalFields: FieldMark[] = [];
  for (const list of lists) {
    if (list.inPlan === false) continue;
    const path = appendKey(list.path, list.valueField);
    const keyPath = appendKey(list.path, list.keyField);
    for (const [key, category] of Object.entries(list.known)) {
      const when = { path: keyPath, equals: key };
      if (category === "operational") operationalFields.push({ path, when });
      else fieldCategories.push({ path, category, when });
    }
  }
  return { fieldCategories, operationalFields };
}

/** A schema's field map with the known keys of its endpoint's key/value lists added. */
export function withKeyValueLists(fields: FieldMap, lists: readonly KeyValueList[]): FieldMap {
  if (lists.length === 0) return fields;
  const listed = keyValueListFields(lists);
  return Object.freeze({
    ...fields,
    fieldCategories: Object.freeze([...fields.fieldCategories, ...listed.fieldCategories]),
    operationalFields: Object.freeze([...fields.operationalFields, ...listed.operationalFields]),
  });
}
