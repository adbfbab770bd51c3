/**
 * Phone numbers.
 *
 * A phone number has no checksum, and digit strings are everywhere (ids, timestamps, amounts), so
 * the rule accepts a digit string only when its *form* says "phone":
 *
 * 1. International with `+`: `+` then 8-15 digits, the first not `0`, optionally grouped by
 *    single spaces, hyphens or dots, with at most one parenthesised group
 *    (`+1 (415) 555-2671`, `+86 138 0013 8000`, `+44 20 7946 0958`); the `+` may open that group
 *    as the country code (`(+47) 999 99 999`, `(+86)13800138000`).
 * 2. Mainland-China mobile: `1[3-9]` and 9 more digits (11 in all), bare (`13800138000`) or
 *    grouped 3-4-4, 4-3-4 or 3-8 (`1380 013 8000`, `138-00138000`, but not a 3-digit group before
 *    a date, `150-20240115`; session 13), optionally after `+86`, `0086` or a bare `86` (`008613800138000`), the bare
 *    `86` also as a group of its own (`86-138-0013-8000`, `86 13800138000`).
 * 3. International with `00`, grouped: `00`, a country code not starting with `0`, 9-17 digits
 *    in all, with separators (`0044 20 7946 0958`).
 * 4. National, grouped (at least one separator or a parenthesised area code), 9-12 digits:
 *    - with a trunk `0` (`020 7946 0958`, `030-1234567`, `(0755) 8888-1234`), or
 *    - North American 3-3-4 with area code and exchange starting 2-9 (`415-555-2671`,
 *      `(415) 555-2671`, `415.555.2671`), optionally after a `1`, or
 *    - an Italian mobile, 3-3-4 starting `3` whatever the exchange (`347 123 4567`), or
 *    - a Spanish number, 3-2-2-2 starting 6-9 (`612 34 56 78`), or
 *    - a two-digit area code in brackets, then 4-4 or 5-4 digits, as Brazil, Mexico and Argentina
 *      write them (`(11) 91234-5678`, `(55) 1234 5678`), or
 *    - a Russian number after its trunk `8`, 1-3-3-2-2 (`8 (912) 345-67-89`, `8-495-123-45-67`), or
 *    - since session 19, a mobile of Mexico's three big cities, 2-4-4 (`55 1234 5678`, `33-1234-5678`:
 *      55 and 56 Mexico City, 33 Guadalajara, 81 Monterrey), or a Brazilian mobile without brackets,
 *      a two-digit area code that is given (DDD), then `9` and 4-4 digits split 5-4 or 1-4-4
 *      (`11 91234-5678`, `21 9 8765-4321`).
 * 5. Since session 19 (a red team's round 7, R3), a national mobile written bare with its trunk
 *    `0`, in the countries whose users the policy's readers serve: the mobile prefix and the exact
 *    length each numbering plan gives (`bare-mobiles.ts`): Turkey's `05321234567`, Indonesia's
 *    `081234567890`, Vietnam's `0912345678`, Saudi Arabia's and the Emirates' `0501234567`,
 *    Egypt's `01012345678`.
 *
 * A lone `0` before a `.` starts a decimal, no phone (`0.000000001`; session 13).
 *
 * False-positive policy: a bare digit string is a phone number only in forms 2 and 5 (an 11-digit
 * number starting 13-19 is taken for a China mobile; a unix time in seconds has 10 digits, in
 * milliseconds 13, so neither matches; form 5 needs a trunk `0`, which ids, counts and times in
 * seconds do not start with, and then a mobile prefix and its plan's length). Dates (`2024-05-01`, `01.05.1990`: 8 digits) and IPv4
 * addresses fall below the 9-digit minimum or fail the group rules. E.164 numbers of 7 digits
 * (a few island states) are missed on purpose: `+1234567`-style amounts are more common.
 */
import { z } from "zod";
import { isBareNationalMobile } from "./bare-mobiles.js";
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

