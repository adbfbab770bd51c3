/**
 * Values that a personal key names inside free text: `user_name=Astrid Solberg` in a log line,
 * `User{first_name=Astrid, id=7}`, `"first_name":"Astrid"` in a JSON fragment a log message
 * quotes, `{'nickname': 'astro'}`, `Name: Astrid`, `姓名：张三`. A name has no shape a finder
 * could see; the key written next to it says what it is, as it does for a JSON member.
 *
 * - `key=value`: the key is the run of letters, digits and `_ - . [ ]` before the `=` (from its
 *   first letter, `_` or ideograph; at most 64 characters), looked up like a member's key (words included,
 *   see `KEY_LOOKUP.lookupKey`). A quoted value ends at its closing quote. An unquoted one ends at
 *   `& , ; | "`, a closing bracket, a tab or a line break, and also at a space, except for the
 *   categories written in words ({@link WORDED}: a name, a nickname, an address, an
 *   introduction), which run on to white space before the next `key=`: `Astrid Solberg` is taken
 *   whole, at worst with some words after it (over-redaction, never under); numbers written in
 *   groups ({@link GROUPED}: a phone, an IMEI, an identity or card number), which run on over
 *   a space while another group follows (`Phone: 99 99 99 99`, `(22) 12 34 56`); and a
 *   birthday, which runs on over a space before a digit or a month's name (`DOB: 1 March 1990`,
 *   `April 1, 1990`).
 *   `key=` followed by white space names nothing.
 * - `key = value` (INI, with white space on both sides) and `key => value` (`'name' => 'Astrid'`
 *   in PHP or Ruby, `[name] => Astrid` in PHP's print_r, `:name => "Astrid"`), read as after `=`.
 * - `"key": value` and `'key': value`: the key in quotes, then `:`, then a quoted string or a
 *   number.
 * - `<key>value</key>`: the content of an XML element named by the key, up to the next `<`, which
 *   must close an element (`The <name> is expected in` is a usage line's placeholder; session 13).
 * - `key: value` and `姓名：张三`: an unquoted key before `:` where it opens a field (at a line
 *   start, or after `, ; |` or a bracket: a contact card, `Name: Astrid Solberg` on its own line,
 *   not `reported: ok` in a sentence), where a program wrote it (a key of ideographs, a key with
 *   `_`, `-` or a capital inside, a key after another `key:value`: see `isProgramField`), or
 *   before the fullwidth `：` anywhere (a Chinese label),
 *   then a value read as after `=`. Chinese keys are runs of ideographs (`联系人姓名` ends in
 *   `姓名`, see the key table); the Chinese `，；。、` end a value too.
 *
 * Keys that name a network status, an address or (bare `name`) a name name other things in log
 * lines as often (`connections=17`, `state=closed`, `addr=0x7ffd5a3c`, `name=com.example.app`), so
 * there the value must look the part (`isValueOfKey`).
 *
 * Linear in the text: each `=` and `:` is looked at once per form, keys are read back at most 64
 * characters, and no value is read twice.
 */
import type { CategoryKey } from "@kago/personal-data";
import { HAS_COLON, HAS_EQUALS, HAS_LT, HAS_QUOTE, HAS_VARIANT, isDigitCode } from "@kago/personal-data";
import { canonicalKey } from "./canonical-key.js";
import { KEY_LOOKUP, KEY_TABLE } from "./key-table.js";
import { isValueOfKey } from "./named-value-checks.js";
import type { EngineSpan } from "./percent-view.js";
import { isPlacedValue, LOCATION, placeNameKindOf } from "./place-keys.js";
import { isIdeographCode, isOtherScriptLetterCode } from "./scripts.js";

const MAX_KEY = 64;

/** Categories whose values are written in words, spaces included. */
const WORDED: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "account.profile.name",
  "account.profile.nickname",
  "account.profile.introduction",
  "contact.address",
  "network.operator", // `carrier=China Mobile` (session 13: `Mobile` was left)
]);

/**
 * Categories whose values are written in groups of digits (`Phone: 99 99 99 99`,
 * `IMEI: 35 209900 176148 1`): a space goes on when a digit, `(` or `+` follows it.
 */
