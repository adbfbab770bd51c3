/**
 * Compiles the vendor catalog's field maps into the engine's payload plans, once per endpoint at
 * start-up. The engine's plan (a trie of keys, `[]`, `*` and `#json`) cannot express three things
 * the catalog says; a tag that needs one of them is left out of the plan (so the engine's generic
 * rules - key table, tag/value pairs, value and text detectors - classify that field, as for any
 * field no schema names) and reported as a gap, never fed in a way that mis-tags:
 * - `position`: one index of a positional array (`app_data.extinfo[5]`). Collapsing positions to
 *   `[]` would give all sixteen extinfo positions one category, redacting positions 0 and 1,
 *   which Meta requires. The object form the Meta SDK sends (`extinfo.5`) is a key and is kept.
 * - `form`: a form-encoded document inside a string (`batch#json[].body#form...`).
 * - `condition`: a tag that holds only when a sibling discriminator has a value (`when`). When
 *   every member of the union that names the field gives it the same meaning, the tag is kept
 *   without its condition (exact as far as the schema knows); when they disagree (`MsgContent.Url`:
 *   microphone for sound, photo album for files; `MsgContent.Desc`: an address in a location, free
 *   text in a custom element), it is a gap.
 */
import { type FieldTag, parsePathTemplate } from "@kago/personal-data";
import { compileFieldPlanFromTags, type FieldPlan } from "@kago/redaction";
import type { FieldMap, VendorCatalog } from "@kago/vendors";

/** Why a catalog tag is not in the engine's plan. */
export type PlanGapReason = "position" | "form" | "condition";

/** A catalog tag the engine's plan cannot express (left to the generic rules). */
export interface PlanGap {
  /** Endpoint id, e.g. `facebook.capi.events`. */
  readonly endpoint: string;
  /** The tagged location, as the engine writes locations: `body:data[].app_data.extinfo[5]`. */
  readonly location: string;
  readonly reason: PlanGapReason;
}

/** The compiled plans of a catalog. */
export interface EndpointPlans {
  /** The engine plan per endpoint id. */
  readonly plans: ReadonlyMap<string, FieldPlan>;
  /** Every tag left out of the plans, in catalog order. */
  readonly gaps: readonly PlanGap[];
}

type Meaning = string; // a category key, "operational", or "text" (free text: generic rules)

interface Entry {
  readonly meaning: Meaning;
  readonly conditional: boolean;
}

/** The engine tags of one part (body or query) of an endpoint, and the gaps found. */
export function engineTags(
  map: FieldMap,
  endpoint: string,
  part: "body" | "query",
): { tags: FieldTag[]; gaps: PlanGap[] } {
  const byPath = new Map<string, Entry[]>();
  const add = (path: string, meaning: Meaning, conditional: boolean): void => {
    const list = byPath.get(path) ?? [];
    list.push({ meaning, conditional });
    byPath.set(path, list);
  };
  for (const f of map.fieldCategories) add(f.path, f.category, f.when !== undefined);
  for (const f of map.operationalFields) add(f.path, "operational", f.when !== undefined);
  for (const f of map.freeTextFields) add(f.path, "text", f.when !== undefined);

  const tags: FieldTag[] = [];
  const gaps: PlanGap[] = [];
  for (const [path, entries] of byPath) {
    const location = `${part}:${path}`;
    const segments = parsePathTemplate(path, { extended: true });
    if (segments === null)
      throw new TypeError(`vendor catalog: ${location} of ${endpoint} is no path template`);
    if (segments.some((s) => s.kind === "form")) {
      if (entries.some((e) => e.meaning !== "text")) gaps.push({ endpoint, location, reason: "form" });
      continue;
    }
    if (segments.some((s) => s.kind === "position")) {
      if (entries.some((e) => e.meaning !== "text")) gaps.push({ endpoint, location, reason: "position" });
      continue;
    }
    const meanings = new Set(entries.map((e) => e.meaning));
    if (meanings.size === 1 && meanings.has("text")) continue; // the engine scans every string anyway
    if (meanings.size > 1) {
      gaps.push({ endpoint, location, reason: "condition" });
      continue;
    }
    const meaning = entries[0]?.meaning as Meaning;
    tags.push(
      meaning === "operational" ? { path, operational: true } : ({ path, category: meaning } as FieldTag),
    );
  }
  return { tags, gaps };
}

/** Compiles one engine plan per catalog endpoint. Throws at start-up on a malformed catalog path. */
export function compileEndpointPlans(catalog: VendorCatalog): EndpointPlans {
  const plans = new Map<string, FieldPlan>();
  const gaps: PlanGap[] = [];
  for (const [id, endpoint] of catalog.endpoints) {
    const body = engineTags(endpoint.bodyFields, id, "body");
    const query = engineTags(endpoint.queryFields, id, "query");
    plans.set(id, compileFieldPlanFromTags(body.tags, query.tags, id));
    gaps.push(...body.gaps, ...query.gaps);
  }
  return { plans, gaps };
}
