/**
 * Field names that name a quantity, not a person's number: `bytes_sent`, `mem_free`, `latency_us`,
 * `duration_ms`, `price`, `balance`, `total`, `count` (session 17).
 *
 * SLS carries every log value as a string (PutLogs `Contents[].Value`, web tracking), so a counter
 * between 13,000,000,000 and 19,999,999,999 (13-19 GB of heap or traffic, 13-19 s in nanoseconds,
 * 130-199 million yuan in fen) had the shape of a China mobile number and was replaced by
 * `[redacted:contact.phone]` in the one vendor whose purpose is logs (a red team's round 6, F10).
 * Such a field's digits are read as a thing identifier's are (`thing-id-keys.ts`): by the
 * structural detectors only, so an e-mail address, an IP address or a `+` phone number there still
 * goes, but digits alone are not taken for a phone number or an IMEI.
 *
 * A key the key table knows is read as before (callers ask only for one it does not), and so is a
 * quantity of a person's number or contact (`phone_count`, `mobile_total`, `email_size`): a key
 * that names a phone may hold one, and the rare count so named loses less than a phone number
 * kept would. Free text is not read here: `GC pause 13812345678 ns` in a log line still loses its
 * digits.
 *
 * Session 18 (round 6, F10's rest) adds time: `ts`, `timestamp`, `uptime` and a JWT's `exp`, `iat`
 * and `nbf` as SLS log values; `phone_ts` and `tel_exp` are read as before.
 */
import { keyWords } from "./key-table.js";
import { PERSON_NUMBER_WORDS } from "./thing-id-keys.js";

/** Words that make a name a measure or an amount, anywhere in it (`bytes_sent`, `sent_bytes`). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  "bytes",
  "size",
  "count",
  "total",
  "sum",
  "qty",
  "quantity",
  "price",
  "amount",
  "balance",
  "cost",
  "fee",
  "fen",
  "cents",
  "latency",
  "duration",
  "elapsed",
  "mem",
  "memory",
  "heap",
  "millis",
  "micros",
  "nanos",
  "score",
  "coins",
  "points",
  "rows",
  // session 18 (F10): moments and spans of time, which an eleven-digit epoch in tenths of seconds
  // or a JWT's claims (`exp`, `iat`, `nbf`) written as a log value are
  "ts",
  "timestamp",
  "epoch",
  "uptime",
  "exp",
  "iat",
  "nbf",
]);

/**
 * Units, which make a name a quantity only as its last word after another (`latency_us`,
 * `duration_ms`, `heap_used_mb`): alone or inside a name they are other things (`US` and `GB` as
 * countries, `application/vnd.ms-excel`, `x-ns-proxy-autoconfig` in node_modules' JSON).
 */
const UNIT_WORDS: ReadonlySet<string> = new Set(["ms", "us", "ns", "sec", "kb", "mb", "gb"]);

/**
 * Words that say the quantity is of a person's number or contact (`phone_count`): read as before.
 * Those that make a thing's identifier a person's (`phone_order_no`), and the plural `phones`.
 */
const CONTACT_WORDS: ReadonlySet<string> = new Set([...PERSON_NUMBER_WORDS, "phones"]);

/**
 * True when `key` names a quantity (`bytes_sent`, `latencyUs`, `price`) and no word of it names a
 * person's number or contact, so digits alone under it are no phone number. Callers ask only for a
 * key the key table does not know.
 */
export function namesQuantity(key: string): boolean {
  return wordsNameQuantity(keyWords(key));
}

/** {@link namesQuantity} of a key's words ({@link keyWords}). */
export function wordsNameQuantity(words: readonly string[]): boolean {
  const last = words.length - 1;
  let quantity = last > 0 && UNIT_WORDS.has(words[last] as string);
  for (const word of words) {
    if (CONTACT_WORDS.has(word)) return false;
    if (QUANTITY_WORDS.has(word)) quantity = true;
  }
  return quantity;
}