const GROUPED: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "contact.phone",
  "device.identifier.imei",
  "identity.national_id",
  "financial.payment_card",
  "financial.bank_account",
]);

/** How an unquoted value of `category` runs on over spaces (see {@link plainValueEnd}). */
function spacing(category: CategoryKey): number {
  if (WORDED.has(category)) return SPACED_WORDS;
  if (GROUPED.has(category)) return SPACED_GROUPS;
  return category === "account.profile.birthday" ? SPACED_DATE : NO_SPACES;
}

const NO_SPACES = 0;
const SPACED_WORDS = 1;
const SPACED_GROUPS = 2;
/** A date: digit groups and month names (`DOB: 1 March 1990`, `April 1, 1990`). */
const SPACED_DATE = 3;

/** An English month's name, or its first three letters, standing alone. */
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}\p{N}])/iuy;

/** True when a month's name starts at `i`. */
function monthFollows(text: string, i: number): boolean {
  MONTH.lastIndex = i;
  return MONTH.test(text);
}

/** True when a text with this profile may name a value (an `=`, a `:`, a fullwidth `：`, or a `<`). */
export function mayNameValues(flags: number): boolean {
  return (flags & (HAS_EQUALS | HAS_COLON | HAS_VARIANT | HAS_LT)) !== 0;
}

/**
 * A character of a key written in text: a letter, digit, ideograph or one of `_ - . [ ] $` (`$` as
 * Sensors Data and Mixpanel prefix their user properties, `{"$first_name":"Jane"}`; session 13).
 * Since session 14 a letter of another script too (`이름: 김민수`, `Имя: Иван`).
 */
export function isKeyCode(c: number): boolean {
  return (
    c === 36 ||
    isIdeographCode(c) ||
    isOtherScriptLetterCode(c) ||
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c === 91 ||
    c === 93
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/** `:` or the fullwidth `：` Chinese text writes. */
function isColon(c: number): boolean {
  return c === 58 || c === 0xff1a;
}

/**
 * Meta's two-letter `user_data` keys (e-mail, phone, first and last name, date of birth, gender,
 * city, state, postcode): keys of a JSON member or of a quoted one, but written bare in a log line
 * or as an element's name they are something else (`db=orders`, `fn=handleRequest ln=42`: a
 * database, a function, a line; session 12; `<em>Save</em>` is HTML's emphasis, `st=3` a status;
 * session 13).
 */
const BARE_NOT_KEYS: ReadonlySet<string> = new Set(["em", "ph", "fn", "ln", "db", "ge", "ct", "st", "zp"]);

/**
 * The category a key written in text names, or `null`; `bare`: the key is written without quotes
 * or brackets (`key=value`, `key: value`), where Meta's two-letter keys name nothing.
 */
export function categoryOf(text: string, start: number, end: number, bare = false): CategoryKey | null {
  // the category in the engine's own placeholder (`[redacted:contact.email]=`) is not a key
  if (start >= 10 && text.startsWith("[redacted:", start - 10)) return null;
  // a key starts at its first letter, `_` or ideograph: `[手机号=>`, `9.name=`
  let from = start;
  for (; from < end; from++) {
    const c = text.charCodeAt(from);
    if (c === 95 || isLetterCode(c)) break;
  }
  if (from === end) return null;
  if (bare && end - from === 2 && BARE_NOT_KEYS.has(text.slice(from, end).toLowerCase())) return null;
  const key = text.slice(from, end);
  const look = (key.includes("[") ? bracketedLookup(key) : null) ?? KEY_LOOKUP.lookupKey(key, "");
  return look === "hint" ? null : look;
}

/**
 * A key in bracket notation (`data[0][user_data][fn]`, a form-encoded Conversions API event in a
 * log line): its last name looked up under the name before it, as the form reader does (session
 * 12: the whole run `userdatafn` named nothing); `null` when that names nothing.
 */
function bracketedLookup(key: string): CategoryKey | "hint" | null {
  const names = key.split(/[[\]]+/).filter((name) => name !== "" && !/^\d+$/.test(name));
  const last = names.at(-1);
  if (last === undefined || names.length < 2) return null;
  return KEY_LOOKUP.lookupKey(last, canonicalKey(names.at(-2) as string));
}

/** The start of the key run that ends at `end`, or -1 when there is none or it is too long. */
function keyStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isKeyCode(text.charCodeAt(i - 1))) {
    i--;
    if (end - i > MAX_KEY) return -1;
  }
  return i === end ? -1 : i;
}

