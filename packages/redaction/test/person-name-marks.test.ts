/**
 * Session 20, red team round 11 F1: under a broad `Name` label a value went unless it read as a
 * thing's, and persons' names with a thing's marks passed (initials, a thing word as surname,
 * handles, Chinese nicknames). Their marks of a person's name are now read first.
 */
import { describe, expect, it } from "vitest";
import { hasCategoryShape } from "../src/category-shapes.js";
import { hasPersonNameMark } from "../src/person-name-marks.js";

const NAME = "account.profile.name";

describe("marks of a person's name under a broad Name label (session 20, red team round 11)", () => {
  it.each([
    // initials before a name
    "AJ Smith",
    "DJ Khaled",
    "JD Vance",
    "J.D. Vance",
    "J. Smith",
    // a listed given name first, a thing's word after it
    "Andrew Card",
    "Ira Glass",
    "Tom Gateway",
    "Elizabeth II",
    "Louis XIV",
    "Joan of Arc",
    // handles built from a name
    "john.smith",
    "j.smith",
    "john_smith",
    "JohnSmith",
    "johnsmith88",
    "jsmith",
    "alice99",
    "xiaoming_wang",
    // Chinese nicknames
    "小明",
    "老王",
    "阿伟",
  ])("%s goes", (value) => {
    expect(hasPersonNameMark(value)).toBe(true);
    expect(hasCategoryShape(NAME, value)).toBe(true);
  });

  it.each([
    "Rose",
    "Large",
    "iphone",
    "iPhone 15",
    "API Gateway",
    "PUBG Mobile",
    "Node.js",
    "YouTube Premium",
    "SKU-123",
    "Diamond Pack 680",
    "Gift Box",
    "Premium Plan",
    "Men's Running Shoes",
    "Stainless Steel Water Bottle",
    "玫瑰",
    "金币",
    "火箭",
  ])("near miss: %s stays a thing's", (value) => {
    expect(hasPersonNameMark(value)).toBe(false);
    expect(hasCategoryShape(NAME, value)).toBe(false);
  });
});
