/**
 * Canonical form of a field name: ASCII letters lower-cased, the separators `_`, `-`, `.` and
 * space removed. `First_Name`, `first-name`, `firstName` and `FIRST NAME` all become `firstname`.
 * Escapes (JSON `\u0041`, percent-encoding) are folded before this runs, by the decoder of the
 * surrounding format.
 */
export function canonicalKey(raw: string): string {
  const n = raw.length;
  let i = 0;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 95 || c === 45 || c === 46 || c === 32) break;
  }
  if (i === n) return raw;
  let out = raw.slice(0, i);
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 95 || c === 45 || c === 46 || c === 32) continue;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : raw[i];
  }
  return out;
}
