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
 *   the street word alone (`Karl Johans gate`, and since session 14 German's capitalised
 *   `Berliner Straße`, `Str.`, `Gasse`, `Allee`), then a door number (`12`, `12B`).
 * - French, number first: a door number (`12`, `12 bis`, `12,`), a street type in either case
 *   (`rue`, `avenue`, `boulevard`, `bd`, `place`, `allée`, `impasse`, `chemin`, `quai`, `cours`,
 *   `route`, `square`), an optional particle (`de`, `du`, `des`, `de la`, `d'`) and one to three
 *   capitalised words (`12 rue de Rivoli`, `5, avenue des Champs-Élysées`).
 * - Spanish, Catalan, Portuguese and Italian, number after: a street type (`Calle`, `C/`,
 *   `Avenida`, `Avda.`, `Av.`, `Paseo`, `Plaza`, `Carrer`, `Rua`, `Travessa`, `Praça`, `Largo`,
 *   `Via`, `Viale`, `Piazza`, `Corso`, `Vicolo`; in lower case too except `via`, `av.` and `c/`,
 *   which are English or too short), particles and one to three capitalised words (`Calle de
 *   Alcalá`, `Rua das Flores`, `Corso Vittorio Emanuele II`), an optional comma, and a door
 *   number: `Calle Mayor 5`, `Rua Augusta, 100`, `Via del Corso 12`.
 * The span is the address from its first word or number to the street type or door number, and
 * on over a postcode and town behind a comma where the postcode has one of the forms read here
 * (`, 0155 Oslo`, `, 75001 Paris`, `, 1100-053 Lisboa`, `, 1012 AB Amsterdam`, `, London NW1 6XE`,
 * `, Springfield, IL 62704`); a town without its postcode stays (a capitalised word after a street
 * may start the next sentence).
 *
 * Session 15, Mexico: a street named after a date (`Calle 5 de Mayo 123`), and on over what a
 * Mexican address writes after the street, where a red team saw it sent: the neighbourhood
 * (`, Col. Juárez`, `, Colonia Roma Norte`), then the towns, the state and the postcode when the
 * postcode comes (`, CDMX, C.P. 06600`, `, Centro, 06000 CDMX`, `, 03940 Ciudad de México`), or
 * the capital alone (`, CDMX`, `, Ciudad de México`).
 *
 * Session 18 (a red team's round 7, R3), Turkish: one to three capitalised words and a street type
 * (`Cad.`, `Caddesi`, `Sok.`, `Sokak`, `Bulvarı`, `Mah.`, `Mahallesi`, and their short forms `Cd.`,
 * `Sk.`, `Blv.`), up to two such parts more (`Moda Mah. Şair Nefi Sok.`), then the door number
 * after `No` (`No:5`, `No: 12/3`, `No.5`), which every Turkish address writes and a street's name
 * alone does not, and a flat (`D: 3`, `Daire 3`, `Kat 2`); on over a postcode and town
 * (`, 34710 Kadıköy/İstanbul`) or a district and its province split by `/` (`Kadıköy/İstanbul`).
 *
 * Session 18 (round 7's R3, left open by its helper), Indonesian and Malay: `Jl.`, `Jln.` or
 * `Jalan`, one to three capitalised words, then the door number, maybe after `No.`
 * (`Jl. Sudirman No. 5`, `Jalan Ampang 12`); on over a postcode and town (`, 50450 Kuala Lumpur`).
 * Russian: the town maybe first (`г. Москва, `), a street type (`ул.`, `улица`, `пр.`, `просп.`,
 * `проспект`, `пер.`, `переулок`, `наб.`, `набережная`, `б-р`, `бульвар`, `ш.`, `шоссе`), one or two
 * capitalised words, then the house after `д.` or `дом` (`ул. Тверская, д. 7`), and a building and
 * flat (`, корп. 2`, `, кв. 15`). Neither takes a street without its number.
 *
 * Session 19: Arabic addresses, read by `arabic-addresses.ts` and returned with these.
 */
import { ARABIC_ADDRESS_HINT, findArabicAddresses } from "./arabic-addresses.js";
import type { EngineSpan } from "./percent-view.js";

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
const STREET_TYPES =
  "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Place|Terrace|Close|Crescent|Square|Parkway|Highway";
const STREET_WORDS =
  "gata|gate|gaten|gatan|veien|vegen|vei|vej|vägen|straße|strasse|str\\.|weg|gasse|allee|platz|straat|laan";
/**
 * German street words as a word of their own, capitalised after the street's name (`Berliner
 * Straße 12`, `Berliner Str. 12`; session 14); not `Platz` or `Weg` alone (`auf Platz 12`).
 */
const GERMAN_STREET_WORDS = String.raw`Straße|Strasse|Str\.|Gasse|Allee`;
/** French street types, after the door number (`12 rue de Rivoli`). */
const FRENCH_TYPES =
  "[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Ii]mpasse|[Cc]hemin|[Qq]uai|[Cc]ours|[Rr]oute|[Ss]quare";
/** Spanish, Catalan, Portuguese and Italian street types, before the street's name. */
const SOUTHERN_TYPES = String.raw`(?:[Cc]alle|[Aa]venida|[Pp]aseo|[Pp]laza|[Cc]arrer|[Rr]ua|[Tt]ravessa|[Pp]raça|[Ll]argo|Via|[Vv]iale|[Pp]iazza|[Cc]orso|[Vv]icolo) |(?:C/|[Aa]vda\.|Av\.) ?`;
/** The particles between a type and a name, or inside a name: `de la`, `das`, `del`, `d'`. */
const PARTICLE = String.raw`(?:d[eaoi]s?|del|dels|della|dello|delle|dei|degli|du|la|las|los|les) `;
/**
 * The name of a street after its type: one to three capitalised words without a full stop (it
 * may end the sentence), with particles between them.
 */
const NAME_WORD = String.raw`(?:${PARTICLE}){0,2}(?:d['’])?\p{Lu}[\p{L}'’-]*`;
const NAME_AFTER_TYPE = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,2}`;

/**
 * A digit or a capital letter that starts a word: the first character is matched before the
 * look back at the one before it, so most positions cost one class test.
 */
const DIGIT_STARTS = String.raw`\d(?<=(?<![\p{L}\p{N}])\d)`;
const CAPITAL_STARTS = String.raw`\p{Lu}(?<=(?<![\p{L}\p{N}])\p{Lu})`;

/** Turkish street types (session 18), before the door number's `No`. */
const TURKISH_TYPES = String.raw`Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Mah\.|Mahallesi`;
/**
 * One part of a Turkish address after its first capital: the rest of one to three capitalised
 * words and a street type (the capital is matched first, as {@link CAPITAL_STARTS} does).
 */
const TURKISH_PART = String.raw`[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} (?:${TURKISH_TYPES})`;

/** Indonesian and Malay street types (session 18), before the street's name. */
const MALAY_TYPES = String.raw`Jl\.|Jln\.|Jalan`;
/** Russian street types (session 18), before the street's name. */
const RUSSIAN_TYPES = String.raw`ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|наб\.|набережная|б-р|бульвар|ш\.|шоссе`;
/** A capitalised Russian word (`Тверская`, `Ленина`, `Мира`). */
const RUSSIAN_WORD = String.raw`[А-ЯЁ][а-яё-]+`;

const ADDRESS = new RegExp(
  [
    String.raw`${DIGIT_STARTS}\d{0,4}[A-Za-z]?(?: ${CAPITALISED}){1,3} (?:${STREET_TYPES})\b\.?`,
    String.raw`${CAPITAL_STARTS}\p{Ll}*(?:${STREET_WORDS}) \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
    String.raw`${CAPITAL_STARTS}[\p{L}'’.-]*(?: ${CAPITALISED}){0,2} (?:${STREET_WORDS}|${GERMAN_STREET_WORDS}) \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
    String.raw`${DIGIT_STARTS}\d{0,3}(?: ?(?:bis|ter))?,? (?:${FRENCH_TYPES}) ${NAME_AFTER_TYPE}`,
    String.raw`(?<![\p{L}\p{N}_])(?:${SOUTHERN_TYPES})(?:\d{1,2} de )?${NAME_AFTER_TYPE},? \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}_])(?:${MALAY_TYPES}) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2},? (?:No\.? ?)?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])`,
    String.raw`(?<![а-яёА-ЯЁ])(?:г\. ${RUSSIAN_WORD}, )?(?:${RUSSIAN_TYPES}) ${RUSSIAN_WORD}(?: ${RUSSIAN_WORD})?,? (?:д\.|дом) ?\d{1,4}[а-я]?(?:,? (?:корп\.|стр\.|кв\.) ?\d{1,4})*(?![\p{L}\p{N}])`,
    String.raw`(?<turkish>${CAPITAL_STARTS}${TURKISH_PART}(?:,? \p{Lu}${TURKISH_PART}){0,2},? No ?[:.]? ?\d{1,4}(?:/\d{1,3})?[A-Za-z]?(?:,? (?:D|Daire|Kat)[:.]? ?\d{1,3})?)(?![\p{L}\p{N}])`,
  ].join("|"),
  "gu",
);

/**
 * A postcode and town after a street, behind a comma: `, 0155 Oslo`, `, 10115 Berlin`,
 * `, 1100-053 Lisboa` and `, 1012 AB Amsterdam` (the postcode first), `, London NW1 6XE` (a British postcode after the town), `, Springfield, IL
 * 62704` (a US state and ZIP code). Each form needs its postcode: a capitalised word alone after
 * a street may start the next sentence.
 */
const TOWN = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?`;
const POSTAL_TAIL = new RegExp(
  String.raw`, (?:\d{4,5} ${TOWN}|\d{4}-\d{3} ${TOWN}|\d{4} [A-Z]{2} ${TOWN}|${TOWN} [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|${TOWN}, [A-Z]{2} \d{5}(?:-\d{4})?)(?![\p{L}\p{N}])`,
  "uy",
);

