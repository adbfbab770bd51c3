/**
 * Dates of birth that a word names in prose: `birthday 1990-04-01`, `born on 1 April 1990`,
 * `DOB 04/01/1990`, `date of birth April 1, 1990`, `生日1990年4月1日`, `出生于1990年4月1日`, and since
 * session 13 in French, Spanish, Portuguese and Korean (`date de naissance: 07/03/1990`,
 * `né le 07/03/1990`, `Fecha de nacimiento: 07/03/1990`, `data de nascimento`, `생년월일:
 * 1990.03.07`; `né`/`née` only before `le`, as French writes a birth date). A date
 * means nothing alone in a log line; the label before it says whose date it is, as a key does
 * for a member. `named-values.ts` reads `dob=...` and `DOB: ...` where a field opens; this module
 * reads the label followed by white space or a colon anywhere (`and dob: 1990-04-01`; in Chinese
 * by nothing, too), the date's shape being check enough.
 *
 * Read: a label (any case), a colon maybe, `is` or `on` maybe, then a date that exists with a year in
 * 1900-2099, written as `isBirthday` accepts (`yyyy-mm-dd`, `dd/mm/yyyy`, `yyyymmdd`...), or with
 * the month in English words (`1 April 1990`, `April 1st, 1990`, `Apr 1 1990`), or as Chinese
 * writes it (`1990年4月1日`); since session 13 also `yyyy/m/d` with one-digit month and day
 * (`生日 1990/3/7`), after `生于`, and a Chinese date before `出生` (`我1990年3月7日出生`). `born in
 * 1990` names a year, not a date: not read.
 */
import { isBirthday, isRealDate } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

const BIRTHDAY = "account.profile.birthday";

/** The labels, English, French, Spanish and Portuguese (each a word of their own), Korean and Chinese. */
const LABELS = String.raw`(?<![\p{L}\p{N}_])(?:birth\s*day|birth\s+date|date\s+of\s+birth|d\.?o\.?b\.?|born|date\s+de\s+naissance|n[ée]e?\s+le|fecha\s+de\s+nacimiento|data\s+de\s+nascimento)|생년월일|生日|出生日期|出生于|出生在|出生|生于`;

/** What every labelled birthday holds (the cheap first test; `prose.ts`). */
export const LABELLED_BIRTHDAY_HINT = String.raw`birth|born|dob|d\.o\.b|naissance|n[ée]e?\s+le|nacimiento|nascimento|생년월일|生日|出生|生于`;

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const ORDINAL = "(?:st|nd|rd|th)?";

/** A label, `is`/`on` maybe, and a date in one of the forms (numbers, words, Chinese) as groups. */
const LABELLED = new RegExp(
  String.raw`(?:${LABELS})[ \t]*[:：]?[ \t]*(?:(?:is|on)[ \t]+)?(?:` +
    String.raw`(\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}|\d{8})` +
    String.raw`|(\d{1,2})${ORDINAL}[ \t]+(${MONTHS})\.?,?[ \t]+(\d{4})` +
    String.raw`|(${MONTHS})\.?[ \t]+(\d{1,2})${ORDINAL},?[ \t]+(\d{4})` +
    String.raw`|(\d{4})年(\d{1,2})月(\d{1,2})[日号]?` +
    String.raw`|(\d{4})([-/.])(\d{1,2})\12(\d{1,2})` +
    String.raw`)(?![\p{L}\p{N}_])`,
  "giud",
);

/** The first group of each date form: where the date starts. */
const FIRST_GROUPS = [1, 2, 5, 8, 11] as const;

/** A date in Chinese before `出生` ("was born"): `我1990年3月7日出生` (session 13). */
const BORN_AFTER = /(\d{4})年(\d{1,2})月(\d{1,2})[日号](?=出生)/g;

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** True when the day, month name (or number) and year make a date that exists, in 1900-2099. */
function isDate(year: string, month: string, day: string): boolean {
  const y = Number(year);
  const m = /^\d+$/.test(month) ? Number(month) : (MONTH_NUMBER[month.slice(0, 3).toLowerCase()] ?? 0);
  return y >= 1900 && y <= 2099 && isRealDate(y, m, Number(day));
}

/** The birthdays named by a label in `text` (see the module note), sorted; `null` when none. */
export function findLabelledBirthdays(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
    const [whole, numeric, d1, m1, y1, m2, d2, y2, y3, m3, d3, y4, , m4, d4] = m as unknown as (
      | string
      | undefined
    )[];
    const ok =
      numeric !== undefined
        ? isBirthday(numeric)
        : y1 !== undefined
          ? isDate(y1, m1 as string, d1 as string)
          : y2 !== undefined
            ? isDate(y2, m2 as string, d2 as string)
            : y3 !== undefined
              ? isDate(y3, m3 as string, d3 as string)
              : isDate(y4 as string, m4 as string, d4 as string);
    if (!ok) continue;
    const first = FIRST_GROUPS.find((k) => m[k] !== undefined) as number;
    out.push([m.indices?.[first]?.[0] as number, m.index + (whole as string).length, BIRTHDAY]);
  }
  BORN_AFTER.lastIndex = 0;
  for (let m = BORN_AFTER.exec(text); m !== null; m = BORN_AFTER.exec(text)) {
    if (isDate(m[1] as string, m[2] as string, m[3] as string))
      out.push([m.index, m.index + m[0].length, BIRTHDAY]);
  }
  if (out.length > 1) out.sort((a, b) => a[0] - b[0]);
  return out.length === 0 ? null : out;
}
