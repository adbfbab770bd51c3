/**
 * Taiwan and Hong Kong identity card numbers (`src/values/regional-ids.ts`): the registries' own
 * check digits, against real-shaped and near-miss numbers.
 */
import {
  hongKongIdSchema,
  isAadhaar,
  isHongKongId,
  isSpanishId,
  isTaiwanId,
  taiwanIdSchema,
} from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("Taiwan identity card numbers", () => {
  it.each(["A123456789", "F131045679", "B223456782", "Z198765436", "K287654324", "A912345673"])(
    "%s passes",
    (id) => {
      expect(isTaiwanId(id)).toBe(true);
      expect(taiwanIdSchema.safeParse(id).success).toBe(true);
    },
  );
  it.each(["A123456788", "A323456789", "a123456789", "A12345678", "A1234567890", "1123456789", "AB23456789"])(
    "%s fails",
    (id) => expect(isTaiwanId(id)).toBe(false),
  );
  it("accepts exactly one check digit for every letter and body", () => {
    const body = fc.tuple(
      fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
      fc.constantFrom("1", "2", "8", "9"),
      fc.array(fc.nat(9), { minLength: 7, maxLength: 7 }),
    );
    fc.assert(
      fc.property(body, ([letter, sex, digits]) => {
        const prefix = `${letter}${sex}${digits.join("")}`;
        const passing = [..."0123456789"].filter((d) => isTaiwanId(prefix + d));
        expect(passing).toHaveLength(1);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("Hong Kong identity card numbers", () => {
  it.each(["A123456(3)", "A1234563", "AB987654(3)", "Z683365(A)", "G123456(A)", "K000000(0)", "WX123456(9)"])(
    "%s passes",
    (id) => {
      expect(isHongKongId(id)).toBe(true);
      expect(hongKongIdSchema.safeParse(id).success).toBe(true);
    },
  );
  it.each(["A123456(4)", "A123456(3", "A1234563)", "a123456(3)", "A12345(3)", "ABC123456(3)", "A123456(B)"])(
    "%s fails",
    (id) => expect(isHongKongId(id)).toBe(false),
  );
  it("accepts exactly one check character for every prefix and body", () => {
    const body = fc.tuple(
      fc.stringMatching(/^[A-Z]{1,2}$/),
      fc.array(fc.nat(9), { minLength: 6, maxLength: 6 }),
    );
    fc.assert(
      fc.property(body, ([letters, digits]) => {
        const prefix = `${letters}${digits.join("")}`;
        const passing = [..."0123456789A"].filter((c) => isHongKongId(`${prefix}(${c})`));
        expect(passing).toHaveLength(1);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("Spanish DNI and NIE, Aadhaar (session 13)", () => {
  it("accepts a DNI or NIE whose check letter is right, and nothing else", () => {
    for (const id of ["12345678Z", "12345678-z", "X1234567L", "x1234567 l"])
      expect(isSpanishId(id), id).toBe(true);
    for (const id of ["12345678A", "X1234567A", "W1234567L", "1234567Z", "123456789Z"])
      expect(isSpanishId(id), id).toBe(false);
  });

  it("accepts an Aadhaar number passing Verhoeff's check, grouped or plain", () => {
    for (const id of ["2345 6789 0124", "499118665246", "2345-6789-0124"])
      expect(isAadhaar(id), id).toBe(true);
    for (const id of ["2345 6789 0123", "1345 6789 0124", "2345 67890124", "23456789012"])
      expect(isAadhaar(id), id).toBe(false);
  });
});
