/**
 * Writes `src/name-lists.ts`, the given names and surnames `bare-names.ts` reads (session 16).
 *
 * Sources (read at generation time only; the engine ships the generated lists, no dependency):
 * - the person locale data of `@faker-js/faker` (MIT), first and last names written in Latin
 *   letters, from every locale but Vietnamese (whose given name comes last, and whose given names
 *   are syllables that are common words) and `en_BORK` (a joke locale);
 * - the British English word list of Debian's `wbritish` (`/usr/share/dict/british-english`),
 *   read to mark names that are also common words: a lower-case entry (`grace`, `mark`, `smith`).
 *   The lists of other languages were tried and left out: they write many given names in lower
 *   case too (`carlos` in the Spanish list, `søren` in the Danish one, `david` in several), and
 *   common nouns of those languages are seldom capitalised before a surname.
 *
 * Usage (from `packages/redaction`):
 *   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz -C /tmp
 *   apt-get install wbritish
 *   node scripts/generate-name-lists.mjs /tmp/package && npx biome format --write src/name-lists.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const fakerDir = process.argv[2];
if (fakerDir === undefined)
  throw new Error("usage: node scripts/generate-name-lists.mjs <unpacked @faker-js/faker>");
const fakerVersion = JSON.parse(readFileSync(join(fakerDir, "package.json"), "utf8")).version;
const { allLocales } = await import(pathToFileURL(join(fakerDir, "dist/index.js")).href);

/** Locales left out (see the header). */
const SKIPPED_LOCALES = new Set(["vi", "en_BORK"]);
/**
 * Locales whose names are kept in full. A name found only in another locale's list is kept when it
 * is a given name of at least two locales (the long tails of the Czech, Turkish or Indonesian
 * lists would double the module for names seldom written).
 */
const KEPT_LOCALES = new Set(["en", "nb", "sv", "da", "fi", "de", "fr", "es", "pt", "it", "nl", "pl"]);
const ENGLISH_WORDS = "/usr/share/dict/british-english";

/**
 * Common given names whose word is seldom written with a capital before a surname (`john`,
 * `peter`, `harry`, `victor`, `holly`): read as any other given name.
 */
const NAMES_FIRST = `
  john peter harry henry roger victor tony tom mike nick matt josh jimmy bobby billy eddy terry
  sally patsy patty penny holly heather hazel carol maria martin marina lee dale glen rick rod ken
  jay derrick curt brad chad frank bob barney sherry randy sandy dolly kitty
`;

/**
 * Given names that are also places, brands, months or software, which the word list writes with
 * a capital and so does not mark (`Jordan River`, `Virginia Beach`, `June Release`, `Julia
 * Language`), and German `Nur` ("only"): read only before a surname that is on the list and no
 * word.
 */
const PLACES_AND_THINGS = `
  april june july august january march october september december
  adelaide alabama alexandria arizona atlanta augusta aurora austin berlin boston brooklyn camden
  carolina charlotte chelsea cheyenne chester cleveland clifton cruz dakota dallas denver devon eden
  florence florida geneva genoa georgia granada helena houston indiana jackson jordan kent lima
  lincoln london lorraine lourdes madison marbella memphis milan montana nancy nevada orlando paris
  phoenix regina roma rome salvador santiago savannah sofia sydney troy valencia verona victoria
  vienna virginia washington zion nur
  alexa ada cortana delphi django electron ember gatsby hugo jasmine julia karma maven mocha
  ruby siri sinatra
`;

/**
 * Given names left out: written capitalised, they are mostly a particle, an article or a place's
 * first word (`Del Mar`, `Los Santos`, `Santa Cruz`, `Rio Grande`, `Tierra de`, `Monte Carlo`, `Sierra
 * Leone`), a country (`China de Hong Kong`) or a direction (Turkish `Kuzey`, "north").
 */
const NOT_GIVEN = new Set(
  `al da das de del della den der des di do dos du el la las le los san santa santo são st ten ter van
  von rio monte sierra costa china india asia america africa europa europe kenya israel ireland
  holland kuzey güney tierra`
    .split(/\s+/)
    .filter(Boolean),
);

