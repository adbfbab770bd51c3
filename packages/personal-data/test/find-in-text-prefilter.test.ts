/**
 * The finder mask of `findInText` only skips a finder when it cannot match: findInText equals a
 * reference that runs every finder on every text, on strings dense in the characters the
 * finders count (digits, `@`, `:`, `-`, `.`) and at each threshold's near miss.
 */
import { findInText, isPlaceholderValue } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findIpv4Spans, findIpv6Spans, findMacSpans } from "../src/text/address-spans.js";
import { findEmailSpans } from "../src/text/email-spans.js";
import { findIbanSpans } from "../src/text/iban-spans.js";
import { findNumberSpans } from "../src/text/number-spans.js";
import {
  finderMask,
  HAS_AT,
  HAS_COLON,
  HAS_DIGIT,
  HAS_DOT,
  HAS_PERCENT,
  HAS_PLUS,
  HAS_TOKEN_RUN,
  HAS_VARIANT,
  hasLetterTokenRun,
  ONLY_TOKEN_CHARS,
  RUN_ANY,
  RUN_EMAIL,
  RUN_IPV4,
  RUN_MAC_DOTTED,
  RUN_MAC_SEPARATED,
  RUN_NUMBER,
  textProfile,
} from "../src/text/prefilter.js";
import { resolveOverlaps, type TextSpan } from "../src/text/text-span.js";

/** Every finder, ungated, then the same placeholder filter and overlap resolution. */
function reference(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  findEmailSpans(text, spans);
  findIpv6Spans(text, spans);
  findMacSpans(text, spans);
  findIpv4Spans(text, spans);
  findNumberSpans(text, spans);
  findIbanSpans(text, spans);
  return resolveOverlaps(spans.filter((s) => !isPlaceholderValue(text.slice(s[0], s[1]))));
}

const unit = fc.constantFrom(..."0123456789012345678901234567890123456789@:.-+() abcdefABx_/");
const hexish = fc.constantFrom(..."0123456789abcdefABCDEF:-. ");

describe("findInText finder mask", () => {
  it("finds exactly what running every finder finds (dense text)", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 48 }), (s) => {
        expect(findInText(s)).toEqual(reference(s));
      }),
      { numRuns: 30000 },
    );
  });

  it("finds exactly what running every finder finds (MAC- and IP-like text)", () => {
    fc.assert(
      fc.property(fc.string({ unit: hexish, maxLength: 40 }), (s) => {
        expect(findInText(s)).toEqual(reference(s));
      }),
      { numRuns: 30000 },
    );
  });

  it.each([
    ["+44 7700 900123", RUN_NUMBER, true],
    ["+4 770 0 12", RUN_NUMBER, false],
    ["1.2.3.4", RUN_IPV4, true],
    ["1.2.3", RUN_IPV4, false],
    ["a483.e72b.190c", RUN_MAC_DOTTED, true],
    ["a483.e72.b190c", RUN_MAC_DOTTED, false],
    ["1767261600000", RUN_NUMBER, true],
    ["aaa7891462c00000", RUN_NUMBER, false],
    ["tel 1234-5678", RUN_NUMBER, true],
    ["tel 1234x5678", RUN_NUMBER, false],
    ["ab-cd-ef-ab-cd-e1", RUN_MAC_SEPARATED, true],
    ["ab-cd-ef-ab-cde1", RUN_MAC_SEPARATED, false],
  ])("%s: finder %i runs = %s", (s, bit, runs) => {
    expect((finderMask(s) & bit) !== 0).toBe(runs);
    expect(findInText(s)).toEqual(reference(s));
  });
});

