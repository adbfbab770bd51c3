/**
 * Derives a field plan from a tagged zod schema: which path holds which category, which paths are
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
import type { CategoryKey } from "@kago/personal-data";
import { z } from "zod";
import { encodedStringMeta, type StringEncoding } from "./tags.js";

/** A condition under which a tag applies: a discriminator field of the same element has a value. */
export interface FieldCondition {
  /** Path of the discriminator, a template like the tagged path (`MsgBody[].MsgType`). */
  readonly path: string;
  readonly equals: string | number | boolean;
}

/** A field tagged with a category. */
export interface FieldCategory {
  readonly path: string;
  readonly category: CategoryKey;
  readonly when?: FieldCondition;
}

/** A field tagged operational or free text. */
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
export interface FieldPlan {
  readonly fieldCategories: readonly FieldCategory[];
  readonly operationalFields: readonly FieldMark[];
  readonly freeTextFields: readonly FieldMark[];
  readonly encodedFields: readonly EncodedField[];
}

/** The empty plan (no schema). */
export const EMPTY_FIELD_PLAN: FieldPlan = Object.freeze({
  fieldCategories: [],
  operationalFields: [],
  freeTextFields: [],
  encodedFields: [],
});

/** Appends a path segment: keys join with `.`, `[..]`, `#json` and `#form` attach directly. */
export function joinPath(prefix: string, segment: string): string {
  if (segment.startsWith("[") || segment.startsWith("#")) return prefix + segment;
  return prefix === "" ? segment : `${prefix}.${segment}`;
}

interface Collector {
  categories: FieldCategory[];
  operational: FieldMark[];
  freeText: FieldMark[];
  encoded: EncodedField[];
  seen: Set<string>;
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
  const meta = z.globalRegistry.get(schema as z.core.$ZodType) as Record<string, unknown> | undefined;
  const whenKey = when === undefined || when.path === path ? "" : `?${when.path}=${String(when.equals)}`;
  if (meta !== undefined && typeof meta.category === "string") {
    if (once(c, `c:${path}${whenKey}:${meta.category}`))
      c.categories.push(withWhen({ path, category: meta.category as CategoryKey }, when));
    return;
  }
  if (meta?.operational === true) {
    if (once(c, `o:${path}${whenKey}`)) c.operational.push(withWhen({ path }, when));
    return;
  }
  if (meta?.freeText === true && once(c, `t:${path}${whenKey}`)) c.freeText.push(withWhen({ path }, when));
  const encoded = encodedStringMeta(schema);
  if (encoded !== undefined) {
    if (once(c, `e:${path}${whenKey}`)) c.encoded.push(withWhen({ path, encoding: encoded.encoding }, when));
    walk(encoded.inner, joinPath(path, `#${encoded.encoding}`), when, c);
    return;
  }
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      for (const [key, field] of Object.entries(shape)) walk(field, joinPath(path, key), when, c);
      return;
    }
    case "array":
      walk(def.element as z.core.$ZodType, joinPath(path, "[]"), when, c);
      return;
    case "tuple": {
      const items = def.items as z.core.$ZodType[];
      items.forEach((item, index) => {
        walk(item, joinPath(path, `[${index}]`), when, c);
      });
      if (def.rest) walk(def.rest as z.core.$ZodType, joinPath(path, "[]"), when, c);
      return;
    }
    case "record":
      walk(def.valueType as z.core.$ZodType, joinPath(path, "*"), when, c);
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
  return { path: joinPath(path, discriminator), equals: value };
}

/**
 * Compiles the field plan of a tagged schema. Runs once per endpoint at start-up; the result is frozen.
 * @param schema the tagged schema, or `undefined` for a part (body, query) the endpoint has no schema for.
 */
export function compileFieldPlan(schema: z.core.$ZodType | undefined): FieldPlan {
  if (schema === undefined) return EMPTY_FIELD_PLAN;
  const c: Collector = { categories: [], operational: [], freeText: [], encoded: [], seen: new Set() };
  walk(schema, "", undefined, c);
  return Object.freeze({
    fieldCategories: Object.freeze(c.categories),
    operationalFields: Object.freeze(c.operational),
    freeTextFields: Object.freeze(c.freeText),
    encodedFields: Object.freeze(c.encoded),
  });
}
