/**
 * Numbers spelt out digit by digit: `one three eight one two three four five six seven eight`,
 * `four one five, five five five, two six seven one`, `oh seven seven double oh nine...`, and since
 * session 12 in Spanish, Portuguese, French, German and Italian (`seis uno dos...`, `nove um
 * dois...`, `six un deux...`, `sechs eins zwei...`, `sei uno due...`). A chat writes a phone
 * number so when the platform's filter looks for digits, as Chinese chats write it in numerals
 * (those are the digit view's, in @kago/personal-data).
 *
 * Read: eight to nineteen digits as digit words of one language (English `zero` or `oh`, `one`
 * ... `nine`, `double` and `triple` before one repeat it; the others' words in {@link DIGIT_WORDS}),
 * one word after another with white space, a comma or a hyphen between them. Eight to fifteen
 * digits are a phone number (no one spells out an id or an amount digit by digit; seven, a local
 * number without its area code, is left out with the counting below), sixteen to nineteen a
 * payment card when they pass its checks (Luhn, a network's prefix). Counting is not a number:
 * digits that go up or down by one all the way (`one, two, three, four, five, six, seven, eight`)
 * stay, and so do digits all the same (`null, null, null, ...`, a log's empty columns in German's
 * zero). The words of a run must all be one language's: `un` is French, `uno` Spanish or Italian,
 * and a run mixing languages is prose.
 */
import { type CategoryKey, isPaymentCard } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

/** The languages whose digit words are read, as bits. */
const EN = 1;
const ES = 2;
const PT = 4;
const FR = 8;
const DE = 16;
const IT = 32;

/** Each digit word (lower case): its digit and the languages it is one in. */
const DIGIT_WORDS: ReadonlyArray<readonly [string, string, number]> = [
  ["zero", "0", EN | PT | FR | IT],
  ["oh", "0", EN],
  ["one", "1", EN],
  ["two", "2", EN],
  ["three", "3", EN],
  ["four", "4", EN],
  ["five", "5", EN],
  ["six", "6", EN | FR],
  ["seven", "7", EN],
  ["eight", "8", EN],
  ["nine", "9", EN],
  ["cero", "0", ES],
  ["uno", "1", ES | IT],
  ["una", "1", ES],
  ["dos", "2", ES],
  ["tres", "3", ES | PT],
  ["cuatro", "4", ES],
  ["cinco", "5", ES | PT],
  ["seis", "6", ES | PT],
  ["siete", "7", ES],
  ["ocho", "8", ES],
  ["nueve", "9", ES],
  ["um", "1", PT],
  ["uma", "1", PT],
  ["dois", "2", PT],
  ["duas", "2", PT],
  ["três", "3", PT],
  ["quatro", "4", PT],
  ["meia", "6", PT], // `meia dúzia`: how Brazilians say six in a phone number
  ["sete", "7", PT],
  ["oito", "8", PT],
  ["nove", "9", PT | IT],
  ["zéro", "0", FR],
  ["un", "1", FR],
  ["une", "1", FR],
  ["deux", "2", FR],
  ["trois", "3", FR],
  ["quatre", "4", FR],
  ["cinq", "5", FR],
  ["sept", "7", FR],
  ["huit", "8", FR],
  ["neuf", "9", FR],
  ["null", "0", DE],
  ["eins", "1", DE],
  ["zwei", "2", DE],
  ["zwo", "2", DE],
  ["drei", "3", DE],
  ["vier", "4", DE],
  ["fünf", "5", DE],
  ["sechs", "6", DE],
  ["sieben", "7", DE],
  ["acht", "8", DE],
  ["neun", "9", DE],
  ["due", "2", IT],
  ["tre", "3", IT],
  ["quattro", "4", IT],
  ["cinque", "5", IT],
  ["sei", "6", IT],
  ["sette", "7", IT],
  ["otto", "8", IT],
];
const DIGIT_OF = new Map(DIGIT_WORDS.map(([word, digit]) => [word, digit]));
const LANGUAGES_OF = new Map(DIGIT_WORDS.map(([word, , languages]) => [word, languages]));

/** The words as one alternation, longer first where one starts another (`une` before `un`). */
const WORDS = [...DIGIT_OF.keys()].sort((a, b) => b.length - a.length).join("|");
/** One digit word, with `double` or `triple` before it allowed; not glued to a letter after it. */
const WORD = String.raw`(?:(?:double|triple)[ \t]+)?(?:${WORDS})(?![\p{L}\p{M}])`;
/** A run of digit words: at least four words (eight digits need four words with `double`s). */
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])${WORD}(?:(?:[ \t]+|[ \t]*[,-][ \t]*)${WORD}){3,18}`,
  "giu",
);
const EACH_WORD = new RegExp(
  String.raw`(double|triple)?[ \t]*(?<![\p{L}\p{M}])(${WORDS})(?![\p{L}\p{M}])`,
  "giu",
);

/**
 * What the prose search looks for (at a word's start): two digit words in a row, or `double` or
 * `triple` before one.
 */
export const SPELLED_NUMBER_HINT = String.raw`(?:${WORDS}|double|triple)(?:[ \t]+|[ \t]*[,-][ \t]*)(?:${WORDS})(?![a-zäöüßéèêàçãõâîôûñíóú])`;

/** The digits of a run of digit words, or `null` when its words are no one language's. */
function digitsOf(run: string): string | null {
  let digits = "";
  let languages = EN | ES | PT | FR | DE | IT;
  EACH_WORD.lastIndex = 0;
  for (let m = EACH_WORD.exec(run); m !== null; m = EACH_WORD.exec(run)) {
    const word = (m[2] as string).toLowerCase();
    languages &= LANGUAGES_OF.get(word) as number;
    const times = m[1] === undefined ? 1 : m[1].toLowerCase() === "double" ? 2 : 3;
    if (m[1] !== undefined) languages &= EN;
    digits += (DIGIT_OF.get(word) as string).repeat(times);
  }
  return languages === 0 ? null : digits;
}

/**
 * True when every digit is one more than the one before, or every one one less (counting), or
 * every one the same (a column of `null`s).
 */
function isCounting(digits: string): boolean {
  let up = true;
  let down = true;
  let same = true;
  for (let k = 1; k < digits.length; k++) {
    const step = digits.charCodeAt(k) - digits.charCodeAt(k - 1);
    up &&= step === 1;
    down &&= step === -1;
    same &&= step === 0;
  }
  return up || down || same;
}

/** What a spelt-out number of these digits is, or `null` (see the module note). */
function categoryOf(digits: string): CategoryKey | null {
  if (digits.length < 8 || digits.length > 19 || isCounting(digits)) return null;
  if (digits.length <= 15) return "contact.phone";
  return isPaymentCard(digits) ? "financial.payment_card" : null;
}

/**
 * The numbers spelt out in `text` (see the module note), each with its digits as the decoded
 * literal (so a keyed operator sees the number as if written in digits); `null` when none.
 */
export function findSpelledNumbers(text: string): EngineSpan[] | null {
  let out: EngineSpan[] | null = null;
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) {
    const digits = digitsOf(m[0]);
    const category = digits === null ? null : categoryOf(digits);
    if (digits === null || category === null) continue;
    out ??= [];
    out.push([m.index, m.index + m[0].length, category, digits]);
  }
  return out;
}
