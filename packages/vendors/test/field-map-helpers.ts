/** Test helpers: look up what an endpoint's plan says about a path. */
import type { FieldMap, VendorEndpoint } from "@kago/vendors";
import { conditionText, VENDOR_CATALOG } from "@kago/vendors";

export function endpoint(id: string): VendorEndpoint {
  const e = VENDOR_CATALOG.endpoints.get(id);
  if (e === undefined) throw new Error(`no endpoint ${id}`);
  return e;
}

/** The categories the plan gives a path (exact path match), with conditions spelled out. */
export function categoriesAt(plan: FieldMap, path: string): string[] {
  return plan.fieldCategories
    .filter((f) => f.path === path)
    .map((f) => (f.when ? `${f.category} when ${f.when.path}=${conditionText(f.when)}` : f.category));
}

export function isOperational(plan: FieldMap, path: string): boolean {
  return plan.operationalFields.some((f) => f.path === path);
}

/** True when the plan lists the path as an addressing id (forwarded as it came, or refused). */
export function isAddressingId(plan: FieldMap, path: string): boolean {
  return plan.addressingIdFields.some((f) => f.path === path);
}

export function isUrl(plan: FieldMap, path: string): boolean {
  return plan.urlFields.some((f) => f.path === path);
}

export function isFreeText(plan: FieldMap, path: string): boolean {
  return plan.freeTextFields.some((f) => f.path === path);
}

/** Every leaf of a JSON value as a path template (arrays as `[]`). */
export function leafPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => leafPaths(v, `${prefix}[]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === "" ? k : `${prefix}.${k}`));
  return [prefix];
}

/** True when the plan tags the path or one of its ancestors (category or operational). */
export function covered(plan: FieldMap, path: string): boolean {
  const tagged = [...plan.fieldCategories, ...plan.operationalFields].map((f) => f.path);
  return tagged.some((t) => path === t || path.startsWith(`${t}.`) || path.startsWith(`${t}[`));
}