/** The end of a quoted string whose opening quote `q` is at `open`: its closing quote, or the text's end. */
function closingQuote(text: string, open: number, q: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === q) return i;
  }
  return text.length;
}

/** True when a value read as `spaced` (see {@link plainValueEnd}) goes on past a space, before `i`. */
function spaceGoesOn(text: string, i: number, spaced: number): boolean {
  if (spaced === SPACED_WORDS) return !nextPairAt(text, i);
  if (spaced === SPACED_GROUPS) return groupFollows(text, i);
  if (spaced === SPACED_DATE) return isDigitCode(text.charCodeAt(i)) || monthFollows(text, i);
  return false;
}

/** True when another group of a number starts at `i`: a digit, or `(` or `+` before one. */
function groupFollows(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || ((c === 40 || c === 43) && isDigitCode(text.charCodeAt(i + 1)));
}

/**
 * True when a `key=` or `key:` follows white space at `i`; the engine's own placeholder
 * (`[redacted:contact.phone]`) is none, so a value reads the same before and after a first pass
 * (a property found `name：my wechat is 4539 ...` read to its end, then only to `is`; session 13).
 */
function nextPairAt(text: string, i: number): boolean {
  if (placeholderEnd(text, i) !== -1) return false;
  let k = i;
  while (k < text.length && isKeyCode(text.charCodeAt(k)) && k - i <= MAX_KEY) k++;
  const c = text.charCodeAt(k);
  return k > i && (c === 61 || isColon(c));
}

/**
 * The end of an unquoted value that starts at `start`. `spaced`: how it runs on over a space:
 * words run on to the next `key=`, digit groups while a digit, `(` or `+` follows the space.
 */
function plainValueEnd(text: string, start: number, spaced: number, limit = text.length): number {
  let i = start;
  let open = 0; // brackets a number opened: `(22) 12 34 56`, `+47 (0)22 12 34 56`
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    // the engine's placeholder is read whole: its `]` ends no value (redacting twice equals once)
    if (c === 91) {
      const placeholder = placeholderEnd(text, i);
      if (placeholder > 0) {
        i = placeholder - 1;
        continue;
      }
    }
    // `April 1, 1990`: a date's comma before its year goes on
    if (
      c === 44 &&
      spaced === SPACED_DATE &&
      text.charCodeAt(i + 1) === 32 &&
      isDigitCode(text.charCodeAt(i + 2))
    )
      continue;
    // `"` closes the string the pair is quoted in (`url="...?user_name=Astrid" status=200`; no
    // name or address holds one; session 13, a URL in a log line lost its closing quote)
    if (c === 38 || c === 44 || c === 59 || c === 124 || c === 93 || c === 125 || c === 34) break;
    if (c === 40 && spaced === SPACED_GROUPS) open++;
    if (c === 41) {
      if (open === 0) break;
      open--;
    }
    if (c === 10 || c === 13 || c === 9) break;
    if (c === 0xff0c || c === 0xff1b || c === 0x3002 || c === 0x3001) break; // ，；。、
    if ((c === 32 || c === 0x3000) && !spaceGoesOn(text, i + 1, spaced)) break;
  }
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The end of an unquoted value of `category` that starts at `start`, read as after `key=` (see the
 * module note) but not past `limit`: how a sentence's stated value runs too (`stated-values.ts`).
 */
export function namedValueEnd(text: string, start: number, category: CategoryKey, limit: number): number {
  return plainValueEnd(text, start, spacing(category), Math.min(limit, text.length));
}

