/**
 * Small helpers over the dotted category keys of `@kago/personal-data`'s taxonomy.
 * Kept local to the policy package so it depends only on the taxonomy data.
 */
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";

const KEY_SET: ReadonlySet<string> = new Set(CATEGORY_KEYS);

/** True when `value` is a key of the taxonomy. */
export function isCategoryKey(value: string): value is CategoryKey {
  return KEY_SET.has(value);
}

/**
 * The key itself followed by its ancestors, nearest first:
 * `device.identifier.imei` -> `device.identifier.imei`, `device.identifier`, `device`.
 */
export function selfAndAncestors(key: string): string[] {
  const out = [key];
  let dot = key.lastIndexOf(".");
  while (dot > 0) {
    out.push(key.slice(0, dot));
    dot = key.lastIndexOf(".", dot - 1);
  }
  return out;
}

/** True when `key` equals `ancestor` or lies below it in the taxonomy. */
export function isSelfOrDescendant(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`);
}
