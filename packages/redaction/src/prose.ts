/**
 * Personal data written in prose that no character finder sees: names introduced by their writer
 * (`introduced-names.ts`) or addressed by a Vietnamese kinship title (`vietnamese-titles.ts`), e-mail addresses spelt out to slip past filters
 * (`obfuscated-emails.ts`), identifiers named by a label (`labelled-ids.ts`), dates of birth
 * named by one (`labelled-birthdays.ts`), values a sentence states (`stated-values.ts`: `my
 * wechat is astrid_wx`, `我的银行卡号是...`), handles, cards, passports and coordinates a word
 * names (`labelled-accounts.ts`), street addresses (`chinese-addresses.ts`,
 * `street-addresses.ts`, `asian-addresses.ts`), numbers spelt out digit by digit
 * (`spelled-numbers.ts`), and China mobiles typed with look-alike letters
 * (`lookalike-numbers.ts`). One cheap native search decides whether a text is worth reading for
 * any of them, so the scanner's fast path pays one search per string.
 *
 * The fast path (strings with no digit, `@`, `:`, `-` or `.`) asks only for the first two and
 * stated values (a handle or an address without digits, `-` or `.` can be stated): a
 * labelled identifier there would be hex digits all of them letters (`mac deadbeefcafe`, about
 * one MAC address in 130,000), and the identifier labels made the search over every such string
 * (chat messages, mostly) about twice as long.
 */
import { ASIAN_ADDRESS_HINT, findAsianAddresses } from "./asian-addresses.js";
import { CHINESE_ADDRESS_HINT, findChineseAddresses, RESIDENCE_HINT } from "./chinese-addresses.js";
import { COPULA_NAME_HINT, findCopulaNames, RUSSIAN_SELF_HINT } from "./copula-names.js";
import { DEVICE_OWNER_HINT, findDeviceOwnerNames } from "./device-owner-names.js";
import { findHomeDirectoryNames, HOME_DIRECTORY_HINT } from "./home-directories.js";
import {
  CHINESE_NAME_LABEL_HINT,
  CHINESE_TITLE_HINT,
  EAST_ASIAN_INTRODUCTION_HINT,
  findIntroducedNames,
  SIGN_OFF_HINT,
} from "./introduced-names.js";
import {
  BANK_CARD_HINT,
  COORDINATE_PAIR_HINT,
  findLabelledAccounts,
  LABELLED_HANDLE_HINT,
  LABELLED_HANDLE_MARKS,
  LABELLED_HANDLE_WORDS,
  LABELLED_NUMBER_MARKS,
  LABELLED_NUMBER_WORDS,
  OTHER_SCRIPT_NUMBER_HINT,
} from "./labelled-accounts.js";
import { findLabelledBirthdays, LABELLED_BIRTHDAY_HINT } from "./labelled-birthdays.js";
import { findLabelledIds, LABELLED_ID_HINT } from "./labelled-ids.js";
import { findLookalikeNumbers, LOOKALIKE_NUMBER_HINT } from "./lookalike-numbers.js";
import {
  findObfuscatedEmails,
  OBFUSCATED_EMAIL_HINT,
  OBFUSCATED_EMAIL_MARKS,
  OBFUSCATED_EMAIL_WORDS,
} from "./obfuscated-emails.js";
import type { EngineSpan } from "./percent-view.js";
import { findScriptIntroductions, SCRIPT_INTRODUCTION_HINT } from "./script-introductions.js";
import { findSpelledNumbers, SPELLED_NUMBER_HINT } from "./spelled-numbers.js";
import { findStatedValues, STATED_VALUE_MARKS, STATED_VALUE_WORDS } from "./stated-values.js";
import { findStreetAddresses, STREET_ADDRESS_HINT } from "./street-addresses.js";
import { findVietnameseTitledNames, VIETNAMESE_TITLE_HINT } from "./vietnamese-titles.js";
import { findWechatIds } from "./wechat-ids.js";
import { findWrittenCoordinates, WRITTEN_COORDINATE_HINT } from "./written-coordinates.js";

/**
 * The words at a word's start that begin a phrase a prose reader reads: greetings and titles
 * (`hi`, `Mr`, `hola`, `Herr`), introductions in other languages (`me llamo`, `je m'appelle`),
 * possessives (`my`, `mi`), sign-offs (`regards`, `thanks,`), handle labels (`wechat`, `qq`), an address's spelt-out `dot`, two
 * digit words in a row (`one three`).
 */
const WORDS = String.raw`(?:dear|hello|hi|hey|mr|mrs|ms|miss|dr|prof|hola|olá|bonjour|salut|hallo|querid[oa]|estimad[oa]|prezad[oa]|cher|chère|lieber?|sra?|srta|mme|mlle|herr|frau)\b|llamo|nombre|chamo|nome|appelle|nom\s+est|hei(?:ß|ss)e|naam|heet|heter|hedder|heiter|navn|namn|nazywam|imię|nama\s|tên|adım|ismim|${COPULA_NAME_HINT}|(?:${STATED_VALUE_WORDS})\s|${SIGN_OFF_HINT}|${LABELLED_HANDLE_WORDS}|${OBFUSCATED_EMAIL_WORDS}|${SPELLED_NUMBER_HINT}`;
/**
 * The ideographs and kana that begin one: `我`, `名前`, `亲爱的`, `尊敬的`, a Japanese honorific
 * (`さん`, `様`, `ちゃん`) or a Chinese one (`先生`, `女士`, `小姐`), a copula (`是`, `は`), a
 * Chinese handle label (`微信`, `扣扣`), the `艾特` of a spelt-out address.
 */
