/**
 * Values a sentence states after a personal label and a copula, as people write them in a chat:
 * `我的银行卡号是6217000000000000004`, `我的微信号是astrid_wx，加我`, `护照号为E12345678`,
 * `my wechat is astrid_wx`, `my passport number is E12345678`, `my phone is 7700 900123`. With
 * `=` or `:` between label and value, `named-values.ts` reads them already; a label in a sentence
 * has neither.
 *
 * Read:
 * - Chinese and Japanese: a label of ideographs, katakana or Latin letters (at most 16 characters
 *   back from the copula, so `我的银行卡号` ends in the table's `银行卡号`) directly before `是`,
 *   `为`, `為` or `は`, then the value (white space between allowed). The copulas are searched
 *   for and the labels read back from them.
 * - English, Spanish, Portuguese, French and German: a possessive (`my`, `your`, `mi`, `meu`,
 *   `mon`, `mein`...), a label of one to four words (`wechat`, `passport number`, `número de
 *   teléfono`), then `is`, `was`, `es`, `era`, `é`, `est`, `ist` or `war`, then the value. The
 *   label's words joined by `_` are looked up, else its last word, else its first. A bare
 *   `number` (`número`, `numéro`, `nummer`) names a phone with seven digits or more (`my number
 *   is 09876543210`; session 14).
 * The label is looked up like a member's key (`KEY_LOOKUP`; a hint names nothing). The value runs
 * as a named value of its category does (`namedValueEnd`: a phone's digit groups, an address's
 * words, up to `，。,;` or a line's end), at most 256 characters; a number's or a handle's ends
 * before the first character outside ASCII (`TZ1234567です`).
 *
 * A sentence says more than a field does (`my phone is broken`, `手机是新的`), so the value must
 * look like what the label names: a number (phone, IMEI, identity or card number, birthday) starts
 * with a digit, `+` or `(`, or is a Hong Kong or Taiwan identity card number (`my HKID is
 * A1234563`); an account handle (WeChat, QQ) or a passport number is one token of
 * letters, digits, `_`, `.` and `-` with a digit, `_` or `-` in it (after a Chinese copula, any such
 * token of five or more characters: a handle glued to `是` is one); an address holds a digit or a
 * Chinese place word (`省市区县路街号`); any other category (a device identifier) holds a digit.
 * Names, nicknames and introductions are left to `introduced-names.ts` (`my name is`, `我叫`,
 * `我的名字是`), e-mail addresses to the finders.
 */
import { type CategoryKey, isHongKongId, isTaiwanId } from "@kago/personal-data";
import { KEY_LOOKUP } from "./key-table.js";
import { namedValueEnd } from "./named-values.js";
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode, isKatakanaCode, isLatinLetterCode } from "./scripts.js";

/** Possessives: English, Spanish, Portuguese, French and German. */
const POSSESSIVES =
  "my|our|his|her|their|your|mi|mis|su|sus|tu|meu|minha|seu|sua|mon|ma|son|sa|mein|meine|sein|seine|ihr|ihre";

/** What every stated value holds, for the prose search: a possessive at a word's start... */
export const STATED_VALUE_WORDS = POSSESSIVES;
/** ...or a copula of Chinese or Japanese. */
export const STATED_VALUE_MARKS = "是为為は";

/** A Chinese or Japanese copula: its label is read back from it (searching labels first would try every ideograph). */
const COPULA = /[是为為は]/g;

/** A character of a Chinese or Japanese label: an ideograph, katakana (`ー` too) or a Latin letter. */
function isLabelCode(c: number): boolean {
  return isIdeographCode(c) || isKatakanaCode(c) || isLatinLetterCode(c);
}

/** A possessive, a label of one to four words and a copula, in one of five languages. */
const SENTENCE = new RegExp(
  String.raw`\b(?:${POSSESSIVES})\s+(\p{L}+(?:[ _-]\p{L}+){0,3}?)\s+(?:is|was|es|era|é|est|ist|war)\s+`,
  "giu",
);

/**
 * A number named by no other word: `my number is 09876543210` gives a phone number in a chat (an
 * order's or a ticket's number is named: `my order number is`). Its value needs seven digits
 * (see {@link looksLike}).
 */
const BARE_NUMBER = /^(?:number|n[uú]mero|numéro|nummer)$/i;

