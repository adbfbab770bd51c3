/**
 * Field names that name an identifier of a thing, not of a person: `room_id`, `orderNo`,
 * `out_trade_no`, `msg_seq`, `request_id`, `__tag__:trace_id` (session 16).
 *
 * Such a field's value is read as an operational field's is (structural detectors only, see
 * `findTextSpans`): an e-mail address, an IP address or a `+` phone number there still goes, but
 * digits alone are not taken for a phone number or an IMEI. Until session 16 an order number of
 * eleven digits starting `13`-`19`, or a room id so written, was replaced by
 * `[redacted:contact.phone]`, which broke the vendor's room or order and pooled every such id
 * under one placeholder; a fifteen-digit order number that passed the IMEI checksum was dropped.
 * The catalog already marks the vendors' own such fields operational (Zego's `RoomId`, the
 * Conversions API's `order_id`): this applies the same reading by name where no catalog speaks.
 *
 * Only a name whose last word is an identifier word and whose word before it names a thing from
 * the list below counts; a person's id (`user_id`, `chat_id`, which is a person's in a private
 * chat), a key the key table knows (`phone_no`, `id_no`) and any other name are read as before.
 *
 * Session 18 (a red team's round 6, F10's rest) adds the names that are a thing's identifier by
 * themselves, as the last word: `sku`, `build` (`app_build`), `etag`, `crc32`, `checksum`, `tid`
 * (a thread's, a trade's or a terminal's id) and Android's `versionCode`: eleven digits there went
 * as a China mobile number in SLS logs. A person's word before one (`phone_sku`, `tel_tid`,
 * `mobile_build`) is read as before. Only digits alone: `SKU-13812345678` and `pool-13812345678`
 * still lose their digits, since an identifier built from a person's number (`13812345678-01`) is
 * written so too. Round 7's R13 adds `seq`, `hash`, `inode`, `pid` and `port` (`src_port`).
 */
import { keyWords } from "./key-table.js";
import { THINGS } from "./thing-words.js";

/** Last words that make a name an identifier: `_id`, `_no` (`out_trade_no`), `_sn` (`order_sn`). */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "id",
  "ids",
  "no",
  "num",
  "number",
  "seq",
  "sn",
  "uuid",
  "guid",
]);

/** Last words that are a thing's identifier by themselves (`sku`, `app_build`, `etag`). */
const IDENTIFIER_NAMES: ReadonlySet<string> = new Set([
  "sku",
  "build",
  "etag",
  "crc",
  "crc32",
  "checksum",
  "tid",
  // session 18 (round 7, R13): a sequence number, a hash, a file's inode, a process's id and a
  // port, which SLS logs carry as strings
  "seq",
  "hash",
  "inode",
  "pid",
  "port",
]);

/**
 * Words that, anywhere before the thing, say the identifier is a person's number or device
 * (`phone_order_no`, `imei_request_id`, `caller_room_id`, `mobileTicketNo`): such a key is read as
 * any other (session 16, a red team's round 5 found these kept a phone number or an IMEI).
 */
export const PERSON_NUMBER_WORDS: ReadonlySet<string> = new Set([
  "phone",
  "mobile",
  "tel",
  "telephone",
  "cell",
  "cellphone",
  "msisdn",
  "contact",
  "caller",
  "callee",
  "imei",
  "imsi",
  "meid",
  "iccid",
  "whatsapp",
  "wechat",
  "weixin",
  "qq",
  "email",
  "mail",
]);

/**
 * True when `key` names an identifier of a thing (`room_id`, `RoomID`, `orderNo`, `out_trade_no`,
 * `message_ids`), so its value is read by the structural detectors only. Callers ask only for a
 * key the key table does not know.
 */
export function namesThingIdentifier(key: string): boolean {
  return wordsNameThingIdentifier(keyWords(key));
}

/** {@link namesThingIdentifier} of a key's words ({@link keyWords}). */
export function wordsNameThingIdentifier(words: readonly string[]): boolean {
  const n = words.length;
  const last = words[n - 1] as string;
  const before = words[n - 2];
  // the words that name the thing: `order_no` two, `sku` and `version_code` all but the person's
  let thing: number;
  if (IDENTIFIER_NAMES.has(last)) thing = 1;
  else if (last === "code" && before === "version") thing = 2;
  else if (n >= 2 && IDENTIFIER_WORDS.has(last) && THINGS.has(before as string)) thing = 2;
  else return false;
  for (let i = 0; i < n - thing; i++) if (PERSON_NUMBER_WORDS.has(words[i] as string)) return false;
  return true;
}
