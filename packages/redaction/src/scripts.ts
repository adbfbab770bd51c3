/** Which writing system a UTF-16 code unit belongs to, for the readers of Chinese and Japanese text. */

/** A CJK ideograph (the unified block and extension A): Chinese characters, Japanese kanji. */
export function isIdeographCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Katakana, with `・` and `ー`: how Japanese writes a foreign name. */
export function isKatakanaCode(c: number): boolean {
  return c >= 0x30a1 && c <= 0x30fc;
}

/** An ASCII letter. */
export function isLatinLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