/** The shortest code a place's key is read with (a geohash of six characters: 1.2 km). */
const MIN_PLACE_CODE = 6;

/**
 * Reads the value after the key `[key, keyEnd)` that names no category of the key table but a
 * place (session 19, a red team's round 8, R5): a geohash, a plus code or an encoded polyline after
 * its name in a logged URL or a log line (`/nearby?geohash=wx4g0bm9x&r=500`, `loc=wx4g0bm9x`,
 * `plus_code=8FVC9G8F+6X`, `polyline=_p~iF~ps|U_ulLnnqC`), judged by the rule a form body's or a
 * query's pair is (`isPlacedValue` of `place-keys.ts`), so the same key reads the same in a JSON
 * member, a form and text. The value starts at `from` (one white space allowed after a colon)
 * and runs to white space, a quote or `&`: a polyline's alphabet holds `| ] } , ;`'s neighbours,
 * so a value cut at `plainValueEnd` is tried too. Pushes the span and returns where it ends, or -1.
 */
function placedValue(text: string, key: number, keyEnd: number, from: number, out: EngineSpan[]): number {
  const kind = placeNameKindOf(text.slice(key, keyEnd));
  if (kind === 0) return -1;
  let start = from;
  if (isSpace(text.charCodeAt(start)) && text.charCodeAt(from - 1) !== 61) start++;
  const q = text.charCodeAt(start);
  if (q === 34 || q === 39) start++;
  // no code holds `=` (a polyline's alphabet starts at `?`): the scan stops at the next pair, so
  // a run of pairs (`a=a=a=...`, `loc=loc=...`) is read in one pass, not once per `=`
  let end = start;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c <= 32 || c === 34 || c === 38 || c === 39 || c === 61 || c > 126) break;
  }
  if (end - start < MIN_PLACE_CODE) return -1;
  if (!isPlacedValue(kind, text.slice(start, end))) {
    end = plainValueEnd(text, start, NO_SPACES, end);
    if (end - start < MIN_PLACE_CODE || !isPlacedValue(kind, text.slice(start, end))) return -1;
  }
  out.push([start, end, LOCATION]);
  return end;
}

