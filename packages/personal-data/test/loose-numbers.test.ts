/**
 * The digit view tidies a China mobile typed with separators no phone number is written with
 * (`138/1234/5678`, `138，1234，5678`, `138 - 1234 - 5678`: `src/text/loose-numbers.ts`), and
 * leaves lists of numbers, dates and amounts as they are.
 */
import { digitView, findInText, HAS_LOOSE_DIGITS, textProfile } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOOSE_MARKS } from "../src/text/loose-numbers.js";

const view = (text: string) => digitView(text, textProfile(text))?.text ?? null;

/** The phone numbers the finders see in `text`'s digit view, as the source text they map to. */
function phonesFound(text: string): string[] {
  const folded = digitView(text, textProfile(text));
  const seen = folded?.text ?? text;
  const back = (k: number) => (folded === null ? k : (folded.at[k] as number));
  return findInText(seen)
    .filter((span) => span[2] === "contact.phone")
    .map(([start, end]) => text.slice(back(start), back(end)));
}

const LOOSE = [
  "/",
  "_",
  "|",
  "*",
  "~",
  ",",
  "·",
  "，",
  "。",
  "、",
  "／",
  "＿",
  "｜",
  "＊",
  "～",
  " / ",
  " - ",
  "  ",
  ", ",
  "- ",
  // session 13: symbols and emoji (a red-team probe)
  "#",
  "=",
  "——",
  "…",
  "丨",
  "❤",
  "★",
  "😀",
  " ❤️ ",
  "➖",
];

describe("loose separators in the digit view", () => {
  it("writes a China mobile split by loose separators as one number", () => {
    expect(view("加我 138/1234/5678")).toBe("加我 13812345678");
    expect(view("加我 138，1234，5678 谢谢")).toBe("加我 13812345678 谢谢");
    expect(view("138 - 1234 - 5678 call")).toBe("13812345678 call");
    expect(view("tel 86/138/1234/5678")).toBe("tel 8613812345678");
    expect(view("0086 / 138 / 1234 / 5678")).toBe("008613812345678");
    expect(view("138_12345678")).toBe("13812345678");
    // the separators around it become spaces, so it is no word's tail
    expect(view("v2_138_1234_5678")).toBe("v2 13812345678");
    expect(view("2024-138/1234/5678")).toBe("2024 13812345678");
    // emoji and symbols between the groups, or between every digit (session 13)
    expect(view("138😀1234😀5678")).toBe("13812345678");
    expect(view("1🌟3🌟8🌟1🌟2🌟3🌟4🌟5🌟6🌟7🌟8")).toBe("13812345678");
    // numerals too, once folded, whichever loose separator splits them (session 12: the fold's
    // separators lacked the fullwidth ones, so `一三八／一二三四／五六七八` was never folded)
    for (const mark of LOOSE.filter((m) => m.trim() !== ""))
      expect(view(`一三八${mark}一二三四${mark}五六七八`), mark).toBe("13812345678");
  });

  it("maps each digit to where it is written, and the end to the end", () => {
    const text = "a 138 / 1234，5678 b";
    const folded = digitView(text, textProfile(text));
    expect(folded?.text).toBe("a 13812345678 b");
    const at = Array.from(folded?.at ?? []);
    expect(
      at
        .slice(2, 13)
        .map((k) => text[k])
        .join(""),
    ).toBe("13812345678");
    expect(at[2]).toBe(2);
    expect(at[12]).toBe(text.indexOf("8 b"));
    expect(at[folded?.text.length as number]).toBe(text.length);
  });

  it("joins seven to nineteen single digits so split", () => {
    expect(view("1/3/8/1/2/3/4/5/6/7/8")).toBe("13812345678");
    expect(view("1 3 8 - 1 2 3 4 - 5 6 7 8")).toBe("13812345678");
    expect(view("1, 2, 3")).toBeNull();
  });

  it("leaves lists of numbers, dates and amounts alone", () => {
    for (const text of [
      "on 2024-01-15, 12345 users",
      "dates 2024/01/15, 2024/01/16, 2024/01/17",
      "values: 0,12,34,56,78,90",
      "amounts: 500, 200, 1000 and 300, 200, 1000",
      "revenue 13,800,138,000 yuan",
      "13, 812,345,678",
      "ips 10.0.0.1, 10.0.0.2",
      "call 020 / 7946 / 0958", // only a China mobile is tidied
      "138/1234/56789", // a digit too many
      "138 1234 5678", // one space: the phone reader's own grouping, left to it
    ])
      expect(view(text), text).toBeNull();
  });

  it("is looked for only where the profile flags a digit before a loose separator, and always there", () => {
    expect(textProfile("加我 138/1234/5678") & HAS_LOOSE_DIGITS).toBe(HAS_LOOSE_DIGITS);
    expect(digitView("加我 138/1234/5678", 0)).toBeNull();
    for (const text of ["2024-01-15 ok", "138 1234 5678", "a/b, c_d", "v1.2.3"])
      expect(textProfile(text) & HAS_LOOSE_DIGITS, text).toBe(0);
    // every text the tidying changes is flagged (the flag is a necessary condition)
    const unit = fc.constantFrom(..."13800138000 86", " ", " ", "-", ...LOOSE_MARKS, "x");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 11, maxLength: 40 }), (text) => {
        const flags = textProfile(text);
        const unflagged = digitView(text, flags & ~HAS_LOOSE_DIGITS);
        const flagged = digitView(text, flags | HAS_LOOSE_DIGITS);
        if (flagged?.text !== unflagged?.text)
          expect(flags & HAS_LOOSE_DIGITS, JSON.stringify(text)).toBe(HAS_LOOSE_DIGITS);
      }),
      { numRuns: 5_000 },
    );
  });

  it("is linear on a run longer than any number", () => {
    const text = `x ${"138/".repeat(50_000)}1`;
    expect(view(text)).toBeNull();
    expect(view(`${text}. 138/1234/5678`)).toBe(`${text}. 13812345678`);
  });

  it("finds a China mobile however its groups are split, and maps it back to where it is written", () => {
    const mobile = fc
      .tuple(fc.constantFrom(..."3456789"), fc.array(fc.nat(9), { minLength: 9, maxLength: 9 }))
      .map(([second, rest]) => `1${second}${rest.join("")}`);
    const grouping = fc.constantFrom([3, 4, 4], [3, 8], [7, 4]);
    const prefix = fc.constantFrom("", "86", "0086");
    const word = fc.constantFrom("加我", "call", "tel:", "电话", "ok", "v2");
    const planted = fc
      .tuple(
        mobile,
        grouping,
        prefix,
        fc.array(fc.constantFrom(...LOOSE), { minLength: 3, maxLength: 3 }),
        word,
        word,
      )
      .map(([digits, lengths, cc, seps, before, after]) => {
        const groups: string[] = cc === "" ? [] : [cc];
        let k = 0;
        for (const length of lengths) {
          groups.push(digits.slice(k, k + length));
          k += length;
        }
        const number = groups.map((g, i) => (i === 0 ? g : `${seps[i - 1]}${g}`)).join("");
        return { text: `${before} ${number} ${after}`, number };
      });
    fc.assert(
      fc.property(planted, ({ text, number }) => {
        expect(phonesFound(text)).toEqual([number]);
      }),
      { numRuns: 2_000 },
    );
  });
});