/** A name written in Latin letters, with `'` or `-` inside (`O'Brien`, `Jean-Pierre`). */
const LATIN_NAME = /^\p{sc=Latin}[\p{sc=Latin}\p{M}'’-]*$/u;

function namesOf(entry) {
  if (entry === undefined) return [];
  if (Array.isArray(entry)) return entry;
  return [...(entry.generic ?? []), ...(entry.female ?? []), ...(entry.male ?? [])];
}

function collect(field, minLength) {
  const locales = new Map();
  for (const [code, locale] of Object.entries(allLocales)) {
    if (SKIPPED_LOCALES.has(code) || locale.person === undefined) continue;
    const language = code.split("_")[0];
    for (const name of namesOf(locale.person[field])) {
      for (const word of name.normalize("NFC").split(" ")) {
        if (!LATIN_NAME.test(word) || word.length < minLength) continue;
        const key = word.toLowerCase();
        const seen = locales.get(key) ?? new Set();
        seen.add(language);
        locales.set(key, seen);
      }
    }
  }
  return [...locales]
    .filter(([, seen]) => seen.size >= 2 || [...seen].some((language) => KEPT_LOCALES.has(language)))
    .map(([key]) => key);
}

/** The lower-case entries of the English word list: common words. */
const words = new Set(
  readFileSync(ENGLISH_WORDS, "utf8")
    .split("\n")
    .filter((word) => word !== "" && word === word.toLowerCase()),
);
const namesFirst = new Set(NAMES_FIRST.split(/\s+/).filter(Boolean));
const placesAndThings = new Set(PLACES_AND_THINGS.split(/\s+/).filter(Boolean));
const given = collect("first_name", 3).filter((g) => !NOT_GIVEN.has(g));
const surnames = collect("last_name", 2);

const isWordGiven = (g) => placesAndThings.has(g) || (words.has(g) && !namesFirst.has(g));
const plainGiven = given.filter((g) => !isWordGiven(g)).sort();
const wordGiven = [...new Set([...given.filter(isWordGiven), ...placesAndThings])].sort();
const plainSurnames = surnames.filter((s) => !words.has(s)).sort();
const wordSurnames = surnames.filter((s) => words.has(s)).sort();

/** The words as a template literal's lines of at most about 100 characters. */
function wrap(words) {
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line.length + word.length + 1 > 100) {
      lines.push(line);
      line = "";
    }
    line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

function list(name, doc, words) {
  return `/** ${doc} (${words.length}). */\nexport const ${name}: ReadonlySet<string> = words(\`\n${wrap(words)}\n\`);\n`;
}

const out = `/**
 * Given names and surnames for \`bare-names.ts\` (session 16), lower case, generated by
 * \`scripts/generate-name-lists.mjs\`: do not edit by hand.
 *
 * Source: the person locale data of @faker-js/faker ${fakerVersion} (MIT License, Copyright (c)
 * 2022-present Faker), names in Latin letters; a name that is also a lower-case word of Debian's
 * British English word list (wbritish), a place, a month or a product is listed apart.
 */

/** The whitespace-separated words of \`text\` as a set. */
function words(text: string): ReadonlySet<string> {
  return new Set(text.split(/\\s+/).filter((word) => word !== ""));
}

${list("GIVEN_NAMES", "Given names that are no common word", plainGiven)}
${list("WORD_GIVEN_NAMES", "Given names that are also a common word, a place, a month or a product (`Grace`, `Jordan`)", wordGiven)}
${list("SURNAMES", "Surnames that are no common word", plainSurnames)}
${list("WORD_SURNAMES", "Surnames that are also a common word (`Smith`, `Berg`, `Strand`)", wordSurnames)}`;

writeFileSync(new URL("../src/name-lists.ts", import.meta.url), out);
process.stdout.write(
  `given ${plainGiven.length} + ${wordGiven.length}, surnames ${plainSurnames.length} + ${wordSurnames.length}, ${out.length} characters\n`,
);
