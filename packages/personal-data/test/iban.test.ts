/**
 * IBANs: the predicate (registry country and length, MOD 97-10 check, groups of four) on the
 * registry's example numbers and their near misses, and the finder in free text.
 */
import { describe, expect, it } from "vitest";
import { findInText, ibanSchema, isIban } from "../src/index.js";

// the examples of the SWIFT IBAN registry
const VALID = [
  "NO9386011117947",
  "DE89370400440532013000",
  "GB29NWBK60161331926819",
  "FR1420041010050500013M02606",
  "MT84MALT011000012345MTLCAST001S",
  "NO93 8601 1117 947",
  "GB29 NWBK 6016 1331 9268 19",
  "de89370400440532013000",
];

describe("isIban", () => {
  it.each(VALID)("accepts %s", (iban) => {
    expect(isIban(iban)).toBe(true);
    expect(ibanSchema.safeParse(iban).success).toBe(true);
  });
  it.each([
    ["DE88370400440532013000", "wrong check digits"],
    ["DE8937040044053201300", "21 characters: Germany's are 22"],
    ["XX89370400440532013000", "no such country"],
    ["NO93 8601 1117 94 7", "a group split"],
    ["NO93  8601 1117 947", "two spaces"],
    ["NO93-8601-1117-947", "hyphens"],
    ["de89a7f0c2b4d6e8f0a1b2c3d4e5f6a7", "a hex digest"],
  ])("rejects %s (%s)", (iban) => {
    expect(isIban(iban)).toBe(false);
    expect(ibanSchema.safeParse(iban).success).toBe(false);
  });
});

describe("IBANs in free text", () => {
  const found = (text: string) =>
    findInText(text)
      .filter((s) => s[2] === "financial.bank_account")
      .map(([a, b]) => text.slice(a, b));
  it("finds one plain or grouped, a word after its last group left out", () => {
    expect(found("IBAN NO93 8601 1117 947 and thanks")).toEqual(["NO93 8601 1117 947"]);
    expect(found("pay to DE89370400440532013000 by Friday")).toEqual(["DE89370400440532013000"]);
    expect(found("(GB29 NWBK 6016 1331 9268 19)")).toEqual(["GB29 NWBK 6016 1331 9268 19"]);
  });
  it("finds one after a word that starts like one (two letters, two digits)", () => {
    expect(found("AA00 NO48 1000 0000 000 AA00")).toEqual(["NO48 1000 0000 000"]);
  });
  it("does not take one glued to a word, nor one failing its check", () => {
    expect(found("xDE89370400440532013000 DE88370400440532013000")).toEqual([]);
  });
  it("keeps it whole where a phone number could be read inside it", () => {
    expect(findInText("IBAN NO93 8601 1117 947")).toEqual([[5, 23, "financial.bank_account"]]);
  });
});
