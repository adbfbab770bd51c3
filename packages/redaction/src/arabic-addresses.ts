/**
 * Street addresses written in Arabic (session 19, a red team's round 7, R3, left open in session
 * 18): `شارع الملك فهد، مبنى 12، الرياض`, `١٢ شارع التحرير، القاهرة`, `عنواني شارع الملك فهد، الرياض
 * 12271`. Until then an Arabic address was read only under its key (`العنوان`).
 *
 * Read: a street type (`شارع` and its short form `ش.`, `طريق`, `جادة`, `زقاق`, `ميدان`; a
 * proclitic `و`, `ب`, `ل` or `ف` may be glued before it, `بشارع`, and is left out of the span;
 * `طريق` not after `عن`, with which it means "by way of") and the street's name, one to four
 * Arabic words, then what makes it an address rather than a street's name in a sentence:
 * - a number after the name, maybe behind a comma and a word for the building or the door (`شارع
 *   التحرير 12`, `، مبنى 12`, `رقم 5`, `عمارة 3`, `بناية`, `منزل`, `فيلا`), and a flat or floor
 *   after it (`، شقة 4`, `الدور 2`); a bare year right after the name is none (`ميدان التحرير
 *   2011`); or
 * - a town of one or two words and a five-digit postcode behind a comma (`، الرياض 12271`);
 * - or a door number before the type (`12 شارع التحرير`), and then one to three words of the name
 *   (Arabic has no capitals to end a name: a word or two of the sentence after it may go too, which
 *   is over-redaction, not a leak).
 * After a number, a town and postcode behind a comma are taken too. A town without its postcode
 * stays, as in the other languages' addresses (`street-addresses.ts`). Digits may be ASCII,
 * Arabic-Indic (`١٢`) or Eastern Arabic-Indic (`۱۲`).
 * Not read: a street named without a number (`مشيت في شارع التحرير أمس`), a place's name alone.
 *
 * The reader finds each street type with one native search and reads around it with sticky
 * expressions: linear in the text.
 */
import type { EngineSpan } from "./percent-view.js";

/**
 * An Arabic word: a letter, then letters, marks (harakat) and the tatweel, twenty characters at
 * most (so an address's digits stand within {@link ARABIC_ADDRESS_HINT}'s reach of its type).
 */
const WORD = String.raw`[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0670-\u06d3]{0,19}`;
/** A digit: ASCII, Arabic-Indic or Eastern Arabic-Indic. */
const DIGIT = String.raw`[0-9\u0660-\u0669\u06f0-\u06f9]`;
/** A door's or a building's number, standing alone: one to four digits. */
const NUMBER = String.raw`${DIGIT}{1,4}(?![\p{L}\p{N}])`;
/** A comma, Arabic or Latin, with its space, or a space alone. */
const SEP = "(?:[،,] ?| )";
/** A word for the building or the door before its number. */
const BUILDING = "(?:رقم|مبنى|عمارة|بناية|منزل|فيلا)";
/** A flat or a floor after the building (`، شقة 4`, `الدور 2`). */
const FLAT = `(?:${SEP}(?:شقة|الدور|الطابق|طابق) ?${NUMBER})?`;
/** A town of one or two words and its five-digit postcode, behind a comma. */
const TOWN_POSTCODE = String.raw`[،,] ?${WORD}(?: ${WORD})? ${DIGIT}{5}(?![\p{L}\p{N}])`;
/** A year, which after a street's name is no door number (`ميدان التحرير 2011`). */
const YEAR = `(?:19|20|١٩|٢٠)${DIGIT}{2}(?!${DIGIT})`;

/** The street types (`طريق` not after `عن`, "by way of"). */
const TYPES = String.raw`شارع|ش\.|(?<!عن )طريق|جادة|زقاق|ميدان`;
/**
 * What every address read here holds, for the prose search: a street type with a digit before it
 * or a digit within 130 characters after it on its line (four words of a name, a building's word,
 * a town and the postcode's first digit stay within that), so Arabic prose that names a street,
 * or says `عن طريق` ("by way of"), without a number near is not read for prose at all.
 */
export const ARABIC_ADDRESS_HINT = String.raw`(?:(?:${TYPES}) [^\n]{0,130}${DIGIT}|${DIGIT}[،,]? (?:${TYPES}) )`;
/** A street type and the space after it, each found once. */
const TYPE = new RegExp(`(?:${TYPES}) `, "g");
/**
 * After the type: the street's name, then a number (maybe after a building's word; not a year
 * alone) and a flat, and a town and postcode; or the town and postcode alone.
 */
const AFTER_TYPE = new RegExp(
  `${WORD}(?: ${WORD}){0,3}(?:${SEP}(?:${BUILDING} ?${NUMBER}|(?!${YEAR})${NUMBER})${FLAT}(?:${TOWN_POSTCODE})?|${TOWN_POSTCODE})`,
  "uy",
);
/** After the type, when the door number came before it: the name, and a town and postcode. */
const NAME_AFTER_NUMBER = new RegExp(`${WORD}(?: ${WORD}){0,2}(?:${TOWN_POSTCODE})?`, "uy");
/** A door number that ends right before a type, standing alone (read on the few characters before it). */
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DIGIT}{1,4}[،,]? $`, "u");
/** A letter or a digit. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The proclitics that may be glued before a type (`بشارع`, `وشارع`). */
const PROCLITICS = "وبلف";

/** True when a type may start at `i`: after no letter or digit, or after one proclitic that is. */
function canStartType(text: string, i: number): boolean {
  if (i === 0 || !LETTER_OR_DIGIT.test(text.charAt(i - 1))) return true;
  return PROCLITICS.includes(text.charAt(i - 1)) && (i === 1 || !LETTER_OR_DIGIT.test(text.charAt(i - 2)));
}

/** The Arabic street addresses in `text` (see the module note), sorted; `null` when none. */
export function findArabicAddresses(text: string): EngineSpan[] | null {
  let out: EngineSpan[] | null = null;
  TYPE.lastIndex = 0;
  for (let m = TYPE.exec(text); m !== null; m = TYPE.exec(text)) {
    const i = m.index;
    if (!canStartType(text, i)) continue;
    const nameStart = i + m[0].length;
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, i - 8), i));
    AFTER_TYPE.lastIndex = nameStart;
    let end = AFTER_TYPE.test(text) ? AFTER_TYPE.lastIndex : -1;
    if (end < 0 && before !== null) {
      NAME_AFTER_NUMBER.lastIndex = nameStart;
      if (NAME_AFTER_NUMBER.test(text)) end = NAME_AFTER_NUMBER.lastIndex;
    }
    if (end < 0) continue;
    const start = before === null ? i : i - before[0].length;
    out ??= [];
    out.push([start, end, "contact.address"]);
    TYPE.lastIndex = end;
  }
  return out;
}