/**
 * What a Turkish address writes after its door number (session 18; read only after the Turkish
 * form, the `turkish` group of {@link ADDRESS}): a postcode and a town
 * (`, 34710 Kadıköy/İstanbul`), or a district and its province split by `/` (`Kadıköy/İstanbul`).
 */
const TURKISH_TAIL = new RegExp(
  String.raw`,? (?:\d{5} ${TOWN}(?:/${TOWN})?|${TOWN}/${TOWN})(?![\p{L}\p{N}])`,
  "uy",
);

/**
 * What a Mexican address writes after its street (session 15): the neighbourhood after `Col.` or
 * `Colonia`; then up to three towns, a state or a neighbourhood without its word, only before the
 * postcode (`C.P.` and five digits, or five digits) and the town after it; or the capital alone.
 * Nothing when none of them follows.
 */
const MEXICAN_TAIL = new RegExp(
  String.raw`(?:, (?:Col\.|Colonia) ${NAME_AFTER_TYPE})?(?:(?:, ${NAME_AFTER_TYPE}){0,3},? (?:C\. ?P\.|CP) ?\d{5}(?: ${NAME_AFTER_TYPE})?|(?:, ${NAME_AFTER_TYPE}){0,3}, \d{5}(?: ${NAME_AFTER_TYPE})?|, (?:CDMX|Ciudad de México))?(?![\p{L}\p{N}])`,
  "uy",
);

