/**
 * IPv6 address in the text forms of RFC 4291 section 2.2.
 *
 * Rule: eight groups of 1-4 hex digits separated by `:`; one `::` may stand for one or more zero
 * groups; the last 32 bits may be written as a dotted-quad IPv4 address (`::ffff:192.0.2.1`); an
 * optional zone id (`fe80::1%eth0`, letters, digits, `_`, `.`, `-`) may follow. Brackets and
 * ports (`[::1]:80`) are not part of an address and are refused.
 *
 * False-positive policy: the grammar is strict (a time `12:30:45` or a MAC with colons has the
 * wrong group count), so few non-addresses pass; `::` and `::1` are flagged by
 * {@link isPlaceholderValue}.
 */
import { z } from "zod";
import { isHexCode } from "./chars.js";
import { isIpv4At } from "./ipv4.js";

function isZoneCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || c === 45
  );
}

/** True when `s[start, end)` is an IPv6 address (see the module rule). */
export function isIpv6At(s: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  // an address starts with a hex digit or `::`: refuse anything else before looking for a zone id
  const first = s.charCodeAt(start);
  if (first !== 58 && !isHexCode(first)) return false;
  let stop = end;
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) === 37) {
      if (i + 1 === end) return false;
      for (let j = i + 1; j < end; j++) if (!isZoneCode(s.charCodeAt(j))) return false;
      stop = i;
      break;
    }
  }
  if (stop - start > 45) return false;
  let groups = 0;
  let compressed = false;
  let i = start;
  if (s.charCodeAt(i) === 58) {
    if (s.charCodeAt(i + 1) !== 58) return false;
    compressed = true;
    i += 2;
    if (i === stop) return true;
  }
  while (i < stop) {
    let j = i;
    while (j < stop && j - i < 5 && isHexCode(s.charCodeAt(j))) j++;
    const len = j - i;
    if (len === 0) return false;
    if (j < stop && s.charCodeAt(j) === 46) {
      if (!isIpv4At(s, i, stop)) return false;
      groups += 2;
      break;
    }
    if (len > 4) return false;
    groups++;
    if (j === stop) break;
    if (s.charCodeAt(j) !== 58) return false;
    if (j + 1 < stop && s.charCodeAt(j + 1) === 58) {
      if (compressed) return false;
      compressed = true;
      i = j + 2;
    } else {
      i = j + 1;
      if (i === stop) return false;
    }
  }
  return compressed ? groups <= 7 : groups === 8;
}

/** True when `s` is an IPv6 address: full, `::`-compressed, IPv4-suffixed, with optional zone. */
export function isIpv6(s: string): boolean {
  return isIpv6At(s, 0, s.length);
}

/** True when `s` is an IPv4 or an IPv6 address. */
export function isIpAddress(s: string): boolean {
  return isIpv6At(s, 0, s.length) || isIpv4At(s, 0, s.length);
}

/** An IPv6 address (full, compressed, IPv4-suffixed; optional zone id). */
export const ipv6Schema = z
  .stringFormat("ipv6-address", isIpv6, "Not an IPv6 address")
  .describe("IPv6 address: full, '::'-compressed or IPv4-suffixed form, optional zone id.");

/** An IPv4 or IPv6 address of the user's device. */
export const ipAddressSchema = z
  .stringFormat("ip-address", isIpAddress, "Not an IP address")
  .describe("IP address: dotted-quad IPv4 or any RFC 4291 text form of IPv6.");
