/**
 * Chinese resident identity card number (公民身份号码, GB 11643-1999).
 *
 * Rule: 18 characters: a six-digit administrative division code whose first two digits name a
 * province-level division (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, and 71, 81, 82, 83 for
 * Taiwan, Hong Kong and Macau, whose residents' permits use the same form), a birth date
 * `YYYYMMDD` that exists (years 1900-2099), a three-digit sequence number, and a check character
 * `0`-`9` or `X` (either case) computed by ISO 7064 MOD 11-2 over the first 17 digits. The old
 * 15-digit form (before 1999) has no check character and is not accepted.
 *
 * False-positive policy: the province, the date and the check character together let through
 * about 1 in 70,000 random 18-digit numbers. An 18-digit numeric id (an order or snowflake id) can
 * still pass: use the predicate on values whose field is not tagged operational; in free text
 * only whole runs with word boundaries count.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";

/** The weights of ISO 7064 MOD 11-2 for the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder of the weighted sum modulo 11. */
const CHECK = "10X98765432";

/** Province-level division codes, as the two-digit number `10 * d0 + d1`. */
const PROVINCES: readonly boolean[] = (() => {
  const t: boolean[] = Array.from({ length: 100 }, () => false);
  const ranges: readonly (readonly [number, number])[] = [
    [11, 15],
    [21, 23],
    [31, 37],
    [41, 46],
    [50, 54],
    [61, 65],
    [71, 71],
    [81, 83],
  ];
  for (const [from, to] of ranges) for (let p = from; p <= to; p++) t[p] = true;
  return t;
})();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The number the `count` digits of `s` from `start` make (the caller checked they are digits). */
function digitsValue(s: string, start: number, count: number): number {
  let v = 0;
  for (let i = start; i < start + count; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** True when `s[start, start + 8)` is a date `YYYYMMDD` that exists, in 1900-2099. */
function isBirthDate(s: string, start: number): boolean {
  const year = digitsValue(s, start, 4);
  const month = digitsValue(s, start + 4, 2);
  const day = digitsValue(s, start + 6, 2);
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/** True when `s[start, end)` is a resident identity card number (see the module rule). */
export function isResidentIdAt(s: string, start: number, end: number): boolean {
  if (end - start !== 18) return false;
  let sum = 0;
  for (let k = 0; k < 17; k++) {
    const c = s.charCodeAt(start + k);
    if (!isDigitCode(c)) return false;
    sum += (c - 48) * (WEIGHTS[k] as number);
  }
  if (!PROVINCES[digitsValue(s, start, 2)] || !isBirthDate(s, start + 6)) return false;
  const last = s.charCodeAt(start + 17);
  const expected = CHECK.charCodeAt(sum % 11);
  return last === expected || (expected === 88 /* X */ && last === 120) /* x */;
}

/** True when `s` is a resident identity card number (see the module rule). */
export function isResidentId(s: string): boolean {
  return isResidentIdAt(s, 0, s.length);
}

/** A Chinese resident identity card number (18 characters, checksummed). */
export const residentIdSchema = z
  .stringFormat("cn-resident-id", isResidentId, "Not a resident identity card number (GB 11643-1999)")
  .describe(
    "Chinese resident identity card number: division code, birth date YYYYMMDD, sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).",
  );
