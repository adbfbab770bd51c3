/**
 * The value detectors as one entry point, built on the predicates and span finders of
 * `@kago/personal-data`. Strong detectors run on every string value; weak ones only under a
 * hinting key; span finders look inside free text. A cheap character-class summary
 * ({@link charFlags}, also computed by the JSON scanner while it scans) decides which detectors
 * can possibly match, so most strings cost no detector call at all; the same profile tells
 * `findInText` which finders to run.
 */
import {
  type CategoryKey,
  findInText,
  HAS_AT,
  HAS_COLON,
  HAS_DIGIT,
  HAS_DOT,
  HAS_PLUS,
  isAndroidId,
  isCoordinatePair,
  isEmail,
  isGroupedPaymentCardAt,
  isGuid,
  isIban,
  isImei,
  isImsi,
  isIpv4,
  isIpv6,
  isMac,
  isPhone,
  isPlaceholderValue,
  isResidentId,
  RUN_MAC_DOTTED,
  RUN_MAC_SEPARATED,
  type TextSpan,
  textProfile,
} from "@kago/personal-data";
import { isOneCaseName } from "../one-case-names.js";
import { isPlacedCoordinates } from "../place-keys.js";

/**
 * Character flags of a string, as bits of its {@link textProfile} (one pass gives both these and
 * the finder mask `findInText` needs, so a value is counted once).
 */
export const F_DIGIT = HAS_DIGIT;
export const F_AT = HAS_AT;
export const F_PLUS = HAS_PLUS;
export const F_COLON = HAS_COLON;
export const F_DOT = HAS_DOT;

/** The profile of `s` (character flags and finder mask): what {@link detectStrong} and {@link findTextSpans} take. */
export function charFlags(s: string): number {
  return textProfile(s);
}

/** The profile of `s[start, end)`, equal to `charFlags(s.slice(start, end))`. */
export function rangeFlags(s: string, start: number, end: number): number {
  return textProfile(s, start, end);
}

/**
 * A MAC address may be in the text although it holds no digit, `@` or `:` (`de-ad-be-ef-ca-fe`,
 * `dead.beef.cafe`: about one MAC in 130,000 has no digit): five `-`, or two `.` five apart.
 */
export const F_MAC_SHAPE = RUN_MAC_SEPARATED | RUN_MAC_DOTTED;

/** Flags that make a detector call worthwhile. */
export const DETECTABLE = F_AT | F_DIGIT | F_COLON | F_MAC_SHAPE;

/**
 * The category of a whole string by a strong detector, or `null`: an e-mail address, an
 * international phone number with `+`, a 15-digit IMEI with a valid Luhn digit, a resident
 * identity card number (18 characters, checksummed), a payment card number written in groups
 * (`4539 5787 6362 1486`, Luhn-checked), an IBAN (MOD 97-10 checked), an IPv4 or IPv6 address, a MAC address (also one without
 * a digit), a `geo:` URI or a latitude and longitude pair with four decimals each, in either order
 * (`59.9139,10.7522`, `116.481488,39.990464`), alone or, since session 17, in brackets or a track
 * (`[10.7522,59.9139]`, `isCoordinateList`). Placeholder values (all-zero ids, `127.0.0.1`) are not personal data.
 * With `structuralOnly` (operational fields, URL path segments) the digit-only IMEI is not tried:
 * there a 15-digit number is an id, and only values with a structure of their own count. An
 * identity number is: its province, birth date and check character let through about one
 * 18-digit id in 70,000, an IMEI's check about one 15-digit id in 60.
 */
export function detectStrong(s: string, flags: number, structuralOnly = false): CategoryKey | null {
  if ((flags & DETECTABLE) === 0) return null;
  const n = s.length;
  let found: CategoryKey | null = null;
  if (flags & F_AT) {
    if (isEmail(s)) found = "contact.email";
  } else if (flags & F_DIGIT && s.charCodeAt(0) === 43) {
    if (isPhone(s)) found = "contact.phone";
  } else if (flags & F_COLON) {
    if (n === 17 && isMac(s)) found = "device.identifier.mac";
    else if (isIpv6(s)) found = "network.ip_address";
    else if ((s.charCodeAt(0) | 32) === 103 && isCoordinatePair(s)) found = "location.coordinates";
  } else if (flags & F_DIGIT) {
    if (n === 15 && !structuralOnly && isImei(s)) found = "device.identifier.imei";
    else if (n === 18 && isResidentId(s)) found = "identity.national_id";
    else if (n >= 16 && n <= 23 && isGroupedPaymentCardAt(s, 0, n)) found = "financial.payment_card";
    else if (n >= 15 && n <= 42 && isIban(s)) found = "financial.bank_account";
    else if (flags & F_DOT && n >= 7 && n <= 15 && isIpv4(s)) found = "network.ip_address";
    else if (flags & F_DOT && n >= 13 && isPlacedCoordinates(s, 4)) found = "location.coordinates";
    else if (n === 17 && isMac(s)) found = "device.identifier.mac";
  } else if (flags & F_MAC_SHAPE && (n === 17 || n === 14) && isMac(s)) found = "device.identifier.mac";
  return found !== null && isPlaceholderValue(s) ? null : found;
}