/** Spans of the values named by `key=`; none starts before `floor` or inside another. */
function equalsPairs(text: string, out: EngineSpan[]): void {
  let floor = 0;
  for (let eq = text.indexOf("="); eq !== -1; eq = text.indexOf("=", eq + 1)) {
    if (eq < floor) continue;
    const after = text.charCodeAt(eq + 1);
    const before = text.charCodeAt(eq - 1);
    // `==`, `!=`, `<=`, `>=` compare; `=>` maps (PHP, Ruby, print_r)
    if (after === 61 || before === 61 || before === 33 || before === 60 || before === 62) continue;
    const arrow = after === 62;
    let keyEnd = eq;
    while (keyEnd > floor && isSpace(text.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = arrow ? arrowKey(text, keyEnd) : keyStart(text, keyEnd);
    if (key < floor) continue;
    const category = arrow
      ? categoryOf(text, key, keyEnd - closerLength(text, keyEnd))
      : categoryOf(text, key, keyEnd, true);
    if (category === null) {
      // `?geohash=wx4g0bm9x&r=500`, `plus_code=8FVC9G8F+6X`: a place's code (session 19)
      if (!arrow && keyEnd === eq) floor = Math.max(floor, placedValue(text, key, keyEnd, eq + 1, out));
      continue;
    }
    let from = eq + (arrow ? 2 : 1);
    // `key= value` names nothing (logfmt); `key = value` (INI) and `key => value` do
    if (isSpace(text.charCodeAt(from))) {
      if (!arrow && keyEnd === eq) continue;
      while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    }
    const q = text.charCodeAt(from);
    const quoted = q === 34 || q === 39;
    const end = quoted ? closingQuote(text, from, q) : plainValueEnd(text, from, spacing(category));
    const keyText = text.slice(key, arrow ? keyEnd - closerLength(text, keyEnd) : keyEnd);
    const tag = arrow ? -1 : nameAttributeTag(text, key, keyText);
    if (tag !== -1) {
      // an element's `name` is the element's: a form field's names its value, others nothing
      if (FIELD_TAG.test(text.slice(tag, tag + 10)))
        fieldValue(text, tag, key, text.slice(quoted ? from + 1 : from, end), out);
      continue;
    }
    floor = pushValue(text, quoted ? from + 1 : from, end, category, out, keyText, quoted);
  }
}

/** The longest tag read around a `name=` attribute. */
const MAX_TAG = 512;

/** A form field's tag: what an HTML form names a field with `name=` in. */
const FIELD_TAG = /^<(?:input|select|textarea|meta|param|option|button)\b/i;

/**
 * Where the tag opens whose `name=` attribute is at `key` (`<a name="team">`, `<input
 * name="email" value="...">`, `<meta name="author" content="...">`), or -1 when `keyText` is no
 * `name` inside a tag: an element's name is the element's, not a person's (session 13: a red-team
 * probe found `<input name="fullname" value="Jane Doe">` losing `fullname` and keeping `Jane Doe`;
 * README anchors lost theirs).
 */
function nameAttributeTag(text: string, key: number, keyText: string): number {
  if (keyText.toLowerCase() !== "name") return -1;
  // back to the tag's `<`, at most 512 characters (a text of many `name=` reads each once)
  let open = key - 1;
  while (open >= 0 && key - open <= MAX_TAG && text.charCodeAt(open) !== 60) {
    if (text.charCodeAt(open) === 62) return -1;
    open--;
  }
  if (open < 0 || key - open > MAX_TAG) return -1;
  const c = text.charCodeAt(open + 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? open : -1;
}

/** A tag's `value="..."` or `content="..."` attribute: the quoted value in group 1 or 2. */
const FIELD_VALUE = /\b(?:value|content)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')/iy;

/**
 * Pushes the `value` (or `content`) of the form field whose tag opens at `tag` and holds `name=` at
 * `key`, when the field's name `field` is a personal key (`<input name="email" value="a@b.example">`).
 */
function fieldValue(text: string, tag: number, key: number, field: string, out: EngineSpan[]): void {
  const category = categoryOf(field, 0, field.length);
  if (category === null) return;
  let tagEnd = key;
  while (tagEnd < text.length && tagEnd - tag <= MAX_TAG && text.charCodeAt(tagEnd) !== 62) tagEnd++;
  for (let i = tag; i < tagEnd; i++) {
    const c = text.charCodeAt(i);
    if (c !== 118 && c !== 86 && c !== 99 && c !== 67) continue; // `v` or `c`
    FIELD_VALUE.lastIndex = i;
    const m = FIELD_VALUE.exec(text);
    if (m === null || FIELD_VALUE.lastIndex > tagEnd) continue;
    const value = m[1] ?? m[2] ?? "";
    const end = FIELD_VALUE.lastIndex - 1;
    if (value !== "") pushValue(text, end - value.length, end, category, out, field, true);
    return;
  }
}

/** 1 when the key before `end` is closed by a quote or a `]` (`'name' =>`, `[name] =>`), else 0. */
function closerLength(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c === 34 || c === 39 || c === 93 ? 1 : 0;
}

/**
 * The start of the key of `key => value` that ends at `end`: `'name'`, `"name"`, `[name]`
 * (print_r), `:name` (a Ruby symbol) or a bare name; -1 when there is none.
 */
function arrowKey(text: string, end: number): number {
  if (closerLength(text, end) === 0) return keyStart(text, end);
  const closer = text.charCodeAt(end - 1);
  const opener = closer === 93 ? 91 : closer;
  for (let i = end - 2; i >= 0 && end - i <= MAX_KEY + 2; i--) {
    const c = text.charCodeAt(i);
    if (c === opener) return i + 1 < end - 1 ? i + 1 : -1;
    if (!isKeyCode(c) || c === 91 || c === 93) return -1;
  }
  return -1;
}

/** The value of `key: value` or `key：value` from `from` (after the colon), as [start, end]. */
function valueAfterColon(text: string, colon: number, spaced: number): readonly [number, number] {
  let v = colon + 1;
  while (v < text.length && isSpace(text.charCodeAt(v))) v++;
  const q = text.charCodeAt(v);
  if (q === 34 || q === 39) return [v + 1, closingQuote(text, v, q)];
  return [v, plainValueEnd(text, v, spaced)];
}

/**
 * True when a `key:` starting at `start` opens a field: at the start of the text or of a line, or
 * after `, ; |` or an opening bracket (white space between allowed). `reported: ok` in the middle
 * of a sentence is prose, not a field; a quoted key is {@link quotedMembers}' case.
 */
function opensField(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return (
    c === 10 ||
    c === 13 ||
    c === 44 ||
    c === 59 ||
    c === 124 ||
    c === 123 ||
    c === 40 ||
    c === 91 ||
    // after a Chinese character or punctuation (no spaces there), not after a word of Hangul or
    // kana: `필드 이름:` is a field's name, not a field (session 14)
    (c >= 0x3000 && !isOtherScriptLetterCode(c))
  );
}

/**
 * True when the `key:` at `[start, colon)` in the middle of a line is a program's field, not a
 * sentence's word (session 13, found in log lines): a key of ideographs (`ok 姓名:王芳`), a key
 * written as code writes one (`login success userId: 1008611`, `X-User-Id: 1008611`, `wx
 * openid_v2: ...`: a `_` or `-`, or a capital after a small letter), or a key after another field
 * or a label (`{ID:42 Name:Jane Doe}`, Go's `%+v`; `WifiInfo: SSID: "HomeNet"`, Android's).
 */
function isProgramField(text: string, start: number, colon: number): boolean {
  if (isIdeographCode(text.charCodeAt(start))) return true;
  for (let i = start + 1; i < colon; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 || c === 45) return true;
    const before = text.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && before >= 97 && before <= 122) return true;
  }
  return followsField(text, start);
}

/**
 * True when the word before white space at `start` is a `key:value` field (`ID:42 Name:`) or a
 * label (`WifiInfo: SSID: "HomeNet"`).
 */
function followsField(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let i = end;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1)) && end - i <= MAX_KEY) i--;
  const colon = text.indexOf(":", i);
  const first = text.charCodeAt(i);
  const letter =
    (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 123 || first === 38;
  return letter && colon > i && colon < end;
}

