/**
 * The free-text prefilter `mayHoldSpan` only skips texts in which `findInText` finds nothing: a
 * property over strings dense in the characters the finders look for, and the near misses at
 * each threshold (7 digits, one `:`, one `.`, four `-`).
 */
import { findInText } from "@kago/personal-data";
import { charFlags, findTextSpans, mayHoldSpan } from "@kago/redaction";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const unit = fc.constantFrom(..."0123456789012345678901234567890123456789@:.-+() abcdefABx_/");

describe("mayHoldSpan", () => {
  it("never skips a text in which findInText finds a span", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        if (!mayHoldSpan(s)) expect(findInText(s)).toEqual([]);
      }),
      { numRuns: 20000 },
    );
  });

  it("findTextSpans returns what findInText finds, on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        expect(findTextSpans(s, charFlags(s)) ?? []).toEqual(findInText(s));
      }),
      { numRuns: 20000 },
    );
  });

  it("findTextSpans misses no MAC made of letters only (no digit, '@' or ':' to flag it)", () => {
    const octet = fc.string({ unit: fc.constantFrom(..."abcdefABCDEF"), minLength: 2, maxLength: 2 });
    const hyphenated = fc.array(octet, { minLength: 6, maxLength: 6 }).map((o) => o.join("-"));
    const dotted = fc
      .array(fc.string({ unit: fc.constantFrom(..."abcdef"), minLength: 4, maxLength: 4 }), {
        minLength: 3,
        maxLength: 3,
      })
      .map((g) => g.join("."));
    const text = fc
      .tuple(
        fc.constantFrom("", "on ", "mac "),
        fc.oneof(hyphenated, dotted),
        fc.constantFrom("", " now", "."),
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const spans = findTextSpans(s, charFlags(s)) ?? [];
        expect(spans.map((x) => x[2])).toEqual(["device.identifier.mac"]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["+44 7700 900123", true],
    ["+44 770 0", false],
    ["1234567", false],
    ["12345678", true],
    ["a@b", true],
    ["https://kago.example/room/7", false],
    ["1.2.3", true],
    ["v1.2", false],
    ["ab-cd-ef-ab-cd-e1", true],
    ["ab-cd-ef-ab-c1", false],
    ["::1", true],
  ])("%s -> %s", (s, expected) => {
    expect(mayHoldSpan(s)).toBe(expected);
  });
});
