/**
 * Street addresses written in Latin script in prose, without a label: `ship to 221B Baker Street,
 * London`, `I live at 12 Main St.`, `Storgata 12`, `Karl Johans gate 1`, `Hauptstraße 5`.
 *
 * Read, case-sensitive:
 * - English, number first: a door number (`221B`), one to three capitalised words, and a street
 *   type (`Street`, `St`, `Road`, `Rd`, `Avenue`, `Ave`, `Lane`, `Ln`, `Drive`, `Boulevard`,
 *   `Blvd`, `Court`, `Ct`, `Place`, `Terrace`, `Close`, `Crescent`, `Square`, `Parkway`,
 *   `Highway`), not inside a word. Not `Way`, `Dr`, `Pl` or `Sq`: words and titles as often.
 * - Nordic, German and Dutch, number after: a capitalised word ending in a street word
 *   (`Storgata`, `Hauptstraße`, `Kirkeveien`, `Damstraat`), or one to three capitalised words and
 *   the street word alone (`Karl Johans gate`), then a door number (`12`, `12B`).
 * The span is the address from its first word or number to the street type or door number, and
 * on over a postcode and town behind a comma where the postcode has one of the forms read here
 * (`, 0155 Oslo`, `, London NW1 6XE`, `, Springfield, IL 62704`); a town without its postcode
 * stays (a capitalised word after a street may start the next sentence).
 */
import type { EngineSpan } from "./percent-view.js";

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
const STREET_TYPES =
  "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Place|Terrace|Close|Crescent|Square|Parkway|Highway";
const STREET_WORDS =
  "gata|gate|gaten|gatan|veien|vegen|vei|vej|vägen|straße|strasse|str\\.|weg|gasse|allee|platz|straat|laan";

/**
 * A digit or a capital letter that starts a word: the first character is matched before the
 * look back at the one before it, so most positions cost one class test.
 */
const DIGIT_STARTS = String.raw`\d(?<=(?<![\p{L}\p{N}])\d)`;
const CAPITAL_STARTS = String.raw`\p{Lu}(?<=(?<![\p{L}\p{N}])\p{Lu})`;

const ADDRESS = new RegExp(
  [
    String.raw`${DIGIT_STARTS}\d{0,4}[A-Za-z]?(?: ${CAPITALISED}){1,3} (?:${STREET_TYPES})\b\.?`,
    String.raw`${CAPITAL_STARTS}\p{Ll}*(?:${STREET_WORDS}) \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
    String.raw`${CAPITAL_STARTS}[\p{L}'’.-]*(?: ${CAPITALISED}){0,2} (?:${STREET_WORDS}) \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
  ].join("|"),
  "gu",
);

/**
 * A postcode and town after a street, behind a comma: `, 0155 Oslo` and `, 10115 Berlin` (the
 * postcode first), `, London NW1 6XE` (a British postcode after the town), `, Springfield, IL
 * 62704` (a US state and ZIP code). Each form needs its postcode: a capitalised word alone after
 * a street may start the next sentence.
 */
const TOWN = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?`;
const POSTAL_TAIL = new RegExp(
  String.raw`, (?:\d{4,5} ${TOWN}|${TOWN} [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|${TOWN}, [A-Z]{2} \d{5}(?:-\d{4})?)(?![\p{L}\p{N}])`,
  "uy",
);

/**
 * What every such address holds, for the prose search (which ignores case): a street type as a
 * word, or a street word before a number.
 */
export const STREET_ADDRESS_HINT = String.raw`\b(?:${STREET_TYPES})\b|(?:${STREET_WORDS}) \d`;

/** The street addresses in `text` (see the module note), sorted; `null` when none. */
export function findStreetAddresses(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    let end = m.index + m[0].length;
    POSTAL_TAIL.lastIndex = end;
    if (POSTAL_TAIL.test(text)) end = POSTAL_TAIL.lastIndex;
    out.push([m.index, end, "contact.address"]);
    ADDRESS.lastIndex = end;
  }
  return out.length === 0 ? null : out;
}
