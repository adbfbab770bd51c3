/**
 * IMEI: International Mobile Equipment Identity.
 *
 * Rule: 15 decimal digits whose last digit is the Luhn check digit, written either plain
 * (`352099001761481`) or in the GSMA grouping 2-6-6-1 with one consistent separator, space or
 * hyphen (`35-209900-176148-1`). IMEISV (16 digits, no check digit) is not accepted: 16-digit
 * numbers are too common to claim without a checksum.
 *
 * False-positive policy: the Luhn digit lets through 1 in 10 random 15-digit numbers, so a
 * 15-digit numeric id (an order number, an app id) can look like an IMEI. Use the predicate on
 * values whose field is not tagged operational; in free text only whole digit runs with word
 * boundaries count. The all-zero IMEI passes the check; {@link isPlaceholderValue} flags it.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";
import { luhnValid } from "./luhn.js";

/** True when `s[start, end)` is an IMEI (see the module rule). */
export function isImeiAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 15) return luhnValid(s, start, end, 15);
  if (n !== 18) return false;
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

/** True when `s` is an IMEI: 15 digits with a valid Luhn check digit, plain or grouped 2-6-6-1. */
export function isImei(s: string): boolean {
  return isImeiAt(s, 0, s.length);
}

/** An IMEI (15 digits, Luhn check digit; plain or grouped 2-6-6-1 with spaces or hyphens). */
export const imeiSchema = z
  .stringFormat("imei", isImei, "Not an IMEI (15 digits with a Luhn check digit)")
  .describe("IMEI: 15 decimal digits with a Luhn check digit, plain or grouped 2-6-6-1.");
