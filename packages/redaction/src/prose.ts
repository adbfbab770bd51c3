/**
 * Personal data written in prose that no character finder sees: names introduced by their writer
 * (`introduced-names.ts`), e-mail addresses spelt out to slip past filters
 * (`obfuscated-emails.ts`), identifiers named by a label (`labelled-ids.ts`), dates of birth
 * named by one (`labelled-birthdays.ts`) and values a sentence states (`stated-values.ts`: `my
 * wechat is astrid_wx`, `我的银行卡号是...`). One cheap native
 * search decides whether a text is worth reading for any of them, so the scanner's fast path
 * pays one search per string.
 *
 * The fast path (strings with no digit, `@`, `:`, `-` or `.`) asks only for the first two and
 * stated values (a handle or an address without digits, `-` or `.` can be stated): a
 * labelled identifier there would be hex digits all of them letters (`mac deadbeefcafe`, about
 * one MAC address in 130,000), and the identifier labels made the search over every such string
 * (chat messages, mostly) about twice as long.
 */
import { findIntroducedNames } from "./introduced-names.js";
import { findLabelledAccounts, LABELLED_HANDLE_HINT, LABELLED_NUMBER_HINT } from "./labelled-accounts.js";
import { findLabelledBirthdays, LABELLED_BIRTHDAY_HINT } from "./labelled-birthdays.js";
import { findLabelledIds, LABELLED_ID_HINT } from "./labelled-ids.js";
import { findObfuscatedEmails } from "./obfuscated-emails.js";
import type { EngineSpan } from "./percent-view.js";
import { findStatedValues, STATED_VALUE_HINT } from "./stated-values.js";

/**
 * What an introduction (`name`, `called`, `我`, `me llamo`, `私の名前は`), a greeting or title
 * (`hi`, `Mr`, `hola`, `Herr`, `尊敬的`, a Japanese honorific), a bracketed `at` or a stated value
 * (`是`, `my `) holds.
 */
const WORDED = String.raw`name|called|我|at\s*[\])}>]|\b(?:dear|hello|hi|hey|mr|mrs|ms|miss|dr|prof|hola|olá|bonjour|salut|hallo|querid[oa]|estimad[oa]|prezad[oa]|cher|chère|lieber?|sra?|srta|mme|mlle|herr|frau)\b|llamo|nombre|chamo|nome|appelle|nom\s+est|hei(?:ß|ss)e|名前|さん|様|さま|ちゃん|亲爱的|尊敬的|${STATED_VALUE_HINT}|${LABELLED_HANDLE_HINT}`;
const WORDED_HINT = new RegExp(WORDED, "i");
/** The same, an identifier label before white space, or a birthday's label. */
const HINT = new RegExp(
  `${WORDED}|${LABELLED_ID_HINT}|${LABELLED_BIRTHDAY_HINT}|${LABELLED_NUMBER_HINT}`,
  "i",
);

/**
 * A cheap first test for the scanner's fast path: `text[start, end)`, a string with no digit,
 * `@`, `:`, `-` or `.`, may hold a name introduced in prose or an address spelt out (one native
 * search).
 */
export function mayHoldProse(text: string, start = 0, end = text.length): boolean {
  return (
    end - start >= 4 && WORDED_HINT.test(start === 0 && end === text.length ? text : text.slice(start, end))
  );
}

/** The spans of personal data in prose in `text`, sorted; `null` when none. */
export function findProseSpans(text: string): EngineSpan[] | null {
  if (text.length < 4 || !HINT.test(text)) return null;
  const found = [
    findIntroducedNames(text),
    findObfuscatedEmails(text),
    findLabelledIds(text),
    findLabelledBirthdays(text),
    findStatedValues(text),
    findLabelledAccounts(text),
  ].filter((spans) => spans !== null);
  if (found.length <= 1) return found[0] ?? null;
  return found.flat().sort((a, b) => a[0] - b[0]);
}
