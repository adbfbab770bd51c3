/**
 * `foldTypography` gives the finders the ASCII spelling of text typed with typographic variants
 * (fullwidth forms, no-break spaces, Unicode dashes, zero-width characters), with a map back to
 * the original offsets.
 */
import { findInText, foldTypography, HAS_VARIANT, textProfile } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const SPACES = ["\u00a0", "\u202f", "\u2009", "\u3000"];
const DASHES = ["\u2010", "\u2011", "\u2013", "\u2212"];
const INVISIBLE = ["\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"];

/** A typographic spelling of ASCII `s`: each character kept, made fullwidth, or its space/dash swapped; zero-width characters put in. */
const variantOf = (s: string) =>
  fc
    .array(fc.tuple(fc.nat(3), fc.nat(4), fc.boolean()), { minLength: s.length, maxLength: s.length })
    .map((choices) =>
      [...s]
        .map((c, i) => {
          const [how, pick, invisible] = choices[i] ?? [0, 0, false];
          let out = c;
          if (how === 1 && c >= "!" && c <= "~") out = String.fromCharCode(c.charCodeAt(0) + 0xfee0);
          else if (how === 2 && c === " ") out = SPACES[pick % SPACES.length] as string;
          else if (how === 2 && c === "-") out = DASHES[pick % DASHES.length] as string;
          return invisible ? `${INVISIBLE[pick % INVISIBLE.length]}${out}` : out;
        })
        .join(""),
    );

describe("foldTypography", () => {
  const unit = fc.constantFrom(..."0123456789 +-.:@()abcdefxyz");

  it("folds any typographic spelling back to its ASCII text, and maps every offset into the original", () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }).chain((s) => fc.tuple(fc.constant(s), variantOf(s))),
        ([ascii, typed]) => {
          const folded = foldTypography(typed);
          expect(folded?.text ?? typed).toBe(ascii);
          if (folded === null) return;
          expect(folded.at).toHaveLength(ascii.length + 1);
          expect(folded.at[ascii.length]).toBe(typed.length);
          for (let k = 0; k < ascii.length; k++)
            expect(
              foldTypography(typed[folded.at[k] as number] as string)?.text ?? typed[folded.at[k] as number],
            ).toBe(ascii[k]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("lets findInText find in the typed spelling what it finds in ASCII, and the profile says so", () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }).chain((s) => fc.tuple(fc.constant(s), variantOf(s))),
        ([ascii, typed]) => {
          const folded = foldTypography(typed);
          const found = findInText(ascii);
          expect(findInText(folded?.text ?? typed)).toEqual(found);
          // the profile flags every text whose folding changes what the finders find
          if (JSON.stringify(findInText(typed)) !== JSON.stringify(found))
            expect(textProfile(typed) & HAS_VARIANT).toBe(HAS_VARIANT);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("changes nothing else: CJK text, accents, other scripts", () => {
    for (const s of ["你好，世界", "café 123", "Ελλάδα", "١٢٣", "\uff5f\uff00"]) {
      const folded = foldTypography(s);
      expect(folded?.text ?? s).toBe(s.replace("，", ","));
    }
  });
});
