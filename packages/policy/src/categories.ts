/**
 * Dotted category keys (`device.identifier.imei`): a key's parent is the key without its last
 * segment. Kept local so the policy package needs only the taxonomy data of `@kago/personal-data`.
 */

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
