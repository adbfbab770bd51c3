/**
 * Navigating the taxonomy: keys, parents, ancestors and descendants. All answers are computed once
 * at module load; the functions only look them up.
 */
import { CATEGORY_KEYS, type CategoryKey, TAXONOMY } from "./taxonomy.js";

const ancestorTable = new Map<CategoryKey, readonly CategoryKey[]>();
const descendantTable = new Map<CategoryKey, readonly CategoryKey[]>();
for (const key of CATEGORY_KEYS) {
  const chain: CategoryKey[] = [];
  for (let k: CategoryKey | null = key; k !== null; k = TAXONOMY[k].parent as CategoryKey | null)
    chain.unshift(k);
  ancestorTable.set(key, Object.freeze(chain));
  descendantTable.set(key, Object.freeze(CATEGORY_KEYS.filter((d) => isWithin(d, key))));
}

/** True when `s` is a key of the taxonomy. */
export function isCategoryKey(s: string): s is CategoryKey {
  return Object.hasOwn(TAXONOMY, s);
}

/** The parent of `key`, or `null` for a top-level category. */
export function parentOf(key: CategoryKey): CategoryKey | null {
  return TAXONOMY[key].parent as CategoryKey | null;
}

/**
 * `key` and its ancestors, root first, ending with `key` itself:
 * `ancestorsOf("device.identifier.imei")` is `["device", "device.identifier", "device.identifier.imei"]`.
 * The runtime twin of {@link AncestorsOf}.
 */
export function ancestorsOf(key: CategoryKey): readonly CategoryKey[] {
  return ancestorTable.get(key) ?? [];
}

/**
 * `key` and every category below it, in taxonomy order, starting with `key` itself. What a grant
 * of `key` covers.
 */
export function descendantsOf(key: CategoryKey): readonly CategoryKey[] {
  return descendantTable.get(key) ?? [];
}

/**
 * True when `key` is `ancestor` or lies below it (`isWithin("network.ssid", "network")`). Works on
 * the dotted spelling, so it costs a string comparison.
 */
export function isWithin(key: CategoryKey, ancestor: CategoryKey): boolean {
  if (key.length === ancestor.length) return key === ancestor;
  return key.length > ancestor.length && key.charCodeAt(ancestor.length) === 46 && key.startsWith(ancestor);
}

/**
 * The taxonomy as an indented text tree, one category a line (`key  label`), for CLIs and docs.
 */
export function categoryTree(): string {
  const width = Math.max(...CATEGORY_KEYS.map((k) => k.length + 2 * (ancestorsOf(k).length - 1)));
  return CATEGORY_KEYS.map((key) => {
    const indent = "  ".repeat(ancestorsOf(key).length - 1);
    return `${(indent + key).padEnd(width)}  ${TAXONOMY[key].label}`;
  }).join("\n");
}
