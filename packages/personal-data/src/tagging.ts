/**
 * Tagging zod schema fields with what they hold: a category of personal data, an operational value
 * the vendor needs, or JSON inside a string.
 *
 * Tags live in a dedicated zod registry ({@link fieldTagRegistry}), keyed by schema instance.
 * `personal` and `operational` tag a *clone* of the schema, so a shared schema (`z.string()`,
 * `emailSchema`) is never tagged behind its other users' backs. zod registries inherit metadata
 * from the schema a clone was made from, so `.describe()` or `.meta()` after tagging keeps the tag;
 * wrapping (`.optional()`, `.array()`) creates a new untagged node around the tagged one, which
 * `collectFieldTags` looks through. The category also goes into zod's global metadata as
 * `x-personal-data`, so JSON Schema generated with `z.toJSONSchema` shows it.
 */
import { z } from "zod";
import { isCategoryKey } from "./category-tree.js";
import type { Tagged } from "./category-types.js";
import type { CategoryKey } from "./taxonomy.js";

/** What a schema node is tagged as. */
export type SchemaTag =
  | { readonly kind: "personal"; readonly category: CategoryKey }
  | { readonly kind: "operational" }
  | { readonly kind: "json" };

/** Registry metadata: one tag per schema node. */
export interface FieldTagMeta {
  readonly tag: SchemaTag;
}

/** The registry holding every tag made by {@link personal}, {@link operational} and {@link jsonString}. */
export const fieldTagRegistry = z.registry<FieldTagMeta>();

/** A schema whose output type is branded with category `C` (like zod's `.brand()`). */
export type TaggedSchema<S extends z.ZodType, C extends CategoryKey> = S & {
  _zod: { output: Tagged<z.output<S>, C> };
};

/**
 * `schema`, tagged as holding personal data of `category`. The result parses like `schema`; its
 * output type is branded (`Tagged<z.output<S>, C>`), so `z.infer` of a payload shows which fields
 * are personal data. The input type is unchanged: callers build payloads from plain values.
 *
 * @throws TypeError when `category` is not a taxonomy key (only reachable from untyped callers).
 */
export function personal<S extends z.ZodType, C extends CategoryKey>(
  schema: S,
  category: C,
): TaggedSchema<S, C> {
  if (!isCategoryKey(category)) throw new TypeError(`Unknown personal-data category: ${String(category)}`);
  const tagged = schema.meta({ "x-personal-data": category });
  fieldTagRegistry.add(tagged, { tag: { kind: "personal", category } });
  return tagged as TaggedSchema<S, C>;
}

/**
 * `schema`, tagged as an operational value: something the vendor needs to do its job that is not
 * personal data (an API action, an app id, an event name, a room id). Detectors leave such fields
 * alone, which is why the tag must be used only where the value can never be personal data.
 */
export function operational<S extends z.ZodType>(schema: S): S {
  const tagged = schema.meta({ "x-operational": true });
  fieldTagRegistry.add(tagged, { tag: { kind: "operational" } });
  return tagged as S;
}

/**
 * A string field holding JSON of the shape `inner` (Tencent's `CloudCustomData`, a `custom_data`
 * string). It is a zod codec: decoding parses the JSON and validates it against `inner` (the
 * output type is `inner`'s), `z.encode` turns a value back into the string. Tags inside `inner` are
 * reported under `<field>#json`. Invalid JSON gives an `invalid_format` issue whose message never
 * repeats the input.
 */
export function jsonString<S extends z.ZodType>(inner: S) {
  const codec = z.codec(z.string(), inner, {
    decode: (text, ctx) => {
      try {
        return JSON.parse(text) as z.input<S>;
      } catch {
        ctx.issues.push({ code: "invalid_format", format: "json", input: text, message: "Not valid JSON" });
        return z.NEVER;
      }
    },
    encode: (value) => JSON.stringify(value),
  });
  fieldTagRegistry.add(codec, { tag: { kind: "json" } });
  return codec;
}

/** The tag of one schema node, if it (or the schema it was cloned from) was tagged. */
export function tagOf(schema: z.core.$ZodType): SchemaTag | undefined {
  return fieldTagRegistry.get(schema)?.tag;
}
