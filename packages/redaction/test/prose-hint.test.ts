/**
 * The one native search in front of the prose readers (`src/prose.ts`) lets through every text a
 * reader finds something in: on random text made of every reader's labels, phrases and values,
 * the readers behind the search find what they find without it. For the scanner's fast path
 * (strings with no digit, `@`, `:`, `-`, `.` or numeral) the same holds for all but the labelled device
 * identifiers, which that path leaves out on purpose (see the module note of `src/prose.ts`).
 */
import { NUMERAL_CLASS } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findLabelledIds } from "../src/labelled-ids.js";
import { findProseSpans, mayHoldProse, readProse } from "../src/prose.js";

const ATOMS = [
  // introductions, greetings, titles, honorifics
  "my name is ",
  "I'm called ",
  "我叫",
  "我的名字是",
  "me llamo ",
  "mi nombre es ",
  "meu nome é ",
  "je m'appelle ",
  "ich heiße ",
  "mein Name ist ",
  "私の名前は",
  "さん",
  "様",
  "Hi ",
  "Hola ",
  "Dear ",
  "Mr. ",
  "Frau ",
  "尊敬的",
  "王先生",
  "北京市朝阳区建国路",
  "88号",
  "建国路八十八号",
  "漕溪北路 88 号",
  "阳光花园3栋",
  "2单元501",
  "送到",
  "221B Baker ",
  "Street",
  "Storgata 12",
  "Karl Johans gate ",
  "12 rue de ",
  "5, avenue ",
  "3 bis ",
  "allée ",
  "Route ",
  "Calle Mayor ",
  "C/",
  "Avda. ",
  "Rua das ",
  "Via del ",
  "piazza ",
  "Rivoli",
  ", 1100-053 Lisboa",
  "12",
  "女士",
  "亲爱的",
  // stated values, labels
  "my wechat is ",
  "mi teléfono es ",
  "是",
  "は",
  "我的银行卡号",
  "微信",
  "vx：",
  "扣扣 ",
  "威信",
  "加v ",
  "➕V",
  "line id: ",
  "kakao ",
  "t.me/",
  "wa.me/",
  "@astrid_tg",
  "抖音号：astrid520",
  "快手号 kago_88",
  "instagram: astrid_99",
  "wechat: ",
  "wx号 ",
  "企鹅号",
  "V❤ ",
  "薇❤️",
  "卫星：",
  "🛰️",
  "绿泡泡 ",
  "wei信 ",
  "微xin",
  "w x ",
  "q q：",
  "加扣",
  "🐧 ",
  "12345678",
  "one ",
  "three ",
  "Nine, ",
  "double ",
  "oh-",
  "double five double six double seven double eight",
  "passport ",
  "ssn ",
  "Social Security No. ",
  "536-22-1234",
  "phone ",
  "Tel: ",
  "电话",
  "手机号",
  "联系方式",
  "4791234567",
  "HKID ",
  "身份证 ",
  "身分證字號：",
  "national ID: ",
  "A123456(3)",
  "A123456789",
  "HKID A123456(3)",
  "national ID: A123456789",
  "id card Z683365(A)",
  "identity card F131045679",
  "📱4791234567",
  "☎️ ",
  "收款账号：6228 4800 1234 5678 9",
  "bank account ",
  "call me on 4791234567",
  "ring me at +4791234567",
  "护照 ",
  "card ",
  "credit_card ",
  "卡号",
  "cvv ",
  "location: ",
  "lat ",
  "Long: ",
  "10.7522",
  "at ",
  "@",
  "=",
  "geo:",
  "idfa ",
  "mac\t",
  "birthday ",
  "生日",
  " [at] ",
  "(dot)",
  " at example dot org",
  " at gmail",
  "#163.com",
  "li艾特sina",
  "点com",
  " @ example.org",
  "@example . org",
  "@example。com",
  "﹫example.org",
  "@gmail",
  // values and glue
  "Astrid Solberg",
  "张三",
  "アストリッド",
  "astrid_wx",
  "123456789",
  "E12345678",
  "4539578763621486",
  "59.9139, 10.7522",
  "1990-04-01",
  "6D92078A-8246-4BA4-AE5B-76104861E7DC",
  "001A2B3C4D5E",
  "deadbeefcafe",
  "example",
  " ",
  ", ",
  "x",
  "_",
];
/** What sends a string past the scanner's fast path: a digit, `@`, `:`, `-`, `.` or a numeral. */
const SLOW_PATH = new RegExp(`[0-9@:.\\-${NUMERAL_CLASS}]`);
const text = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 8 }).map((a) => a.join(""));

describe("the prose search", () => {
  it("lets through every text a reader finds something in", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findProseSpans(t)).toEqual(t.length < 4 ? null : readProse(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it("on the fast path, lets through every text a reader other than the identifiers' finds something in", () => {
    const fastPath = text.filter((t) => !SLOW_PATH.test(t) && t.length >= 4);
    fc.assert(
      fc.property(fastPath, (t) => {
        const spans = readProse(t) ?? [];
        const ids = findLabelledIds(t) ?? [];
        const others = spans.filter((s) => !ids.some((i) => i[0] === s[0] && i[1] === s[1]));
        if (others.length > 0) expect(mayHoldProse(t)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
