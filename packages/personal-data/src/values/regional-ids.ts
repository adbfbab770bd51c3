/**
 * Identity card numbers of Taiwan and Hong Kong, whose residents use a mainland app with them as
 * readily as with the mainland's resident identity card (`resident-id.ts`).
 *
 * - Taiwan (國民身分證統一編號): a letter for the place of first registration, `1` or `2` for the
 *   holder's sex (`8` or `9` on a resident certificate's number since 2021), seven digits and a
 *   check digit: the letter's two-digit code (`A` 10 ... `Z` 33, in the registry's own order)
 *   weighted 1 and 9, the next eight digits 8 down to 1, the check digit 1; the sum is a multiple
 *   of 10. `A123456789` is the textbook example.
 * - Hong Kong (香港身份證號碼): one or two letters, six digits and a check character (`0`-`9` or
 *   `A`), often in brackets (`A123456(3)`): one letter counts as a space (36) before it, letters
 *   `A`-`Z` are 10-35, weights 9 down to 2, and the check is what brings the sum to a multiple of
 *   11 (`A` for 10).
 *
 * False-positive policy: one random shape in ten passes Taiwan's check and one in eleven Hong
 * Kong's, so these are read where a label or a key names an identity card, not as strong values
 * on their own.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";

/** Taiwan's letter codes, `A` to `Z` (`I`, `O`, `W`-`Z` came later and sit out of order). */
const TAIWAN_LETTER_CODES = [
  10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33,
] as const;

/** The index of an upper-case ASCII letter (`A` 0), or -1. */
function letterIndex(c: number): number {
  return c >= 65 && c <= 90 ? c - 65 : -1;
}

/** True when `s` is a Taiwan identity card number (see the module rule). */
export function isTaiwanId(s: string): boolean {
  if (s.length !== 10) return false;
  const letter = letterIndex(s.charCodeAt(0));
  const sex = s.charCodeAt(1);
  if (letter < 0 || (sex !== 49 && sex !== 50 && sex !== 56 && sex !== 57)) return false;
  const code = TAIWAN_LETTER_CODES[letter] as number;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let k = 1; k < 10; k++) {
    const c = s.charCodeAt(k);
    if (!isDigitCode(c)) return false;
    sum += (c - 48) * (k === 9 ? 1 : 9 - k);
  }
  return sum % 10 === 0;
}

/** One or two letters, six digits, and the check character in brackets or not. */
const HONG_KONG_ID = /^([A-Z]{1,2})([0-9]{6})(?:\(([0-9A])\)|([0-9A]))$/;

/** True when `s` is a Hong Kong identity card number, its check character bracketed or not. */
export function isHongKongId(s: string): boolean {
  const m = HONG_KONG_ID.exec(s);
  if (m === null) return false;
  const letters = m[1] as string;
  // one letter stands after a space, worth 36
  const values = letters.length === 1 ? [36] : [];
  for (let k = 0; k < letters.length; k++) values.push(letterIndex(letters.charCodeAt(k)) + 10);
  for (const d of m[2] as string) values.push(d.charCodeAt(0) - 48);
  let sum = 0;
  values.forEach((v, k) => {
    sum += v * (9 - k);
  });
  const check = (11 - (sum % 11)) % 11;
  return (m[3] ?? m[4]) === (check === 10 ? "A" : String(check));
}

/** A Spanish identity number: a DNI's eight digits or a NIE's `X`, `Y` or `Z` and seven, then its letter. */
const SPANISH_ID = /^([XYZ]|\d)(\d{7})[ -]?([A-Z])$/i;
/** The check letters of a Spanish identity number, by the number modulo 23. */
const SPANISH_ID_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/**
 * True when `s` is a Spanish DNI (`12345678Z`) or NIE (`X1234567L`) whose check letter is right (a
 * NIE's `X`, `Y`, `Z` count as 0, 1, 2; a space or `-` before the letter allowed). One random shape
 * in 23 passes, so it is read after a label (session 13, moved here from the redaction engine).
 */
export function isSpanishId(s: string): boolean {
  const m = SPANISH_ID.exec(s);
  if (m === null) return false;
  const lead = "XYZ".indexOf((m[1] as string).toUpperCase());
  const number = Number(`${lead >= 0 ? lead : m[1]}${m[2]}`);
  return SPANISH_ID_LETTERS[number % 23] === (m[3] as string).toUpperCase();
}

/** Verhoeff's check: the multiplication table of the dihedral group D5, and its permutation. */
const VERHOEFF_D = [
  "0123456789",
  "1234067895",
  "2340178956",
  "3401289567",
  "4012395678",
  "5987604321",
  "6598710432",
  "7659821043",
  "8765932104",
  "9876543210",
];
const VERHOEFF_P = [
  "0123456789",
  "1576283094",
  "5803796142",
  "8916043527",
  "9453126870",
  "4286573901",
  "2793806415",
  "7046913258",
];
/** An Aadhaar number: twelve digits, the first not 0 or 1, grouped 4-4-4 by spaces or `-`, or plain. */
const AADHAAR = /^[2-9]\d{3}([ -]?)\d{4}\1\d{4}$/;

/**
 * True when `s` is an Aadhaar number (India's) passing Verhoeff's check, as every issued one does
 * (one random shape in ten passes, so it is read after a label; session 13, moved here from the
 * redaction engine).
 */
export function isAadhaar(s: string): boolean {
  if (!AADHAAR.test(s)) return false;
  const digits = s.replace(/[ -]/g, "");
  let check = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    const permuted = (VERHOEFF_P[i % 8] as string).charCodeAt(digit) - 48;
    check = (VERHOEFF_D[check] as string).charCodeAt(permuted) - 48;
  }
  return check === 0;
}

/** A Taiwan identity card number (a letter and nine digits, checksummed). */
export const taiwanIdSchema = z
  .stringFormat("taiwan-id", isTaiwanId, "Not a Taiwan identity card number")
  .describe("Taiwan identity card number: a letter, 1/2 (or 8/9) and eight digits, checksummed.");

/** A Hong Kong identity card number (one or two letters, six digits, a check character). */
export const hongKongIdSchema = z
  .stringFormat("hong-kong-id", isHongKongId, "Not a Hong Kong identity card number")
  .describe(
    "Hong Kong identity card number: one or two letters, six digits and a check character, e.g. A123456(3).",
  );
