/**
 * Placeholder values: well-formed identifiers that identify nobody.
 *
 * Devices and SDKs send fixed stand-ins when an id is unavailable or withheld: the all-zero IDFA
 * of a user who limits ad tracking, Android's `02:00:00:00:00:00` MAC and `<unknown ssid>`,
 * `unknown` serials. The value predicates accept them (a field schema must accept what devices
 * send); detectors skip them, so an opted-out device's zeros reach the vendor unchanged, which is
 * what the vendor expects and discloses nothing. A value in a field *tagged* with a category is
 * still handled by the tag.
 *
 * Recognised: any string made only of `0` and the separators `:` `-` `.` (at least one `0`;
 * covers the nil UUID, all-zero MAC, IMEI, Android ID and `0.0.0.0`); a MAC or UUID made only of
 * `f` (broadcast / max); and, case-insensitively, `02:00:00:00:00:00`, `255.255.255.255`,
 * `127.0.0.1`, `::`, `::1`, `<unknown ssid>`, `unknown`, `0123456789ABCDEF`.
 */
import { isMacAt } from "./mac.js";
import { isUuidAt } from "./uuid.js";

const FIXED: ReadonlySet<string> = new Set([
  "02:00:00:00:00:00",
  "02-00-00-00-00-00",
  "255.255.255.255",
  "127.0.0.1",
  "::",
  "::1",
  "<unknown ssid>",
  "unknown",
  "0123456789abcdef",
]);

function onlyZeros(s: string): boolean {
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 48) zero = true;
    else if (c !== 58 && c !== 45 && c !== 46) return false;
  }
  return zero;
}

function onlyF(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 102 && c !== 70 && c !== 58 && c !== 45 && c !== 46) return false;
  }
  return true;
}

/** True when `s` is a known placeholder that identifies nobody (see the module rule). */
export function isPlaceholderValue(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 40) return false;
  if (onlyZeros(s)) return true;
  if (onlyF(s) && (isMacAt(s, 0, n) || isUuidAt(s, 0, n))) return true;
  // every fixed value starts with one of `0` `1` `2` `:` `<` `u` and is written in lower case
  const first = s.charCodeAt(0) | 0x20;
  if (first !== 48 && first !== 49 && first !== 50 && first !== 58 && first !== 60 && first !== 117)
    return false;
  return FIXED.has(s.toLowerCase());
}
