/**
 * Identity numbers read without a label, in the printed form only they take (session 18, a red
 * team's round 7, R3): a Brazilian CPF `123.456.789-09` (3-3-3 split by `.`, then `-` and two
 * check digits), a Russian SNILS `112-233-445 95` (3-3-3 split by `-`, then a space or `-` and a
 * two-digit check number), a Malaysian MyKad `900101-14-5678` (a birth date, a place of birth's
 * code and four digits, split by `-`) and an Emirates ID `784-1990-1234567-6` (the country's code,
 * a birth year, seven digits and a Luhn digit). Each must pass its registry's rule
 * (`values/national-ids.ts`): two check digits for the CPF, a check number for the SNILS, a date
 * that exists and a place that is given for the MyKad, the year and a check digit for the
 * Emirates ID. Bare, the same digits are read only after a label (the redaction engine's
 * `labelled-accounts.ts`): eleven or twelve digits in a row are an order's or a count's as often.
 *
 * A number stands alone: no ASCII letter or digit, `.` or `-` glued before it, nor a letter, a
 * digit, or `.`/`-` and a digit after it (`v1.123.456.789-09`, `123.456.789-091` name nothing).
 * The finder looks only at runs of phone characters (`number-spans.ts`) of 14 or more, once at
 * each group's first digit: linear in the run.
 *
 * The MyKad form has no check digit: a date, a place's code and four digits is also how orders,
 * batches, builds and tickets are numbered (`251130-01-0042`: a day, a line, a sequence). A red
 * team's round 8 (R2) found such numbers replaced in aliyun's logs and room ids holding them
 * refused. Since session 19 the MyKad form is not read glued to an identifier by `_`
 * (`class_251130-01-0042`), nor after a word that numbers a thing ({@link SERIAL_WORDS}:
 * `order 251130-01-0042`, `order_no=251130-01-0042`). A field's whole value is read as before: a
 * red team's round 9 (A5) found MyKad numbers under `id_number`, `kyc_id`, `document` reaching
 * Tencent and Zego while whole values were not read. The accepted cost: a date-coded serial as a
 * whole value (`{"order_no":"251130-01-0042"}`, `{"batch":"251201-03-0007"}`) is still replaced.
 */
import { isGlueCode } from "../values/chars.js";
import { isCpf, isEmiratesId, isMalaysianIc, isSnils } from "../values/national-ids.js";
import type { TextSpan } from "./text-span.js";

/**
 * The printed forms, each in a group of its own: a CPF's, a SNILS's, a MyKad's, an Emirates ID's
 * (sticky: tried at a group's first digit).
 */
const PRINTED_ID =
  /(\d{3}\.\d{3}\.\d{3}-\d\d)|(\d{3}-\d{3}-\d{3}[ -]\d\d)|(\d{6}-\d\d-\d{4})|(784-\d{4}-\d{7}-\d)/y;

/** Each printed form's check, in the order of {@link PRINTED_ID}'s groups. */
const CHECKS: readonly ((s: string) => boolean)[] = [isCpf, isSnils, isMalaysianIc, isEmiratesId];

/** The shortest printed form (a CPF's, a SNILS's and a MyKad's fourteen characters). */
export const PRINTED_ID_MIN_LENGTH = 14;

/** The group of {@link PRINTED_ID} that holds a MyKad. */
const MYKAD_FORM = 3;

/**
 * Words that number a thing, before a date-coded serial of a MyKad's shape (see the module note):
 * lower-cased, compared whole.
 */
const SERIAL_WORDS: ReadonlySet<string> = new Set([
  "order",
  "batch",
  "build",
  "version",
  "ver",
  "release",
  "ticket",
  "trace",
  "invoice",
  "receipt",
  "lot",
  "serial",
  "sn",
  "no",
  "id",
  "ref",
  "case",
  "job",
  "run",
  "room",
  "订单",
  "批次",
  "单号",
  "编号",
]);

/** A letter of any script: what the word before a number is made of. */
const LETTER = /\p{L}/u;

/** True when `c` separates a word from the number after it: white space, `:`, `#`, `=`, `：`. */
function isLabelGap(c: number): boolean {
  return c === 32 || c === 9 || c === 58 || c === 35 || c === 61 || c === 0xff1a;
}

/**
 * True when the MyKad-shaped number at `start` of `text` may be a MyKad (see the module
 * note): no `_` glues it to an identifier, and the word before it does not number a thing.
 */
function mayBeMyKad(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) === 95) return false;
  let wordEnd = start;
  while (wordEnd > 0 && isLabelGap(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < 8 && LETTER.test(text[wordStart - 1] as string)) wordStart--;
  return !SERIAL_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase());
}

/** True when `c` glues a number to what stands before or after it: an ASCII letter or digit, `.` or `-`. */
function isJoinCode(c: number): boolean {
  return isGlueCode(c) || c === 46 || c === 45;
}

/**
 * Pushes a span for every identity number in its printed form (see the module note) that starts
 * in the run `[runStart, runEnd)`.
 */
export function findPrintedIds(text: string, runStart: number, runEnd: number, out: TextSpan[]): void {
  // every form holds a `.` or `-` three or six characters in: a run without one holds none (most
  // runs of digits and spaces), found in one tight pass
  let first = runStart + 3;
  while (first < runEnd) {
    const c = text.charCodeAt(first);
    if (c === 46 || c === 45) break;
    first++;
  }
  if (first >= runEnd) return;
  for (let j = Math.max(runStart, first - 6); j + PRINTED_ID_MIN_LENGTH <= runEnd; j++) {
    if (j > 0 && isJoinCode(text.charCodeAt(j - 1))) continue;
    // every form has its first separator after three digits (`.` or `-`) or, a MyKad's, six
    const third = text.charCodeAt(j + 3);
    if (third !== 46 && third !== 45 && text.charCodeAt(j + 6) !== 45) continue;
    PRINTED_ID.lastIndex = j;
    const m = PRINTED_ID.exec(text);
    if (m === null) continue;
    const end = j + m[0].length;
    const after = text.charCodeAt(end);
    if (isGlueCode(after) || ((after === 46 || after === 45) && isGlueCode(text.charCodeAt(end + 1))))
      continue;
    const form = m.findIndex((g, i) => i > 0 && g !== undefined);
    if (!(CHECKS[form - 1] as (s: string) => boolean)(m[0])) continue;
    if (form === MYKAD_FORM && !mayBeMyKad(text, j)) continue;
    out.push([j, end, "identity.national_id"]);
    j = end;
  }
}
