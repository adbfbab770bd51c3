/**
 * Whether a value has the shape of a person's name or phone number (session 20), where the word
 * that names it names a thing's field as often: a table's column labelled `Name` or `Phone`
 * (`label-lists.ts`: `Gift Box`, `iPhone 15` there are a product's), a search filter's field
 * (`filter[0][key]=name&filter[0][value]=iphone`: `filter-containers.ts`). The value decides
 * there, read by the engine's readers of names and phone numbers; any other category is its word's.
 */
import type { CategoryKey } from "@kago/personal-data";
import { findBareNames } from "./bare-names.js";
import { isHanFullName } from "./han-full-names.js";
import { GIVEN_NAMES } from "./name-lists.js";
import { isOneCaseName } from "./one-case-names.js";

/**
 * A phone number as a table or a form writes it: digits with the separators numbers are grouped by, a `+` or
 * `00` before them (`4741234567`, `+47 474 12 345`, `(555) 123-4567`); not a model (`iPhone 15`).
 */
const PHONE_SHAPE = /^\+?[\d ()./-]{6,24}$/;

/** The fewest and most digits of a phone number so written: a subscriber's five, E.164's fifteen. */
const FEWEST_PHONE_DIGITS = 5;
const MOST_PHONE_DIGITS = 15;

/** One word of letters: a given name alone (`Astrid`, `ASTRID`). */
const ONE_WORD = /^[\p{L}\p{M}'’-]{3,32}$/u;

/**
 * True when the text `value`, named `category` by a word that names a thing's field as often (a
 * broad label, a filter's field), is that category's: a phone number's shape ({@link PHONE_SHAPE})
 * for a phone number; for a name, a person's name as the engine's name readers read one: a bare full name (`Astrid Solberg`,
 * `Solberg, Astrid`: `bare-names.ts`), a listed name in one case (`astrid solberg`:
 * `one-case-names.ts`), a Chinese full name (`张伟`: `han-full-names.ts`), or one listed given name
 * that is no common word (`Astrid`; not `Rose`, `Nova`, `Max`). Not `Gift Box`, `Premium Plan`,
 * `iPhone 15`, `玫瑰`.
 */
export function hasCategoryShape(category: CategoryKey, value: string): boolean {
  if (category === "contact.phone") {
    if (!PHONE_SHAPE.test(value)) return false;
    let digits = 0;
    for (let k = 0; k < value.length; k++) {
      const c = value.charCodeAt(k);
      if (c >= 48 && c <= 57) digits++;
    }
    return digits >= FEWEST_PHONE_DIGITS && digits <= MOST_PHONE_DIGITS;
  }
  if (category !== "account.profile.name") return true;
  if (value.length > 64) return false;
  if (isHanFullName(value)) return true;
  if (ONE_WORD.test(value)) return GIVEN_NAMES.has(value.toLowerCase());
  return isOneCaseName(value) || findBareNames(value) !== null;
}
