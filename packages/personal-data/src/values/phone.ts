/**
 * Phone numbers.
 *
 * A phone number has no checksum, and digit strings are everywhere (ids, timestamps, amounts), so
 * the rule accepts a digit string only when its *form* says "phone":
 *
 * 1. International with `+`: `+` then 8-15 digits, the first not `0`, optionally grouped by
 *    single spaces, hyphens or dots, with at most one parenthesised group
 *    (`+1 (415) 555-2671`, `+86 138 0013 8000`, `+44 20 7946 0958`).
 * 2. Mainland-China mobile: `1[3-9]` and 9 more digits (11 in all), bare (`13800138000`) or
 *    grouped 3-4-4, optionally after `+86`, `0086` or a bare `86` (`008613800138000`).
 * 3. International with `00`, grouped: `00`, a country code not starting with `0`, 9-17 digits
 *    in all, with separators (`0044 20 7946 0958`).
 * 4. National, grouped (at least one separator or a parenthesised area code), 9-12 digits:
 *    - with a trunk `0` (`020 7946 0958`, `030-1234567`, `(0755) 8888-1234`), or
 *    - North American 3-3-4 with area code and exchange starting 2-9 (`415-555-2671`,
 *      `(415) 555-2671`, `415.555.2671`), optionally after a `1`.
 *
 * False-positive policy: a bare digit string is a phone number only in form 2 (an 11-digit number
 * starting 13-19 is taken for a China mobile; a unix time in seconds has 10 digits, in
 * milliseconds 13, so neither matches). Dates (`2024-05-01`, `01.05.1990`: 8 digits) and IPv4
 * addresses fall below the 9-digit minimum or fail the group rules. E.164 numbers of 7 digits
 * (a few island states) are missed on purpose: `+1234567`-style amounts are more common.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";

/** True for a China mobile number's 11 digits at `s[i, i+11)`. */
function chinaMobileDigits(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 49) return false;
  const second = s.charCodeAt(i + 1);
  if (second < 51 || second > 57) return false;
  for (let k = i + 2; k < i + 11; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

/** True when `s[start, end)` is a bare China mobile, with or without `86` / `0086`. */
function isBareChinaMobile(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 11) return chinaMobileDigits(s, start);
  if (n === 13) return s.startsWith("86", start) && chinaMobileDigits(s, start + 2);
  if (n === 15) return s.startsWith("0086", start) && chinaMobileDigits(s, start + 4);
  return false;
}

/** True when `s[start, end)` is a phone number in one of the accepted forms. */
export function isPhoneAt(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 9 || len > 26) return false;
  let i = start;
  const plus = s.charCodeAt(i) === 43;
  if (plus) i++;
  // Parse groups: digit runs separated by one of ' ', '-', '.', or a parenthesised run.
  let digits = 0;
  let groups = 0;
  let separators = 0;
  let parenGroup = -1;
  let g0 = 0; // lengths of the first four groups
  let g1 = 0;
  let g2 = 0;
  let g3 = 0;
  let firstDigitIndex = -1;
  let expectGroup = true;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (expectGroup) {
      const paren = c === 40;
      if (paren) {
        if (parenGroup >= 0) return false;
        parenGroup = groups;
        i++;
      }
      const groupStart = i;
      while (i < end && isDigitCode(s.charCodeAt(i))) i++;
      const glen = i - groupStart;
      if (glen === 0) return false;
      if (firstDigitIndex < 0) firstDigitIndex = groupStart;
      if (paren) {
        if (s.charCodeAt(i) !== 41) return false;
        i++;
      }
      if (groups === 0) g0 = glen;
      else if (groups === 1) g1 = glen;
      else if (groups === 2) g2 = glen;
      else if (groups === 3) g3 = glen;
      groups++;
      digits += glen;
      expectGroup = false;
      continue;
    }
    // Between groups: one separator, or none right after a ')' or before a '('.
    if (c === 32 || c === 45 || c === 46) {
      separators++;
      i++;
      if (i === end) return false;
    } else if (c !== 40 && s.charCodeAt(i - 1) !== 41) {
      return false;
    }
    expectGroup = true;
  }
  const grouped = separators > 0 || parenGroup >= 0;
  const first = s.charCodeAt(firstDigitIndex);
  if (plus) {
    return digits >= 8 && digits <= 15 && first !== 48 && parenGroup <= 1;
  }
  if (!grouped) return isBareChinaMobile(s, start, end);
  if (parenGroup > 1) return false;
  const second = s.charCodeAt(firstDigitIndex + 1);
  // 3. International with 00.
  if (first === 48 && second === 48) {
    return s.charCodeAt(firstDigitIndex + 2) !== 48 && digits >= 9 && digits <= 17;
  }
  // 2. China mobile grouped 3-4-4.
  if (groups === 3 && g0 === 3 && g1 === 4 && g2 === 4 && chinaMobileGrouped(s, firstDigitIndex)) return true;
  if (digits < 9 || digits > 12) return false;
  // 4a. Trunk 0.
  if (first === 48) return true;
  // 4b. North American 3-3-4, optionally after a 1.
  if (groups === 3 && g0 === 3 && g1 === 3 && g2 === 4) return nanp(s, firstDigitIndex, g0);
  if (groups === 4 && g0 === 1 && first === 49 && g1 === 3 && g2 === 3 && g3 === 4) {
    return nanp(s, nextGroupStart(s, firstDigitIndex + 1), g1);
  }
  return false;
}

function nextGroupStart(s: string, i: number): number {
  let k = i;
  while (!isDigitCode(s.charCodeAt(k))) k++;
  return k;
}

/** Area code at `i` and exchange after it both start with 2-9. */
function nanp(s: string, i: number, areaLen: number): boolean {
  const a = s.charCodeAt(i);
  const e = s.charCodeAt(nextGroupStart(s, i + areaLen));
  return a >= 50 && a <= 57 && e >= 50 && e <= 57;
}

function chinaMobileGrouped(s: string, i: number): boolean {
  const second = s.charCodeAt(i + 1);
  return s.charCodeAt(i) === 49 && second >= 51 && second <= 57;
}

/** True when `s` is a phone number in one of the forms of the module rule. */
export function isPhone(s: string): boolean {
  return isPhoneAt(s, 0, s.length);
}

/** A phone number: E.164 `+` form, China mobile, `00` international, or a grouped national form. */
export const phoneSchema = z
  .stringFormat("phone-number", isPhone, "Not a phone number in a recognised form")
  .describe(
    "Phone number: '+' and 8-15 digits, a China mobile (1[3-9] + 9 digits, optional +86/0086), " +
      "or a grouped national/00-international form.",
  );
