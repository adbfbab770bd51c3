/**
 * A person's full name written bare in free text, in Latin letters (session 16): `Astrid Solberg
 * (Oslo) joined the room`, `Astrid Solberg fan club`, `Astrid Solberg's room`,
 * `Astrid_Solberg_CV.pdf`, `Søren Kierkegaard`, `José María García`, `Zoë van der Berg`. Nothing
 * announces these names (no key, label, introduction or greeting: the other name readers), so
 * a name is read by its words alone, from lists (`name-lists.ts`, generated from faker's locale
 * data): a given name, then optionally a second given name, an initial (`John F. Kennedy`) or
 * particles (`van der`), then a surname, all capitalised, one space (or `_`, in file names)
 * between them.
 *
 * Precision first, since most capitalised pairs are no person (`Visual Studio`, `Grace Hopper
 * Award`, `Jordan River`, `Virginia Beach`, `new Mark Compact`):
 * - a given name that is also a common word, a place or a product (`Grace`, `Mark`, `Jordan`,
 *   `Virginia`, `Julia`: `WORD_GIVEN_NAMES`) is read only before a listed surname that is no
 *   word (`Grace Kelly`, not `Grace Hopper`, `Will Power`, `Mark Compact`);
 * - any other given name before a listed surname (also one that is a word: `Astrid Berg`, `John
 *   Smith`), or before a capitalised word ending as surnames of many languages do
 *   ({@link SURNAME_ENDING}: `-sen`, `-sson`, `-gaard`, `-ski`, `-ović`, `-escu`, `-mann`...:
 *   `Søren Kierkegaard`, `Astrid Vatnedalsen`), unless a common word ends so ({@link
 *   LIKE_SURNAMES}: `Lesson`);
 * - after `_` only a listed surname (`Astrid_Solberg_CV.pdf`; `Max_Value` is none);
 * - not where a word after the name says it is a thing's (`Martin Luther King Day`, `Grace
 *   Kelly Award`, `Anna Berg Street`: {@link THING_AFTER}), nor after a place's first word or an
 *   article (`Lake Louise`, `Fort William`, `la Reina Maud`: {@link WORD_BEFORE}), nor a region
 *   name translated interfaces carry ({@link PLACES}: `Tristan da Cunha`), nor a brand or a
 *   character written as a name ({@link BRANDS}: `Calvin Klein`, `Harley Davidson`), nor a placeholder
 *   (`John Doe`, `Max Mustermann`), nor a word glued to letters, digits or a path (`JohnDoe`,
 *   `AstridSolberg2`, `/home/Astrid`), nor words in capitals.
 *
 * The lists' given names leave out particles and places' first words written capitalised (`Del
 * Mar`, `Santa Cruz`, `Rio Grande`, `Sierra Leone`: see the generator). Corpus diffs and cost:
 * the package README.
 *
 * Left open: a name whose given name is not on the list, or whose surname is neither on it nor
 * ends like one (`Grace Hopper`, `Astrid Vatne`); names in lower case or capitals; surname
 * first (`Nguyễn Văn An`, `Solberg, Astrid`). Over-redaction accepted: a brand or a work named
 * after a person (`Jack Daniels`, `Anna Karenina`), and a person's name in a place's (`Astrid
 * Lindgren school`).
 *
 * Spans are the name only (`'s` and the rest of the text stay), category
 * `account.profile.name`, detector `bare-full-name`.
 */
import { isTypographicVariant } from "@kago/personal-data";
import { GIVEN_NAMES, SURNAMES, WORD_GIVEN_NAMES, WORD_SURNAMES } from "./name-lists.js";
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";
const DETECTOR = "bare-full-name";

/**
 * A capitalised word of the Latin script where a given name may be: followed by a space or `_`
 * and a capital, or a particle in lower case (`Zoë van der Berg`); a hyphenated given name is one
 * word (`Jean-Pierre`). Its first search is the reader's cheap first test: a string without one
 * holds no name the reader reads, and costs no list look-up. Written with the Latin blocks' ranges
 * (Latin-1, Extended-A and -B, whose letters of both cases it lets through; a given name written
 * with a combining mark, `Zoe\u0308`, is not read) rather than Unicode properties, and with no
 * look-behind (what stands before a word is looked at only for a listed given name:
 * {@link gluedBefore}): a search without the `u` flag is about seven times as fast over the
 * corpora's lines.
 */