/**
 * Possessives that may stand before a name's key (`Mein Name: Anna`, `my name: Astrid`; session
 * 14): the field opens before them.
 */
const POSSESSIVE =
  /^(?:my|our|his|her|your|mi|mis|tu|su|meu|minha|mon|ma|mein|meine|unser|unsere|мой|моя|моё|мое|मेरा|मेरी)$/i;

/**
 * The start of the word before `start`, one space or tab between them, or -1; a word starts with
 * a letter (`- MAC: AEAD`, a list's bullet, is no word of a key).
 */
function wordBefore(text: string, start: number): number {
  const space = start - 1;
  if (space <= 0 || !isSpace(text.charCodeAt(space))) return -1;
  let i = space;
  while (i > 0 && isKeyCode(text.charCodeAt(i - 1)) && space - i < MAX_KEY) i--;
  return i === space || !isLetterCode(text.charCodeAt(i)) ? -1 : i;
}

/** A letter of a key's word: ASCII, an ideograph, or another script's. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isIdeographCode(c) || isOtherScriptLetterCode(c);
}

/**
 * The key of the colon at `colon` written in two or three words where its first opens a field
 * (`Full name: Astrid`, `Date of birth:`, `Địa chỉ:`, `Số điện thoại:`, looked up as the key
 * table reads `full_name`), or a name's key after a possessive that opens it (`Mein Name: Anna`):
 * its start and category, or `null` (session 14: `Full name: Astrid Solberg` on its own line was
 * kept, the key read as `name` after a word).
 */
