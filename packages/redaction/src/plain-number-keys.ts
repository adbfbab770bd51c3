/**
 * Field names under which digits alone are a thing's number, not a person's: a thing's identifier
 * (`order_no`, `room_id`, session 16's `thing-id-keys.ts`) or a quantity (`bytes_sent`,
 * `latency_us`, session 17's `quantity-keys.ts`). Asked for an object member's key, a query or
 * form pair's key, and (session 17) the key a Key/Value pair names in a sibling member: SLS PutLogs
 * `Contents` (`{"Key": "order_no", "Value": "13812345678"}`, what every SLS SDK sends) and Tencent's
 * `AppMemberDefinedData`. Until session 17 a pair's key was looked up in the key table only, so an
 * eleven-digit order number under `order_no` was kept in web tracking JSON and replaced by
 * `[redacted:contact.phone]` in PutLogs (a red team's round 6, F6).
 *
 * Session 18 (round 7, R6) tells the two apart: a thing's identifiers may come as an array
 * (`order_ids: [...]`), its items read as the key's; a quantity names the value right under it
 * only (`{"rows": [["kago_30417", "13812345678"]]}` is a table's records).
 */
import { keyWords } from "./key-table.js";
import { wordsNameQuantity } from "./quantity-keys.js";
import { wordsNameThingIdentifier } from "./thing-id-keys.js";

/** {@link plainNumberKind}: the key names nothing whose digits are plain. */
export const PLAIN_NONE = 0;
/** {@link plainNumberKind}: a thing's identifier, also for the items of an array under it. */
export const PLAIN_THING_ID = 1;
/** {@link plainNumberKind}: a quantity, for the value right under it only. */
export const PLAIN_QUANTITY = 2;

/**
 * True when `key`, which the key table does not know, names a thing's identifier or a quantity:
 * digits alone under it are read by the structural detectors only.
 */
export function namesPlainNumber(key: string): boolean {
  return plainNumberKind(keyWords(key)) !== PLAIN_NONE;
}

/**
 * What a key's words ({@link keyWords}: split once for every question) name: a thing's identifier
 * ({@link PLAIN_THING_ID}), a quantity ({@link PLAIN_QUANTITY}) or neither ({@link PLAIN_NONE}).
 */
export function plainNumberKind(words: readonly string[]): number {
  if (wordsNameThingIdentifier(words)) return PLAIN_THING_ID;
  return wordsNameQuantity(words) ? PLAIN_QUANTITY : PLAIN_NONE;
}
