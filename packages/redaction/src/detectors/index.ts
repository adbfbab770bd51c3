/**
 * The value detectors as one entry point, built on the predicates and span finders of
 * `@kago/personal-data`. Strong detectors run on every string value; weak ones only under a
 * hinting key; span finders look inside free text. A cheap character-class summary
 * ({@link charFlags}, also computed by the JSON scanner while it scans) decides which detectors
 * can possibly match, so most strings cost no detector call at all.
 */
import {
  type CategoryKey,
  findInText,
  isAndroidId,
  isEmail,
  isGuid,
  isImei,
  isImsi,
  isIpv4,
  isIpv6,
  isMac,
  isPhone,
  isPlaceholderValue,
  type TextSpan,
} from "@kago/personal-data";

/** Character-class flags of a string. */
export const F_DIGIT = 1;
export const F_AT = 2;
export const F_PLUS = 4;
export const F_COLON = 8;
export const F_DOT = 16;
/** A quote, backslash or control character: the JSON scanner stops on these. */
export const F_STOP = 32;

/** Flags of each ASCII code unit. */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = F_DIGIT;
  t[64] = F_AT;
  t[43] = F_PLUS;
  t[58] = F_COLON;
  t[46] = F_DOT;
  for (let c = 0; c < 32; c++) t[c] = F_STOP;
  t[34] = F_STOP;
  t[92] = F_STOP;
  return t;
})();

/** The union of the flags of every character of `s` (without {@link F_STOP}). */
export function charFlags(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) f |= CHAR_CLASS[c] as number;
  }
  return f & ~F_STOP;
}

/** The union of the flags of the characters of `s[start, end)` (without {@link F_STOP}). */
export function rangeFlags(s: string, start: number, end: number): number {
  let f = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) f |= CHAR_CLASS[c] as number;
  }
  return f & ~F_STOP;
}

/** Flags that make a detector call worthwhile. */
export const DETECTABLE = F_AT | F_DIGIT | F_COLON;

/**
 * The category of a whole string by a strong detector, or `null`: an e-mail address, an
 * international phone number with `+`, a 15-digit IMEI with a valid Luhn digit, an IPv4 or IPv6
 * address, a MAC address. Placeholder values (all-zero ids, `127.0.0.1`) are not personal data.
 * With `structuralOnly` (operational fields, URL path segments) the digit-only IMEI is not tried:
 * there a 15-digit number is an id, and only values with a structure of their own count.
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
  } else if (flags & F_DIGIT) {
    if (n === 15) {
      if (!structuralOnly && isImei(s)) found = "device.identifier.imei";
    } else if (flags & F_DOT && n >= 7 && n <= 15 && isIpv4(s)) found = "network.ip_address";
    else if (n === 17 && isMac(s)) found = "device.identifier.mac";
  }
  return found !== null && isPlaceholderValue(s) ? null : found;
}

/**
 * The category of a whole string under a hinting key (`device_id`, `contact`), by a weak
 * detector, or `null`: IMEI, IMSI, MAC, GUID/UUID, Android ID, e-mail, phone in any form.
 */
export function detectWeak(s: string): CategoryKey | null {
  if (isPlaceholderValue(s)) return null;
  if (isImei(s)) return "device.identifier.imei";
  if (isImsi(s)) return "device.identifier.imsi";
  if (isMac(s)) return "device.identifier.mac";
  if (isGuid(s)) return "device.identifier.guid";
  if (isAndroidId(s)) return "device.identifier.android_id";
  if (isEmail(s)) return "contact.email";
  if (isPhone(s)) return "contact.phone";
  return null;
}

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
 * written with `+`. False for the digit-only ones (an IMEI, a phone number without `+`), which an
 * id made of digits can imitate.
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
  // findInText counts what each of its finders needs first (a superset of mayHoldSpan's test)
  let spans = findInText(s);
  if (structuralOnly) spans = spans.filter((span) => isStructuralSpan(s, span));
  return spans.length === 0 ? null : spans;
}