function keyOfWords(text: string, start: number, colon: number): [number, CategoryKey] | null {
  // every word a word (`nie [:space:]` names nothing), the last one a key's last (one lookup:
  // this runs at every colon no key names, `user erik reported: ...` in each log line)
  if (
    !isLetterCode(text.charCodeAt(start)) ||
    !LAST_WORDS_OF_KEYS.has(canonicalKey(text.slice(start, colon)))
  )
    return null;
  let first = start;
  for (let words = 2; words <= 3; words++) {
    first = wordBefore(text, first);
    if (first < 0) return null;
    if (!opensField(text, first)) continue;
    if (words === 2 && POSSESSIVE.test(text.slice(first, start - 1))) {
      // a name only: `my address: unknown` is a sentence as often, and the finders read addresses
      const category = categoryOf(text, start, colon, true);
      return category === "account.profile.name" || category === "account.profile.nickname"
        ? [start, category]
        : null;
    }
    // a sentence's words before a key name no key (`the user name: is required`)
    let firstEnd = first;
    while (!isSpace(text.charCodeAt(firstEnd))) firstEnd++;
    if (SENTENCE_WORD.test(text.slice(first, firstEnd))) return null;
    const category = categoryOf(text, first, colon, true);
    // a date of birth's label of words is `labelled-birthdays.ts`'s, which reads the date whole
    // (`Ngày sinh: ngày 1 tháng 4 năm 1990`, "day 1 month 4")
    if (category === "account.profile.birthday") return null;
    if (category !== null) return [first, category];
  }
  return null;
}

/**
 * The last words of the key table's keys of several words (`full_name`, `date_of_birth`,
 * `địa_chỉ`, `emergency_contact`): the only words a key of words ends in.
 */
const LAST_WORDS_OF_KEYS: ReadonlySet<string> = new Set(
  KEY_TABLE.flatMap((row) =>
    row.names
      .filter((name) => name.includes("_"))
      .map((name) => canonicalKey(name.slice(name.lastIndexOf("_") + 1))),
  ),
);

/** Words that start a sentence about a field, not a field's key of words. */
const SENTENCE_WORD =
  /^(?:the|a|an|this|that|these|those|enter|invalid|missing|wrong|required|no|new|old|its|their|of|for|in|and|or|if|is)$/i;

/**
 * Spans of the values of `key: value` (a field: see {@link opensField}) and `姓名：张三` (a fullwidth
 * colon, anywhere): an unquoted key before a colon.
 */
function colonPairs(text: string, fullwidth: boolean, out: EngineSpan[]): void {
  let floor = 0;
  let ascii = text.indexOf(":");
  let wide = fullwidth ? text.indexOf("\uff1a") : -1;
  while (ascii !== -1 || wide !== -1) {
    const colon = wide === -1 || (ascii !== -1 && ascii < wide) ? ascii : wide;
    if (colon === ascii) ascii = text.indexOf(":", colon + 1);
    else wide = text.indexOf("\uff1a", colon + 1);
    if (colon < floor) continue;
    let start = keyStart(text, colon);
    if (start < floor) continue;
    let category: CategoryKey | null = null;
    if (text.charCodeAt(colon) !== 58 || opensField(text, start) || isProgramField(text, start, colon))
      category = categoryOf(text, start, colon, true);
    if (category === null) {
      // `Full name: Astrid`, `Địa chỉ: ...`, `Mein Name: Anna`: a key of words (session 14)
      const wider = keyOfWords(text, start, colon);
      if (wider === null || wider[0] < floor) {
        // `geohash: wx4g0bm9x`: a place's code where a field opens (session 19)
        if (text.charCodeAt(colon) !== 58 || opensField(text, start) || isProgramField(text, start, colon))
          floor = Math.max(floor, placedValue(text, start, colon, colon + 1, out));
        continue;
      }
      [start, category] = wider;
    }
    const [from, end] = valueAfterColon(text, colon, spacing(category));
    const quoted = from > 0 && (text.charCodeAt(from - 1) === 34 || text.charCodeAt(from - 1) === 39);
    floor = Math.max(pushValue(text, from, end, category, out, text.slice(start, colon), quoted), colon + 1);
  }
}

const PLACEHOLDER = /\[redacted:[a-z_.]+\]/y;

/**
 * The end of the engine's own placeholder (`[redacted:account.profile.name]`) when one starts at
 * `from`, else -1. A value already redacted is not a value: redacting twice equals once.
 */
