/**
 * Bank account numbers whose form can be checked without the bank's own rules (session 14):
 *
 * - Mexico's CLABE: eighteen digits (a bank's three, a place's three, the account's eleven) and a
 *   check digit: each of the first seventeen times 3, 7, 1, 3, 7, 1... taken modulo 10, summed,
 *   and `(10 - sum % 10) % 10`.
 * - A Russian account (счёт): twenty digits: a balance account of five digits (40xxx-42xxx are
 *   clients' accounts and deposits: `40817` a resident person's), the currency's three
 *   (`810` or `643` roubles, `840`, `978`, `156`...), a key digit (checked against the bank's BIC,
 *   which the number does not hold, so not checked here) and eleven.
 *
 * False-positive policy: read after a label naming the account (`CLABE`, `счёт`), never alone.
 */
import { isDigitCode } from "./chars.js";

/** True when `s` is a Mexican CLABE (eighteen digits, no separators) whose check digit is right. */
export function isClabe(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i);
    if (!isDigitCode(c)) return false;
    if (i < 17) sum += ((c - 48) * ([3, 7, 1][i % 3] as number)) % 10;
  }
  return (10 - (sum % 10)) % 10 === s.charCodeAt(17) - 48;
}

/** The currencies of Russian accounts people hold, by their ISO 4217 numeric code (`810`: the rouble's old code). */
const RUSSIAN_ACCOUNT_CURRENCIES: ReadonlySet<string> = new Set(
  "810 643 840 978 156 826 756 392 398 933 980 051 944 860 417 972 498 981 934 949 356".split(" "),
);

/** A Russian client's account: 40xxx-42xxx, then the rest of the twenty digits. */
const RUSSIAN_ACCOUNT = /^4[0-2]\d{18}$/;

/** True when `s` is a Russian client's account number (twenty digits, no separators; see the module rule). */
export function isRussianAccount(s: string): boolean {
  return RUSSIAN_ACCOUNT.test(s) && RUSSIAN_ACCOUNT_CURRENCIES.has(s.slice(5, 8));
}
