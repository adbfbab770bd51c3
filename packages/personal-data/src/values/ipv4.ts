/**
 * IPv4 address in dotted-quad form.
 *
 * Rule: four decimal parts 0-255 separated by `.`, no leading zeros (`01.2.3.4` is refused: some
 * parsers read it as octal), no other characters. The shorthand forms `inet_aton` accepts
 * (`127.1`, hex, octal) are refused.
 *
 * False-positive policy: a four-part version number whose parts are all at most 255
 * (`1.2.3.4`) is indistinguishable from an address and is accepted; {@link findInText} refuses a
 * match glued to a letter, `_` or another `.digit` (`v1.2.3.4`, `1.2.3.4.5`). Loopback and
 * unspecified addresses are accepted here and flagged by {@link isPlaceholderValue}.
 */
import { z } from "zod";

/** True when `s[start, end)` is a dotted-quad IPv4 address. */
export function isIpv4At(s: string, start: number, end: number): boolean {
  if (end - start < 7 || end - start > 15) return false;
  let parts = 0;
  let i = start;
  while (i < end) {
    const partStart = i;
    let value = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      i++;
    }
    const len = i - partStart;
    if (len === 0 || len > 3 || value > 255) return false;
    if (len > 1 && s.charCodeAt(partStart) === 48) return false;
    parts++;
    if (i === end) break;
    if (s.charCodeAt(i) !== 46 || parts === 4) return false;
    i++;
    if (i === end) return false;
  }
  return parts === 4;
}

/** True when `s` is a dotted-quad IPv4 address (parts 0-255, no leading zeros). */
export function isIpv4(s: string): boolean {
  return isIpv4At(s, 0, s.length);
}

/** An IPv4 address in dotted-quad form. */
export const ipv4Schema = z
  .stringFormat("ipv4-address", isIpv4, "Not an IPv4 address")
  .describe("IPv4 address: four decimal parts 0-255 separated by dots, no leading zeros.");
