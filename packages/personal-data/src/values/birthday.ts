/**
 * Dates of birth in the spellings payloads use.
 *
 * Rule: a real calendar date (leap years included) with a year from 1900 to 2099, written as
 * - `yyyy-mm-dd`, `yyyy/mm/dd` or `yyyy.mm.dd`,
 * - `yyyymmdd` (Meta's `db`),
 * - `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, or `mm/dd/yyyy` (slash only; a slashed date is
 *   accepted when either reading is a real date).
 * Day and month have two digits; the separator is the same twice.
 *
 * False-positive policy: a date is a birthday only by its field; these predicates check the form of
 * a value already known to be a date of birth, and no detector treats an untagged date as one
 * (`yyyymmdd` is also an ordinary number).
 */
import { z } from "zod";
import { allDigits } from "./chars.js";

/** A parsed date of birth. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function num(s: string, start: number, len: number): number {
  let v = 0;
  for (let i = start; i < start + len; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** True when year/month/day name a real day, with the year in 1900-2099. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Calls `found` with each reading of `s` as a date of birth; stops when it returns true. */
function readDate(s: string, found: (y: number, m: number, d: number) => boolean): boolean {
  const n = s.length;
  if (n === 8) {
    return allDigits(s, 0, 8) && found(num(s, 0, 4), num(s, 4, 2), num(s, 6, 2));
  }
  if (n !== 10) return false;
  const a = s.charCodeAt(4);
  if ((a === 45 || a === 47 || a === 46) && s.charCodeAt(7) === a) {
    return (
      allDigits(s, 0, 4) &&
      allDigits(s, 5, 7) &&
      allDigits(s, 8, 10) &&
      found(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2))
    );
  }
  const b = s.charCodeAt(2);
  if ((b === 45 || b === 47 || b === 46) && s.charCodeAt(5) === b) {
    if (!(allDigits(s, 0, 2) && allDigits(s, 3, 5) && allDigits(s, 6, 10))) return false;
    const first = num(s, 0, 2);
    const second = num(s, 3, 2);
    const year = num(s, 6, 4);
    return found(year, second, first) || (b === 47 && found(year, first, second));
  }
  return false;
}

/** True when `s` is a date of birth in one of the forms of the module rule. */
export function isBirthday(s: string): boolean {
  return readDate(s, isRealDate);
}

/**
 * The date `s` spells, or `null` when `s` is no date of birth. Day-first wins over month-first
 * for an ambiguous slashed date; the year, which the `generalize` operator keeps, is the same
 * either way.
 */
export function parseBirthday(s: string): CalendarDate | null {
  let result: CalendarDate | null = null;
  readDate(s, (year, month, day) => {
    if (!isRealDate(year, month, day)) return false;
    result = { year, month, day };
    return true;
  });
  return result;
}

/** A date of birth (`yyyy-mm-dd`, `yyyymmdd`, `dd/mm/yyyy`, `mm/dd/yyyy`, ...; year 1900-2099). */
export const birthdaySchema = z
  .stringFormat("birthday", isBirthday, "Not a date of birth")
  .describe("Date of birth: yyyy-mm-dd, yyyymmdd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or mm/dd/yyyy.");
