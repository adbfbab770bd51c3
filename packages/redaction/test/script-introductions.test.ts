/**
 * Names introduced in scripts without capitals (`src/script-introductions.ts`): Arabic, Hindi in
 * Devanagari and Thai, each phrase saying where the name ends.
 */
import { describe, expect, it } from "vitest";
import { findScriptIntroductions } from "../src/script-introductions.js";
import { redactedMessage, redactorWith } from "./helpers.js";

/** The names found in `text`. */
const names = (text: string) => (findScriptIntroductions(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findScriptIntroductions", () => {
  it("reads one or two Arabic words after اسمي, not the words that go on", () => {
    expect(names("اسمي أحمد محمد")).toEqual(["أحمد محمد"]);
    expect(names("مرحبا، اسمي هو أحمد وأنا من الرياض")).toEqual(["أحمد"]);
    expect(names("اسمي سارة من جدة")).toEqual(["سارة"]);
  });

  it("reads the Hindi name between मेरा नाम and है, and nothing without the है", () => {
    expect(names("नमस्ते, मेरा नाम राहुल शर्मा है।")).toEqual(["राहुल शर्मा"]);
    expect(names("मेरा नाम बदल गया")).toEqual([]);
  });

  it("reads the Thai name after ผม/ดิฉัน ชื่อ, its surname, and leaves a polite particle", () => {
    expect(names("ผมชื่อสมชาย ใจดี")).toEqual(["สมชาย ใจดี"]);
    expect(names("ดิฉันชื่อสมศรีค่ะ")).toEqual(["สมศรี"]);
    expect(names("ผมชื่อสมชาย ครับ")).toEqual(["สมชาย"]);
    expect(names("ชื่อสินค้า: เสื้อ")).toEqual([]); // "product name": no "I" before ชื่อ
  });

  it("replaces the name in a message and keeps the sentence", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "مرحبا، اسمي أحمد محمد", "facebook")).toBe(
      "مرحبا، اسمي [redacted:account.profile.name]",
    );
    expect(redactedMessage(r, "ผมชื่อสมชาย ใจดี ครับ", "zego")).toBe("ผมชื่อ[redacted:account.profile.name] ครับ");
  });
});
