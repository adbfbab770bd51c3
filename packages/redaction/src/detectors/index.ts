/**
 * The value detectors as one entry point. Strong detectors run on every string value; weak ones
 * only under a hinting key; span finders look inside free text. A cheap character-class summary
 * ({@link charFlags}, also computed by the JSON scanner while it scans) decides which detectors
 * can possibly match, so most strings cost no detector call at all.
 */
import type { CategoryKey } from "@kago/personal-data";
import { findImeis, isAndroidId, isImei, isImsi, isMac, isUuid } from "./device-ids.js";
import { findEmails, isEmail } from "./email.js";
import { findIpv4s, isIpv4, isIpv6 } from "./ip.js";
import { findPhones, isBarePhone, isE164Phone } from "./phone.js";

export {
  findImeis,
  isAndroidId,
  isHexDigest,
  isImei,
  isImsi,
  isMac,
  isUuid,
  luhnValid,
} from "./device-ids.js";
export { findEmails, isEmail } from "./email.js";
export { findIpv4s, isIpv4, isIpv6 } from "./ip.js";
export { findPhones, isBarePhone, isE164Phone } from "./phone.js";

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

/** The category of a whole string by a strong detector, or `null`. */
export function detectStrong(s: string, flags: number): CategoryKey | null {
  if (flags === 0) return null;
  const n = s.length;
  if (flags & F_AT && isEmail(s)) return "contact.email";
  if (flags & F_DIGIT) {
    if (flags & F_PLUS && isE164Phone(s)) return "contact.phone";
    if (n === 15 && isImei(s)) return "device.identifier.imei";
    if (flags & F_DOT && n >= 7 && n <= 15 && isIpv4(s)) return "network.ip_address";
  }
  if (flags & F_COLON) {
    if (isMac(s)) return "device.identifier.mac";
    if (isIpv6(s)) return "network.ip_address";
  }
  return null;
}

/** The category of a whole string under a hinting key, by a weak detector, or `null`. */
export function detectWeak(s: string): CategoryKey | null {
  if (isImei(s)) return "device.identifier.imei";
  if (isImsi(s)) return "device.identifier.imsi";
  if (isMac(s)) return "device.identifier.mac";
  if (isUuid(s)) return "device.identifier.guid";
  if (isAndroidId(s)) return "device.identifier.android_id";
  if (isEmail(s)) return "contact.email";
  if (isBarePhone(s)) return "contact.phone";
  return null;
}

/** A span of personal data inside free text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly category: CategoryKey;
}

function collect(out: TextSpan[], found: Array<[number, number]>, category: CategoryKey): void {
  for (const [start, end] of found) out.push({ start, end, category });
  found.length = 0;
}

/** Spans of personal data inside free text, sorted and non-overlapping; `null` when none. */
export function findTextSpans(s: string, flags: number): TextSpan[] | null {
  if (!(flags & (F_AT | F_DIGIT))) return null;
  const out: TextSpan[] = [];
  const found: Array<[number, number]> = [];
  if (flags & F_AT) {
    findEmails(s, found);
    collect(out, found, "contact.email");
  }
  if (flags & F_DIGIT) {
    if (flags & F_PLUS) {
      findPhones(s, found);
      collect(out, found, "contact.phone");
    }
    if (s.length >= 15) {
      findImeis(s, found);
      collect(out, found, "device.identifier.imei");
    }
    if (flags & F_DOT) {
      findIpv4s(s, found);
      collect(out, found, "network.ip_address");
    }
  }
  if (out.length === 0) return null;
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextSpan[] = [];
  let lastEnd = -1;
  for (const span of out) {
    if (span.start >= lastEnd) {
      merged.push(span);
      lastEnd = span.end;
    }
  }
  return merged;
}
