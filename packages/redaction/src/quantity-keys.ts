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
 *
 * Session 18 (a red team's round 7): R13 adds a live room's and an analytics board's counters
 * (`views`, `likes`, `followers`, `pv`, `gmv`, `diamonds`...), `time` (`cpu_time`), `rx`, `tx` and
 * `offset`; R6 adds the channels and roles a person's number is counted by (`sms_count`,
 * `hp_amount`, `to_amount`: see {@link CONTACT_WORDS}), reads a quantity's name for the value right
 * under it only, not for an array's items (`rows`, `followers`: a table's records, a list of
 * people), and in free text no longer takes a tally's word alone for a program's field
 * ({@link namesQuantityInText}).
 *
 * Session 19 (left open by session 18): fifteen digits with a Luhn check digit and an allocated
 * reporting body (what `isImei` asks) under a quantity's key stay a quantity, not an IMEI
 * (`{"count": 490154203237518}`). About 1.7% of fifteen-digit quantities pass that test (1.79% of
 * a million random ones, 1.68% log-uniform between 1e14 and 1e15: Go's `time.Duration` in
 * nanoseconds between 28 hours and 11.6 days, byte totals of 100 TB to 1 PB), and one reading in
 * ten of a counter that climbs through an allocated prefix: a log series would lose every tenth
 * value. No SDK or log writer puts a device's IMEI under `count` or `total`.
 */
import { keyWords } from "./key-table.js";
import { PERSON_NUMBER_WORDS } from "./thing-id-keys.js";

/**
 * Words that make a name a measure, anywhere in it (`bytes_sent`, `sent_bytes`, `cpu_time`): of
 * bytes, memory, time or a position, which run past thirteen billion in ordinary logs.
 */
const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "bytes",
  "size",
  "latency",
  "duration",
  "elapsed",
  "mem",
  "memory",
  "heap",
  "millis",
  "micros",
  "nanos",
  // session 18 (F10): moments and spans of time, which an eleven-digit epoch in tenths of seconds
  // or a JWT's claims (`exp`, `iat`, `nbf`) written as a log value are
  "ts",
  "timestamp",
  "epoch",
  "uptime",
  "exp",
  "iat",
  "nbf",
  // session 18 (round 7, R13): CPU and other times, traffic received and sent, a file's or a
  // stream's offset
  "time",
  "rx",
  "tx",
  "offset",
]);

/**
 * Words that make a name an amount or a tally, anywhere in it (`price`, `total_amount`,
 * `view_count`): money, scores and counters, which a person writes before a number in prose too.
 */
const TALLY_WORDS: ReadonlySet<string> = new Set([
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
  "score",
  "coins",
  "points",
  "rows",
  // session 18 (round 7, R13): a live room's and an analytics board's counters, the currency of
  // live streaming's gifts (`diamonds`) and its turnover (`gmv`)
  "views",
  "likes",
  "followers",
  "visits",
  "pv",
  "uv",
  "gmv",
  "revenue",
  "diamonds",
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
 * Session 18 (round 7, R6: each kept a phone number) adds the channels and roles a number is
 * counted or paid by: `sms_count`, `fax_total`, WhatsApp's `wa`, LINE's `line` (a count of lines
 * past thirteen billion is no code metric), the Indonesian `hp` (a mobile) and `handphone`, the
 * Portuguese and Spanish `celular`, `telefone`, `telefono`, and the person an amount goes to or
 * comes from (`recipient_amount`, `to_amount`, `points_to`, `from_total`).
 */
const CONTACT_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_NUMBER_WORDS,
  "phones",
  "sms",
  "mms",
  "fax",
  "wa",
  "line",
  "hp",
  "handphone",
  "celular",
  "telefone",
  "telefono",
  "recipient",
  "receiver",
  "sender",
  "to",
  "from",
]);

/**
 * True when `key` names a quantity (`bytes_sent`, `latencyUs`, `price`) and no word of it names a
 * person's number or contact, so digits alone under it are no phone number. Callers ask only for a
 * key the key table does not know. Only for a value right under the key: the items of an array
 * under it are read as any other (session 18, round 7, R6: `{"rows": [["kago_30417",
 * "13812345678"]]}` is a table's records, `followers` a list of people as often as a count).
 */
export function namesQuantity(key: string): boolean {
  return wordsNameQuantity(keyWords(key));
}

/** {@link namesQuantity} of a key's words ({@link keyWords}). */
export function wordsNameQuantity(words: readonly string[]): boolean {
  return quantityKind(words) !== NONE;
}

/**
 * True when `key`, written before digits in free text (`bytes_sent=13812345678`), names a
 * quantity there: as {@link namesQuantity}, but a tally's word alone (`Total:`, `price:`,
 * `score:`, `count=`) is how a person labels a number in a message too, and eleven digits after it
 * are a phone number as often as an amount (session 18, round 7, R6: `score: 13812345678 please
 * text me`); a measure's word alone (`uptime:`, `bytes=`) and any name of two or more words
 * (`total_amount=`, `viewCount:`) are a program's field. `unitFollows`: the digits are followed
 * by their unit (`Total: 13812345678 bytes`), which makes a tally's word alone a quantity too
 * (session 19, a red team's round 8, R14).
 */
export function namesQuantityInText(key: string, unitFollows = false): boolean {
  const words = keyWords(key);
  const kind = quantityKind(words);
  return kind === MEASURE || (kind === TALLY && (words.length > 1 || unitFollows));
}

const NONE = 0;
const MEASURE = 1;
const TALLY = 2;

/** What the words name: a measure, a tally (when no measure), or neither (a person's contact). */
function quantityKind(words: readonly string[]): number {
  const last = words.length - 1;
  let kind = last > 0 && UNIT_WORDS.has(words[last] as string) ? MEASURE : NONE;
  for (const word of words) {
    if (CONTACT_WORDS.has(word)) return NONE;
    if (MEASURE_WORDS.has(word)) kind = MEASURE;
    else if (kind === NONE && TALLY_WORDS.has(word)) kind = TALLY;
  }
  return kind;
}
