/**
 * One pass over a text, counting the characters the text finders need, so each finder runs only
 * when the text holds enough of them to make a match possible.
 */
import { looseSeparatorKind } from "./loose-numbers.js";
import { isNumeralCode } from "./numerals.js";
import { isTypographicVariant } from "./typographic-fold.js";

/** The e-mail finder may match: the text holds an `@`. */
export const RUN_EMAIL = 1;
/** The IPv6 finder may match: at least two `:`. */
export const RUN_IPV6 = 2;
/** The separated MAC finder may match: at least five `:` or five `-` (six octets, one separator). */
export const RUN_MAC_SEPARATED = 4;
/** The dotted (Cisco) MAC finder may match: two `.` five apart (`xxxx.xxxx.xxxx`). */
export const RUN_MAC_DOTTED = 8;
/**
 * The IPv4 finder may match: at least three `.` and four digits, or three `-` and two `.` (an
 * address in a host name, `198-51-100-77.isp.example`; session 19).
 */
export const RUN_IPV4 = 16;
/**
 * The phone/IMEI finder may match: eight digits within one run of phone characters (digits and
 * space `-` `.` `(` `)` `+`; the finder's windows never leave such a run, and the shortest phone
 * form has eight digits).
 */
export const RUN_NUMBER = 32;

/** The text holds an ASCII digit. */
export const HAS_DIGIT = 64;
/** The text holds an `@`. */
export const HAS_AT = 128;
/** The text holds a `+`. */
export const HAS_PLUS = 256;
/** The text holds a `:`. */
export const HAS_COLON = 512;
/** The text holds a `.`. */
export const HAS_DOT = 1024;
/** The text holds a `%` (it may be percent-encoded). */
export const HAS_PERCENT = 2048;
/**
 * The text holds a typographic variant of a character the finders read (see `foldTypography`): a
 * no-break or other Unicode space, a Unicode hyphen or dash, a zero-width character, or a
 * fullwidth form (`１`, `＠`, `ｅ`, `（`), but not the fullwidth sentence punctuation `，` `；` `！` `？`
 * that CJK text is full of and no finder reads.
 */
export const HAS_VARIANT = 4096;
/**
 * The text holds a run of at least {@link TOKEN_RUN} characters of the base64 and base64url
 * alphabets (letters, digits, `+` `/` `-` `_`): it may hold a base64 token (an encoded
 * document, a JWT) worth decoding.
 */
export const HAS_TOKEN_RUN = 8192;
/**
 * Every character of the text is a base64 character: the text is one token or none, so a caller
 * that already tried it whole need not search it for tokens.
 */
export const ONLY_TOKEN_CHARS = 16384;
/** The text holds an `=`: it may name a value (`user_name=Astrid`). */
export const HAS_EQUALS = 32768;
/** The text holds a `"` or a `'`: with a `:`, it may hold a quoted member (`"first_name":"Astrid"`). */
export const HAS_QUOTE = 65536;
/** The text holds a `<`: it may hold an XML element (`<first_name>Astrid</first_name>`). */
export const HAS_LT = 131072;
/**
 * The text holds a numeral or a digit look-alike (`一`, `①`, `٣`, a keycap's mark, the lead
 * surrogate of a mathematical digit: see `numeral-fold.ts`): its digit view may hold a number.
 */
export const HAS_NUMERAL = 262144;
/**
 * Two digits stand one to three characters apart with a separator between them that no phone
 * number is written with (`8/1`, `8，1`, `8 / 1`, `8  1`, `8 - 1`): the text may hold a number
 * split to get past a filter (see `loose-numbers.ts`). Looked at only when a digit follows a gap,
 * so the profile's pass over other characters costs nothing more.
 */
export const HAS_LOOSE_DIGITS = 524288;
/**
 * A Mexican CURP's finder may match (session 19): six digits in a row (its birth date) and then
 * `H`, `M` or `X` (its sex) right after them.
 */
export const RUN_CURP = 1048576;
/** The shortest run of base64 characters {@link HAS_TOKEN_RUN} stands for: 12 bytes, `a@example.cn`. */
export const TOKEN_RUN = 16;
/** A letter, `+`, `/` or `_`: the base64 characters that are neither digits nor `-`. */
function isTokenLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 47 || c === 95;
}

/**
 * True when `text[start, end)` holds a run of at least {@link TOKEN_RUN} letters, `+`, `/` and
 * `_` (base64 characters without a digit or `-`). Reads about a third of the characters of
 * ordinary text: every run that long covers one of the positions `start + 15`, `start + 31`, ...,
 * so only the runs through those positions are measured.
 */
export function hasLetterTokenRun(text: string, start = 0, end = text.length): boolean {
  for (let p = start + TOKEN_RUN - 1; p < end; p += TOKEN_RUN) {
    if (!isTokenLetter(text.charCodeAt(p))) continue;
    let left = p;
    while (left > start && isTokenLetter(text.charCodeAt(left - 1))) left--;
    let right = p + 1;
    while (right < end && right - left < TOKEN_RUN && isTokenLetter(text.charCodeAt(right))) right++;
    if (right - left >= TOKEN_RUN) return true;
  }
  return false;
}

/**
 * Whether `text[from, to)`, one to four characters between two digits, is a separator no phone
 * number is written with: loose characters only, and not one space or one `-` alone.
 */
