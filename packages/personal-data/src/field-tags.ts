/**
 * Reading the tags back: every tagged field of a schema, with its path template.
 */
import type { z } from "zod";
import { appendElement, appendJson, appendKey, appendRecordValue } from "./path-template.js";
import { tagOf } from "./tagging.js";
import type { CategoryKey } from "./taxonomy.js";

/** A tagged field: its path template and its category, or the mark that it is operational. */
export type FieldTag =
  | { readonly path: string; readonly category: CategoryKey }
  | { readonly path: string; readonly operational: true };

type AnyDef = { readonly type: string } & Record<string, unknown>;

function defOf(schema: z.core.$ZodType): AnyDef {
  return schema._zod.def as unknown as AnyDef;
}

/**
 * Every tagged field of `schema`, depth first in declaration order, each `(path, tag)` once.
 *
 * Walks objects (and their catch-all, as `*`), arrays, tuples and sets (`[]`), records and maps
 * (`*`), optional / nullable / default / prefault / catch / readonly / non-optional / promise
 * wrappers, unions (every option, so discriminated unions too), intersections (both sides), pipes
 * and transforms (both sides), `jsonString` (`#json`) and lazy schemas. Record keys are not
 * walked: a path template cannot name a key. A schema met again inside itself (a recursive schema)
 * is not walked again: the tags of its first expansion are reported, deeper levels repeat them
 * with longer paths that templates cannot express.
 */
export function collectFieldTags(schema: z.core.$ZodType): readonly FieldTag[] {
  const out: FieldTag[] = [];
  const seen = new Set<string>();
  const stack = new Set<z.core.$ZodType>();

  const walk = (node: z.core.$ZodType, path: string): void => {
    if (stack.has(node)) return;
    stack.add(node);
    const tag = tagOf(node);
    if (tag?.kind === "personal") {
      const id = `${path}\u0000${tag.category}`;
      if (!seen.has(id)) {
        seen.add(id);
        out.push({ path, category: tag.category });
      }
    } else if (tag?.kind === "operational") {
      const id = `${path}\u0000`;
      if (!seen.has(id)) {
        seen.add(id);
        out.push({ path, operational: true });
      }
    }
    const def = defOf(node);
    const child = (key: string) => def[key] as z.core.$ZodType;
    switch (def.type) {
      case "object": {
        const shape = def.shape as Record<string, z.core.$ZodType>;
        for (const key of Object.keys(shape)) walk(shape[key] as z.core.$ZodType, appendKey(path, key));
        if (def.catchall) walk(child("catchall"), appendRecordValue(path));
        break;
      }
      case "array":
        walk(child("element"), appendElement(path));
        break;
      case "set":
        walk(child("valueType"), appendElement(path));
        break;
      case "tuple":
        for (const item of def.items as z.core.$ZodType[]) walk(item, appendElement(path));
        if (def.rest) walk(child("rest"), appendElement(path));
        break;
      case "record":
      case "map":
        walk(child("valueType"), appendRecordValue(path));
        break;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "catch":
      case "readonly":
      case "nonoptional":
      case "promise":
      case "success":
        walk(child("innerType"), path);
        break;
      case "lazy":
        walk((node._zod as unknown as { innerType: z.core.$ZodType }).innerType, path);
        break;
      case "union":
        for (const option of def.options as z.core.$ZodType[]) walk(option, path);
        break;
      case "intersection":
        walk(child("left"), path);
        walk(child("right"), path);
        break;
      case "pipe":
        if (tag?.kind === "json") walk(child("out"), appendJson(path));
        else {
          walk(child("in"), path);
          walk(child("out"), path);
        }
        break;
      default:
        break;
    }
    stack.delete(node);
  };

  walk(schema, "");
  return out;
}
