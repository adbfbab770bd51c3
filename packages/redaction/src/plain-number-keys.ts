/**
 * Field names under which digits alone are a thing's number, not a person's: a thing's identifier
 * (`order_no`, `room_id`, session 16's `thing-id-keys.ts`) or a quantity (`bytes_sent`,
 * `latency_us`, session 17's `quantity-keys.ts`). Asked for an object member's key, a query or
 * form pair's key, and (session 17) the key a Key/Value pair names in a sibling member: SLS PutLogs
 * `Contents` (`{"Key": "order_no", "Value": "13812345678"}`, what every SLS SDK sends) and Tencent's
 * `AppMemberDefinedData`. Until session 17 a pair's key was looked up in the key table only, so an
 * eleven-digit order number under `order_no` was kept in web tracking JSON and replaced by
 * `[redacted:contact.phone]` in PutLogs (a red team's round 6, F6).
 */
import { keyWords } from "./key-table.js";
import { wordsNameQuantity } from "./quantity-keys.js";
import { wordsNameThingIdentifier } from "./thing-id-keys.js";

/**
 * True when `key`, which the key table does not know, names a thing's identifier or a quantity:
 * digits alone under it are read by the structural detectors only.
 */
export function namesPlainNumber(key: string): boolean {
  return wordsNamePlainNumber(keyWords(key));
}

/** {@link namesPlainNumber} of a key's words ({@link keyWords}): split once for every question. */
export function wordsNamePlainNumber(words: readonly string[]): boolean {
  return wordsNameThingIdentifier(words) || wordsNameQuantity(words);
}
