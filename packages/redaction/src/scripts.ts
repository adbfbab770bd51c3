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

/**
 * A letter (or a mark inside a word) of the scripts other than Han and ASCII that keys are
 * written in: accented Latin (Vietnamese, Portuguese, German...), Cyrillic, Thai, Arabic,
 * Devanagari, kana and Hangul (`이름:`, `Имя:`, `Địa_chỉ:`; session 14).
 */
export function isOtherScriptLetterCode(c: number): boolean {
  if (c < 0x0c0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x620 && c <= 0x65f) ||
    (c >= 0x900 && c <= 0x97f) ||
    (c >= 0xe01 && c <= 0xe4e) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x3041 && c <= 0x30fc) ||
    (c >= 0xac00 && c <= 0xd7a3)
  );
}
