/**
 * Digits written in other scripts and digit look-alikes. A phone number in a chat message is not
 * always typed in ASCII digits: people in Chinese apps write it in numerals (`一三八一二三四五六七八`,
 * the financial `壹叁捌...`, `幺` for one) or in circled digits (`①③⑧...`) exactly so that a
 * platform's contact filter does not see it; Arabic, Persian, Hindi, Bengali and Thai writers type
 * their own digits (`٠١٢٣`); emoji keyboards offer keycaps (`1️⃣3️⃣8️⃣`) and styled-text generators
 * mathematical digits (`𝟏𝟑𝟖`). The finders read ASCII digits; the folded text they can read comes
 * with a map back to the original offsets, so a span found in it is replaced where it is written.
 *
 * Folded, each to its ASCII digit: the Chinese numerals `〇零一二三四五六七八九` and `幺`, the
 * financial numerals `壹贰貳叁參肆伍陆陸柒捌玖`; circled, parenthesised, full-stop, double-circled and
 * negative circled digits (`⓪①-⑨`, `⑴-⑼`, `⒈-⒐`, `⓵-⓽`, `⓿❶-❾`, `➀-➈`, `➊-➒`); superscript and
 * subscript digits; the decimal digits of Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali
 * and Thai; the mathematical digits (U+1D7CE-U+1D7FF, one surrogate pair each) and the segmented
 * digits (U+1FBF0-U+1FBF9). Removed: the keycap's enclosing mark (U+20E3) and the variation
 * selectors U+FE0E/U+FE0F. Nothing else changes. Ten and above (`⑩`, `十`) are not digits and stay.
 *
 * Folding happens only where it can make a number ({@link digitView}): `一` alone is the
 * commonest character of Chinese prose, and a text that holds only scattered numerals is not
 * worth a second look.
 *
 * The same view joins digits typed one at a time with a separator between each (`1 3 8 1 2 3 4 5
 * 6 7 8`, `1-3-8-...`, and the folded `一 三 八 ...`): seven to nineteen single digits (the longest
 * card number), each after one space, `.` or `-` (the separators of a phone number), become one
 * number. A list of seven single digits is rare; a number spread out to get past a filter is not.
 *
 * And it tidies a China mobile whose groups are split by what no phone number is written with
 * (`138/1234/5678`, `138，1234，5678`, `138 - 1234 - 5678`: see `loose-numbers.ts`).
 */

import { LOOSE_MARKS, LOOSE_RANGE_CLASS, tidyLooseNumbers } from "./loose-numbers.js";
import { ASTRAL_NUMERALS, astralDigit, BMP_NUMERALS, digitOf, isDigitMark } from "./numerals.js";
import { HAS_LOOSE_DIGITS, HAS_NUMERAL, HAS_VARIANT, RUN_NUMBER } from "./prefilter.js";
import { type FoldedText, foldTypography } from "./typographic-fold.js";

/**
 * What may stand between two digits of a number: a separator (a loose one of `loose-numbers.ts`
 * too, fullwidth `／` as well as `/`), a typographic space or dash, a zero-width character.
 */
const BETWEEN = String.raw`[ .\-${LOOSE_MARKS}${LOOSE_RANGE_CLASS}\u00a0\u00ad\u1680\u180e\u2000-\u200d\u2010-\u2015\u202f\u205f\u2060\u2212\u3000\ufe58\ufe63\ufeff]{0,4}`;
/**
 * Seven digits of any kind in a row (a numeral, an ASCII or fullwidth digit, each with its keycap
 * marks), a separator between them allowed: the shortest run a number finder reads.
 */
const DIGIT_RUN = new RegExp(
  String.raw`(?:(?:[0-9\uff10-\uff19${BMP_NUMERALS}]|${ASTRAL_NUMERALS})[\ufe0e\ufe0f]?\u20e3?${BETWEEN}){7}`,
);

/**
 * Seven to nineteen single digits, one separator between each (see the module comment), standing
 * alone: not inside a longer run, which is no number anyone typed (`1.1.1.1...`) and would make a
 * view of one endless number. A match starts only at a run's first digit, so the search is linear.
 */
const SPACED_DIGITS = /(?<![0-9]|[0-9][ .-])[0-9](?:[ .-][0-9](?![0-9])){6,18}(?![ .-][0-9])/g;

/**
 * The digit view of `text`: its numerals folded to ASCII digits, its loosely split China mobiles
 * tidied and its spaced single digits joined (see the module comment), with where each code unit
 * of the result came from; `null` when none changes anything. `flags`: the text's profile;
 * numerals are looked for only under `HAS_NUMERAL` (and folded only where seven digits of any kind
 * stand in a row), loose separators only under `HAS_LOOSE_DIGITS` or in folded numerals, spaced digits
 * only under `RUN_NUMBER` or in a view already made. Numerals under `HAS_VARIANT` are folded from the
 * typographically folded text (`foldTypography`), so `一\u200b三八\u00a0...` is read too. Single
 * digits spaced with a no-break space are not joined.
 */