/** What reading a window's groups has found so far (see {@link longestPhoneAt}). */
export interface PhoneParse {
  digits: number;
  groups: number;
  separators: number;
  /** Index of the parenthesised group, or -1. */
  parenGroup: number;
  /** Lengths of the first four groups. */
  g0: number;
  g1: number;
  g2: number;
  g3: number;
  firstDigitIndex: number;
}

/** The forms of the module rule, judged on the parse of `s[start, end)` (`plus`: it opens with `+`). */
export function acceptsPhone(s: string, start: number, end: number, plus: boolean, p: PhoneParse): boolean {
  const len = end - start;
  if (len < 9 || len > 26) return false;
  const grouped = p.separators > 0 || p.parenGroup >= 0;
  const first = s.charCodeAt(p.firstDigitIndex);
  if (plus) {
    return p.digits >= 8 && p.digits <= 15 && first !== 48 && p.parenGroup <= 1;
  }
  if (!grouped) return isBareChinaMobile(s, start, end) || isBareNationalMobile(s, start, end);
  if (p.parenGroup > 1) return false;
  const second = s.charCodeAt(p.firstDigitIndex + 1);
  // a lone `0` and a `.` start a decimal (`0.000000001`, `elapsed 0.12345678 s`; session 13)
  if (first === 48 && p.g0 === 1 && second === 46) return false;
  // 3. International with 00.
  if (first === 48 && second === 48) {
    if (p.digits < 9 || p.digits > 17) return false;
    // the country code's first digit: the next group's when `00` stands alone (`00 44 20...`;
    // nine digits or more, so there is one)
    const country = p.g0 === 2 ? nextGroupStart(s, p.firstDigitIndex + 2) : p.firstDigitIndex + 2;
    return s.charCodeAt(country) !== 48;
  }
  // 2. China mobile grouped 3-4-4, 4-3-4 or 3-8 (not before a date: `150-20240115`), or after a
  // group of its own `86`.
  const cnGroups = (p.g0 === 3 && p.g1 === 4) || (p.g0 === 4 && p.g1 === 3);
  if (p.groups === 3 && cnGroups && p.g2 === 4 && chinaMobileGrouped(s, p.firstDigitIndex)) return true;
  if (p.groups === 2 && p.g0 === 3 && p.g1 === 8 && chinaMobileGrouped(s, p.firstDigitIndex))
    return !isCompactDate(s, nextGroupStart(s, p.firstDigitIndex + 3));
  if (p.g0 === 2 && first === 56 && second === 54) {
    const mobile = nextGroupStart(s, p.firstDigitIndex + 2);
    if (p.groups === 2 && p.g1 === 11) return chinaMobileDigits(s, mobile);
    if (p.groups === 4 && p.g1 === 3 && p.g2 === 4 && p.g3 === 4) return chinaMobileGrouped(s, mobile);
  }
  if (p.digits < 9 || p.digits > 12) return false;
  // 4a. Trunk 0.
  if (first === 48) return true;
  // 4b. North American 3-3-4, optionally after a 1; an Italian mobile 3-3-4.
  if (p.groups === 3 && p.g0 === 3 && p.g1 === 3 && p.g2 === 4)
    return first === 51 || nanp(s, p.firstDigitIndex, p.g0);
  if (p.groups === 4 && p.g0 === 1 && first === 49 && p.g1 === 3 && p.g2 === 3 && p.g3 === 4) {
    return nanp(s, nextGroupStart(s, p.firstDigitIndex + 1), p.g1);
  }
  // 4c. Spanish 3-2-2-2.
  if (p.groups === 4 && p.g0 === 3 && p.g1 === 2 && p.g2 === 2 && p.g3 === 2) return first >= 54;
  // 4e. Russian 8 (3) 3-2-2: five groups, so the fifth is the remaining 2 of 11 digits.
  if (p.groups === 5 && p.g0 === 1 && first === 56 && p.g1 === 3 && p.g2 === 3 && p.g3 === 2)
    return p.digits === 11;
  // 4d. A two-digit area code in brackets, then 4-4 or 5-4.
  if (p.groups === 3 && p.parenGroup === 0 && p.g0 === 2 && p.g2 === 4 && (p.g1 === 4 || p.g1 === 5))
    return true;
  // 4f. Without brackets: a Mexican big city's mobile 2-4-4, a Brazilian mobile 2-5-4 or 2-1-4-4.
  if (p.parenGroup >= 0 || p.g0 !== 2) return false;
  const subscriber = nextGroupStart(s, p.firstDigitIndex + 2);
  if (p.groups === 3 && p.g1 === 4 && p.g2 === 4) return isMexicanCityArea(s, p.firstDigitIndex);
  const brazilian =
    (p.groups === 3 && p.g1 === 5 && p.g2 === 4) ||
    (p.groups === 4 && p.g1 === 1 && p.g2 === 4 && p.g3 === 4);
  return brazilian && s.charCodeAt(subscriber) === 57 && isBrazilianArea(s, p.firstDigitIndex);
}

