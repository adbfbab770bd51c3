/**
 * Digits written after a thing's identifier key inside free text (session 17): `room_no=13812345678`
 * in a log line, `a=1;order_id=13812345678` in a query value, `orderNo: 13812345678`,
 * `"order_id":"13812345678"` in a JSON fragment a log message quotes; and after a quantity's key
 * (`bytes_sent=13812345678`, `quantity-keys.ts`), as a member's (see `plain-number-keys.ts`). The same key as a JSON
 * member or a form pair is read as the thing's number (`thing-id-keys.ts`, session 16: structural
 * detectors only), while in text the digits were still taken for a phone number or an IMEI (a red
 * team's round 5, R8: `;room_no=` digits became `[redacted:contact.phone]`). Here a digit-only
 * span (a phone number without `+`, an IMEI: see `isStructuralSpan` in `detectors/index.ts`) is
 * dropped when it lies in such a value, so text reads as the member does.
 *
 * The key is read back from the separator as the key-value reader reads it (`isKeyCode`: letters,
 * digits, `_ - . [ ] $`; at most 64 characters), after an optional quote; the separator is `=`,
 * `=>`, `:` or the fullwidth `：`, with optional white space and an optional quote on either side.
 * The value must be digits alone, from the separator to a character that is no letter, digit or
 * `_`. A key the key table knows (`phone=`, `user_id=`, `phone_no=`) and a key with a person's
 * number word before the thing (`phone_order_no=`, see `namesThingIdentifier`) or a quantity of a
 * person's contact (`phone_count=`, see `namesQuantity`) are read as before;
 * so are digits in groups (`room_no=138 1234 5678`), with a `+`, or after a key written with a
 * space (`Order No: 13812345678`).
 *
 * Session 18 (a red team's round 7, R6: `score: 13812345678 please text me`, `Total: 13812345678`
 * were kept): after a quantity's key the digits are the quantity only when the key is a program's
 * field (`namesQuantityInText`: a measure's word, or two or more words; `Total:` and `price:` alone
 * are a person's labels too) and no request to be called or messaged, nor a messenger's name,
 * follows in their sentence (`total_amount: 13812345678 call me`, `view_count=13812345678，加我微信`).
 * A thing's identifier is read as before whatever follows (`order_no: 13812345678 call me if it is
 * late` names an order).
 *
 * Only spans the finders already found are looked at, each read back at most about 70
 * characters and forward at most 64: nothing is paid on a text without a digit-only span.
 */
import type { CategoryKey } from "@kago/personal-data";
import { isCountUnitAt, isDigitCode } from "@kago/personal-data";
import { KEY_LOOKUP } from "./key-table.js";
import { isKeyCode } from "./named-values.js";
import { namesQuantityInText } from "./quantity-keys.js";
import { namesThingIdentifier } from "./thing-id-keys.js";

const MAX_KEY = 64;

/**
 * The categories of the digit-only finders (`isStructuralSpan`): in a value of digits alone, a
 * phone number is one written without `+`.
 */
const DIGIT_ONLY: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "contact.phone",
  "device.identifier.imei",
]);

/**
 * `spans` (in `text`'s offsets) without the digit-only ones that lie in a thing's identifier
 * value (see the module's comment), as a new array; `null` when none does (`spans` stand).
 */
export function spansOutsideThingIdentifiers<S extends readonly [number, number, CategoryKey, ...unknown[]]>(
  text: string,
  spans: readonly S[],
): S[] | null {
  let kept: S[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as S;
    const drop = DIGIT_ONLY.has(span[2]) && inThingIdentifier(text, span[0], span[1]);
    if (drop && kept === null) kept = spans.slice(0, k);
    else if (!drop && kept !== null) kept.push(span);
  }
  return kept;
}

/** True when `text[start, end)` lies in a digits-only value after a thing's identifier key. */
function inThingIdentifier(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && isDigitCode(text.charCodeAt(from - 1))) from--;
  let to = start;
  while (to < text.length && isDigitCode(text.charCodeAt(to))) to++;
  if (to < end || to === from || isWordCode(text.charCodeAt(to))) return false;
  const keyEnd = separatorBefore(text, from);
  if (keyEnd < 0) return false;
  let keyStart = keyEnd;
  while (keyStart > 0 && isKeyCode(text.charCodeAt(keyStart - 1))) {
    keyStart--;
    if (keyEnd - keyStart > MAX_KEY) return false;
  }
  if (keyStart === keyEnd) return false;
  const key = text.slice(keyStart, keyEnd);
  if (KEY_LOOKUP.lookupKey(key, "") !== null) return false;
  return (
    namesThingIdentifier(key) ||
    (namesQuantityInText(key, isCountUnitAt(text, to)) && !contactFollows(text, to))
  );
}

/** How far after the digits {@link contactFollows} looks, within their sentence. */
const CONTACT_WINDOW = 64;

/**
 * A request to be messaged or called, or a messenger's name (`please text me`, `whatsapp me`,
 * `加微信`, `电话`): after a quantity's digits in the same sentence, it says they are a phone
 * number (session 18, round 7, R6: `total_amount: 13812345678 call me`). The English verbs only
 * with `me` (`call failed`, `text/html` in a log line are no request), and no word glued to a
 * field's `=` or `:`, as its key or its value (`phone=` is the next field of a log line,
 * `pay_type=wechat` a payment's channel).
 */
const CONTACT_AFTER =
  /(?<![\p{L}\p{N}_=:：])(?:(?:call|text|ring|sms|message|dm|whats ?app|wa|ping|msg)[ \t]+me|whats ?app|wechat|weixin|telegram|vx|q ?q)(?![\p{L}\p{N}_=:/])|(?<![=:：])(?:微信|加微|加[vV]|电话|手机|联系|短信|打给|私信)/iu;

/** The end of a sentence or a line: where {@link contactFollows} stops looking. */
const SENTENCE_END = /[\n\r.!?。！？]/;

/** True when {@link CONTACT_AFTER} stands in the sentence after the digits ending at `from`. */
function contactFollows(text: string, from: number): boolean {
  let rest = text.slice(from, from + CONTACT_WINDOW);
  const end = rest.search(SENTENCE_END);
  if (end >= 0) rest = rest.slice(0, end);
  return CONTACT_AFTER.test(rest);
}

/**
 * Where the key before a value starting at `at` ends, read back over an optional quote, white
 * space, the separator (`=`, `=>`, `:`, `：`), white space and the key's closing quote; -1 when no
 * separator stands there.
 */
function separatorBefore(text: string, at: number): number {
  let i = at;
  if (isQuote(text.charCodeAt(i - 1))) i--;
  while (isBlank(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (c === 62 && text.charCodeAt(i - 2) === 61) i -= 2;
  else if (c === 61 || c === 58 || c === 0xff1a) i--;
  else return -1;
  while (isBlank(text.charCodeAt(i - 1))) i--;
  if (isQuote(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A letter, digit or `_`: what a value of digits alone may not run on into. */
function isWordCode(c: number): boolean {
  return (
    isDigitCode(c) ||
    c === 95 ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && LETTER.test(String.fromCharCode(c)))
  );
}

/** A letter of any script. */
const LETTER = /\p{L}/u;

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