function isLooseGap(text: string, from: number, to: number): boolean {
  if (to - from === 1) return looseSeparatorKind(text.charCodeAt(from)) === 2;
  for (let k = from; k < to; k++) if (looseSeparatorKind(text.charCodeAt(k)) === 0) return false;
  return true;
}

/** True when exactly six ASCII digits stand before `i` (a CURP's birth date), not seven. */
function isSixDigitsBefore(text: string, i: number, start: number): boolean {
  if (i - 6 < start) return false;
  for (let k = i - 6; k < i; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return false;
  }
  const before = i - 7 < start ? 0 : text.charCodeAt(i - 7);
  return before < 48 || before > 57;
}

/** All `RUN_*` bits. */
export const RUN_ANY =
  RUN_EMAIL | RUN_IPV6 | RUN_MAC_SEPARATED | RUN_MAC_DOTTED | RUN_IPV4 | RUN_NUMBER | RUN_CURP;

/**
 * A typographic variant that can change what the finders find: any but the fullwidth sentence
 * punctuation CJK text is full of (`，` `；` `！` `？`), which no finder reads.
 */
function isFinderVariant(c: number): boolean {
  if (c === 0xff0c || c === 0xff1b || c === 0xff01 || c === 0xff1f) return false;
  return isTypographicVariant(c);
}

/**
 * The profile of `text[start, end)` in one pass: the finders that may match (the `RUN_*` bits,
 * each a necessary condition of its finder, never a sufficient one) and the characters present
 * (the `HAS_*` bits) that whole-value detectors dispatch on. Pass it to {@link findInText} so the
 * text is not counted twice.
 */
export function textProfile(text: string, start = 0, end = text.length): number {
  let digits = 0;
  let colons = 0;
  let hyphens = 0;
  let dots = 0;
  let has = 0;
  let lastDot = -10;
  let dotsFiveApart = false;
  let runDigits = 0; // digits in the current run of phone characters (digits, space - . ( ) +)
  let maxRunDigits = 0;
  let tokenRun = 0; // characters in the current run of base64 characters
  let lastDigit = start - 6; // no digit yet: the first is no gap's end
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57) {
      if (c >= 48) {
        digits++;
        // one to four characters since the last digit (` ❤️ `): a loose separator between them?
        const gap = i - lastDigit;
        lastDigit = i;
        if (gap !== 1 && gap <= 5 && isLooseGap(text, i - gap + 1, i)) has |= HAS_LOOSE_DIGITS;
        if (++runDigits > maxRunDigits) maxRunDigits = runDigits;
        if (++tokenRun >= TOKEN_RUN) has |= HAS_TOKEN_RUN;
        continue;
      }
      if (c === 45 || c === 43 || c === 47) {
        if (++tokenRun >= TOKEN_RUN) has |= HAS_TOKEN_RUN;
        if (c === 45) hyphens++;
        else if (c === 43) has |= HAS_PLUS;
        else runDigits = 0;
        continue;
      }
      tokenRun = 0;
      if (c === 46) {
        dots++;
        if (i - lastDot === 5) dotsFiveApart = true;
        lastDot = i;
        continue;
      }
      if (c === 32 || c === 40 || c === 41) continue;
      if (c === 37) has |= HAS_PERCENT;
      else if (c === 34 || c === 39) has |= HAS_QUOTE;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      if (++tokenRun >= TOKEN_RUN) has |= HAS_TOKEN_RUN;
      // a CURP's sex right after a digit: its birth date's six digits before? (rare: one test)
      if (lastDigit === i - 1 && (c === 72 || c === 77 || c === 88) && isSixDigitsBefore(text, i, start))
        has |= RUN_CURP;
    } else {
      tokenRun = 0;
      if (c === 58) colons++;
      else if (c === 64) has |= HAS_AT;
      else if (c === 61) has |= HAS_EQUALS;
      else if (c === 60) has |= HAS_LT;
      else if (c >= 0xa0) {
        if (isFinderVariant(c)) has |= HAS_VARIANT;
        else if (isNumeralCode(c)) has |= HAS_NUMERAL;
      }
    }
    runDigits = 0;
  }
  let mask = has;
  if (tokenRun === end - start && end > start) mask |= ONLY_TOKEN_CHARS;
  if (has & HAS_AT) mask |= RUN_EMAIL;
  if (digits > 0) mask |= HAS_DIGIT;
  if (dots > 0) mask |= HAS_DOT;
  if (colons > 0) mask |= HAS_COLON;
  if (colons >= 2) mask |= RUN_IPV6;
  if (colons >= 5 || hyphens >= 5) mask |= RUN_MAC_SEPARATED;
  if (dotsFiveApart) mask |= RUN_MAC_DOTTED;
  if ((dots >= 3 || (hyphens >= 3 && dots >= 2)) && digits >= 4) mask |= RUN_IPV4;
  if (maxRunDigits >= 8) mask |= RUN_NUMBER;
  return mask;
}

/**
 * Bit mask of the finders that may match in `text` (the `RUN_*` bits). Each bit stands for a
 * necessary condition of its finder, never a sufficient one: zero means no finder can match.
 */
export function finderMask(text: string): number {
  return textProfile(text) & RUN_ANY;
}
