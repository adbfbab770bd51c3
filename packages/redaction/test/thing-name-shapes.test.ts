import { describe, expect, it } from "vitest";
import { hasCategoryShape } from "../src/category-shapes.js";
import { GIVEN_NAMES, SURNAMES, WORD_GIVEN_NAMES, WORD_SURNAMES } from "../src/name-lists.js";
import { holdsHanThingWord, readsAsThingName, THING_WORDS } from "../src/thing-name-shapes.js";

const isName = (value: string) => hasCategoryShape("account.profile.name", value);

describe("a thing's name under a broad Name label (session 20, after red team round 9 A7)", () => {
  it("lists no thing's word that is a listed given name or surname", () => {
    const names = [...THING_WORDS].filter(
      (word) =>
        GIVEN_NAMES.has(word) || SURNAMES.has(word) || WORD_GIVEN_NAMES.has(word) || WORD_SURNAMES.has(word),
    );
    expect(names).toEqual([]);
  });

  it.each([
    // a person's name no name reader knows now goes: the label's default
    "Nguyễn Văn An",
    "Nguyen Van Binh",
    "Oluwaseun Adeyemi",
    "Priya Ramanathan",
    "Ngozi Okonjo-Iweala",
    "Mohammed Al-Farsi",
    "Khalid bin Walid",
    "Kim Min-jun",
    "Cormac McCarthy",
    "DeShawn Harris",
    "LI Na",
    "OLUWASEUN ADEYEMI",
    "Rose Adeyemi",
    "To Lam",
    "Nguyen Thi My",
    "Pan Wei",
    "Иван Петров",
    "周迅",
    "莫言",
    "章子怡",
    "迪丽热巴·迪力木拉提",
    // as before: the name readers'
    "Astrid Solberg",
    "astrid solberg",
    "Astrid",
    "张伟",
  ])("reads %s as a person's", (value) => {
    expect(isName(value)).toBe(true);
  });

  it.each([
    // a digit, a sign, a brand's casing, an acronym, a possessive, a thing's word, too many words
    "iPhone 15",
    "Diamond Pack 680",
    "Mate 60 Pro",
    "SKU-123",
    "Disney+",
    "AT&T",
    "Node.js",
    "YouTube Premium",
    "GitHub",
    "API Gateway",
    "VIP Membership",
    "Collector's Edition",
    "Santa's Sleigh",
    "DigitalOcean Droplet",
    "PUBG Mobile",
    "Gift Box",
    "Premium Plan",
    "gift box",
    "Handful of Gems",
    "Office Home and Student",
    "Stainless Steel Water Bottle",
    "Knoll Saarinen Executive Conference Chair",
    "Paquete Mensual",
    "Supercalifragilisticexpialidocious Extraordinaire",
    // one word that is no listed given name
    "iphone",
    "Large",
    "Rose",
    "API",
    // Chinese: no surname first, or a thing's word or ending
    "玫瑰",
    "火箭",
    "迪丽热巴",
    "金币",
    "周卡",
    "黄金会员",
    "王者荣耀礼包",
    "马车",
    "崔氏",
  ])("keeps %s", (value) => {
    expect(isName(value)).toBe(false);
  });

  it("reads a thing's marks", () => {
    expect(readsAsThingName("Nguyễn Văn An")).toBe(false);
    expect(readsAsThingName("Juan Carlos de la Fuente")).toBe(false);
    expect(readsAsThingName("Alpha Beta Gamma Delta Epsilon")).toBe(true);
    expect(readsAsThingName("MacLeod")).toBe(false);
    expect(readsAsThingName("LaToya Robinson")).toBe(false);
    expect(holdsHanThingWord("周卡")).toBe(true);
    expect(holdsHanThingWord("周迅")).toBe(false);
  });
});
