/**
 * JSON scalars that cannot be what a contact or name key says (session 17): `true`, `false`, a
 * count, a share. A red team's round 6 (F7) found dictionary keys that are contact words dropping
 * members whatever their value: notification preferences (`{"notify": {"email": true}}`), counters
 * (`{"counts": {"phone": 2}}`), device classes (`{"traffic": {"mobile": 1200}}`, `{"platform_share":
 * {"mobile": 0.7}}`), models (`{"m": {"iPhone": 1}}`, read as a phone's key). None of these values can
 * be an e-mail address, a phone number or a name, so they are kept; a phone number written as a
 * JSON number (`{"phone": 13812345678}`, `{"tel": 4.741234567E9}`, `{"username": 13812345678}`)
 * still goes. SLS writes every log
 * value as a string, so the same values written as text are kept too (`"true"`, `"42"`, see
 * {@link cannotHoldText}); any other string is read as before (a key that names an e-mail address
 * holds one however it is spelled), and so is an object under such a key.
 */
import type { CategoryKey } from "@kago/personal-data";

/** Categories whose values are text: never a boolean, never a number (bar a phone's). */
const TEXT_CATEGORIES: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "contact.email",
  "contact.phone",
  "account.profile.name",
  "account.profile.nickname",
]);

/**
 * The smallest phone number written as a JSON number: six digits (subscriber numbers are not
 * shorter than five in any numbering plan; below 100,000 a number under `phone` is a count).
 */
const SMALLEST_PHONE = 100_000;

/**
 * True when the JSON token `token` (a number, `true` or `false`) cannot be a value of `category`:
 * a boolean, a fraction or a count under an e-mail, phone or name category. A whole number from
 * six digits up can be a phone number under any of them (session 18, red team round 7's R1: apps
 * that log users in by their mobile number write `{"username": 13812345678}`), so it is read as
 * its key says.
 */
export function cannotHold(category: CategoryKey, token: string): boolean {
  if (!TEXT_CATEGORIES.has(category)) return false;
  if (token === "true" || token === "false") return true;
  const n = Number(token);
  return !Number.isInteger(n) || Math.abs(n) < SMALLEST_PHONE;
}

/**
 * A string that is a boolean or a count as SLS writes them: `true`, `false`, one to five digits.
 * Nothing else (`41 23 45 67`, `+47...`) is taken for a scalar.
 */
const SCALAR_TEXT = /^(?:true|false|\d{1,5})$/;

/**
 * True when the string `value` under a key of `category` is a boolean or a count written as text
 * (`{"Key": "iPhone", "Value": "42"}`, `"notify.email": "true"` in SLS): not a nickname's, which
 * may be digits (`520`).
 */
export function cannotHoldText(category: CategoryKey, value: string): boolean {
  return (
    value.length <= 5 &&
    category !== "account.profile.nickname" &&
    SCALAR_TEXT.test(value) &&
    cannotHold(category, value)
  );
}