export function digitView(text: string, flags: number): FoldedText | null {
  const hasNumeral = (flags & HAS_NUMERAL) !== 0;
  const dates = hasNumeral ? foldChineseDates(text) : null;
  const numerals = hasNumeral && DIGIT_RUN.test(text);
  if (!numerals && dates === null && (flags & (RUN_NUMBER | HAS_LOOSE_DIGITS)) === 0) return null;
  let view = dates;
  if (numerals) {
    // typographic variants first: a no-break space or a zero-width character between numerals
    const base = view?.text ?? text;
    const typed = (flags & HAS_VARIANT) !== 0 ? foldTypography(base) : null;
    view = compose(compose(view, typed), foldNumerals(typed?.text ?? base));
  }
  if (numerals || (flags & HAS_LOOSE_DIGITS) !== 0)
    view = compose(view, tidyLooseNumbers(view?.text ?? text));
  if (!numerals && view === null && (flags & RUN_NUMBER) === 0) return null;
  const joined = joinSpacedDigits(view?.text ?? text);
  return joined === null ? view : compose(view, joined);
}

/**
 * A date written in Chinese numerals: an optional year digit by digit (`一九九〇年`), a month and a
 * day as numbers with `十` (`四月十五日`, `十二月三十一号`).
 */
const CHINESE_DATE =
  /(?:[〇零一二三四五六七八九]{4}年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号號]/g;
const CHINESE_DIGITS = "〇一二三四五六七八九";

/**
 * `text` with each date in Chinese numerals written in digits (`一九九〇年四月十五日` ->
 * `1990年4月15日`), each digit mapped to the numeral it comes from; `null` when none.
 */
function foldChineseDates(text: string): FoldedText | null {
  let out = "";
  const at: number[] = [];
  let from = 0;
  CHINESE_DATE.lastIndex = 0;
  for (let m = CHINESE_DATE.exec(text); m !== null; m = CHINESE_DATE.exec(text)) {
    const end = m.index + m[0].length;
    for (let k = from; k < m.index; k++) at.push(k);
    out += text.slice(from, m.index);
    for (let k = m.index; k < end; ) {
      const run = numberRun(text, k, end);
      if (run === null) {
        out += text[k];
        at.push(k);
        k++;
        continue;
      }
      for (const [digit, source] of run.digits) {
        out += digit;
        at.push(source);
      }
      k = run.end;
    }
    from = end;
  }
  if (from === 0) return null;
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at: Int32Array.from(at) };
}

/**
 * The numerals from `start` (before `end`) as digits, each with the index it comes from: a
 * year's four digits one by one, a month's or day's number with `十` (`十` 10, `十五` 15, `二十` 20,
 * `三十一` 31); `null` when no numeral starts there or the number is not one a date holds.
 */
function numberRun(
  text: string,
  start: number,
  end: number,
): { digits: [string, number][]; end: number } | null {
  let k = start;
  while (k < end && (CHINESE_DIGITS.includes(text.charAt(k)) || text[k] === "零" || text[k] === "十")) k++;
  if (k === start) return null;
  const chars = text.slice(start, k).replaceAll("零", "〇");
  const digitOfChar = (i: number): [string, number] => [
    String(CHINESE_DIGITS.indexOf(chars[i] as string)),
    start + i,
  ];
  const ten = chars.indexOf("十");
  if (ten < 0) return { digits: [...chars].map((_, i) => digitOfChar(i)), end: k };
  // 十, 十五 (a ten, then a digit); 二十, 二十三 (a digit, a ten, then a digit)
  if (ten > 1 || chars.length > ten + 2 || chars.lastIndexOf("十") !== ten) return null;
  const tens: [string, number] = ten === 0 ? ["1", start] : digitOfChar(0);
  const units: [string, number] = ten === chars.length - 1 ? ["0", start + ten] : digitOfChar(ten + 1);
  return { digits: [tens, units], end: k };
}

/** `outer` read through `inner`: `inner` folded `text`, `outer` folded `inner.text`. */
function compose(inner: FoldedText | null, outer: FoldedText | null): FoldedText | null {
  if (inner === null || outer === null) return outer ?? inner;
  return { text: outer.text, at: outer.at.map((k) => inner.at[k] as number) };
}

/** `text` with the separators inside its runs of spaced single digits removed; `null` when none. */
function joinSpacedDigits(text: string): FoldedText | null {
  SPACED_DIGITS.lastIndex = 0;
  let m = SPACED_DIGITS.exec(text);
  if (m === null) return null;
  let out = "";
  const at: number[] = [];
  let from = 0;
  for (; m !== null; m = SPACED_DIGITS.exec(text)) {
    for (let k = from; k < m.index; k++) at.push(k);
    out += text.slice(from, m.index);
    const end = m.index + m[0].length;
    for (let k = m.index; k < end; k += 2) {
      out += text[k];
      at.push(k);
    }
    from = end;
  }
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at: Int32Array.from(at) };
}

/** `text` with its numerals folded to ASCII digits, and where each code unit came from; `null` when none. */
function foldNumerals(text: string): FoldedText | null {
  let out = "";
  const at: number[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xb2) continue;
    let digit = digitOf(c);
    let width = 1;
    if (digit < 0 && c >= 0xd800 && c <= 0xdbff) {
      digit = astralDigit(text, i);
      width = 2;
    }
    if (digit < 0 && !isDigitMark(c)) continue;
    for (let k = from; k < i; k++) at.push(k);
    out += text.slice(from, i);
    if (digit >= 0) {
      out += String.fromCharCode(48 + digit);
      at.push(i);
    }
    from = i + width;
    i += width - 1;
  }
  if (from === 0) return null;
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at: Int32Array.from(at) };
}
