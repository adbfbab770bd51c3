/**
 * IMEI: International Mobile Equipment Identity.
 *
 * Rule: 15 decimal digits whose last digit is the Luhn check digit and whose first two digits
 * (the Reporting Body Identifier of the Type Allocation Code) are one the GSMA allocated, written
 * either plain (`352099001761481`) or in the GSMA grouping 2-6-6-1 with one consistent separator,
 * space or hyphen (`35-209900-176148-1`). IMEISV (16 digits, no check digit) is not accepted:
 * 16-digit numbers are too common to claim without a checksum.
 *
 * Reporting Body Identifiers (GSMA TS.06, Appendix A): 01 (CTIA/PTCRB), 35 (BABT, now TUV SUD),
 * 86 (TAF, China), 98 (reserved, a few TACs assigned), 99 (GHA, multi-RAT), and the bodies that no
 * longer allocate but whose devices are in use: 10 (DECT), 30 (Iridium), 33 (DGPT), 44 (BABT),
 * 45 (NTA), 49-54 (German bodies), 91 (MSAI). The test ranges 00 and 02-09 identify test equipment,
 * not a person's device, and are not accepted.
 *
 * False-positive policy: the Luhn digit alone lets through 1 in 10 random 15-digit numbers; the
 * RBI cuts that to about 17 in 1,000 (17 of 100 prefixes), but a 15-digit numeric id (an order
 * number, a pixel or app id) can still look like an IMEI. Use the predicate on values whose field
 * is not tagged operational; in free text only whole digit runs with word boundaries count.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";
import { luhnValid } from "./luhn.js";

/** Allocated Reporting Body Identifiers, as the two-digit number `10 * d0 + d1`. */
const ALLOCATED_RBI: readonly boolean[] = (() => {
  const t: boolean[] = Array.from({ length: 100 }, () => false);
  for (const r of [1, 10, 30, 33, 35, 44, 45, 49, 50, 51, 52, 53, 54, 86, 91, 98, 99]) t[r] = true;
  return t;
})();

/** True when `s[start]`, `s[start + 1]` are digits naming an allocated Reporting Body Identifier. */
function allocatedRbi(s: string, start: number): boolean {
  const a = s.charCodeAt(start);
  const b = s.charCodeAt(start + 1);
  if (!isDigitCode(a) || !isDigitCode(b)) return false;
  return ALLOCATED_RBI[(a - 48) * 10 + (b - 48)] === true;
}

/** True when `s[start, end)` is an IMEI (see the module rule). */
export function isImeiAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if ((n !== 15 && n !== 18) || !allocatedRbi(s, start)) return false;
  if (n === 15) return luhnValid(s, start, end, 15);
  const sep = s.charCodeAt(start + 2);
  if (sep !== 32 && sep !== 45) return false;
  if (s.charCodeAt(start + 9) !== sep || s.charCodeAt(start + 16) !== sep) return false;
  for (let i = start; i < end; i++) {
    const k = i - start;
    if (k === 2 || k === 9 || k === 16) continue;
    if (!isDigitCode(s.charCodeAt(i))) return false;
  }
  return luhnValid(s, start, end, 15);
}

/**
 * True when `s` is an IMEI: 15 digits with a valid Luhn check digit and an allocated Reporting
 * Body Identifier, plain or grouped 2-6-6-1.
 */
export function isImei(s: string): boolean {
  return isImeiAt(s, 0, s.length);
}

/** An IMEI (15 digits, Luhn check digit, allocated RBI; plain or grouped 2-6-6-1 with spaces or hyphens). */
export const imeiSchema = z
  .stringFormat("imei", isImei, "Not an IMEI (15 digits, allocated RBI, Luhn check digit)")
  .describe(
    "IMEI: 15 decimal digits, the first two an allocated Reporting Body Identifier, the last a Luhn check digit; plain or grouped 2-6-6-1.",
  );
