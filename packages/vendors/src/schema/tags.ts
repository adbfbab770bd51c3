/**
 * Category tags on zod schema fields, the vocabulary the vendor schemas are written in.
 *
 * `personal` and `operational` write zod metadata (`.meta({ category })`, `.meta({ operational: true })`)
 * into zod's global registry, the convention `@kago/personal-data` uses. `freeText`, `jsonString` and
 * `formString` are vendor-side: they mark a string the engine has to scan as text, or to decode
 * (JSON or form-encoded) before it can see the fields inside.
 */
import type { CategoryKey } from "@kago/personal-data";
import { z } from "zod";

/** How a string field's content is encoded. */
export type StringEncoding = "json" | "form";

/** What the encoded-string registry records for a string that holds an encoded document. */
export interface EncodedStringMeta {
  readonly encoding: StringEncoding;
  /** The schema of the decoded document. */
  readonly inner: z.core.$ZodType;
}

/** Strings holding JSON or a form-encoded document, with the schema of what they hold. */
const encoded = new WeakMap<object, EncodedStringMeta>();

/** What a string schema made by `jsonString` / `formString` holds, if it is one. */
export function encodedStringMeta(schema: z.core.$ZodType): EncodedStringMeta | undefined {
  return encoded.get(schema);
}

/** Tags a field as personal data of one category; the whole value (and anything under it) is that category. */
export function personal<T extends z.ZodType>(schema: T, category: CategoryKey): T {
  return schema.meta({ category }) as T;
}

/**
 * Tags a field as operational: not personal data, needed by the vendor (event names, timestamps,
 * currencies, app, pixel, room and message ids, API actions). It must pass untouched.
 */
export function operational<T extends z.ZodType>(schema: T): T {
  return schema.meta({ operational: true }) as T;
}

/** Tags a field as free text written by a person: it may hold personal values anywhere inside. */
export function freeText<T extends z.ZodType>(schema: T): T {
  return schema.meta({ freeText: true }) as T;
}

/**
 * A string that holds JSON of the given shape (path segment `#json`). Wrap it (`.optional()`) but do
 * not clone it (`.describe()`, `.meta()`): pass the description here instead.
 */
export function jsonString(
  inner: z.core.$ZodType,
  description = "A string holding a JSON document.",
): z.ZodString {
  const schema = z.string().describe(description);
  encoded.set(schema, { encoding: "json", inner });
  return schema;
}

/** A string that holds an `application/x-www-form-urlencoded` document (path segment `#form`). */
export function formString(
  inner: z.core.$ZodType,
  description = "A string holding a form-encoded document.",
): z.ZodString {
  const schema = z.string().describe(description);
  encoded.set(schema, { encoding: "form", inner });
  return schema;
}
