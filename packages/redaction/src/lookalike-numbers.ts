/**
 * China mobiles typed with letters that look like digits (session 12): `13800l38OOO`,
 * `l38 0013 8OOO`, `I3800138000`. A contact filter that looks for eleven digits misses them; a
 * reader sees the number. Read: eleven characters of digits and look-alikes (`O` and `o` for 0,
 * `l`, `I` and `|` for 1), bare or grouped 3-4-4 by single spaces or hyphens, standing alone, that
 * read as a China mobile (`1`, then 3-9, then nine digits) with at least one look-alike and at
 * least six real digits (`lIlIlIlIlIl` and words are none). The decoded literal is the digits,
 * so a pseudonym is the one the number gets in digits.
 */
import { isPhone } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

/** Eleven digits or look-alikes, bare or 3-4-4, not glued to a letter or digit. */
const LOOKALIKE = /(?<![A-Za-z0-9])[0-9OoIl|]{3}([ -]?)[0-9OoIl|]{4}\1[0-9OoIl|]{4}(?![A-Za-z0-9])/g;
/** The digit each look-alike stands for. */
const DIGIT_OF: Readonly<Record<string, string>> = { O: "0", o: "0", I: "1", l: "1", "|": "1" };

/**
 * What the prose search looks for: a look-alike `1` before a digit 3-9 and a digit, or a `1` and
 * a digit 3-9 with a look-alike among the next ten characters of digits, spaces and hyphens.
 */
export const LOOKALIKE_NUMBER_HINT = String.raw`[Il|][3-9]\d|1[3-9][0-9 -]{0,9}[OoIl|]`;

/** The China mobiles written with look-alike letters in `text`, each with its digits; `null` when none. */
export function findLookalikeNumbers(text: string): EngineSpan[] | null {
  let out: EngineSpan[] | null = null;
  LOOKALIKE.lastIndex = 0;
  for (let m = LOOKALIKE.exec(text); m !== null; m = LOOKALIKE.exec(text)) {
    let digits = "";
    let real = 0;
    for (const c of m[0]) {
      if (c === " " || c === "-") continue;
      const d = DIGIT_OF[c];
      if (d === undefined) real++;
      digits += d ?? c;
    }
    // eleven bare digits are a phone number only as a China mobile (`isPhone`'s own rule)
    if (real < 6 || real === 11 || !isPhone(digits)) continue;
    out ??= [];
    out.push([m.index, m.index + m[0].length, "contact.phone", digits]);
  }
  return out;
}
