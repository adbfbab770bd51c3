/**
 * E-mail address: a pragmatic subset of RFC 5322 with internationalised addresses (RFC 6531).
 *
 * Rule: `local@domain`, at most 254 characters, exactly one `@`.
 * - local part: 1-64 characters of the RFC 5322 `atext` set (letters, digits and
 *   ``!#$%&'*+/=?^_`{|}~-``) or non-ASCII letters, with single dots between them (no leading,
 *   trailing or doubled dot). Quoted local parts (`"a b"@x.com`) are refused.
 * - domain: two or more labels of 1-63 characters (letters, digits, `-`, or non-ASCII for IDN),
 *   no label starting or ending with `-`; the last label (TLD) has at least two characters and no
 *   digits unless it is an A-label (`xn--...`), and is no file extension that is not also a
 *   domain (`logo@2x.png` is an image, `getty@tty1.service` a systemd unit, see `FILE_EXTENSIONS`). Address literals (`a@[192.0.2.1]`) and dotless
 *   domains (`a@localhost`) are refused: no vendor payload carries them as a user's address.
 * Non-ASCII white space and punctuation (U+0080-U+00A0, U+1680, U+2000-U+206F, U+3000-U+303F,
 * U+FEFF, U+FF00-U+FF65) are never part of an address, so `a@b.com。` ends at the `m`.
 *
 * False-positive policy: `@` plus a dotted domain is distinctive; package-like strings
 * (`com.example@1.2`) fail on the numeric TLD. Accepted misses: quoted local parts, IP literals.
 */
import { z } from "zod";

/** ASCII code units of the RFC 5322 `atext` set, as a lookup table. */
const ATEXT = new Uint8Array(128);
for (const ch of "!#$%&'*+/=?^_`{|}~-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
  ATEXT[ch.charCodeAt(0)] = 1;
}

/** True for non-ASCII code units that may appear in an internationalised address. */
function isIntlCode(c: number): boolean {
  if (c <= 0xa0) return false;
  if (c === 0x1680 || c === 0xfeff) return false;
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xff00 && c <= 0xff65) return false;
  return true;
}

/** True for a code unit allowed in the local part (dots aside). */
export function isLocalPartCode(c: number): boolean {
  return c < 128 ? ATEXT[c] === 1 : isIntlCode(c);
}

/** True for a code unit allowed in a domain label. */
export function isDomainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || isIntlCode(c);
}

/**
 * File extensions that are no top-level domain (session 12): a file name with an `@` in it is no
 * address, the retina images of every web page least of all (`logo@2x.png`, `icon@3x.webp`).
 * Extensions that are also a domain (`.md` Moldova, `.so` Somalia, `.py` Paraguay, `.zip` and
 * `.mov` Google's) are not here.
 */
export const FILE_EXTENSIONS: ReadonlySet<string> = new Set([
  ..."png jpg jpeg gif webp svg avif ico bmp tif tiff heic js mjs cjs ts tsx jsx css scss less json map html htm txt xml yml yaml pdf csv wasm woff woff2 ttf otf wav ogg webm gz tgz jar exe dll".split(
    " ",
  ),
  // systemd's unit types (session 13): `getty@tty1.service`, `openvpn@client.socket` name a unit
  ..."service socket timer target mount automount slice scope swap".split(" "),
]);

/** True when `s[start, end)` is one of the {@link FILE_EXTENSIONS} (any case). */
export function isFileExtensionAt(s: string, start: number, end: number): boolean {
  return end - start <= 9 && FILE_EXTENSIONS.has(s.slice(start, end).toLowerCase());
}

/** True when `s[start, end)` is a dotted domain name (see the module rule). */
export function isEmailDomainAt(s: string, start: number, end: number): boolean {
  let labels = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 46;
    if (c !== 46) {
      if (!isDomainCode(c)) return false;
      continue;
    }
    const len = i - labelStart;
    if (len === 0 || len > 63) return false;
    if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false;
    labels++;
    if (i === end) {
      if (labels < 2 || len < 2) return false;
      const isALabel = len > 4 && s.startsWith("xn--", labelStart);
      if (!isALabel) {
        for (let k = labelStart; k < i; k++) {
          const d = s.charCodeAt(k);
          if ((d >= 48 && d <= 57) || d === 45) return false;
        }
      }
      return !isFileExtensionAt(s, labelStart, i);
    }
    labelStart = i + 1;
  }
  return false;
}

/** True when `s[start, end)` is an e-mail address (see the module rule). */
export function isEmailAt(s: string, start: number, end: number): boolean {
  if (end - start < 6 || end - start > 254) return false;
  let at = -1;
  for (let i = start; i < end; i++) {
    if (s.charCodeAt(i) === 64) {
      if (at >= 0) return false;
      at = i;
    }
  }
  if (at <= start || at - start > 64 || at + 1 >= end) return false;
  if (s.charCodeAt(start) === 46 || s.charCodeAt(at - 1) === 46) return false;
  for (let i = start; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (s.charCodeAt(i + 1) === 46) return false;
    } else if (!isLocalPartCode(c)) return false;
  }
  return isEmailDomainAt(s, at + 1, end);
}

/** True when `s` is an e-mail address: RFC 5322 dot-atom local part, dotted (IDN) domain. */
export function isEmail(s: string): boolean {
  return isEmailAt(s, 0, s.length);
}

/** An e-mail address (pragmatic RFC 5322 subset; internationalised addresses accepted). */
export const emailSchema = z
  .stringFormat("email-address", isEmail, "Not an e-mail address")
  .describe("E-mail address: dot-atom local part, '@', a dotted domain (IDN allowed).");
