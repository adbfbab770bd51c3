/**
 * `digitView` gives the finders the ASCII digits of a number written in numerals, in another
 * script's digits or in look-alikes (`一三八...`, `①③⑧...`, `٠٥٥...`, `𝟏𝟑𝟖...`, keycaps), and
 * of one typed a digit at a time (`1 3 8 1 ...`), with a map back to the original offsets.
 */
import {
  digitView,
  findInText,
  HAS_NUMERAL,
  isNumeralCode,
  NUMERAL_CLASS,
  RUN_NUMBER,
  textProfile,
} from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const view = (text: string) => digitView(text, textProfile(text))?.text ?? null;

/** For each digit, the ways it may be written (index = the digit). */
const SPELLINGS: readonly (readonly string[])[] = [
  ["〇", "零", "⓪", "⓿", "⁰", "₀", "٠", "۰", "०", "০", "๐", "𝟎", "𝟘", "🯰", "0\ufe0f\u20e3"],
  [
    "一",
    "幺",
    "壹",
    "①",
    "⑴",
    "⒈",
    "⓵",
    "❶",
    "➀",
    "➊",
    "¹",
    "₁",
    "١",
    "۱",
    "१",
    "১",
    "๑",
    "𝟏",
    "𝟙",
    "🯱",
    "1\ufe0f\u20e3",
  ],
  ["二", "贰", "貳", "②", "⑵", "⒉", "⓶", "❷", "➁", "➋", "²", "₂", "٢", "۲", "२", "২", "๒", "𝟐", "𝟸", "🯲"],
  ["三", "叁", "參", "③", "⑶", "⒊", "⓷", "❸", "➂", "➌", "³", "₃", "٣", "۳", "३", "৩", "๓", "𝟑", "𝟹", "🯳"],
  ["四", "肆", "④", "⑷", "⒋", "⓸", "❹", "➃", "➍", "⁴", "₄", "٤", "۴", "४", "৪", "๔", "𝟒", "🯴"],
  ["五", "伍", "⑤", "⑸", "⒌", "⓹", "❺", "➄", "➎", "⁵", "₅", "٥", "۵", "५", "৫", "๕", "𝟓", "🯵"],
  ["六", "陆", "陸", "⑥", "⑹", "⒍", "⓺", "❻", "➅", "➏", "⁶", "₆", "٦", "۶", "६", "৬", "๖", "𝟔", "🯶"],
  ["七", "柒", "⑦", "⑺", "⒎", "⓻", "❼", "➆", "➐", "⁷", "₇", "٧", "۷", "७", "৭", "๗", "𝟕", "🯷"],
  ["八", "捌", "⑧", "⑻", "⒏", "⓼", "❽", "➇", "➑", "⁸", "₈", "٨", "۸", "८", "৮", "๘", "𝟖", "🯸"],
  ["九", "玖", "⑨", "⑼", "⒐", "⓽", "❾", "➈", "➒", "⁹", "₉", "٩", "۹", "९", "৯", "๙", "𝟗", "𝟿", "🯹"],
];

