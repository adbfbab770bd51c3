/**
 * Mobile operator identity as a PLMN id (MCC + MNC), e.g. `46000` (China Mobile).
 *
 * Rule: 5 or 6 digits, the first three (MCC) in 200-799. Operator names (`China Mobile`) are
 * free text and only recognisable by their field.
 *
 * False-positive policy: any 5-6 digit number starting 2-7 passes; a shape check for fields known
 * to hold an operator code, never a detector.
 */
import { z } from "zod";
import { allDigits } from "./chars.js";

/** True when `s` has the shape of a PLMN id: 5-6 digits with an MCC in 200-799. */
export function isPlmnId(s: string): boolean {
  const n = s.length;
  if ((n !== 5 && n !== 6) || !allDigits(s, 0, n)) return false;
  const first = s.charCodeAt(0) - 48;
  return first >= 2 && first <= 7;
}

/** A mobile operator's PLMN id (MCC + MNC). */
export const plmnIdSchema = z
  .stringFormat("plmn-id", isPlmnId, "Not a PLMN id (MCC + MNC)")
  .describe("Operator PLMN id: 3-digit MCC (200-799) and 2-3 digit MNC, e.g. 46000.");
