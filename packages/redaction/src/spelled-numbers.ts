/**
 * Numbers spelt out digit by digit in English: `one three eight one two three four five six seven
 * eight`, `four one five, five five five, two six seven one`, `oh seven seven double oh nine...`.
 * A chat writes a phone number so when the platform's filter looks for digits, as Chinese chats
 * write it in numerals (those are the digit view's, in @kago/personal-data).
 *
 * Read: eight to nineteen digits as digit words (`zero` or `oh`, `one` ... `nine`; `double` and
 * `triple` before one repeat it), one word after another with white space, a comma or a hyphen
 * between them. Eight to fifteen digits are a phone number (no one spells out an id or an amount
 * digit by digit; seven, a local number without its area code, is left out with the counting
 * below), sixteen to nineteen a payment card when they pass its checks (Luhn, a network's
 * prefix). Counting is not a number: digits that go up or down by one all the way (`one, two,
 * three, four, five, six, seven, eight`) stay.
 */
import { type CategoryKey, isPaymentCard } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

const DIGIT_WORDS = "zero|oh|one|two|three|four|five|six|seven|eight|nine";
const WORD = String.raw`(?:(?:double|triple)[ \t]+)?(?:${DIGIT_WORDS})`;
/** A run of digit words: at least four words (eight digits need four words with `double`s). */
const SPELLED = new RegExp(String.raw`\b${WORD}(?:(?:[ \t]+|[ \t]*[,-][ \t]*)${WORD}){3,18}\b`, "gi");
const EACH_WORD = new RegExp(String.raw`(double|triple)?[ \t]*\b(${DIGIT_WORDS})\b`, "gi");
const DIGIT_OF: Readonly<Record<string, string>> = {
  zero: "0",
  oh: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

/**
 * What the prose search looks for (at a word's start): two digit words in a row, or `double` or
 * `triple` before one.
 */
export const SPELLED_NUMBER_HINT = String.raw`(?:${DIGIT_WORDS}|double|triple)(?:[ \t]+|[ \t]*[,-][ \t]*)(?:${DIGIT_WORDS})\b`;

/** The digits of a run of digit words. */
function digitsOf(run: string): string {
  let digits = "";
  EACH_WORD.lastIndex = 0;
  for (let m = EACH_WORD.exec(run); m !== null; m = EACH_WORD.exec(run)) {
    const digit = DIGIT_OF[(m[2] as string).toLowerCase()] as string;
    const times = m[1] === undefined ? 1 : m[1].toLowerCase() === "double" ? 2 : 3;
    digits += digit.repeat(times);
  }
  return digits;
}

/** True when every digit is one more than the one before, or every one one less: counting. */
function isCounting(digits: string): boolean {
  let up = true;
  let down = true;
  for (let k = 1; k < digits.length; k++) {
    const step = digits.charCodeAt(k) - digits.charCodeAt(k - 1);
    up &&= step === 1;
    down &&= step === -1;
  }
  return up || down;
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
    const category = categoryOf(digits);
    if (category === null) continue;
    out ??= [];
    out.push([m.index, m.index + m[0].length, category, digits]);
  }
  return out;
}
