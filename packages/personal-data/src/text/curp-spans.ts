/**
 * Mexico's CURP read without a label (session 19, a red team's round 7, R3): `GOSA850101HDFRRL04`
 * in a sentence or alone under a key that names nothing. Until then it was read only after
 * `CURP` (the redaction engine's `labelled-accounts.ts`). Its structure is its own: four letters
 * (the second a vowel or `X`), a birth date `YYMMDD` that exists, `H`, `M` or `X`, a state's two
 * letters from the closed list, three consonants, the century's character and a check digit over
 * the other seventeen (`isCurp`, `values/national-ids.ts`). A random token of eighteen capitals
 * and digits has about one chance in 10^8 of passing all of it, an upper-case hex digest none
 * (its letters stop at `F`, and a CURP's sex is `H`, `M` or `X`).
 *
 * Read in upper case only, as the registry prints it, standing alone: no ASCII letter or digit
 * glued before or after it (`_` separates, as it does for phone numbers: `curp_GOSA850101HDFRRL04`).
 * The text profile's `RUN_CURP` (six digits, then `H`, `M` or `X`) gates the search.
 */
import { isCurp } from "../values/national-ids.js";
import type { TextSpan } from "./text-span.js";

/**
 * A CURP's shape, standing alone: four capitals, six digits, the sex, five capitals, the
 * century's character and a digit (the finer rules are `isCurp`'s).
 */
const CURP_SHAPE = /(?<![A-Za-z0-9])[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d(?![A-Za-z0-9])/g;

/** Pushes a span for every CURP (see the module note) in `text` onto `out`. */
export function findCurpSpans(text: string, out: TextSpan[]): void {
  CURP_SHAPE.lastIndex = 0;
  for (let m = CURP_SHAPE.exec(text); m !== null; m = CURP_SHAPE.exec(text)) {
    if (isCurp(m[0])) out.push([m.index, m.index + 18, "identity.national_id"]);
  }
}
