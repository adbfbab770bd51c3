/**
 * IMSI: International Mobile Subscriber Identity.
 *
 * Rule: exactly 15 decimal digits whose first three digits (the MCC) lie in 200-799, the ranges
 * the ITU assigns to countries (2xx Europe ... 7xx South America). Test networks (001) and
 * shorter IMSIs are not accepted.
 *
 * False-positive policy: there is no checksum, so most 15-digit numbers starting with 2-7 pass.
 * This is a shape check for fields known to hold an IMSI (tagged, or named so); it is not a
 * detector for untagged values and {@link findInText} does not look for IMSIs.
 */
import { z } from "zod";
import { allDigits } from "./chars.js";

/** True when `s` has the shape of an IMSI: 15 digits with an MCC in 200-799. */
export function isImsi(s: string): boolean {
  if (s.length !== 15 || !allDigits(s, 0, 15)) return false;
  const first = s.charCodeAt(0) - 48;
  return first >= 2 && first <= 7;
}

/** An IMSI (15 digits, MCC 200-799). */
export const imsiSchema = z
  .stringFormat("imsi", isImsi, "Not an IMSI (15 digits with an MCC in 200-799)")
  .describe("IMSI: 15 decimal digits starting with a country MCC (200-799).");
