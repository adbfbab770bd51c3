/**
 * National mobile numbers written bare, with their trunk `0` and no separator (session 19, a red
 * team's round 7, R3): `05321234567`, `081234567890`, `0912345678`. Until then only a China
 * mobile was read bare (`phone.ts`); the same numbers grouped (`0532 123 45 67`) were read as a
 * national number with a trunk `0`.
 *
 * Read: a trunk `0`, a mobile prefix of one of these plans and the exact length the plan gives
 * (all digits, the `0` included):
 * - Turkey: `05` and a mobile operator's code (`50[1-7]`, `53x`, `54x`, `55[1-9]`, `561`), 11 digits;
 * - Indonesia: `08` and a mobile operator's code (`81[1-9]`, `82[1-3]`, `83[1-38]`, `85[1-35-9]`,
 *   `87[78]`, `88[1-9]`, `89[5-9]`), 11 to 13 digits;
 * - Vietnam: `03[2-9]`, `05[2689]`, `07[06-9]`, `08[1-9]`, `09x`, 10 digits;
 * - Saudi Arabia and the United Arab Emirates: `05` and a digit other than 1, 10 digits;
 * - Egypt: `010`, `011`, `012`, `015`, 11 digits.
 *
 * Why these and not more: a bare run of digits is an id, a count or a time as often as a phone
 * number. Ids, counts and times in seconds or milliseconds do not start with `0` unless padded,
 * and a JSON number cannot start with one; a `0`, a mobile prefix and its plan's exact length is
 * what a person types for their own number in these countries. Ten digits that read as a compact
 * time stamp are none: `MMddHHmmss` (`0915083015`: about one such stamp in five has a mobile's
 * prefix; a day, a month, a year of this century and an hour, `0707202614`, read so too), which
 * costs about one Vietnamese or Saudi number in fifty. A time glued to its date or to a `:` or `.`
 * is not read (see `number-spans.ts`: the window must stand alone). What still looks so by chance
 * (measured on generated values standing alone in log lines): a number padded with one `0`
 * (`%010d` of a nine-digit id: about three in ten; `%011d`, `%012d`: 9%, 3%), an ISBN-10 of the
 * English-language group (`0596007124`: about one in five), a time of day with a four-digit
 * fraction (`HHmmssffff`: one in nine) or microseconds (`HHmmssffffff`: one in sixty).
 * Not read bare: a number without a trunk `0` (Mexico's `5512345678`, Brazil's `11912345678`,
 * Russia's `89123456789`), which an id of ten or eleven digits is as often; they are read after a
 * phone's label (the redaction engine's `labelled-accounts.ts`) or grouped (`phone.ts`).
 *
 * In text, not as a whole value (`number-spans.ts`, session 19): a red team's round 9 (A1) found
 * zero-padded room and group ids (`"GroupId": "0912345678"`; 452 of 1,000 random padded ids) read
 * as such a number, and every Tencent IM and Zego call naming one refused, an ISBN under `isbn` and
 * an account number under `account_no` replaced. A value that is the number alone is an id as
 * often as a phone: under a phone's key the key reads it, in a sentence (`hubungi saya
 * 081234567890`) the finder does. `isPhone` still accepts it (a value validated as a phone).
 */

/** A bare national mobile (see the module note): the prefixes, then the digits each plan gives. */
const BARE_MOBILE =
  /^0(?:5(?:0[1-7]|[34]\d|5[1-9]|61)\d{7}|8(?:1[1-9]|2[1-3]|3[1-38]|5[1-35-9]|7[78]|8[1-9]|9[5-9])\d{7,9}|(?:3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}|5[02-9]\d{7}|1[0125]\d{8})$/;

/** True when `s[start, end)` is a national mobile written bare with its trunk `0` (see the module note). */
export function isBareNationalMobile(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 10 || n > 13 || s.charCodeAt(start) !== 48) return false;
  const digits = start === 0 && end === s.length ? s : s.slice(start, end);
  return BARE_MOBILE.test(digits) && !(n === 10 && isCompactStamp(digits));
}

/** The number the two digits of `d` at `i` make. */
function twoDigits(d: string, i: number): number {
  return (d.charCodeAt(i) - 48) * 10 + d.charCodeAt(i + 1) - 48;
}

/**
 * True when ten digits read as a time stamp `MMddHHmmss` (a day, a month and a year of this
 * century and an hour, `ddMMyyyyHH`, after a trunk `0` read so too: `0707202614`).
 */
function isCompactStamp(d: string): boolean {
  const month = twoDigits(d, 0);
  const day = twoDigits(d, 2);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    twoDigits(d, 4) <= 23 &&
    twoDigits(d, 6) <= 59 &&
    twoDigits(d, 8) <= 59
  );
}