describe("digitView", () => {
  it("folds every spelling of every digit to the ASCII digit", () => {
    SPELLINGS.forEach((spellings, digit) => {
      for (const s of spellings) {
        const text = `tel ${s.repeat(8)} end`;
        expect(view(text), s).toBe(`tel ${String(digit).repeat(8)} end`);
      }
    });
  });

  it("folds any mix of spellings back to its digits, and maps every offset into the original", () => {
    const digits = fc.array(fc.nat(9), { minLength: 7, maxLength: 19 });
    const spelled = digits.chain((ds) =>
      fc.tuple(
        fc.constant(ds),
        fc.tuple(...ds.map((d) => fc.constantFrom(...(SPELLINGS[d] as string[])))),
        fc.constantFrom("", " ", "-"),
      ),
    );
    fc.assert(
      fc.property(spelled, ([ds, written, sep]) => {
        const text = `a ${written.join(sep)} b`;
        const folded = digitView(text, textProfile(text));
        expect(folded?.text).toBe(`a ${ds.join("")} b`);
        const at = folded?.at as Int32Array;
        // each digit maps to where its spelling starts; the end maps to the end
        let from = 2;
        ds.forEach((_, k) => {
          expect(at[2 + k]).toBe(from);
          from += (written[k] as string).length + sep.length;
        });
        expect(at[folded?.text.length as number]).toBe(text.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it("joins seven or more single digits typed one at a time, numerals too", () => {
    expect(view("call 1 3 8 1 2 3 4 5 6 7 8 now")).toBe("call 13812345678 now");
    expect(view("1-3-8-1-2-3-4-5-6-7-8")).toBe("13812345678");
    expect(view("电话 一 三 八 一 二 三 四 五 六 七 八")).toBe("电话 13812345678");
    // groups of more than one digit are a number's own grouping: left to the finders
    expect(view("138 1234 5678")).toBeNull();
    expect(view("1 2 3 4 5 6")).toBeNull();
    // nor a run longer than any number (a hostile body, a dotted counter)
    expect(view(`v ${"1.".repeat(20)}1`)).toBeNull();
    expect(view(`call 1 3 8 1 2 3 4 5 6 7 8, not ${"1.".repeat(30)}`)).toBe(
      `call 13812345678, not ${"1.".repeat(30)}`,
    );
  });

  it("reads numerals with typographic variants between them", () => {
    expect(view("tel 一\u200b三八\u00a0一二三四\u00a0五六七八")).toBe("tel 138 1234 5678");
    expect(view("tel １三８一２三４五６七８")).toBe("tel 13812345678");
  });

  it("writes a date in Chinese numerals in digits: the year digit by digit, month and day with ten", () => {
    expect(view("我的生日是一九九〇年四月十五日")).toBe("我的生日是1990年4月15日");
    expect(view("生日十二月三十一号")).toBe("生日12月31号");
    expect(view("二〇〇一年十月一日出生")).toBe("2001年10月1日出生");
    expect(view("一九九零年一月二十日")).toBe("1990年1月20日");
    // each digit maps to the numeral it comes from (十 of 三十一 dropped; 十 of 二十 is the 0)
    expect(Array.from(digitView("生日十二月三十一号", textProfile("生日十二月三十一号"))?.at ?? [])).toEqual([
      0, 1, 2, 3, 4, 5, 7, 8, 9,
    ]);
  });

  it("leaves ordinary text alone: scattered numerals, ten and above, other astral characters", () => {
    for (const text of [
      "我们一起去三亚玩了七八天",
      "一二三四五六", // six in a row: shorter than any number a finder reads
      "⑩⑪⑫⑬⑭⑮⑯⑰",
      "十百千万亿兆京垓",
      "十月十日", // no numeral but ten: not flagged, not read
      "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 😀🤔😀🤔😀🤔😀🤔",
      "plain ascii 2026 text",
    ])
      expect(view(text), text).toBeNull();
  });

  it("flags in the profile's table exactly the code units of the scanner's class", () => {
    const inClass = new RegExp(`[${NUMERAL_CLASS}]`);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isNumeralCode(c) !== inClass.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    // every spelling holds a flagged code unit: the numeral, a lead surrogate or a keycap's mark
    for (const spellings of SPELLINGS)
      for (const s of spellings) {
        const units = Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
        expect(units.some(isNumeralCode), s).toBe(true);
      }
  });

  it("asks the profile first: no numeral flag, no folding; no run of digits, no joining", () => {
    const text = "一三八一二三四五六七八";
    expect(textProfile(text) & HAS_NUMERAL).toBe(HAS_NUMERAL);
    expect(digitView(text, 0)).toBeNull();
    expect(textProfile("我的名字") & HAS_NUMERAL).toBe(0);
    const spaced = "1 3 8 1 2 3 4 5 6 7 8";
    expect(textProfile(spaced) & RUN_NUMBER).toBe(RUN_NUMBER);
    expect(digitView(spaced, 0)).toBeNull();
  });

  it("gives the number finders a phone number, grouped or not, and an IMEI written in numerals", () => {
    const categories = (text: string) => {
      const folded = view(text) ?? text;
      return findInText(folded).map((s) => s[2]);
    };
    expect(categories("加我一三八一二三四五六七八")).toEqual(["contact.phone"]);
    expect(categories("imei ٣٥٦٩٣٨٠٣٥٦٤٣٨٠٩")).toEqual(["device.identifier.imei"]);
    expect(categories("①③⑧ ①②③④ ⑤⑥⑦⑧")).toEqual(["contact.phone"]);
  });
});
