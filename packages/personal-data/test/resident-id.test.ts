/**
 * Chinese resident identity card numbers: the predicate (division, birth date, ISO 7064 MOD 11-2
 * check character) on real-form numbers and their near misses, and the finder in free text.
 */
import { describe, expect, it } from "vitest";
import { findInText, isResidentId, residentIdSchema } from "../src/index.js";

// computed with the GB 11643-1999 check character; 11010519491231002X is the standard's example
const VALID = ["11010519491231002X", "110101199003074514", "440304198501011235", "310115199202290020"];

describe("isResidentId", () => {
  it.each(VALID)("accepts %s", (id) => {
    expect(isResidentId(id)).toBe(true);
    expect(residentIdSchema.safeParse(id).success).toBe(true);
  });
  it("accepts a lower-case check character x", () => {
    expect(isResidentId("11010519491231002x")).toBe(true);
  });
  it.each([
    ["110105194912310021", "wrong check character"],
    ["110101199003074515", "wrong check digit"],
    ["910101199003074514", "no province 91"],
    ["110101199002304514", "30 February"],
    ["310115199302290020", "29 February of a common year"],
    ["110101189912314514", "born before 1900"],
    ["11010119900307451", "17 characters"],
    ["1101011990030745140", "19 characters"],
    ["110101900307451", "the old 15-digit form"],
    ["11010119900307451X0", "X inside"],
    ["X10101199003074514", "a letter first"],
  ])("rejects %s (%s)", (id) => {
    expect(isResidentId(id)).toBe(false);
    expect(residentIdSchema.safeParse(id).success).toBe(false);
  });
});

describe("resident identity card numbers in free text", () => {
  const found = (text: string) =>
    findInText(text)
      .filter((s) => s[2] === "identity.national_id")
      .map(([a, b]) => text.slice(a, b));
  it("finds one standing alone, after ideographs, with its X, plain or grouped 6-8-4", () => {
    expect(found("我的身份证号是11010519491231002X，谢谢")).toEqual(["11010519491231002X"]);
    expect(found("id 110101199003074514.")).toEqual(["110101199003074514"]);
    expect(found("身份证：110105 19491231 002X 已核验")).toEqual(["110105 19491231 002X"]);
    expect(found("ID 440304-19850101-1235")).toEqual(["440304-19850101-1235"]);
  });
  it("does not take one glued to a word or a longer number, nor one whose check fails", () => {
    expect(found("a110101199003074514 1101011990030745140 110101199003074514b")).toEqual([]);
    expect(found("order 110105194912310021 shipped")).toEqual([]);
    expect(found("110105 19491231-002X")).toEqual([]);
  });
  it("keeps it whole where a phone number could be read inside it", () => {
    expect(findInText("身份证 110105 19491231 002X")).toEqual([[4, 24, "identity.national_id"]]);
  });
});
