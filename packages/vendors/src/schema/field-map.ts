/**
 * Derives a field map from a tagged zod schema: which path holds which category, which paths are
 * operational, which are free text and which strings hold an encoded document.
 *
 * Path templates (shared with the engine's finding locations):
 * - `a.b`: object keys; `[]`: every element of an array; `[5]`: one position of a positional array
 *   (a zod tuple, e.g. `app_data.extinfo[5]`); `*`: every value of a record;
 * - `#json` / `#form`: the string holds JSON / a form-encoded document, and what follows is a path
 *   inside it (`data#json[].user_data.em`).
 * A tag covers the whole subtree under its path. Fields of one member of a discriminated union
 * carry a `when` condition: the discriminator's path and the value it must have.
 */
import {
  appendElement,
  appendJson,
  appendKey,
  appendRecordValue,
  type CategoryKey,
  tagOf,
} from "@kago/personal-data";
import type { z } from "zod";
import { type ColumnNames, vendorTagRegistry } from "./tags.js";

/** How a string field's content is encoded. */
export type StringEncoding = "json" | "form";

/**
 * A condition under which a tag applies: a discriminator field of the same element (its path, a
 * template like the tagged path: `MsgBody[].MsgType`) has a value, or (session 15) a string value
 * the pattern matches (`batch[].relative_url`, see the catalog's sub-request routes).
 */
export type FieldCondition =
  | { readonly path: string; readonly equals: string | number | boolean }
  | { readonly path: string; readonly matches: RegExp };

/** A list whose cells a sibling member names (`payload.data` by `payload.schema`). */
export interface ColumnField extends ColumnNames {
  readonly path: string;
  readonly when?: FieldCondition;
}

/** A field tagged with a category. */
export interface FieldCategory {
  readonly path: string;
  readonly category: CategoryKey;
  readonly when?: FieldCondition;
}

/** A field tagged operational, free text, relative URL or addressing identifier. */
export interface FieldMark {
  readonly path: string;
  readonly when?: FieldCondition;
}

/** A string field holding an encoded document. */
export interface EncodedField {
  readonly path: string;
  readonly encoding: StringEncoding;
  readonly when?: FieldCondition;
}

/** Everything a tagged schema says about its fields, in schema order. */
export interface FieldMap {
  readonly fieldCategories: readonly FieldCategory[];
  readonly operationalFields: readonly FieldMark[];
  readonly freeTextFields: readonly FieldMark[];
  readonly encodedFields: readonly EncodedField[];
  /** Strings holding a relative URL (path and query), which the engine reads as a URL. */
  readonly urlFields: readonly FieldMark[];
  /** Lists whose cells a sibling member names. */
  readonly columnFields: readonly ColumnField[];
  /**
   * Operational fields that name what the call acts on (`addressingId`, session 18): forwarded as
   * they came or the transfer refused. Each is in `operationalFields` too.
   */
  readonly addressingIdFields: readonly FieldMark[];
}

/** The empty field map (no schema). */
export const EMPTY_FIELD_MAP: FieldMap = Object.freeze({
  fieldCategories: [],
  operationalFields: [],
  freeTextFields: [],
  encodedFields: [],
  urlFields: [],
  columnFields: [],
  addressingIdFields: [],
});

/**
 * The path of one position of a positional array (a zod tuple): `extinfo[5]`. An extension of
 * @kago/personal-data's path templates, which write every element as `[]`.
 */