/** Mexico's two-digit area codes (session 19): 55 and 56 Mexico City, 33 Guadalajara, 81 Monterrey. */
function isMexicanCityArea(s: string, i: number): boolean {
  const area = (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
  return area === 55 || area === 56 || area === 33 || area === 81;
}

/** Brazil's area codes (DDD) that are given (session 19). */
const BRAZILIAN_AREAS: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46,
  47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85,
  86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99,
]);

/** True when the two digits at `s[i]` are a Brazilian area code that is given. */
function isBrazilianArea(s: string, i: number): boolean {
  return BRAZILIAN_AREAS.has((s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48);
}

/**
 * Whether a longer window (one more group or several, so grouped) could still be accepted, from
 * the groups read so far: the forms of {@link acceptsPhone} bound the digits, and without `+`,
 * `00` or a trunk `0` only the 3-4-4, 4-3-4, 3-8, 3-3-4, 1-3-3-4, 2-3-4-4 (`86`), 3-2-2-2,
 * (2)-4-4 or (2)-5-4, 2-4-4, 2-5-4, 2-1-4-4 and 8-3-3-2-2 groupings remain.
 */
function mayGrow(s: string, plus: boolean, p: PhoneParse): boolean {
  if (plus) return p.digits <= 14 && p.parenGroup <= 1;
  if (p.parenGroup > 1) return false;
  const first = s.charCodeAt(p.firstDigitIndex);
  if (first === 48) return p.digits <= (s.charCodeAt(p.firstDigitIndex + 1) === 48 ? 16 : 11);
  const cn = p.g0 === 2 && first === 56 && s.charCodeAt(p.firstDigitIndex + 1) === 54; // `86`
  const bracketedArea = p.g0 === 2 && p.parenGroup === 0;
  // Mexico's 2-4-4 and Brazil's 2-5-4 and 2-1-4-4 without brackets (session 19)
  const area = p.g0 === 2 && p.parenGroup < 0;
  const trunk = p.g0 === 1 && (first === 49 || first === 56); // NANP's `1`, Russia's `8`
  if (p.groups === 1) return p.g0 === 3 || (p.g0 === 4 && first === 49) || trunk || cn || p.g0 === 2;
  if (p.groups === 2) {
    if (p.g0 === 3) return p.g1 === 3 || p.g1 === 4 || (p.g1 === 2 && first >= 54);
    if (p.g0 === 4) return p.g1 === 3 && first === 49; // a China mobile's 4-3-4
    return (
      (p.g0 === 1 && p.g1 === 3) ||
      (cn && p.g1 === 3) ||
      ((bracketedArea || area) && (p.g1 === 4 || p.g1 === 5)) ||
      (area && p.g1 === 1)
    );
  }
  if (p.groups === 3) {
    if (p.g0 === 3) return p.g1 === 2 && p.g2 === 2 && first >= 54;
    return (
      (p.g0 === 1 && p.g1 === 3 && p.g2 === 3) ||
      (cn && p.g1 === 3 && p.g2 === 4) ||
      (area && p.g1 === 1 && p.g2 === 4)
    );
  }
  if (p.groups === 4) return first === 56 && p.g0 === 1 && p.g1 === 3 && p.g2 === 3 && p.g3 === 2;
  return false;
}

/**
 * The largest `end <= limit` for which `canEnd(end)` holds and `s[start, end)` is a phone number
 * ({@link isPhoneAt}), or -1, among the ends that do not split a digit group (a digit on both
 * sides, before `limit`): text finders never end a window there. One pass over the groups from
 * `start`: every window that ends where a group ends is judged from the parse so far, so all the
 * windows from one start cost one read (a run of short groups such as `1 1 1 1 ...` would
 * otherwise cost one read per window).
 */
export function longestPhoneAt(
  s: string,
  start: number,
  limit: number,
  canEnd: (end: number) => boolean,
): number {
  let best = -1;
  let i = start;
  // `(+47) 999 99 999`: the country code in brackets is the parenthesised group
  const bracketedPlus = s.charCodeAt(i) === 40 && s.charCodeAt(i + 1) === 43;
  const plus = bracketedPlus || s.charCodeAt(i) === 43;
  if (plus) i += bracketedPlus ? 2 : 1;
  const p: PhoneParse = {
    digits: 0,
    groups: 0,
    separators: 0,
    parenGroup: -1,
    g0: 0,
    g1: 0,
    g2: 0,
    g3: 0,
    firstDigitIndex: -1,
  };
  // every form has 8 to 17 digits: fewer are not judged, more end the reading
  const judge = (end: number) => {
    if (p.digits >= 8 && end <= limit && canEnd(end) && acceptsPhone(s, start, end, plus, p)) best = end;
  };
  // Groups: digit runs separated by one of ' ', '-', '.', or a parenthesised run.
  while (i < limit) {
    const paren = s.charCodeAt(i) === 40 || (bracketedPlus && p.groups === 0);
    if (paren) {
      if (p.parenGroup >= 0) break;
      p.parenGroup = p.groups;
      if (s.charCodeAt(i) === 40) i++;
    }
    const groupStart = i;
    while (i < limit && isDigitCode(s.charCodeAt(i))) i++;
    const glen = i - groupStart;
    if (glen === 0) break;
    if (p.firstDigitIndex < 0) p.firstDigitIndex = groupStart;
    if (p.groups === 0) p.g0 = glen;
    else if (p.groups === 1) p.g1 = glen;
    else if (p.groups === 2) p.g2 = glen;
    else if (p.groups === 3) p.g3 = glen;
    p.groups++;
    p.digits += glen;
    if (p.digits > 17) break;
    if (paren) {
      if (s.charCodeAt(i) !== 41) break;
      judge(i); // a window ending before the ')' reads it as closed, as it always has
      i++;
    }
    judge(i);
    if (i >= limit || !mayGrow(s, plus, p)) break;
    // Between groups: one separator, or none right after a ')' or before a '('.
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 46) {
      p.separators++;
      i++;
    } else if (c !== 40 && s.charCodeAt(i - 1) !== 41) break;
  }
  return best;
}

/** True when `s[start, end)` is a phone number in one of the accepted forms. */
export function isPhoneAt(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 9 || len > 26) return false;
  return longestPhoneAt(s, start, end, (e) => e === end) === end;
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

/** True when the eight digits at `s[i, i+8)` are a date, `yyyymmdd` of 1900-2099. */
function isCompactDate(s: string, i: number): boolean {
  const century = s.slice(i, i + 2);
  const month = Number(s.slice(i + 4, i + 6));
  const day = Number(s.slice(i + 6, i + 8));
  return (century === "19" || century === "20") && month >= 1 && month <= 12 && day >= 1 && day <= 31;
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
