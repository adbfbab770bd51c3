/**
 * Indian street addresses in prose, in Latin script or Devanagari, without a label (session 15):
 * `Flat 12B, MG Road, Bengaluru 560001`, `House No. 45, Sector 15, Noida, UP 201301`, `मकान नंबर 12,
 * गांधी नगर, दिल्ली 110001`, `12, MG रोड, बेंगलुरु 560001`. A red team sent these to a vendor
 * unchanged.
 *
 * An Indian address is a premises' number, then its locality's parts behind commas, and often a
 * six-digit PIN code. Read, the span from the number to its last part or its PIN code:
 * - a premises' word and its number (`Flat 12B`, `House No. 45`, `H.No. 4-5-6/1`, `Plot 7`, `Door
 *   No. 3`, `Apt 5`, `मकान नंबर 12`, `फ्लैट 3`; the word stays), then one to six parts behind
 *   commas, each one to five capitalised words, numbers or Devanagari words (`MG Road`, `Sector
 *   15`, `गांधी नगर`), and the PIN code behind a space, a comma or a dash; without a PIN code the
 *   parts up to the last one with a locality's word (`Road`, `Nagar`, `Sector`, `रोड`, `नगर`...);
 * - a bare door number (`12,`, `12 MG Road,`) before such parts with a locality's word and a PIN
 *   code behind a word (`Bengaluru 560001`, not `Sector 15 201301`): both, since a number, words
 *   and six digits are a list as often.
 * Not a locality named alone (`Sector 7 is full`), a premises' word before a number and no part
 * (`Flat 20 discount`), nor six digits alone (`order 560001`).
 */
import type { EngineSpan } from "./percent-view.js";

/** The words of premises before their number, in English and Hindi. */
const PREMISES_WORDS = String.raw`Flat(?: No\.?)?|House (?:No\.?|Number)|H\. ?No\.?|Plot(?: No\.?)?|Door No\.?|D\. ?No\.?|Apartment|Apt\.?|Shop No\.?|मकान (?:नंबर|नम्बर|नं\.?|संख्या)|फ्लैट(?: नंबर| नं\.?)?|प्लॉट(?: नंबर| नं\.?)?`;
/** A premises' or door's number: `12B`, `45`, `4-5-6/1`. */
const NUMBER = String.raw`\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?){0,3}(?![\p{L}\p{N}])`;
/**
 * Where an address starts: a premises' word and its number (group 1 the word and what separates
 * it: a space, `:` or `#`), or a bare door number.
 */
const START = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${PREMISES_WORDS})(?: ?[:#] ?| |(?<=\.)))?${NUMBER}`,
  "gu",
);
/** A word of a part: capitalised, a number (`15`, `2nd`), or Devanagari (no danda). */
const PART_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'&-]*|\d{1,4}(?:st|nd|rd|th|[A-Za-z])?|[\u0900-\u0963\u0966-\u097f]+)(?![\p{L}\p{N}])`;
/** A part behind a comma: one to five words. */
const PART = new RegExp(`, ?${PART_WORD}(?: ${PART_WORD}){0,4}`, "uy");
/** The first part, behind a comma or a space (`12 MG Road, Bengaluru 560001`). */
const FIRST_PART = new RegExp(`,? ?${PART_WORD}(?: ${PART_WORD}){0,4}`, "uy");
/** A PIN code: six digits, the first 1-9, or 3 and 3; behind a space, a comma or a dash. */
const PIN = /(?:,? | ?[-–] ?|,)[1-9]\d{2} ?\d{3}(?![\p{L}\p{N}_])/uy;
/** A locality's word, in a part. */
const LOCALITY =
  /(?<![\p{L}\p{N}])(?:Road|Rd\.?|Street|Marg|Nagar|Colony|Sector|Layout|Cross|Main|Lane|Block|Phase|Enclave|Vihar|Puram|Bagh|Chowk|Gali|Society|Apartments|Residency|Extension|Extn\.?)(?![\p{L}\p{N}])|रोड|मार्ग|नगर|कॉलोनी|सेक्टर|गली|विहार|पुरम|बाग|चौक|मोहल्ला|ब्लॉक/u;
const MAX_PARTS = 6;

/**
 * What ends the last part before the PIN code of an address without a premises' word: a word's
 * letter or its closing `.`, `'`, `&` or `-` (`Bengaluru 560001`, `U.P. 201301`), never a digit.
 * The reader asks it of that case, and the prose search asks it of every PIN code, so that six
 * digits after a number (`+44 7700 900000`, `evt-0-830724`), common in chat and ids, are not read
 * (session 15: read, they made the search let through about a third of the bench's chat texts,
 * and the IM payload cost 38% more). Written letter first: searched in hex digests, a digit
 * first and a look back cost three times as much.
 */
const BEFORE_PIN = String.raw`[a-z.'&\u00c0-\uffff-]`;
const ENDS_IN_WORD = new RegExp(BEFORE_PIN, "i");
/** True when `text[end - 1]` may end the part before a PIN code of an unlabelled address. */
function endsInWord(text: string, end: number): boolean {
  return ENDS_IN_WORD.test(text[end - 1] ?? "");
}

/**
 * What every such address holds, for the prose search (which ignores case) and as this reader's
 * gate: a premises' word before a number, or a PIN code's six digits standing alone behind a word
 * and a space, a comma or a dash (see {@link BEFORE_PIN}).
 */
export const INDIAN_ADDRESS_HINT = String.raw`\b(?:flat|house|h\. ?no|plot|door|d\. ?no|apartment|apt|shop)\b[^\d,]{0,8}\d|मकान|फ्लैट|प्लॉट|${BEFORE_PIN}(?:,? | ?[-–] ?|,)[1-9]\d\d ?\d\d\d\b`;
const GATE = new RegExp(INDIAN_ADDRESS_HINT, "i");

/** The Indian addresses in `text` (see the module note), sorted; `null` when none. */
export function findIndianAddresses(text: string): EngineSpan[] | null {
  if (!GATE.test(text)) return null;
  let out: EngineSpan[] | null = null;
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    let end = m.index + m[0].length;
    let localityEnd = -1; // the end of the last part with a locality's word
    for (let parts = 0; parts < MAX_PARTS; parts++) {
      const reader = parts === 0 ? FIRST_PART : PART;
      reader.lastIndex = end;
      const part = reader.exec(text);
      if (part === null) break;
      end = reader.lastIndex;
      if (LOCALITY.test(part[0])) localityEnd = end;
    }
    PIN.lastIndex = end;
    const pin = PIN.test(text) ? PIN.lastIndex : -1;
    const labelled = m[1] !== undefined;
    if (pin !== -1 && (labelled || (localityEnd !== -1 && endsInWord(text, end)))) end = pin;
    else if (labelled && localityEnd !== -1) end = localityEnd;
    else continue;
    out ??= [];
    out.push([m.index + (m[1]?.length ?? 0), end, "contact.address"]);
    START.lastIndex = end;
  }
  return out;
}