/** A Turkish street type, for the prose search (which ignores case; after its `\b`). */
const TURKISH_HINT = String.raw`cad(?:\.|desi)|cd\.|sok(?:\.|a[kğ])|sk\.|bulvarı|blv\.|mah(?:\.|alle)`;
/**
 * An Indonesian or Malay street type (after the search's `\b`), or a Russian house's `д.` or `дом`
 * before its number (no `\b` before Cyrillic: outside it).
 */
const MALAY_HINT = String.raw`jln?\.|jalan `;
const RUSSIAN_HINT = String.raw`(?:д\.|дом) ?\d`;

/**
 * What every such address holds, for the prose search (which ignores case): a street type as a
 * word (`allée` and `C/` end in a character that is not one), `route` after a number (it is a
 * common English word), a street word before a number, a Turkish, Indonesian or Malay street
 * type, or a Russian house's number (session 18), or an Arabic street type (session 19).
 */
export const STREET_ADDRESS_HINT = String.raw`${ARABIC_ADDRESS_HINT}|\b(?:(?:${STREET_TYPES}|rue|bd|impasse|chemin|quai|cours|calle|avenida|avda|av|paseo|plaza|carrer|rua|travessa|praça|largo|via|viale|piazza|corso|vicolo)\b|allée|c/|${TURKISH_HINT}|${MALAY_HINT})|\d(?: ?(?:bis|ter))?,? route|(?:${STREET_WORDS}) \d|${RUSSIAN_HINT}`;

/** The street addresses in `text` (see the module note), sorted; `null` when none. */
export function findStreetAddresses(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    let end = m.index + m[0].length;
    POSTAL_TAIL.lastIndex = end;
    MEXICAN_TAIL.lastIndex = end;
    TURKISH_TAIL.lastIndex = end;
    if (m.groups?.turkish !== undefined) {
      if (TURKISH_TAIL.test(text)) end = TURKISH_TAIL.lastIndex;
    } else if (POSTAL_TAIL.test(text)) end = POSTAL_TAIL.lastIndex;
    else if (MEXICAN_TAIL.test(text)) end = MEXICAN_TAIL.lastIndex;
    out.push([m.index, end, "contact.address"]);
    ADDRESS.lastIndex = end;
  }
  const arabic = findArabicAddresses(text);
  if (arabic === null) return out.length === 0 ? null : out;
  if (out.length === 0) return arabic;
  return [...out, ...arabic].sort((a, b) => a[0] - b[0]);
}
