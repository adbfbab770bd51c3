/**
 * Payment card number: the primary account number (PAN, ISO/IEC 7812) on a credit, debit or
 * prepaid card.
 *
 * Rule: 13 to 19 decimal digits whose last digit is the Luhn check digit, with the issuer prefix
 * and a length of a card network in use: Visa (`4`; 13, 16 or 19 digits), Mastercard (`51`-`55`,
 * `2221`-`2720`; 16), American Express (`34`, `37`; 15), Diners Club (`300`-`305`, `36`, `38`,
 * `39`; 14-19), Discover (`6011`, `644`-`649`, `65`; 16-19), JCB (`3528`-`3589`; 16-19),
 * UnionPay (`62`; 16-19), Mir (`2200`-`2204`; 16-19) and Maestro (`50`, `56`-`58`; 16-19).
 * Written plain (`4539578763621486`) or in the groups card faces and forms print, with one
 * consistent separator, space or hyphen: 4-4-4-4 (`4539 5787 6362 1486`), 4-4-4-4-3 (19
 * digits), 4-6-5 (American Express, `3714 496353 98431`) and 4-6-4 (Diners Club).
 *
 * False-positive policy: the Luhn digit lets through 1 in 10 random numbers, and the prefixes
 * about half of those, so a plain 16-digit id (an order number) passes about one time in twenty.
 * Plain numbers count as card numbers only where a key or label names them; {@link isGroupedPaymentCardAt}
 * (the groups are the structure) is what free text and unnamed values are searched for.
 */
import { z } from "zod";
import { isDigitCode } from "./chars.js";
import { luhnValid } from "./luhn.js";

/** The groupings a card number is written in, as the sizes of its digit groups. */
const GROUPINGS: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
];

/** The number the `count` digits of `s` from `start` make (the caller checked they are digits). */
function prefix(s: string, start: number, count: number): number {
  let v = 0;
  for (let i = start; i < start + count; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** True when a card network issues numbers of `length` digits that start like `s[start...]`. */
function issued(s: string, start: number, length: number): boolean {
  const p2 = prefix(s, start, 2);
  const p3 = prefix(s, start, 3);
  const p4 = prefix(s, start, 4);
  const long = length >= 16;
  if (p2 >= 40 && p2 <= 49) return length === 13 || length === 16 || length === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return length === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return length === 15; // American Express
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return length >= 14; // Diners Club
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return long; // Discover
  if (p4 >= 3528 && p4 <= 3589) return long; // JCB
  if (p2 === 62) return long; // UnionPay
  if (p4 >= 2200 && p4 <= 2204) return long; // Mir
  return (p2 === 50 || (p2 >= 56 && p2 <= 58)) && long; // Maestro
}

/** True when `s[start, end)` is all digits and a card number (Luhn, issuer prefix and length). */
function isPlainCardAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 13 || n > 19) return false;
  for (let i = start; i < end; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return issued(s, start, n) && luhnValid(s, start, end, n);
}

/**
 * The end of a card number written in groups (see the module rule) that starts at `start`, the
 * longest grouping first; -1 when none does. What follows is the caller's to check.
 */
export function groupedPaymentCardEnd(s: string, start: number): number {
  const sep = s.charCodeAt(start + 4);
  if (sep !== 32 && sep !== 45) return -1;
  for (const groups of GROUPINGS) {
    let i = start;
    let digits = 0;
    let ok = true;
    for (let g = 0; g < groups.length && ok; g++) {
      if (g > 0 && s.charCodeAt(i++) !== sep) ok = false;
      const size = groups[g] as number;
      for (let k = 0; k < size && ok; k++) if (!isDigitCode(s.charCodeAt(i++))) ok = false;
      digits += size;
    }
    // the digit after the last group would make it another grouping (or none)
    if (ok && !isDigitCode(s.charCodeAt(i)) && issued(s, start, digits) && luhnValid(s, start, i, digits))
      return i;
  }
  return -1;
}

/** True when `s[start, end)` is a card number written in groups (see the module rule). */
export function isGroupedPaymentCardAt(s: string, start: number, end: number): boolean {
  return groupedPaymentCardEnd(s, start) === end;
}

/** True when `s` is a card number, plain or in groups (see the module rule). */
export function isPaymentCard(s: string): boolean {
  return isPlainCardAt(s, 0, s.length) || isGroupedPaymentCardAt(s, 0, s.length);
}

/** A payment card number (primary account number), plain or grouped, Luhn-checked. */
export const paymentCardSchema = z
  .stringFormat("payment-card", isPaymentCard, "Not a payment card number")
  .describe(
    "Payment card number (PAN): 13-19 digits with a Luhn check digit and a card network's issuer prefix, plain or in groups (4-4-4-4, 4-6-5).",
  );
