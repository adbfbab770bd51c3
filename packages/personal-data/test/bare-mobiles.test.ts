/**
 * National mobiles written bare with their trunk `0` (`src/values/bare-mobiles.ts`), and Mexico's
 * and Brazil's mobiles grouped without brackets (`src/values/phone.ts`; session 19, a red team's
 * round 7, R3), in free text; and what stays: other prefixes and lengths, numbers glued to a
 * word, a time or a decimal, ids and counts without a trunk `0`.
 */
import { describe, expect, it } from "vitest";
import { findInText, isPhone } from "../src/index.js";

/** The values `findInText` reads in `text`, with their categories. */
function read(text: string): string[] {
  return findInText(text).map(([start, end, category]) => `${text.slice(start, end)} ${category}`);
}

describe("bare national mobiles", () => {
  it.each([
    ["numaram 05321234567 ara", "05321234567"], // Turkey
    ["x 05051234567 y", "05051234567"],
    ["hubungi 081234567890 ya", "081234567890"], // Indonesia, 12 digits
    ["x 0895123456789 y", "0895123456789"], // 13
    ["x 08571234567 y", "08571234567"], // 11
    ["gọi 0912345678 nhé", "0912345678"], // Vietnam
    ["x 0321234567 y", "0321234567"],
    ["x 0761234567 y", "0761234567"],
    ["رقمي 0501234567", "0501234567"], // Saudi Arabia, the Emirates
    ["x 0551234567 y", "0551234567"],
    ["x 01012345678 y", "01012345678"], // Egypt
    ["x 01512345678 y", "01512345678"],
  ])("%s: %s is a phone", (text, value) => {
    expect(read(text)).toEqual([`${value} contact.phone`]);
  });

  it.each([
    ["0512345678", "Saudi 051 is no mobile prefix"],
    ["05001234567", "Turkey's 500 is not given"],
    ["0532123456789", "too long for Turkey"],
    ["081234567", "too short for Indonesia"],
    ["08012345678", "Indonesia's 80 is not given"],
    ["0612345678", "no plan read here starts 06"],
    ["09123456789", "too long for Vietnam"],
    ["0412345678", "no plan read here starts 04"],
    ["01312345678", "Egypt's 13 is not given"],
    ["00912345678", "two zeros"],
    ["5512345678", "no trunk 0: an id as often"],
    ["11912345678", "no trunk 0"],
    ["89123456789", "no trunk 0"],
    ["order_id=x0912345678", "glued to a word"],
    ["0912345678x", "glued to a word"],
    ["v1.0912345678", "after a version's dot"],
    ["12:00:00.0912345678", "a time's fraction"],
    ["2024-12-01T08:30:15.083015123456Z", "a time's fraction"],
    ["0.0912345678", "a decimal"],
    ["t=1733030400.0812345678", "a time in seconds and its fraction"],
    ["1733030400 1733030400123", "times in seconds and milliseconds"],
    ["0915083015", "a time stamp MMddHHmmss"],
    ["0707202614", "a time stamp ddMMyyyyHH"],
  ])("%s stays (%s)", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("Mexico's and Brazil's mobiles grouped without brackets", () => {
  it.each([
    ["mi cel 55 1234 5678", "55 1234 5678"],
    ["33-1234-5678", "33-1234-5678"],
    ["81.1234.5678", "81.1234.5678"],
    ["me liga 11 91234-5678", "11 91234-5678"],
    ["21 9 8765-4321", "21 9 8765-4321"],
  ])("%s: %s is a phone", (text, value) => {
    expect(read(text)).toEqual([`${value} contact.phone`]);
  });

  it.each([
    ["44 1234 5678", "not a big city's area code"],
    ["55 1234 56789", "a longer last group"],
    ["11 81234-5678", "not a mobile's 9"],
    ["10 91234-5678", "no area code 10"],
    ["20 91234-5678", "no area code 20"],
    ["21 8 8765-4321", "not a mobile's 9"],
    ["page 12 of 2024 0115", "a page and a date"],
  ])("%s stays (%s)", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a whole value in these forms is a phone", () => {
    expect(isPhone("55 1234 5678")).toBe(true);
    expect(isPhone("11 91234-5678")).toBe(true);
    expect(isPhone("0912345678")).toBe(true);
    expect(isPhone("0412345678")).toBe(false);
  });

  it("finds a bare national mobile in text, not as the whole text (session 19, red team round 9 A1)", () => {
    // a value that is the number alone is an id padded with 0 as often (a room's, a group's)
    expect(read("0912345678")).toEqual([]);
    expect(read("05321234567")).toEqual([]);
    // a China mobile and a grouped national number are read whole as before
    expect(read("13812345678")).toEqual(["13812345678 contact.phone"]);
    expect(read("0532 123 45 67")).toEqual(["0532 123 45 67 contact.phone"]);
    expect(read("gọi 0912345678")).toEqual(["0912345678 contact.phone"]);
  });
});