const GIVEN =
  /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]+(?:-[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]+)?(?=[ _\u00a0](?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]|[a-z]{1,3} ))/g;

/**
 * What a given name may not be glued to before it: a letter, digit or mark, or a character that
 * joins identifiers, paths or addresses (`JohnDoe`, `a.Astrid`, `/home/Astrid`, `@Astrid`).
 */
const JOINED_BEFORE = /[\p{L}\p{M}\p{N}_'’.@#$%&/\\-]/u;

/**
 * A capitalised word of a name after the given name, at the reader's place: `O'Brien`, `D'Angelo`,
 * `McDonald`, `MacLeod`, `Ødegård-Berg` (a capital, lower-case letters, a hyphenated second part).
 */
const WORD = /(?:[OD]['’]|Ma?c)?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?/uy;

/** An initial between given name and surname: a capital, with or without a full stop. */
const INITIAL = /\p{Lu}\.?/uy;

/** The particles before a surname, one or two (`van der`, `de la`, `bin`), in lower case. */
const PARTICLES =
  /(?:(?:van|von|de|da|di|do|du|del|della|der|den|des|dos|das|la|le|ter|ten|zu|bin|binti|ibn|al|el|y) ){1,2}/y;

/** What no name continues with: a letter, digit or mark glued to its last word. */
const GLUED = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Capitalised words that make the name before them a thing's (a day, a prize, a street, a
 * company, a theorem), lower case.
 */
const THING_AFTER: ReadonlySet<string> = new Set(
  `award awards prize medal fellowship scholarship lecture trophy cup day street st road rd avenue
  ave boulevard blvd lane drive way square place bridge river lake beach park bay island mountain
  valley falls county city town center centre university college school academy institute
  foundation fund trust hospital clinic airport station stadium arena hall library museum gallery
  theatre theater memorial building tower church chapel cathedral company co inc corp corporation
  ltd llc gmbh group records studios studio press post times journal band quartet trio orchestra
  choir act law theorem conjecture equation algorithm effect principle syndrome disease method
  transform distribution test scale number constant function curve index model series edition
  estate house hotel tunnel highway parkway plaza mall market high elementary`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

/**
 * Words before a given name that make it a place's or a thing's: a place's first word (`Lake
 * Louise`, `Fort William`, `San José`) or a Romance or Dutch article (`la Reina Maud`, "Queen
 * Maud"), lower case. Not English `the`, which stands before a name's fan club or case (`the
 * Astrid Solberg fan club`), nor German `die`, which stands before a first name in speech.
 */
const WORD_BEFORE: ReadonlySet<string> = new Set(
  "fort saint st ste san santa santo são mount mt lake port cape camp sankt glen la le el il lo los las les het".split(
    " ",
  ),
);

/**
 * Places whose words read as a given name and a surname, in the region names translated user
 * interfaces carry (`Gia Lai`, `Mae Hong Son`; named after a person: `Tristan da Cunha`, `Diego
 * Martin`, `Elías Piña`), lower case.
 */
const PLACES: ReadonlySet<string> = new Set([
  "gia lai",
  "mae hong",
  "tristan da cunha",
  "diego martin",
  "elías piña",
  "francisco león",
  "carlos ibañez del campo",
  "carlos ibáñez del campo",
]);

/**
 * Brands, companies and characters written as a given name and a surname, which ad, shop and
 * media traffic names far more often than the person (`Calvin Klein Jeans 30% off`, `Harley
 * Davidson Sportster`, `Johnnie Walker Black Label`, `Peter Parker`), lower case (session 16: a red
 * team's round 5 saw these cut from CAPI `custom_data` and chat text, and `"brand": "Mercedes
 * Benz"` dropped whole). Not brands named as many people are (`Paul Smith`, `Ted Baker`, `Mary
 * Kay`: a user of that name would leak), nor artists: a person's name is no brand (`Taylor Swift`).
 */
const BRANDS: ReadonlySet<string> = new Set([
  "calvin klein",
  "marc jacobs",
  "charles schwab",
  "mercedes benz",
  "harley davidson",
  "johnnie walker",
  "jack daniels",
  "vera wang",
  "kenneth cole",
  "carolina herrera",
  "martha stewart",
  "tommy hilfiger",
  "ralph lauren",
  "michael kors",
  "kate spade",
  "tory burch",
  "john deere",
  "jimmy choo",
  "giorgio armani",
  "christian dior",
  "christian louboutin",
  "karl lagerfeld",
  "stella mccartney",
  "alexander mcqueen",
  "vivienne westwood",
  "salvatore ferragamo",
  "estee lauder",
  "estée lauder",
  "elizabeth arden",
  "bobbi brown",
  "betty crocker",
  "oscar mayer",
  "tim hortons",
  "ruby tuesday",
  "dave busters",
  "peter parker",
  "tony stark",
  "bruce wayne",
  "clark kent",
  "mario kart",
]);

/** Surnames used for nobody in particular (`John Doe`, `Max Mustermann`), lower case. */
const PLACEHOLDER_SURNAMES: ReadonlySet<string> = new Set(
  "doe roe mustermann musterfrau nordmann bloggs".split(" "),
);

/**
 * How surnames of many languages end, where few common words do: Nordic (`-sen`, `-sson`,
 * `-gaard`, `-berg`, `-ström`, `-lund`, `-qvist`), Polish, Czech and Russian (`-ski`, `-wicz`,
 * `-ová`, `-ov`, `-enko`), South Slavic (`-ović`, `-ić`), Romanian (`-escu`), Turkish (`-oğlu`),
 * Georgian and Armenian (`-shvili`, `-dze`, `-yan`), Greek (`-poulos`, `-akis`), Italian
 * (`-elli`, `-etti`, `-ucci`), German (`-mann`, `-stein`) and Spanish (`-ez`), after at least two
 * letters; `-son` after a consonant but `r` and `s` (`Jackson`, `Johnson`; not `Person`,
 * `Season`, `Prison`, `Mason`), `-rson` in a longer word (`Anderson`). Not Finnish `-nen`
 * (German plurals: `Nur Informationen`, `Maschinen`).
 */
const SURNAME_ENDING =
  /^(?:.{2,}(?:sen|sson|gaard|gård|berg|borg|ström|strøm|strom|lund|dahl|holm|qvist|quist|kvist|heim|stad|ski|ska|cki|cka|wicz|czyk|ová|ova|ov|ev|enko|ović|ević|vić|vic|ić|escu|eanu|oğlu|oglu|shvili|dze|yan|poulos|akis|idis|elli|etti|ucci|acci|otti|mann|stein|ez)|.*[bcdfghjklmnpqtvwxz]son|.{4,}rson)$/u;

/**
 * Common words that end as surnames do (see {@link SURNAME_ENDING}), English and German, lower
 * case: never read as a surname by their ending.
 */
const LIKE_SURNAMES: ReadonlySet<string> = new Set(
  `lesson lessons crimson damson wesen essen reisen krisen linsen felsen besen rasen hosen preisen
  eisberg hauptmann kaufmann fachmann seemann edelstein grundstein baustein meilenstein spaghetti
  confetti`
    .split(/\s+/)
    .filter((word) => word !== ""),
);

/** True when a letter, digit or mark stands at `at`, glued to the word before (`AstridSolberg2`). */
function gluedAt(text: string, at: number): boolean {
  return GLUED.test(text.charAt(at));
}

/**
 * True when `text[start, end)` holds a bare full name, or a typographic variant (a thin,
 * ideographic or zero-width space, fullwidth letters) a name may be written with, which the
 * scanner's slow path reads in its folded view (session 16): for the scanner's fast path, whose
 * strings (no digit, `@`, `:`, `-`, `.` or `%`) have no decoded view a name could hide in.
 */
export function holdsBareName(text: string, start: number, end: number): boolean {
  if (end - start < 7) return false;
  let separator = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xa0 && c !== 0xa0 && isTypographicVariant(c)) return true;
    if (c === 32 || c === 95 || c === 0xa0) separator = true;
  }
  return separator && findBareNames(text.slice(start, end)) !== null;
}

/** The bare full names in `text` (see the module's comment), sorted; `null` when none. */
export function findBareNames(text: string): EngineSpan[] | null {
  // (ids and hashes, most strings that get here, have no space or `_`: three native searches)
  if (text.length < 7 || (text.indexOf(" ") < 0 && text.indexOf("_") < 0 && text.indexOf("\u00a0") < 0))
    return null;
  const out: EngineSpan[] = [];
  GIVEN.lastIndex = 0;
  for (let m = GIVEN.exec(text); m !== null; m = GIVEN.exec(text)) {
    const given = listKey(m[0]);
    const plain = GIVEN_NAMES.has(given);
    if (!plain && !WORD_GIVEN_NAMES.has(given)) continue;
    if (gluedBefore(text, m.index) || wordBefore(text, m.index)) continue;
    const end = nameEnd(text, m.index, m.index + m[0].length, plain);
    if (end < 0) continue;
    out.push([m.index, end, NAME, undefined, DETECTOR]);
    GIVEN.lastIndex = end;
  }
  return out.length === 0 ? null : out;
}

/** A word as the lists write it: lower case, composed (a surname `Mu\u0308ller` is `müller`). */
function listKey(word: string): string {
  const lower = word.toLowerCase();
  return COMBINING.test(lower) ? lower.normalize("NFC") : lower;
}

/** A combining mark of the Latin script's block. */
const COMBINING = /[\u0300-\u036f]/;

/**
 * True when the character before `at` joins the word there to what stands before it ({@link
 * JOINED_BEFORE}). An `@` that starts a word is a mention's, not an address's (`@Astrid Solberg`
 * in a chat; session 16, a red team's round 5).
 */
function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charAt(at - 1);
  if (c === "@" && (at === 1 || WHITE_SPACE.test(text.charAt(at - 2)))) return false;
  return JOINED_BEFORE.test(c);
}

