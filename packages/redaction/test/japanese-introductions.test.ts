/**
 * Names a Japanese writer gives with "I am" (`src/japanese-introductions.ts`): after `私は` or a
 * greeting, a listed surname and up to three kanji right before the copula; what a person is
 * (`私は学生です`) stays.
 */
import { describe, expect, it } from "vitest";
import { findJapaneseIntroductions } from "../src/japanese-introductions.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The names found in `text`. */
const names = (text: string) => (findJapaneseIntroductions(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findJapaneseIntroductions", () => {
  it("reads a listed surname and a given name after 私は before the copula", () => {
    expect(names("私は佐藤花子です")).toEqual(["佐藤花子"]);
    expect(names("わたしは佐藤です。僕は高橋だ")).toEqual(["佐藤", "高橋"]);
    expect(names("私は長谷川由美子です")).toEqual(["長谷川由美子"]);
    expect(names("私は佐々木でございます")).toEqual(["佐々木"]);
  });

  it("reads a name after a greeting", () => {
    expect(names("はじめまして、山田太郎です。")).toEqual(["山田太郎"]);
    expect(names("初めまして 伊藤 健太です")).toEqual(["伊藤 健太"]);
    expect(names("お世話になっております。田中です。")).toEqual(["田中"]);
  });

  it("reads a one-kanji surname alone or before a space, not joined to a word", () => {
    expect(names("私は林です。私は森 健太です")).toEqual(["林", "森 健太"]);
    for (const text of ["私は原因です", "私は原告です", "私は森林です"])
      expect(names(text), text).toEqual([]);
  });

  it("leaves what a person is, a place, and what is not a copula", () => {
    for (const text of [
      "私は学生です",
      "私は元気です",
      "これはペンです",
      "私はエンジニアです", // katakana: not read
      "私は山口県出身です", // a place's kanji
      "私は鈴木商店です",
      "私は高田馬場です", // a place named like a surname ("I am at Takadanobaba")
      "こんにちは、上野動物園です",
      "私は田中の妹です", // no copula after the name
      "私は田中太郎次郎です", // more kanji than a given name has
      "こんにちは、カスタマーサポートです",
      "お世話になっております。営業部です。",
      "佐藤です", // nothing before: not read
    ])
      expect(names(text), text).toEqual([]);
  });

  it("reads a given name alone by its last kanji, after 私は, 名前は or a greeting (session 17)", () => {
    expect(names("私は健太です")).toEqual(["健太"]);
    expect(names("名前は陽菜です。僕は翔平だ")).toEqual(["陽菜", "翔平"]);
    expect(names("こんにちは、花子です")).toEqual(["花子"]);
    expect(names("私は健太郎です")).toEqual(["健太郎"]);
    expect(names("名前は佐藤です")).toEqual(["佐藤"]); // a listed surname, as after 私は
  });

  it("reads two to four hiragana before the copula only after a greeting (session 17)", () => {
    expect(names("はじめまして、ゆいです")).toEqual(["ゆい"]);
    expect(names("こんにちは さくらです。")).toEqual(["さくら"]);
    expect(names("お疲れ様です、ひなたっす")).toEqual(["ひなた"]);
  });

  it("leaves the nouns a person says they are, answers with, or greets with", () => {
    for (const text of [
      "私は学生です", // 生 ends no given name here
      "私は日本人です", // nor 人
      "今日は雨です", // no "I"
      "よろしくお願いします",
      "私は息子です", // on NOT_GIVEN_NAMES
      "私は大丈夫です",
      "私は寿司です", // "mine is sushi"
      "私は長男です",
      "私は二十代です",
      "名前は必須です", // a form's rule, not a name
      "名前は英数字です",
      "私は健太郎次郎です", // more kanji than a given name has
      "私は千葉県です", // a place's kanji
      "私は健太の兄です", // no copula after the name
      "はじめまして、よろしくです", // on NOT_KANA_NAMES
      "こんにちは、そうです",
      "こんにちは、いまからです", // "from now on"
      "はじめまして、はじめてです", // "it is my first time"
      "こんにちは、初めてです", // the same with a kanji first (session 18, red team round 7 R7)
      "こんばんは、久しぶりです", // "long time no see"
      "おはようございます、ねむいです", // an adjective in い
      "私はいいです", // hiragana after 私は only when a listed name (session 19)
      "こんにちは、はじめましてです", // more than four hiragana
    ])
      expect(names(text), text).toEqual([]);
  });

  it("reads a listed kana given name after 私は or 名前は, in hiragana or katakana (session 19, rt7 R7)", () => {
    expect(names("私はさくらです")).toEqual(["さくら"]);
    expect(names("わたしはゆいです。僕ははるとっす")).toEqual(["ゆい", "はると"]);
    expect(names("私はサクラです")).toEqual(["サクラ"]);
    expect(names("私は、ユキでございます")).toEqual(["ユキ"]);
    expect(names("私の名前はひまりです")).toEqual(["ひまり"]);
    expect(names("はじめまして、りょうすけです")).toEqual(["りょうすけ"]); // longer than four
    expect(names("私は、佐藤です")).toEqual(["佐藤"]); // the comma, for kanji too
  });

  it("leaves ordinary kana after 私は: what a person is, answers with, orders, and loanwords (session 19)", () => {
    for (const text of [
      "私はここです",
      "私はふつうです",
      "私はひまです",
      "私はへいきです",
      "私はだいじょうぶです",
      "私はうどんです", // "I'll have udon"
      "私はもももです",
      "私ははるです", // a season
      "私はひかりです", // "I'm on the Hikari"
      "私ははなだいすき", // no copula: "I love flowers"
      "私はゆいなちゃんです", // a listed name's start, not the name
      "私はさくらんぼです",
      "私はエンジニアです",
      "私はデザイナーです",
      "私はファンです",
      "私はママです",
      "私はオタクです",
      "私はアイです", // "AI"
      "私はサクラじゃないです", // no copula right after
      "私、学生です",
    ])
      expect(names(text), text).toEqual([]);
  });

  it("replaces the name in a message and keeps the sentence", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "はじめまして、山田太郎です。よろしくお願いします", "facebook")).toBe(
      "はじめまして、[redacted:account.profile.name]です。よろしくお願いします",
    );
    expect(redactedMessage(r, "私は学生です", "facebook")).toBe("私は学生です");
    expect(redactedMessage(r, "名前は陽菜です", "facebook")).toBe(
      "名前は[redacted:account.profile.name]です",
    );
    expect(redactedMessage(r, "私の名前は陽菜です", "facebook")).toBe(
      "私の名前は[redacted:account.profile.name]です",
    );
  });
});
