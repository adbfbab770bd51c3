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
 */
import type { EngineSpan } from "./percent-view.js";

/** An Arabic word: a letter, then letters, marks (harakat) and the tatweel. */
const WORD = String.raw`[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0670-\u06d3]*`;
/** A digit: ASCII, Arabic-Indic or Eastern Arabic-Indic. */
const DIGIT = String.raw`[0-9\u0660-\u0669\u06f0-\u06f9]`;
/** A door's or a building's number, standing alone: one to four digits and maybe a letter. */
const NUMBER = String.raw`${DIGIT}{1,4}(?![\p{L}\p{N}])`;
/** A street type; `طريق` not after `عن` ("by way of"). */
const TYPE = String.raw`(?:شارع|ش\.|(?<!عن )طريق|جادة|زقاق|ميدان)`;
/**
 * Where a type may start: after a character that is no letter or digit, or after one proclitic
 * letter (`و`, `ب`, `ل`, `ف`) that is.
 */
const TYPE_START = String.raw`(?<=^|[^\p{L}\p{N}]|(?:^|[^\p{L}\p{N}])[وبلف])`;
/** A comma, Arabic or Latin, with its space, or a space alone. */
const SEP = String.raw`(?:[،,] ?| )`;
/** A word for the building or the door before its number. */
const BUILDING = String.raw`(?:رقم|مبنى|عمارة|بناية|منزل|فيلا)`;
/** A flat or a floor after the building (`، شقة 4`, `الدور 2`). */
const FLAT = String.raw`(?:${SEP}(?:شقة|الدور|الطابق|طابق) ?${NUMBER})?`;
/** A town of one or two words and its five-digit postcode, behind a comma. */
const TOWN_POSTCODE = String.raw`[،,] ?${WORD}(?: ${WORD})? ${DIGIT}{5}(?![\p{L}\p{N}])`;
/** A year, which after a street's name is no door number (`ميدان التحرير 2011`). */
const YEAR = String.raw`(?:19|20|١٩|٢٠)${DIGIT}{2}(?!${DIGIT})`;

const ARABIC_ADDRESS = new RegExp(
  [
    // the type, the name, then a number (maybe after a building's word) or a town and postcode
    String.raw`${TYPE_START}${TYPE} ${WORD}(?: ${WORD}){0,3}(?:${SEP}(?:${BUILDING} ?${NUMBER}|(?!${YEAR})${NUMBER})${FLAT}(?:${TOWN_POSTCODE})?|${TOWN_POSTCODE})`,
    // the door number, the type and the name
    String.raw`(?<![\p{L}\p{N}])${DIGIT}{1,4}[،,]? ${TYPE} ${WORD}(?: ${WORD}){0,2}(?:${TOWN_POSTCODE})?`,
  ].join("|"),
  "gu",
);

/** What every address read here holds: a street type (for the prose search and this reader's gate). */
export const ARABIC_ADDRESS_HINT = String.raw`شارع|ش\.|طريق|جادة|زقاق|ميدان`;
const GATE = new RegExp(ARABIC_ADDRESS_HINT);

/** The Arabic street addresses in `text` (see the module note), sorted; `null` when none. */
export function findArabicAddresses(text: string): EngineSpan[] | null {
  if (!GATE.test(text)) return null;
  let out: EngineSpan[] | null = null;
  ARABIC_ADDRESS.lastIndex = 0;
  for (let m = ARABIC_ADDRESS.exec(text); m !== null; m = ARABIC_ADDRESS.exec(text)) {
    out ??= [];
    out.push([m.index, m.index + m[0].length, "contact.address"]);
  }
  return out;
}