const MARKS = `我名さ様ち亲尊先女小${STATED_VALUE_MARKS}${LABELLED_HANDLE_MARKS}${OBFUSCATED_EMAIL_MARKS}`;
/**
 * What an introduction (`name`, `called`, `本人`), a Chinese title (`老师`), a bracketed `at`, a `+v` or a messenger link, or one of
 * the above holds. One
 * `\b` before one alternation of words and one class of marks lets through a little more than
 * each phrase written out would (any `は`, `nome` in `nomes`), and is searched about twice as fast
 * (measured on the bench's chat texts). `test/prose-hint.test.ts` checks it never hides a span
 * the readers find.
 */
/**
 * The phrases both searches look for outside the `\b` group: an introduction's words, a
 * residence's, a Chinese name's label or title, a bracketed `at`, a handle's label or link.
 */
const PHRASES = String.raw`name|called|зовут|звуть|имя|${RUSSIAN_SELF_HINT}|${SCRIPT_INTRODUCTION_HINT}|${RESIDENCE_HINT}|${CHINESE_NAME_LABEL_HINT}|at\s*[\])}>]|本人|${CHINESE_TITLE_HINT}|${EAST_ASIAN_INTRODUCTION_HINT}|${LABELLED_HANDLE_HINT}|${DEVICE_OWNER_HINT}|${HOME_DIRECTORY_HINT}|${VIETNAMESE_TITLE_HINT}`;
const WORDED = String.raw`\b(?:${WORDS})|${PHRASES}|[${MARKS}]`;
/** A fullwidth Latin letter (U+FF21-U+FF3A, U+FF41-U+FF5A). */
const FULLWIDTH_LETTER = /[\uff21-\uff3a\uff41-\uff5a]/;

/**
 * The fast path's search also lets through a fullwidth Latin letter: a label typed in full-width
 * mode (`ｍｙ ｎａｍｅ ｉｓ`, `ｗｘ：`) is read in the text's folded view (see `percent-view.ts`).
 */
const WORDED_HINT = new RegExp(`${WORDED}|${FULLWIDTH_LETTER.source}`, "i");
/**
 * The same, and the labels of values with digits: an identifier's before white space, a
 * birthday's, a passport's or a card's; a coordinate pair, or coordinates with their own marks
 * (`POINT(`, `59.9139N`, `59°54'`); a mailbox provider's domain after `#`
 * or `at`, `点com`; a Chinese road and its door number; a street type or a street word before a
 * number; a Japanese, Thai, Vietnamese or Indian address's marks.
 */
const HINT = new RegExp(
  String.raw`\b(?:${WORDS}|${LABELLED_ID_HINT}|${LABELLED_NUMBER_WORDS})|${PHRASES}|${LABELLED_BIRTHDAY_HINT}|${COORDINATE_PAIR_HINT}|${WRITTEN_COORDINATE_HINT}|${BANK_CARD_HINT}|${OTHER_SCRIPT_NUMBER_HINT}|${OBFUSCATED_EMAIL_HINT}|${CHINESE_ADDRESS_HINT}|${STREET_ADDRESS_HINT}|${ASIAN_ADDRESS_HINT}|${LOOKALIKE_NUMBER_HINT}|[${MARKS}${LABELLED_NUMBER_MARKS}]`,
  "i",
);

/**
 * A space other than U+0020 and U+00A0 (thin, ideographic, em...), or an invisible character
 * (zero-width space and joiners, soft hyphen, word joiner, BOM): what `foldTypography` folds to a
 * space or removes (its `isSpaceVariant` and `isInvisible`, but the no-break space, which the
 * readers take as written).
 */
const SPACE_OR_INVISIBLE = /[\u1680\u2000-\u200d\u202f\u205f\u3000\u00ad\u180e\u2060\ufeff]/;

/**
 * True when `text` holds a space variant or an invisible character, which the readers find only
 * in the text's folded view (`Astrid\u2009Solberg`, `Astrid \u200bSolberg`: session 16, a red
 * team's round 5), like {@link hasFullwidthLetter}.
 */
export function hasSpaceVariant(text: string): boolean {
  return SPACE_OR_INVISIBLE.test(text);
}

/**
 * True when `text` holds a fullwidth Latin letter: a label typed in full-width mode (`ｗｘ：`,
 * `ＱＱ：`, `ｍｙ ｎａｍｅ ｉｓ`), which the readers find only in the text's folded view (session 14).
 * Chinese punctuation (`，` `：`) is fullwidth too, and common: a second reading of every Chinese
 * text for it would find nothing new.
 */
export function hasFullwidthLetter(text: string): boolean {
  return FULLWIDTH_LETTER.test(text);
}

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
  return text.length < 4 || !HINT.test(text) ? null : readProse(text);
}

/**
 * Every prose reader's spans in `text`, sorted, `null` when none, without the first search
 * {@link findProseSpans} makes (for the test that the search never hides a span).
 */
export function readProse(text: string): EngineSpan[] | null {
  const found = [
    findIntroducedNames(text),
    findCopulaNames(text),
    findVietnameseTitledNames(text),
    findDeviceOwnerNames(text),
    findHomeDirectoryNames(text),
    findScriptIntroductions(text),
    findObfuscatedEmails(text),
    findLabelledIds(text),
    findLabelledBirthdays(text),
    findStatedValues(text),
    findLabelledAccounts(text),
    findChineseAddresses(text),
    findStreetAddresses(text),
    findAsianAddresses(text),
    findSpelledNumbers(text),
    findLookalikeNumbers(text),
    findWrittenCoordinates(text),
    findWechatIds(text),
  ].filter((spans) => spans !== null);
  if (found.length <= 1) return found[0] ?? null;
  return found.flat().sort((a, b) => a[0] - b[0]);
}
