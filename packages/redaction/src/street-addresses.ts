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
 * The span is the address from its first word or number to the street type or door number; the
 * town and postcode after it stay (a postcode has a form per country, not read here).
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
 * What every such address holds, for the prose search (which ignores case): a street type as a
 * word, or a street word before a number.
 */
export const STREET_ADDRESS_HINT = String.raw`\b(?:${STREET_TYPES})\b|(?:${STREET_WORDS}) \d`;

/** The street addresses in `text` (see the module note), sorted; `null` when none. */
export function findStreetAddresses(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text))
    out.push([m.index, m.index + m[0].length, "contact.address"]);
  return out.length === 0 ? null : out;
}