export function appendPosition(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** The path of the form-encoded document inside a string: `body#form`. */
export function appendForm(path: string): string {
  return `${path}#form`;
}

interface Collector {
  categories: FieldCategory[];
  operational: FieldMark[];
  freeText: FieldMark[];
  encoded: EncodedField[];
  urls: FieldMark[];
  columns: ColumnField[];
  addressingIds: FieldMark[];
  seen: Set<string>;
}

/** What a condition compares with, as text: the value, or the pattern between slashes. */
export function conditionText(when: FieldCondition): string {
  return "matches" in when ? String(when.matches) : String(when.equals);
}

function withWhen<T extends { path: string }>(base: T, when: FieldCondition | undefined): T {
  // The discriminator itself is unconditional.
  return when === undefined || when.path === base.path ? base : { ...base, when };
}

function once(c: Collector, key: string): boolean {
  if (c.seen.has(key)) return false;
  c.seen.add(key);
  return true;
}

function walk(schema: z.core.$ZodType, path: string, when: FieldCondition | undefined, c: Collector): void {
  const tag = tagOf(schema);
  const vendorTag = vendorTagRegistry.get(schema);
  const whenKey = when === undefined || when.path === path ? "" : `?${when.path}=${conditionText(when)}`;
  if (tag?.kind === "personal") {
    if (once(c, `c:${path}${whenKey}:${tag.category}`))
      c.categories.push(withWhen({ path, category: tag.category }, when));
    return;
  }
  if (vendorTag?.columns !== undefined) {
    if (once(c, `n:${path}${whenKey}`)) c.columns.push(withWhen({ path, ...vendorTag.columns }, when));
    return;
  }
  if (vendorTag?.url === true) {
    if (once(c, `u:${path}${whenKey}`)) c.urls.push(withWhen({ path }, when));
    return;
  }
  if (tag?.kind === "operational") {
    if (once(c, `o:${path}${whenKey}`)) c.operational.push(withWhen({ path }, when));
    if (vendorTag?.addressingId === true && once(c, `a:${path}${whenKey}`))
      c.addressingIds.push(withWhen({ path }, when));
    return;
  }
  if (vendorTag?.freeText === true && once(c, `t:${path}${whenKey}`))
    c.freeText.push(withWhen({ path }, when));
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const encoding: StringEncoding | undefined =
    tag?.kind === "json" ? "json" : vendorTag?.form === true ? "form" : undefined;
  if (encoding !== undefined && def.type === "pipe") {
    if (once(c, `e:${path}${whenKey}`)) c.encoded.push(withWhen({ path, encoding }, when));
    walk(def.out as z.core.$ZodType, encoding === "json" ? appendJson(path) : appendForm(path), when, c);
    return;
  }
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      for (const [key, field] of Object.entries(shape)) walk(field, appendKey(path, key), when, c);
      return;
    }
    case "array":
      walk(def.element as z.core.$ZodType, appendElement(path), when, c);
      return;
    case "tuple": {
      const items = def.items as z.core.$ZodType[];
      items.forEach((item, index) => {
        walk(item, appendPosition(path, index), when, c);
      });
      if (def.rest) walk(def.rest as z.core.$ZodType, appendElement(path), when, c);
      return;
    }
    case "record":
      walk(def.valueType as z.core.$ZodType, appendRecordValue(path), when, c);
      return;
    case "union": {
      const discriminator = def.discriminator as string | undefined;
      for (const option of def.options as z.core.$ZodType[]) {
        walk(option, path, conditionFor(option, discriminator, path) ?? when, c);
      }
      return;
    }
    case "intersection":
      walk(def.left as z.core.$ZodType, path, when, c);
      walk(def.right as z.core.$ZodType, path, when, c);
      return;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      walk(def.innerType as z.core.$ZodType, path, when, c);
      return;
    case "pipe":
      walk(def.in as z.core.$ZodType, path, when, c);
      return;
    default:
      return;
  }
}

function conditionFor(
  option: z.core.$ZodType,
  discriminator: string | undefined,
  path: string,
): FieldCondition | undefined {
  if (discriminator === undefined) return undefined;
  const def = option._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType> };
  const field = def.shape?.[discriminator];
  if (field === undefined) return undefined;
  const fieldDef = field._zod.def as unknown as { type: string; values?: unknown[] };
  const value = fieldDef.type === "literal" ? fieldDef.values?.[0] : undefined;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return undefined;
  return { path: appendKey(path, discriminator), equals: value };
}

/**
 * Compiles the field map of a tagged schema. Runs once per endpoint at start-up; the result is frozen.
 * @param schema the tagged schema, or `undefined` for a part (body, query) the endpoint has no schema for.
 */
export function compileFieldMap(schema: z.core.$ZodType | undefined): FieldMap {
  if (schema === undefined) return EMPTY_FIELD_MAP;
  const c: Collector = {
    categories: [],
    operational: [],
    freeText: [],
    encoded: [],
    urls: [],
    columns: [],
    addressingIds: [],
    seen: new Set(),
  };
  walk(schema, "", undefined, c);
  return Object.freeze({
    fieldCategories: Object.freeze(c.categories),
    operationalFields: Object.freeze(c.operational),
    freeTextFields: Object.freeze(c.freeText),
    encodedFields: Object.freeze(c.encoded),
    urlFields: Object.freeze(c.urls),
    columnFields: Object.freeze(c.columns),
    addressingIdFields: Object.freeze(c.addressingIds),
  });
}