/**
 * The category of a whole string under a hinting key (`device_id`, `contact`, `author`), by a
 * weak detector, or `null`: IMEI, IMSI, resident identity number, MAC, GUID/UUID, Android ID,
 * e-mail, phone in any form, a latitude and longitude pair in either order, or several (a pair in
 * brackets, a track: `isCoordinateList`, session 17); with `names` (a member's or a pair's value, not a token in prose),
 * also a value shaped like a person's name ({@link isNameShaped}).
 */
export function detectWeak(s: string, names = false): CategoryKey | null {
  if (isPlaceholderValue(s)) return null;
  if (isImei(s)) return "device.identifier.imei";
  if (isImsi(s)) return "device.identifier.imsi";
  if (isResidentId(s)) return "identity.national_id";
  if (isMac(s)) return "device.identifier.mac";
  if (isGuid(s)) return "device.identifier.guid";
  if (isAndroidId(s)) return "device.identifier.android_id";
  if (isEmail(s)) return "contact.email";
  if (isPhone(s)) return "contact.phone";
  if (isPlacedCoordinates(s)) return "location.coordinates";
  return names && isNameShaped(s) ? "account.profile.name" : null;
}

/**
 * One to four capitalised words of letters (`Astrid Solberg`, `Ingrid Ødegård-Berg`, `O'Brien`),
 * or two to four ideographs (`张三`): what a person's name looks like under a key that names a
 * person by role (`author`, `owner`, `user`), where an id looks otherwise (`kago_30417`). Not a
 * word in capitals (`ABC`), nor one of the words systems put there for nobody (`System`, `Guest`).
 * Or listed names in one case (`astrid solberg`, `ASTRID`: `one-case-names.ts`, session 19).
 */
function isNameShaped(s: string): boolean {
  if (s.length > 64) return false;
  if (HAN_NAME.test(s)) return true;
  return (CAPITALISED_NAME.test(s) && !NOBODY.has(s.toLowerCase())) || isOneCaseName(s);
}

const CAPITALISED_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
const HAN_NAME = /^\p{sc=Han}{2,4}$/u;
/** Single words that stand for no person where a name could be. */
const NOBODY: ReadonlySet<string> = new Set([
  "admin",
  "administrator",
  "system",
  "guest",
  "anonymous",
  "unknown",
  "root",
  "bot",
  "service",
  "support",
  "none",
  "null",
  "test",
  "user",
  "everyone",
  "nobody",
]);

/**
 * False when no span finder of `findInText` can match in `s` (findInText applies this test, and
 * finer ones per finder, itself; kept as a building block for tools and tests), by counting the characters each one
 * needs at least: an e-mail an `@`; an IPv6 address two `:`; a MAC five `:` or five `-`, or two `.`
 * (dotted form); an IPv4 address three `.`; a phone number 8 digits (`+` and 8), an IMEI 15.
 * Exact: it only skips texts in which every finder would come back empty.
 */
export function mayHoldSpan(s: string): boolean {
  let digits = 0;
  let colons = 0;
  let dots = 0;
  let hyphens = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 64) return true;
    else if (c === 58) colons++;
    else if (c === 46) dots++;
    else if (c === 45) hyphens++;
  }
  return digits >= 8 || colons >= 2 || dots >= 2 || hyphens >= 5;
}

/**
 * True for a span a structural detector found: an e-mail, IP or MAC address, a phone number
 * written with `+`, an identity number (its date and check character are structure). False for
 * the digit-only ones (an IMEI, a phone number without `+`), which an id made of digits can
 * imitate.
 */
export function isStructuralSpan(s: string, span: TextSpan): boolean {
  const category = span[2];
  if (category === "device.identifier.imei") return false;
  if (category === "contact.phone") return s.charCodeAt(span[0]) === 43;
  return true;
}

/**
 * Spans of personal data inside free text, sorted and non-overlapping; `null` when none. With
 * `structuralOnly` the digit-only spans ({@link isStructuralSpan}) are left out.
 */
export function findTextSpans(s: string, flags: number, structuralOnly = false): readonly TextSpan[] | null {
  if ((flags & DETECTABLE) === 0) return null;
  // the profile carries the finder mask: which of findInText's finders can match at all
  let spans = findInText(s, flags);
  if (structuralOnly) spans = spans.filter((span) => isStructuralSpan(s, span));
  return spans.length === 0 ? null : spans;
}
