/**
 * `foldFullwidth` maps fullwidth forms to ASCII one code unit for one, so the finders see the
 * ASCII spelling of a value typed in full-width mode and the spans keep their offsets.
 */
import { findInText, foldFullwidth, HAS_WIDE, textProfile } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** The fullwidth twin of every printable ASCII character; a space becomes the ideographic space. */
const wide = (s: string) =>
  [...s].map((c) => (c === " " ? "\u3000" : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join("");
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });

describe("foldFullwidth", () => {
  it("undoes the fullwidth spelling of any ASCII text, keeping its length", () => {
    fc.assert(
      fc.property(printable, (s) => {
        expect(foldFullwidth(wide(s))).toBe(s);
        expect(wide(s)).toHaveLength(s.length);
      }),
    );
  });

  it("leaves everything else as it is", () => {
    for (const s of ["你好，世界", "abc 123", "房间７号", "\uff5f\uff00"])
      expect(foldFullwidth(s)).toBe(s.replace("７", "7").replace("，", ","));
  });

  it("lets findInText find in the fullwidth spelling what it finds in the ASCII one, at the same offsets", () => {
    const unit = fc.constantFrom(..."0123456789 +-.:@()abcdefxyz");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.string({ unit, maxLength: 40 }), (a, b) => {
        // half of the text typed in full-width mode
        const text = a + wide(b);
        expect(findInText(foldFullwidth(text))).toEqual(findInText(a + b));
        if (/[0-9@:.-]/.test(b)) expect(textProfile(text) & HAS_WIDE).toBe(HAS_WIDE);
      }),
      { numRuns: 5000 },
    );
  });
});