/** Categories a sentence's label is left to other readers for. */
const LEFT_TO_OTHERS: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "account.profile.name",
  "account.profile.nickname",
  "account.profile.introduction",
  "contact.email",
]);

/** Categories written as numbers: their value starts with a digit, `+` or `(`. */
const NUMBERS: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "contact.phone",
  "device.identifier.imei",
  "identity.national_id",
  "financial.payment_card",
  "account.profile.birthday",
]);

/** Categories written as one token, a handle or a document number. */
const TOKENS: ReadonlySet<CategoryKey> = new Set<CategoryKey>(["contact.messenger", "identity.passport"]);

const TOKEN = /^[A-Za-z0-9_.-]+$/;
const MARKED_TOKEN = /[0-9_-]/;
const DIGIT = /[0-9]/;
const SEVEN_DIGITS = /(?:[0-9][^0-9]*){7}/;
const CHINESE_PLACE = /[0-9省市区县路街号]/;

/** True when `value`, stated for `category`, looks like one (see the module note). */
function looksLike(category: CategoryKey, value: string, chinese: boolean, bare: boolean): boolean {
  // Hong Kong's and Taiwan's identity card numbers start with a letter
  if (category === "identity.national_id" && (isHongKongId(value) || isTaiwanId(value))) return true;
  if (NUMBERS.has(category)) {
    const c = value.charCodeAt(0);
    return ((c >= 48 && c <= 57) || c === 43 || c === 40) && (!bare || SEVEN_DIGITS.test(value));
  }
  if (TOKENS.has(category))
    return TOKEN.test(value) && (MARKED_TOKEN.test(value) || (chinese && value.length >= 5));
  if (category === "contact.address") return chinese ? CHINESE_PLACE.test(value) : DIGIT.test(value);
  if (category === "account.profile.gender") return value.length <= 16;
  return DIGIT.test(value);
}

/**
 * The most characters a stated value is read over: a sentence's address or handle is shorter, and
 * a text of labels (`my address is my address is ...`) costs linear time, not quadratic.
 */
const MAX_VALUE = 256;

/**
 * The category a sentence's label names: its words joined (`passport_number`, `我的银行卡号`),
 * else its last word or its first (`número de teléfono` names a phone by `teléfono`).
 */
function labelCategory(words: string[]): CategoryKey | null {
  if (words.length === 1 && BARE_NUMBER.test(words[0] as string)) return "contact.phone";
  for (const label of [words.join("_"), words[words.length - 1], words[0]]) {
    const category = label === undefined ? null : KEY_LOOKUP.lookupKey(label, "");
    if (category !== null && category !== "hint") return category;
  }
  return null;
}

/** The end of a number's or a token's value: before the first character outside ASCII (`です`). */
function asciiEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) > 127) return i;
  return end;
}

/** Pushes the span of the value stated from `from` under the label `words`, when it is one. */
function pushStated(text: string, words: string[], from: number, chinese: boolean, out: EngineSpan[]): void {
  const category = labelCategory(words);
  if (category === null || LEFT_TO_OTHERS.has(category)) return;
  // a value already redacted is no value: redacting twice equals once
  if (text.startsWith("[redacted:", from)) return;
  let end = namedValueEnd(text, from, category, from + MAX_VALUE);
  if (TOKENS.has(category) || (NUMBERS.has(category) && category !== "account.profile.birthday"))
    end = asciiEnd(text, from, end);
  const bare = words.length === 1 && BARE_NUMBER.test(words[0] as string);
  if (end > from && looksLike(category, text.slice(from, end), chinese, bare))
    out.push([from, end, category]);
}

/** The values stated after a personal label in `text` (see the module note), sorted; `null` when none. */
export function findStatedValues(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  COPULA.lastIndex = 0;
  for (let m = COPULA.exec(text); m !== null; m = COPULA.exec(text)) {
    const copula = m.index;
    let start = copula;
    while (start > 0 && copula - start < 16 && isLabelCode(text.charCodeAt(start - 1))) start--;
    if (start === copula) continue;
    let from = copula + 1;
    while (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9) from++;
    pushStated(text, [text.slice(start, copula)], from, true, out);
  }
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text))
    pushStated(text, (m[1] as string).split(/[ _-]/), m.index + m[0].length, false, out);
  if (out.length === 0) return null;
  out.sort((a, b) => a[0] - b[0]);
  return out;
}
