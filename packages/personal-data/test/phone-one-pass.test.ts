/**
 * `isPhoneAt` and `longestPhoneAt` read the groups from a start once; this checks them against
 * the window-at-a-time parser they replaced (`test/phone-reference.ts`) on text dense in phone
 * characters, for every window.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPhoneAt, longestPhoneAt } from "../src/values/phone.js";
import { referenceIsPhoneAt } from "./phone-reference.js";

const isDigit = (c: number) => c >= 48 && c <= 57;
const unit = fc.constantFrom(..."0123456789011234567890  --..()++x");

describe("the one-pass phone reader", () => {
  it("judges every window as the window-at-a-time parser did", () => {
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 32 }), (s) => {
        for (let start = 0; start < s.length; start++) {
          let longest = -1;
          for (let end = start + 1; end <= s.length; end++) {
            const expected = referenceIsPhoneAt(s, start, end);
            expect(isPhoneAt(s, start, end), `${JSON.stringify(s)} [${start}, ${end})`).toBe(expected);
            const splitsGroup =
              end < s.length && isDigit(s.charCodeAt(end - 1)) && isDigit(s.charCodeAt(end));
            if (expected && end % 2 === 0 && !splitsGroup) longest = end;
          }
          // the longest accepted window among those a caller allows (here: even ends), never
          // ending inside a digit group
          expect(longestPhoneAt(s, start, s.length, (e) => e % 2 === 0)).toBe(longest);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on grouped numbers built like phone numbers (many of them accepted)", () => {
    const group = fc.tuple(
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 4 }),
      fc.constantFrom(" ", "-", ".", "", "("),
    );
    const phoneLike = fc
      .tuple(
        fc.constantFrom("", "+", "00", "0", "1", "8", "(0"),
        fc.array(group, { minLength: 1, maxLength: 7 }),
      )
      .map(([lead, groups]) =>
        groups.reduce<string>(
          (text, [digits, sep]) => (sep === "(" ? `${text}(${digits}) ` : `${text}${digits}${sep}`),
          lead as string,
        ),
      );
    let accepted = 0;
    fc.assert(
      fc.property(phoneLike, (s) => {
        for (let end = 1; end <= s.length; end++) {
          const expected = referenceIsPhoneAt(s, 0, end);
          if (expected) accepted++;
          expect(isPhoneAt(s, 0, end), `${JSON.stringify(s)} [0, ${end})`).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100); // the generator does reach the accepted forms
  });

  it("accepts and refuses the module rule's examples alike", () => {
    for (const s of [
      "+1 (415) 555-2671",
      "+86 138 0013 8000",
      "13800138000",
      "008613800138000",
      "0044 20 7946 0958",
      "(0755) 8888-1234",
      "415.555.2671",
      "1 415 555 2671",
      "86-138-0013-8000",
      "86 13800138000",
      "347 123 4567",
      "612 34 56 78",
      "(11) 91234-5678",
      "(55) 1234 5678",
      "8 (912) 345-67-89",
      "8-495-123-45-67",
      "8 912 345 67 8",
      "2024-05-01",
      "198.51.100.1",
      "1767261600000",
    ])
      expect(isPhoneAt(s, 0, s.length), s).toBe(referenceIsPhoneAt(s, 0, s.length));
    // and the one-pass reader reads the new forms to their end (its early stop knows them)
    for (const s of [
      "86-138-0013-8000",
      "86 138 0013 8000",
      "612 34 56 78",
      "(11) 91234-5678",
      "8 (912) 345-67-89",
      "8-495-123-45-67",
    ])
      expect(
        longestPhoneAt(s, 0, s.length, () => true),
        s,
      ).toBe(s.length);
  });
});
