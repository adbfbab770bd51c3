/**
 * Names introduced in scripts without capitals (session 14, red-team round 3): Arabic `اسمي أحمد
 * محمد` ("my name is"), Hindi `मेरा नाम राहुल शर्मा है`, Thai `ผมชื่อสมชาย ใจดี`. `introduced-names.ts`
 * reads a name by its capitals or, in Chinese and Japanese, by its length in ideographs; these
 * scripts have neither, so each phrase says where the name ends:
 *
 * - Arabic: `اسمي` (an optional `هو`, "is"), then one or two words of Arabic letters, ending at a
 *   word that goes on (`و...` "and", `من` "from", `في`, `عمري` "my age", `أنا`) or anything not
 *   an Arabic letter;
 * - Hindi: `मेरा नाम`, the name, `है` (one to three words: the `है` ends it, so `मेरा नाम बदल
 *   गया`, "my name changed", names nobody);
 * - Thai: `ผม`, `ดิฉัน`, `ฉัน` or `หนู` ("I") glued to `ชื่อ` ("named"), then the name up to a
 *   space, with a polite particle at its end left out (`ครับ`, `ค่ะ`, `คะ`, `นะ`), and a second
 *   word (a surname) unless it is such a particle.
 *
 * Korean and Japanese, whose names are read by their shape from lists of surnames, have modules of
 * their own (`korean-introductions.ts`, `japanese-introductions.ts`; session 15), whose spans this
 * reader returns with its own.
 *
 * Spans are the name only, category `account.profile.name`.
 */
import { findJapaneseIntroductions, JAPANESE_SELF_HINT } from "./japanese-introductions.js";
import { findKoreanIntroductions, KOREAN_INTRODUCTION_HINT } from "./korean-introductions.js";
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";

/** What the prose search looks for in front of this reader, and of the Korean and Japanese ones. */
export const SCRIPT_INTRODUCTION_HINT = String.raw`اسمي|मेरा\s+नाम|ชื่อ|${KOREAN_INTRODUCTION_HINT}|${JAPANESE_SELF_HINT}`;

const ARABIC_WORD = String.raw`[\u0621-\u064a\u066e-\u06d3]+`;
/** `اسمي` (and `هو`), then up to two Arabic words. */
const ARABIC = new RegExp(
  String.raw`(?<![\u0600-\u06ff])اسمي\s+(?:هو\s+)?(${ARABIC_WORD}(?:\s+${ARABIC_WORD})?)`,
  "gu",
);
/** Arabic words that go on after a name: `و...` ("and ..."), from, in, my age, I. */
const ARABIC_GOES_ON = /^(?:و\S*|من|في|عمري|أنا|انا)$/u;

/** `मेरा नाम`, one to three words, `है`. */
const HINDI = /मेरा\s+नाम\s+((?:[\u0900-\u0963\u0966-\u097f]+\s+){0,2}?[\u0900-\u0963\u0966-\u097f]+)\s+है/gu;

/** `ผม`, `ดิฉัน`, `ฉัน` or `หนู` glued to `ชื่อ`, then a Thai word and maybe another. */
const THAI = /(?:ผม|ดิฉัน|ฉัน|หนู)ชื่อ\s*([\u0e01-\u0e4e]+)(?:[ \t]+([\u0e01-\u0e4e]+))?/gu;
/** A Thai polite particle at a word's end (`ครับ`, `ค่ะ`, `คะ`, `นะ`, and `นะครับ`, `นะคะ`). */
const THAI_PARTICLE = /(?:นะ)?(?:ครับ|ค่ะ|คะ|จ้ะ|จ้า)$|นะ$/u;

/**
 * The names introduced in Arabic, Hindi, Thai, Korean or Japanese in `text` (see the module note),
 * sorted; `null` when none.
 */
export function findScriptIntroductions(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [
    ...(findKoreanIntroductions(text) ?? []),
    ...(findJapaneseIntroductions(text) ?? []),
  ];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m !== null; m = ARABIC.exec(text)) {
    const words = (m[1] as string).split(/\s+/u);
    while (words.length > 0 && ARABIC_GOES_ON.test(words[words.length - 1] as string)) words.pop();
    if (words.length === 0) continue;
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push([start, start + words.join(" ").length, NAME]);
  }
  HINDI.lastIndex = 0;
  for (let m = HINDI.exec(text); m !== null; m = HINDI.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name, m[0].indexOf("नाम") + 3);
    out.push([start, start + name.length, NAME]);
  }
  THAI.lastIndex = 0;
  for (let m = THAI.exec(text); m !== null; m = THAI.exec(text)) {
    const first = m[1] as string;
    const start = m.index + m[0].indexOf(first, m[0].indexOf("ชื่อ") + 4);
    const given = first.replace(THAI_PARTICLE, "");
    if (given.length < 2) continue;
    const surname = m[2];
    const withSurname = surname !== undefined && given === first && !THAI_PARTICLE.test(surname);
    out.push([start, withSurname ? m.index + m[0].length : start + given.length, NAME]);
  }
  return out.length === 0 ? null : out.sort((a, b) => a[0] - b[0]);
}
