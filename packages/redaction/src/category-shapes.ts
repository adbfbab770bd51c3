/**
 * Whether a value has the shape of a person's name or phone number (session 20), where the word
 * that names it names a thing's field as often: a table's column labelled `Name` or `Phone`
 * (`label-lists.ts`: `Gift Box`, `iPhone 15` there are a product's), a search filter's field
 * (`filter[0][key]=name&filter[0][value]=iphone`: `filter-containers.ts`). The value decides
 * there; any other category is its word's.
 *
 * A phone number goes only in a phone number's shape. A name goes unless it reads as a thing's
 * (session 20, second step): the first reading kept what no name reader knew (`Nguyễn Văn An`,
 * `Oluwaseun Adeyemi`, `周迅` passed where the label alone had dropped them), and a leak is worse
 * than an over-redaction. So a value under `Name` goes when a name reader reads it (a bare full
 * name, a listed name in one case, a Chinese full name, one listed given name), and otherwise
 * unless `thing-name-shapes.ts` reads it as a thing's (a digit, a thing's word, a brand's casing);
 * one word that is no listed given name stays (`iphone`, `Large`, `Rose`, `Castle`), and so does a
 * value longer than a name no reader reads ({@link LONGEST_NAME}). In Chinese, two to four
 * ideographs that start with a surname go (`周迅`, `莫言`: `han-full-names.ts`) unless a thing's
 * word or ending marks them (`金币`, `周卡`, `黄金会员`), and so do ideographs joined by a middle
 * dot, a transcribed name's shape (`迪丽热巴·迪力木拉提`); other ideographs stay (`玫瑰`, `火箭`,
 * `迪丽热巴`). Marks of a person's name are read before a thing's and outweigh them
 * (`person-name-marks.ts`: a listed given name first, initials, a handle built from a name, a
 * Chinese nickname; red team round 11).
 * Measures: the package README.
 */
import type { CategoryKey } from "@kago/personal-data";
import { findBareNames } from "./bare-names.js";
import { isHanFullName, isSurnameLedHan } from "./han-full-names.js";
import { GIVEN_NAMES } from "./name-lists.js";
import { isOneCaseName } from "./one-case-names.js";
import { hasPersonNameMark } from "./person-name-marks.js";
import { holdsHanThingWord, readsAsThingName } from "./thing-name-shapes.js";

/**
 * A phone number as a table or a form writes it: digits with the separators numbers are grouped by, a `+` or
 * `00` before them (`4741234567`, `+47 474 12 345`, `(555) 123-4567`); not a model (`iPhone 15`).
 */
const PHONE_SHAPE = /^\+?[\d ()./-]{6,24}$/;

/** The fewest and most digits of a phone number so written: a subscriber's five, E.164's fifteen. */
const FEWEST_PHONE_DIGITS = 5;
const MOST_PHONE_DIGITS = 15;

/** The most characters of a value the name readers read here (as `one-case-names.ts` does). */
const LONGEST_READ = 64;

/**
 * The most characters of a name that no name reader reads: a longer value is a title's, a
 * description's (`Knoll Saarinen Executive Conference Chair` is 41).
 */
const LONGEST_NAME = 48;

/** One word of letters: a given name alone (`Astrid`, `ASTRID`), or a thing's (`iphone`, `Large`). */
const ONE_WORD = /^[\p{L}\p{M}'’-]+$/u;

/**
 * Ideographs joined by a middle dot (`·`, `・`, `•`, `‧`): a name transcribed from another language
 * (`迪丽热巴·迪力木拉提`), which no surname starts.
 */
const DOTTED_HAN_NAME = /^\p{sc=Han}+(?:[·・•‧]\p{sc=Han}+)+$/u;

/** Two to four ideographs, read by their surname ({@link isSurnameLedHan}). */
const HAN_WORD = /^\p{sc=Han}{2,4}$/u;

/**
 * True when the text `value`, named `category` by a word that names a thing's field as often (a
 * broad label, a filter's field), is that category's: a phone number's shape ({@link PHONE_SHAPE})
 * for a phone number; for a name, anything the module comment does not read as a thing's: `Astrid
 * Solberg`, `astrid solberg`, `Astrid`, `Nguyễn Văn An`, `Oluwaseun Adeyemi`, `张伟`, `周迅` go;
 * `Gift Box`, `Premium Plan`, `iPhone 15`, `API Gateway`, `Rose`, `玫瑰`, `金币` stay.
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
  if (value.length > LONGEST_READ) return false;
  const text = value.trim();
  if (isHanFullName(text)) return true;
  if (hasPersonNameMark(text)) return true;
  if (HAN_WORD.test(text)) return isSurnameLedHan(text) && !holdsHanThingWord(text);
  if (DOTTED_HAN_NAME.test(text)) return !holdsHanThingWord(text);
  if (ONE_WORD.test(text)) return text.length >= 3 && GIVEN_NAMES.has(text.toLowerCase());
  if (isOneCaseName(text) || findBareNames(text) !== null) return true;
  return text.length <= LONGEST_NAME && !readsAsThingName(text);
}
