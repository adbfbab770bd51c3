/**
 * The characters that stand for digits in other scripts and as look-alikes, and the digit each
 * stands for (see `numeral-fold.ts` for why they matter and what is folded).
 */

/** The Chinese numerals, everyday and financial, each listed with the digit it stands for. */
const CHINESE_NUMERALS: readonly (readonly [string, number])[] = [
  ["〇零", 0],
  ["一幺壹", 1],
  ["二贰貳", 2],
  ["三叁參", 3],
  ["四肆", 4],
  ["五伍", 5],
  ["六陆陸", 6],
  ["七柒", 7],
  ["八捌", 8],
  ["九玖", 9],
];

/** Runs of consecutive code points that stand for consecutive digits: `[first, last, digit of first]`. */
const DIGIT_RANGES: readonly (readonly [number, number, number])[] = [
  [0x24ea, 0x24ea, 0], // ⓪
  [0x2460, 0x2468, 1], // ①-⑨
  [0x2474, 0x247c, 1], // ⑴-⑼
  [0x2488, 0x2490, 1], // ⒈-⒐
  [0x24f5, 0x24fd, 1], // ⓵-⓽
  [0x24ff, 0x24ff, 0], // ⓿
  [0x2776, 0x277e, 1], // ❶-❾
  [0x2780, 0x2788, 1], // ➀-➈
  [0x278a, 0x2792, 1], // ➊-➒
  [0x2070, 0x2070, 0], // ⁰
  [0x00b9, 0x00b9, 1], // ¹
  [0x00b2, 0x00b3, 2], // ²³
  [0x2074, 0x2079, 4], // ⁴-⁹
  [0x2080, 0x2089, 0], // ₀-₉
  [0x0660, 0x0669, 0], // Arabic-Indic
  [0x06f0, 0x06f9, 0], // Extended Arabic-Indic (Persian, Urdu)
  [0x0966, 0x096f, 0], // Devanagari
  [0x09e6, 0x09ef, 0], // Bengali
  [0x0e50, 0x0e59, 0], // Thai
];

/** Each BMP numeral's digit. */
const DIGIT_OF = new Map<number, number>();
for (const [chars, digit] of CHINESE_NUMERALS) for (const c of chars) DIGIT_OF.set(c.charCodeAt(0), digit);
for (const [first, last, digit] of DIGIT_RANGES)
  for (let c = first; c <= last; c++) DIGIT_OF.set(c, digit + c - first);

/** The marks a keycap or an emoji presentation adds after a digit: removed. */
export function isDigitMark(c: number): boolean {
  return c === 0x20e3 || c === 0xfe0e || c === 0xfe0f;
}

/** The digit the astral numeral at `text[i]` (a surrogate pair) stands for, or -1. */
export function astralDigit(text: string, i: number): number {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  if (hi === 0xd835 && lo >= 0xdfce && lo <= 0xdfff) return (lo - 0xdfce) % 10; // mathematical
  if (hi === 0xd83e && lo >= 0xdff0 && lo <= 0xdff9) return lo - 0xdff0; // segmented
  return -1;
}

/** The BMP numerals as a regular-expression class body (no brackets). */
export const BMP_NUMERALS = String.raw`〇零一二三四五六七八九幺壹贰貳叁參肆伍陆陸柒捌玖\u24ea\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u2080-\u2089\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59`;
/**
 * The numerals and digit marks as a regular-expression class body (no brackets), for a native
 * search that stops at them: the BMP numerals, the keycap mark, and the lead surrogates of the
 * astral numerals (U+D835, U+D83E), which stand for those and let through the other characters
 * they lead (emoji, mathematical letters).
 */
export const NUMERAL_CLASS = String.raw`${BMP_NUMERALS}\u20e3\ud835\ud83e`;
/** One flag per UTF-16 code unit: is it in {@link NUMERAL_CLASS}? */
const IS_NUMERAL = new Uint8Array(0x10000);
for (const c of DIGIT_OF.keys()) IS_NUMERAL[c] = 1;
IS_NUMERAL[0x20e3] = 1;
IS_NUMERAL[0xd835] = 1;
IS_NUMERAL[0xd83e] = 1;

/** True when the code unit `c` is in {@link NUMERAL_CLASS} (a table lookup, for character loops). */
export function isNumeralCode(c: number): boolean {
  return IS_NUMERAL[c] === 1;
}

/** The astral numerals (mathematical and segmented digits) as a regular-expression alternation. */
export const ASTRAL_NUMERALS = String.raw`\ud835[\udfce-\udfff]|\ud83e[\udff0-\udff9]`;

/** The digit the BMP numeral `c` stands for, or -1. */
export function digitOf(c: number): number {
  return DIGIT_OF.get(c) ?? -1;
}
