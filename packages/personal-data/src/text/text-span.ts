/** Spans of personal data found inside free text. */
import type { CategoryKey } from "../taxonomy.js";

/** The categories {@link findInText} can find inside free text. */
export type TextCategory = Extract<
  CategoryKey,
  | "account.credential"
  | "contact.email"
  | "contact.phone"
  | "device.identifier.imei"
  | "device.identifier.mac"
  | "financial.bank_account"
  | "financial.payment_card"
  | "identity.national_id"
  | "network.ip_address"
>;

/** A span of personal data inside a string: `text.slice(start, end)` is the value. */
export type TextSpan = readonly [start: number, end: number, category: TextCategory];

const PRIORITY: Readonly<Record<TextCategory, number>> = {
  "contact.email": 0,
  "device.identifier.mac": 1,
  "network.ip_address": 2,
  "identity.national_id": 3,
  "financial.payment_card": 4,
  "financial.bank_account": 5,
  "device.identifier.imei": 6,
  "contact.phone": 7,
  "account.credential": 8,
};

/**
 * Sorts spans by start and makes them disjoint: of spans starting at the same place the longest
 * wins, then the more specific category (e-mail, MAC, IP, identity number, payment card, IBAN,
 * IMEI, phone, credentials); a span that overlaps one kept is dropped when it ends inside it, and cut to its
 * part beyond when it reaches further (`+44 7700 900123'erik@example.org`: the address found from
 * the phone number's last digits on is still an address after the number). Dropping it would
 * send that part; joining it to the kept span would decide it under the other category.
 */
export function resolveOverlaps(spans: TextSpan[]): TextSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1] || PRIORITY[a[2]] - PRIORITY[b[2]]);
  const out: TextSpan[] = [];
  let end = -1;
  for (const span of spans) {
    if (span[0] >= end) {
      out.push(span);
      end = span[1];
    } else if (span[1] > end) {
      out.push([end, span[1], span[2]]);
      end = span[1];
    }
  }
  return out;
}