/** White space before a mention's `@`. */
const WHITE_SPACE = /\s/;

/** True when the word before `at`, one space before it, makes the name a place's (see {@link WORD_BEFORE}). */
function wordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  let k = at - 1;
  while (k > 0 && text.charCodeAt(k - 1) !== 32 && at - k < 8) k--;
  return WORD_BEFORE.has(
    text
      .slice(k, at - 1)
      .toLowerCase()
      .replace(/\.$/, ""),
  );
}

/**
 * Where the name starting at `start` whose given name ends at `from` (a space or `_` there) ends,
 * or -1: its middle words (a second given name, an initial, particles) and its surname, a listed
 * one or, after a given name that is no word and a space, one with a surname's ending; then a
 * second listed surname (`García López`).
 */
function nameEnd(text: string, start: number, from: number, plainGiven: boolean): number {
  const sep = text.charCodeAt(from);
  const underscore = sep === 95;
  let at = from;
  let end = -1;
  let surnames = 0;
  for (let words = 0; words < 4; words++) {
    if (text.charCodeAt(at) !== sep) break;
    at++;
    if (!underscore) {
      PARTICLES.lastIndex = at;
      if (PARTICLES.test(text)) at = PARTICLES.lastIndex;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text);
    if (word === null) {
      // an initial between given name and surname (`John F. Kennedy`), never the last word
      INITIAL.lastIndex = at;
      if (surnames > 0 || underscore || !INITIAL.test(text) || text.charCodeAt(INITIAL.lastIndex) !== 32)
        break;
      at = INITIAL.lastIndex;
      continue;
    }
    const wordEnd = at + word[0].length;
    if (gluedAt(text, wordEnd)) break;
    const lower = listKey(word[0]);
    if (surnameFits(lower, plainGiven, underscore, surnames > 0)) {
      end = wordEnd;
      surnames++;
      at = wordEnd;
      continue;
    }
    // a second given name between given name and surname (`José María García`)
    if (surnames > 0 || !(GIVEN_NAMES.has(lower) || WORD_GIVEN_NAMES.has(lower))) break;
    at = wordEnd;
  }
  if (end < 0 || thingAfter(text, end)) return -1;
  const name = text.slice(start, end).toLowerCase();
  return PLACES.has(name) || BRANDS.has(name) ? -1 : end;
}

/** Whether `word` (lower case) may be the surname after the given name (see {@link nameEnd}). */
function surnameFits(word: string, plainGiven: boolean, underscore: boolean, second: boolean): boolean {
  if (PLACEHOLDER_SURNAMES.has(word)) return false;
  if (SURNAMES.has(word)) return true;
  if (!plainGiven) return false;
  if (WORD_SURNAMES.has(word)) return word.length >= 4; // `Berg`, `Smith`; not `Man`, `May`
  return !underscore && !second && SURNAME_ENDING.test(word) && !LIKE_SURNAMES.has(word);
}

/** True when the capitalised word after the name ending at `end` makes it a thing's (`Day`, `Award`). */
function thingAfter(text: string, end: number): boolean {
  const sep = text.charCodeAt(end);
  if (sep !== 32 && sep !== 95 && sep !== 0xa0) return false;
  WORD.lastIndex = end + 1;
  const word = WORD.exec(text);
  return word !== null && THING_AFTER.has(word[0].toLowerCase());
}