describe("textProfile", () => {
  it.each([
    ["abc", 0],
    ["a1", HAS_DIGIT],
    ["a@b", HAS_AT | RUN_EMAIL],
    ["+x", HAS_PLUS],
    ["a:b", HAS_COLON],
    ["a.b", HAS_DOT],
    ["a%41", HAS_PERCENT | HAS_DIGIT],
    ["１", HAS_VARIANT],
    ["ａ＠ｂ", HAS_VARIANT],
    ["ab－cd．ef：", HAS_VARIANT],
    ["你好，世界！", 0], // fullwidth comma and exclamation mark: no personal data is made of them
    ["ｋａｇｏｌｉｖｅ", HAS_VARIANT],
    ["好！对？是，的；", 0],
    ["a\u00a0b", HAS_VARIANT],
    ["a\u200bb", HAS_VARIANT],
    ["a\u2013b", HAS_VARIANT],
  ])("%s has the character bits %i", (s, bits) => {
    const all = HAS_DIGIT | HAS_AT | HAS_PLUS | HAS_COLON | HAS_DOT | HAS_PERCENT | HAS_VARIANT | RUN_EMAIL;
    expect(textProfile(s) & all).toBe(bits);
  });

  it("profiles a range exactly as the sliced text, and carries finderMask", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 48 }), fc.nat(48), fc.nat(48), (s, a, b) => {
        const start = Math.min(a, b, s.length);
        const end = Math.min(Math.max(a, b), s.length);
        const profile = textProfile(s, start, end);
        expect(profile).toBe(textProfile(s.slice(start, end)));
        expect(profile & RUN_ANY).toBe(finderMask(s.slice(start, end)));
        expect(findInText(s.slice(start, end), profile)).toEqual(findInText(s.slice(start, end)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("base64 token runs", () => {
  // runs of base64 characters around the length that counts, cut by digits, `-` and characters
  // that end any run
  const tokenish = fc
    .array(
      fc.oneof(
        fc.string({ unit: fc.constantFrom(..."aZq+/_"), minLength: 10, maxLength: 20 }),
        fc.string({ unit: fc.constantFrom(..."aZ09+/-_"), minLength: 10, maxLength: 20 }),
        fc.constantFrom(" ", ".", "=", "@", ":", "9", "-"),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(""));

  it("HAS_TOKEN_RUN is set exactly when 16 base64 characters follow each other (ONLY_TOKEN_CHARS when all are)", () => {
    expect(textProfile("ZXJpa0BleGFtcGxl") & HAS_TOKEN_RUN).toBe(HAS_TOKEN_RUN);
    expect(textProfile("ZXJpa0BleGFtcGx") & HAS_TOKEN_RUN).toBe(0);
    expect(textProfile("ZXJpa0Bl.eGFtcGxl") & HAS_TOKEN_RUN).toBe(0);
    fc.assert(
      fc.property(tokenish, (s) => {
        const expected = /[A-Za-z0-9+/_-]{16}/.test(s) ? HAS_TOKEN_RUN : 0;
        expect(textProfile(s) & HAS_TOKEN_RUN).toBe(expected);
        const only = /^[A-Za-z0-9+/_-]+$/.test(s) ? ONLY_TOKEN_CHARS : 0;
        expect(textProfile(s) & ONLY_TOKEN_CHARS).toBe(only);
      }),
      { numRuns: 5000 },
    );
  });

  it("hasLetterTokenRun finds every run of 16 letters, + / _ in a range, reading only some", () => {
    expect(hasLetterTokenRun("just words here and a ZXJpaBleGFtcGxlLmy token")).toBe(true);
    expect(hasLetterTokenRun("ZXJpa0BleGFtcGxlLm9yZw")).toBe(false); // its runs are cut by digits
    fc.assert(
      fc.property(tokenish, fc.nat(120), fc.nat(120), (s, a, b) => {
        const start = Math.min(a, b, s.length);
        const end = Math.min(Math.max(a, b), s.length);
        expect(hasLetterTokenRun(s, start, end)).toBe(/[A-Za-z+/_]{16}/.test(s.slice(start, end)));
      }),
      { numRuns: 10000 },
    );
  });
});
