/**
 * Payment card numbers: the predicate (Luhn, a card network's prefix and length, the groupings)
 * on real-form numbers and their near misses, and the finder in free text, which takes only
 * numbers written in groups.
 */
import { describe, expect, it } from "vitest";
import { findInText, isPaymentCard, paymentCardSchema } from "../src/index.js";

// each completed with its Luhn check digit; 4539578763621486 and 371449635398431 are the forms
// card networks publish for testing
const VALID = [
  ["4539578763621486", "Visa, 16"],
  ["4222222222222", "Visa, 13"],
  ["5454545454545454", "Mastercard 54"],
  ["2223000048400011", "Mastercard 2223"],
  ["371449635398431", "American Express"],
  ["30569309025904", "Diners Club, 14"],
  ["6011000990139424", "Discover"],
  ["3530111333300000", "JCB"],
  ["6217000000000000004", "UnionPay, 19"],
  ["2200000000000004", "Mir"],
  ["5018000000000009", "Maestro"],
  ["4539 5787 6362 1486", "4-4-4-4 with spaces"],
  ["4539-5787-6362-1486", "4-4-4-4 with hyphens"],
  ["3714 496353 98431", "4-6-5"],
  ["3056 930902 5904", "4-6-4"],
  ["6217 0000 0000 0000 004", "4-4-4-4-3"],
];

describe("isPaymentCard", () => {
  it.each(VALID)("accepts %s (%s)", (pan) => {
    expect(isPaymentCard(pan)).toBe(true);
    expect(paymentCardSchema.safeParse(pan).success).toBe(true);
  });
  it.each([
    ["4539578763621487", "wrong check digit"],
    ["9539578763621482", "no network starts with 9"],
    ["5454545454545", "Mastercard with 13 digits"],
    ["37144963539843", "American Express with 14 digits"],
    ["453957876362", "12 digits"],
    ["41111111111111111110", "20 digits"],
    ["4539 5787-6362 1486", "mixed separators"],
    ["4539  5787 6362 1486", "two spaces"],
    ["45395 787 6362 1486", "groups 5-3-4-4"],
    ["4539 5787 6362 148 6", "a last group split"],
    ["4539.5787.6362.1486", "dots"],
    ["4539 5787 6362 1486 ", "a trailing space"],
  ])("rejects %s (%s)", (pan) => {
    expect(isPaymentCard(pan)).toBe(false);
    expect(paymentCardSchema.safeParse(pan).success).toBe(false);
  });
});

describe("payment card numbers in free text", () => {
  const found = (text: string) =>
    findInText(text)
      .filter((s) => s[2] === "financial.payment_card")
      .map(([a, b]) => text.slice(a, b));
  it("finds one written in groups, standing alone", () => {
    expect(found("paid with 4539 5787 6362 1486, thanks")).toEqual(["4539 5787 6362 1486"]);
    expect(found("卡号4539-5787-6362-1486。")).toEqual(["4539-5787-6362-1486"]);
    expect(found("amex 3714 496353 98431 exp 12/29")).toEqual(["3714 496353 98431"]);
    expect(found("(6217 0000 0000 0000 004)")).toEqual(["6217 0000 0000 0000 004"]);
    expect(found("4539 5787 6362 1486 and 5454 5454 5454 5454")).toEqual([
      "4539 5787 6362 1486",
      "5454 5454 5454 5454",
    ]);
  });
  it("does not take a plain run of digits: an order number looks the same", () => {
    expect(found("order 4539578763621486 shipped")).toEqual([]);
  });
  it("does not take one glued to a word or a number, or failing its check", () => {
    expect(found("a4539 5787 6362 1486 and 4539 5787 6362 1486b")).toEqual([]);
    expect(found("1.4539 5787 6362 1486")).toEqual([]);
    expect(found("4539 5787 6362 1487")).toEqual([]);
  });
  it("takes one a further group follows or a number precedes: over-redaction, never a leak", () => {
    expect(found("4539-5787-6362-1486-2")).toEqual(["4539-5787-6362-1486"]);
    expect(found("1 4500 1000 1000 0003 1")).toEqual(["4500 1000 1000 0003"]);
  });
  it("keeps it whole where a phone number could be read inside it", () => {
    expect(findInText("card 4539 5787 6362 1486")).toEqual([[5, 24, "financial.payment_card"]]);
  });
});
