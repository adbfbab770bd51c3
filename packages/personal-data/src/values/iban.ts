/**
 * IBAN: International Bank Account Number (ISO 13616).
 *
 * Rule: a country code of the IBAN registry, two check digits, and a basic bank account number of
 * letters and digits, as long in all as that country's IBANs are (`NO` 15, `DE` 22, `FR` 27,
 * `MT` 31), whose ISO 7064 MOD 97-10 check is 1: the first four characters moved to the end,
 * letters read as 10-35, the number modulo 97. Written plain (`DE89370400440532013000`) or in
 * groups of four with single spaces, the last group shorter (`NO93 8601 1117 947`), letters in
 * either case.
 *
 * False-positive policy: the check lets through about 1 in 97 strings of the shape, and the shape
 * (a registry country, two digits, that country's length) is rare elsewhere: a hex digest that
 * starts `de89` is 32 characters, not Germany's 22. So the predicate runs on whole values and on
 * free text alike.
 */
import { z } from "zod";
import { isAsciiLetterCode, isDigitCode } from "./chars.js";

/** IBAN lengths by country (SWIFT IBAN registry). */
const LENGTHS: ReadonlyMap<string, number> = new Map(
  (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 " +
    "EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 " +
    "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 " +
    "PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20"
  )
    .split(" ")
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** The value 0-35 of an IBAN character (digit or letter), or -1. */
function charValue(c: number): number {
  if (isDigitCode(c)) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}

/**
 * True when `s[start, end)` is an IBAN (see the module rule): plain, or in groups of four with
 * single spaces.
 */
export function isIbanAt(s: string, start: number, end: number): boolean {
  if (
    end - start < 15 ||
    !isAsciiLetterCode(s.charCodeAt(start)) ||
    !isAsciiLetterCode(s.charCodeAt(start + 1))
  )
    return false;
  if (!isDigitCode(s.charCodeAt(start + 2)) || !isDigitCode(s.charCodeAt(start + 3))) return false;
  const grouped = s.charCodeAt(start + 4) === 32;
  // the characters without their spaces, checked in the order the rule reads them
  const chars: number[] = [];
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      // a space only between groups of four
      if (!grouped || (i - start) % 5 !== 4 || i + 1 === end) return false;
      continue;
    }
    if (grouped && (i - start) % 5 === 4) return false;
    if (charValue(c) < 0) return false;
    chars.push(c);
  }
  const country = String.fromCharCode(chars[0] as number, chars[1] as number).toUpperCase();
  if (LENGTHS.get(country) !== chars.length) return false;
  let remainder = 0;
  for (let k = 0; k < chars.length; k++) {
    const v = charValue(chars[(k + 4) % chars.length] as number);
    remainder = (v < 10 ? remainder * 10 + v : remainder * 100 + v) % 97;
  }
  return remainder === 1;
}

/** True when `s` is an IBAN, plain or in groups of four (see the module rule). */
export function isIban(s: string): boolean {
  return isIbanAt(s, 0, s.length);
}

/** An International Bank Account Number, MOD 97-10 checked. */
export const ibanSchema = z
  .stringFormat("iban", isIban, "Not an IBAN (ISO 13616)")
  .describe(
    "IBAN: country code, two check digits and up to 30 letters and digits, plain or in groups of four, with a MOD 97-10 check.",
  );
