/**
 * Numbers spelt out digit by digit in English (`src/spelled-numbers.ts`): a phone number or a card
 * written in words to get past a filter that looks for digits, and the counting and prose that
 * are none.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSpelledNumbers } from "../src/spelled-numbers.js";
import { phoneTokenOf, redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "tencent");
/** Each language's digit words, 0 to 9. */
const LANGUAGES = [
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
  ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
];

describe("numbers spelt out digit by digit", () => {
  it.each([
    [
      "call me one three eight one two three four five six seven eight ok",
      "call me [redacted:contact.phone] ok",
    ],
    ["four one five, five five five, two six seven one", "[redacted:contact.phone]"],
    ["Oh seven seven double oh nine double oh one two three.", "[redacted:contact.phone]."],
    ["one-three-eight-one-two-three-four-five-six-seven-eight", "[redacted:contact.phone]"],
    ["my number is nine one two three four five six seven", "my number is [redacted:contact.phone]"],
    [
      "card: four five three nine five seven eight seven six three six two one four eight six",
      "card: [redacted:financial.payment_card]",
    ],
    // session 12: Spanish, Portuguese, French, German and Italian digit words
    ["llámame al seis uno dos, tres cuatro, cinco seis, siete ocho", "llámame al [redacted:contact.phone]"],
    ["meu número é nove nove um dois três quatro cinco seis sete", "meu número é [redacted:contact.phone]"],
    ["appelle-moi : zéro six un deux trois quatre cinq six sept", "appelle-moi : [redacted:contact.phone]"],
    ["ruf an: null eins fünf eins zwei drei vier fünf sechs sieben", "ruf an: [redacted:contact.phone]"],
    ["chiamami tre quattro sette uno due tre quattro cinque sei sette", "chiamami [redacted:contact.phone]"],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
    expect(said(expected)).toBe(expected);
  });

  it.each([
    "one two three four five six seven eight", // counting
    "ten, nine, eight, seven, six, five, four, three, two, one, liftoff",
    "I have one two or three cats",
    "seventeen eighteen nineteen twenty",
    "one three eight one two three four", // seven digits: a local number without its area code, left out
    "four five three nine five seven eight seven six three six two one four eight seven", // no card: Luhn fails
    "none of two or three",
    "uno, dos, tres, cuatro, cinco, seis, siete, ocho", // counting in Spanish
    "null, null, null, null, null, null, null, null, null", // a log's empty columns: every digit the same
    "seis uno dos tres one cuatro cinco seis", // two languages' words in one run: prose
    "appelle-moi au zéro six, douze?",
  ])("%s stays", (text) => {
    expect(said(text)).toBe(text);
  });

  it("keys the number by its digits, so a pseudonym is the same however it was written", () => {
    const ascii = phoneTokenOf("13812345678");
    expect(ascii).toMatch(/^psn_/);
    expect(phoneTokenOf("one three eight one two three four five six seven eight")).toBe(ascii);
  });

  it("reads any phone number spelt in any language's words, case and separators, whole, with its digits", () => {
    const digits = fc
      .array(fc.nat(9), { minLength: 8, maxLength: 15 })
      .filter((ds) => ds.some((d, k) => k > 0 && Math.abs(d - (ds[k - 1] as number)) > 1));
    const spelt = digits.chain((ds) =>
      fc.tuple(
        fc.constant(ds),
        fc.array(fc.constantFrom(" ", ", ", "-", " - ", "  "), {
          minLength: ds.length,
          maxLength: ds.length,
        }),
        fc.array(fc.boolean(), { minLength: ds.length, maxLength: ds.length }),
        fc.constantFrom(...LANGUAGES),
      ),
    );
    fc.assert(
      fc.property(spelt, ([ds, seps, upper, language]) => {
        const words = ds.map((d, k) => {
          const w = language[d] as string;
          return upper[k] ? w.toUpperCase() : w;
        });
        const number = words.map((w, k) => (k === 0 ? w : `${seps[k]}${w}`)).join("");
        const text = `call ${number} now`;
        expect(findSpelledNumbers(text)).toEqual([[5, 5 + number.length, "contact.phone", ds.join("")]]);
      }),
      { numRuns: 2_000 },
    );
  });
});