function placeholderEnd(text: string, from: number): number {
  PLACEHOLDER.lastIndex = from;
  return PLACEHOLDER.test(text) ? PLACEHOLDER.lastIndex : -1;
}

/** Pushes the span `[from, end)` unless it is empty or the engine's placeholder; returns where the value ends. */
function pushValue(
  text: string,
  from: number,
  end: number,
  category: CategoryKey,
  out: EngineSpan[],
  key: string,
  quoted: boolean,
): number {
  const done = placeholderEnd(text, from);
  if (done !== -1) return Math.max(done, end);
  if (end > from && isValueOfKey(key, category, text.slice(from, end), quoted))
    out.push([from, end, category]);
  return end;
}

/**
 * Spans of the text content of `<key>value</key>` (an XML or SOAP fragment in a log line): the
 * element's name is the key, its content up to the next `<` the value. Attributes are `key="..."`
 * pairs, found by {@link equalsPairs}.
 */
function xmlElements(text: string, out: EngineSpan[]): void {
  let floor = 0;
  for (let lt = text.indexOf("<"); lt !== -1; lt = text.indexOf("<", lt + 1)) {
    if (lt < floor) continue;
    let end = lt + 1;
    while (end < text.length && isKeyCode(text.charCodeAt(end)) && end - lt <= MAX_KEY) end++;
    const c = text.charCodeAt(end);
    if (end === lt + 1 || !(c === 62 || isSpace(c))) continue; // `<key>` or `<key attr=...>`
    const category = categoryOf(text, lt + 1, end, true);
    if (category === null) continue;
    const open = text.indexOf(">", end);
    if (open === -1) return;
    const close = text.indexOf("<", open + 1);
    // an element, not a placeholder of a usage line (`The <name> is expected`, `-c <name>=<value>`)
    if (close === -1 || text.charCodeAt(close + 1) !== 47) continue;
    const from = open + 1;
    floor = pushValue(text, from, close, category, out, text.slice(lt + 1, end), false);
  }
}

/** The end of a JSON number at `i`, or `i`. */
function numberEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69) k++;
    else break;
  }
  return k;
}

/** Spans of the values of `"key": value` and `'key': value`. */
function quotedMembers(text: string, out: EngineSpan[]): void {
  let floor = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    if (colon < floor) continue;
    let close = colon - 1;
    while (close >= 0 && isSpace(text.charCodeAt(close))) close--;
    const q = text.charCodeAt(close);
    if (q !== 34 && q !== 39) continue;
    const start = keyStart(text, close);
    if (start < 1 || text.charCodeAt(start - 1) !== q) continue;
    const category = categoryOf(text, start, close);
    if (category === null) {
      // `"geohash": "wx4g0bm9x"` in a quoted document (session 19)
      floor = Math.max(floor, placedValue(text, start, close, colon + 1, out));
      continue;
    }
    let v = colon + 1;
    while (v < text.length && isSpace(text.charCodeAt(v))) v++;
    const vq = text.charCodeAt(v);
    const from = vq === 34 || vq === 39 ? v + 1 : v;
    const end = from === v ? numberEnd(text, v) : closingQuote(text, v, vq);
    floor = Math.max(
      pushValue(text, from, end, category, out, text.slice(start, close), from !== v),
      colon + 1,
    );
  }
}

/** The spans of values named by a personal key in `text` (see the module note), sorted; `null` when none. */
export function findNamedValues(text: string, flags: number): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  if ((flags & HAS_EQUALS) !== 0) equalsPairs(text, out);
  if ((flags & HAS_QUOTE) !== 0 && (flags & HAS_COLON) !== 0) quotedMembers(text, out);
  if ((flags & (HAS_COLON | HAS_VARIANT)) !== 0) colonPairs(text, (flags & HAS_VARIANT) !== 0, out);
  if ((flags & HAS_LT) !== 0) xmlElements(text, out);
  if (out.length === 0) return null;
  out.sort((a, b) => a[0] - b[0]);
  return out;
}
