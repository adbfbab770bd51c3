/**
 * Keys that name a payment card without saying "number" (session 17, a red team's round 6 F5):
 * `{"card": "4111111111111111"}`, `{"pan": "..."}`, `{"cc": "..."}`. The key table leaves `card`
 * and `pan` alone (a UI card, a camera's or an audio pan as often), and a plain run of 13-19 digits
 * is an order number as often as a card's, so each alone decides nothing; together they do: under
 * one of these keys a string that is a card number by `isPaymentCard` (Luhn digit, a network's
 * prefix and length, plain or in its printed groups) is a payment card. Numbers written as JSON
 * numbers are not read here (numbers are classified by key only).
 */
import { isPaymentCard } from "@kago/personal-data";

/** Canonical keys (`canonicalKey`) that name a card. */
const CARD_KEYS: ReadonlySet<string> = new Set(["card", "pan", "cc"]);

/** True when `value`, under the key of canonical form `canon`, is that card's number. */
export function isCardUnderKey(canon: string, value: string): boolean {
  return CARD_KEYS.has(canon) && isPaymentCard(value);
}
