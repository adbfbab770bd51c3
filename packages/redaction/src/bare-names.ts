/**
 * A person's full name written bare in free text, in Latin letters (session 16): `Astrid Solberg
 * (Oslo) joined the room`, `Astrid Solberg fan club`, `Astrid Solberg's room`,
 * `Astrid_Solberg_CV.pdf`, `Søren Kierkegaard`, `José María García`, `Zoë van der Berg`. Nothing
 * announces these names (no key, label, introduction or greeting: the other name readers), so
 * a name is read by its words alone, from lists (`name-lists.ts`, generated from faker's locale
 * data): a given name, then optionally a second given name, an initial (`John F. Kennedy`) or
 * particles (`van der`), then a surname, all capitalised, one space (or `_`, in file names)
 * between them. Since session 17 (a red team's round 5) also:
 * - any run of spaces, tabs and no-break spaces between the words (`Astrid  Solberg`,
 *   `Astrid\tSolberg` in a TSV line), and one line break before a listed surname of four letters
 *   or more that is no word and no given name, after a given name that is no word (`Reported by
 *   Kenny\nPaterson`); where the given name opens its line, the surname must end its own
 *   (`Astrid\nSolberg`; a list of one entry a line, `Mari\nBarre oblique`, is no name);
 * - a listed surname that is no word written in capitals (`Astrid SOLBERG`), not before another
 *   word in capitals (`Max POWER MODE`);
 * - surname first (`SOLBERG Astrid`, `SOLBERG, Astrid`, `Solberg, Astrid`): a listed surname that
 *   is no word and no given name, in capitals or before a comma, then a given name that is no word.
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
 *   `AstridSolberg2`, `/home/Astrid`), nor a given name in capitals (`ASTRID Solberg`).
 *
 * The lists' given names leave out particles and places' first words written capitalised (`Del
 * Mar`, `Santa Cruz`, `Rio Grande`, `Sierra Leone`: see the generator). Corpus diffs and cost:
 * the package README.
 *
 * Left open: a name whose given name is not on the list, or whose surname is neither on it nor
 * ends like one (`Grace Hopper`, `Astrid Vatne`); names in lower case (`astrid solberg`; not tried in
 * session 17: the lists tell a name from an English word by its capital, and lower-case text is
 * code, commands and other languages' words, `mar`, `sol`, `dan`) or all in capitals (`ASTRID SOLBERG`);
 * surname first without capitals or a comma (`Solberg Astrid`, `Nguyễn Văn An`) or with an
 * initial (`Solberg, A.`). Over-redaction accepted: a brand or a work named after a person (`Jack
 * Daniels`, `Anna Karenina`), a person's name in a place's (`Astrid Lindgren school`), and two
 * people's names read across their comma (`Arnout Engelen, Simon McVittie` loses `Engelen, Simon`).
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
 * Where a name may start, in two shapes. First a capitalised word of the Latin script where a
 * given name may be: followed by a space or `_` and a capital, or a particle in lower case (`Zoë
 * van der Berg`), or by a run of white space (two spaces, a tab, a line break: session 17) and a
 * capital; a hyphenated given name is one word (`Jean-Pierre`). The same word before a comma and
 * a capitalised word may be a surname written first (`Solberg, Astrid`: session 17). Else (group
 * 1, session 17) a surname in capitals before a capitalised word (`SOLBERG Astrid`, `SOLBERG,
 * Astrid`). Its first search is the reader's cheap first test: a string without one holds no name
 * the reader reads, and costs no list look-up. Written with the Latin blocks' ranges (Latin-1,
 * Extended-A and -B, whose letters of both cases it lets through; a given name written with a
 * combining mark, `Zoe\u0308`, is not read; capitals are Latin-1's only) rather than Unicode
 * properties, and with one look-behind only, after the first capital of a word in capitals (so
 * that a run of capitals is not tried from each of its letters, and a position that holds no
 * capital pays nothing for it; what stands before a given name is looked at only for a listed
 * one: {@link gluedBefore}): a search without the `u` flag is about seven times as fast over the
 * corpora's lines.
 */
const NAME_START =
  /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]+(?:-[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]+)?(?=_[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]|[ \u00a0][a-z]{1,3} |[ \t\u00a0\r\n]+[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f]|, [A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff])|([A-Z\u00c0-\u00d6\u00d8-\u00de](?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f].)[A-Z\u00c0-\u00d6\u00d8-\u00de]+(?:-[A-Z\u00c0-\u00d6\u00d8-\u00de]{2,})?)(?=,? [A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff])/g;

/**
 * What a given name may not be glued to before it: a letter, digit or mark, or a character that
 * joins identifiers, paths or addresses (`JohnDoe`, `a.Astrid`, `/home/Astrid`, `@Astrid`).
 */
const JOINED_BEFORE = /[\p{L}\p{M}\p{N}_'’.@#$%&/\\-]/u;

/**
 * A capitalised word of a name after the given name, at the reader's place: `O'Brien`, `D'Angelo`,
 * `McDonald`, `MacLeod`, `Ødegård-Berg` (a capital, lower-case letters, a hyphenated second part);
 * or a word in capitals, for a surname so written (`Astrid SOLBERG`: session 17).
 */
const WORD =
  /(?:[OD]['’]|Ma?c)?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?/uy;

/** A word in capitals, as {@link WORD} reads one (`SOLBERG`). */
const CAPITALS = /^\p{Lu}\p{Lu}/u;

/** A given name after a surname written first (`SOLBERG Astrid`, `Solberg, Astrid`): capitalised. */
const GIVEN_AFTER = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/uy;

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
  // (ids and hashes, most strings that get here, have no space, `_` or line break: native searches)
  if (
    text.length < 7 ||
    (text.indexOf(" ") < 0 &&
      text.indexOf("_") < 0 &&
      text.indexOf("\u00a0") < 0 &&
      text.indexOf("\t") < 0 &&
      text.indexOf("\n") < 0)
  )
    return null;
  const out: EngineSpan[] = [];
  NAME_START.lastIndex = 0;
  for (let m = NAME_START.exec(text); m !== null; m = NAME_START.exec(text)) {
    const word = m[0];
    const end =
      m[1] !== undefined || text.charCodeAt(m.index + word.length) === 44
        ? surnameFirstEnd(text, m.index, word)
        : givenFirstEnd(text, m.index, word);
    if (end < 0) continue;
    out.push([m.index, end, NAME, undefined, DETECTOR]);
    NAME_START.lastIndex = end;
  }
  return out.length === 0 ? null : out;
}

/** Where the name whose first word `given` starts at `start` ends, or -1 (see {@link nameEnd}). */
function givenFirstEnd(text: string, start: number, given: string): number {
  const key = listKey(given);
  const plain = GIVEN_NAMES.has(key);
  if (!plain && !WORD_GIVEN_NAMES.has(key)) return -1;
  if (gluedBefore(text, start) || wordBefore(text, start)) return -1;
  return nameEnd(text, start, start + given.length, plain);
}

/**
 * Where a name written surname first ends (session 17), or -1: a listed surname that is no word
 * and no given name, of three letters or more, in capitals (`SOLBERG Astrid`, `SOLBERG, Astrid`:
 * French and Chinese-English style, passenger lists) or capitalised before a comma (`Solberg,
 * Astrid`: lists, citations), then one space and a listed given name that is no word. Not a
 * surname that is also a given name (`Thomas, Anna, Martin` lists people by their given names),
 * nor an initial for the given name (`Solberg, A.`), nor a word glued to either end.
 */
function surnameFirstEnd(text: string, start: number, surname: string): number {
  const key = listKey(surname);
  if (
    key.length < 3 ||
    !SURNAMES.has(key) ||
    GIVEN_NAMES.has(key) ||
    WORD_GIVEN_NAMES.has(key) ||
    PLACEHOLDER_SURNAMES.has(key) ||
    gluedBefore(text, start)
  )
    return -1;
  let at = start + surname.length;
  if (text.charCodeAt(at) === 44) at++;
  GIVEN_AFTER.lastIndex = at + 1;
  const given = GIVEN_AFTER.exec(text);
  if (given === null || !GIVEN_NAMES.has(listKey(given[0]))) return -1;
  const end = GIVEN_AFTER.lastIndex;
  return gluedAt(text, end) ? -1 : end;
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

/**
 * True when the word before `at`, one or more spaces or tabs before it (more than one since
 * session 17: `Lake  Louise`), makes the name a place's (see {@link WORD_BEFORE}).
 */
function wordBefore(text: string, at: number): boolean {
  let wordEnd = at;
  while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 32 || text.charCodeAt(wordEnd - 1) === 9))
    wordEnd--;
  if (wordEnd === at) return false;
  let k = wordEnd;
  while (k > 0 && text.charCodeAt(k - 1) !== 32 && text.charCodeAt(k - 1) !== 9 && wordEnd - k < 8) k--;
  return WORD_BEFORE.has(text.slice(k, wordEnd).toLowerCase().replace(/\.$/, ""));
}

/**
 * Where the name starting at `start` whose given name ends at `from` (a gap there: {@link
 * gapEnd}) ends, or -1: its middle words (a second given name, an initial, particles) and its
 * surname, a listed one or, after a given name that is no word and a space, one with a surname's
 * ending; then a second listed surname (`García López`). Across a line break only a listed
 * surname, and the name ends there (session 17: a line that ends in a given name is often
 * followed by a capitalised word of another kind). Not a surname in capitals before another word
 * in capitals (`Max POWER MODE`: words in capitals are a heading's or a button's).
 */
function nameEnd(text: string, start: number, from: number, plainGiven: boolean): number {
  const underscore = text.charCodeAt(from) === 95;
  let at = from;
  let end = -1;
  let surnames = 0;
  let capitals = false;
  for (let words = 0; words < 4; words++) {
    const next = gapEnd(text, at, underscore);
    if (next < 0) break;
    const brokenLine = !underscore && lineBreakIn(text, at, next);
    at = next;
    if (!underscore && !brokenLine) {
      PARTICLES.lastIndex = at;
      if (PARTICLES.test(text)) at = PARTICLES.lastIndex;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text);
    if (word === null) {
      // an initial between given name and surname (`John F. Kennedy`), never the last word
      INITIAL.lastIndex = at;
      if (
        surnames > 0 ||
        underscore ||
        brokenLine ||
        !INITIAL.test(text) ||
        text.charCodeAt(INITIAL.lastIndex) !== 32
      )
        break;
      at = INITIAL.lastIndex;
      continue;
    }
    const wordEnd = at + word[0].length;
    if (gluedAt(text, wordEnd)) break;
    const lower = listKey(word[0]);
    const inCapitals = CAPITALS.test(word[0]);
    if (brokenLine) {
      if (surnames === 0 && plainGiven && surnameAcrossLines(text, start, lower, wordEnd)) {
        end = wordEnd;
        capitals = inCapitals;
      }
      break;
    }
    if (surnameFits(lower, plainGiven, underscore, surnames > 0, inCapitals)) {
      end = wordEnd;
      capitals = inCapitals;
      surnames++;
      at = wordEnd;
      continue;
    }
    // a second given name between given name and surname (`José María García`)
    if (surnames > 0 || inCapitals || !(GIVEN_NAMES.has(lower) || WORD_GIVEN_NAMES.has(lower))) break;
    at = wordEnd;
  }
  if (end < 0 || thingAfter(text, end) || (capitals && capitalsAfter(text, end))) return -1;
  const name = text.slice(start, end).toLowerCase();
  return PLACES.has(name) || BRANDS.has(name) ? -1 : end;
}

/**
 * Whether `word` (lower case), ending at `wordEnd` on the line after a given name that is no word
 * starting at `start`, is its surname (session 17): a listed surname that is no word and no given
 * name, of four letters or more; and when the given name opens its line, the surname ends its own
 * (`Astrid\nSolberg`): a list of one entry a line (`Mariana\nGhale, Güney`, `Mari\nBarre oblique
 * inverse` in translated messages) is no name.
 */
function surnameAcrossLines(text: string, start: number, word: string, wordEnd: number): boolean {
  if (word.length < 4 || !SURNAMES.has(word) || GIVEN_NAMES.has(word) || WORD_GIVEN_NAMES.has(word))
    return false;
  if (PLACEHOLDER_SURNAMES.has(word)) return false;
  return !opensLine(text, start) || endsLine(text, wordEnd);
}

/** True when only white space stands before `at` on its line. */
function opensLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isBlank(text.charCodeAt(k - 1))) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10;
}

/** True when only white space follows `at` on its line. */
function endsLine(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  return k === text.length || text.charCodeAt(k) === 10;
}

/** A space, tab, no-break space or carriage return: white space within a line. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13;
}

/**
 * The end of the gap between two words of a name that starts at `at`, or -1 when none does: one
 * `_` in a file name's spelling (`underscore`), else a run of spaces, tabs and no-break spaces
 * with at most one line break in it (`Astrid  Solberg`, `Astrid\tSolberg` in a TSV line,
 * `Astrid\nSolberg`: session 17, a red team's round 5).
 */
function gapEnd(text: string, at: number, underscore: boolean): number {
  if (underscore) return text.charCodeAt(at) === 95 ? at + 1 : -1;
  let k = at;
  let breaks = 0;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (!isBlank(c)) break;
  }
  return k === at || breaks > 1 ? -1 : k;
}

/** True when `text[from, to)` holds a line break (looked at there only: a gap is short). */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** True when a word in capitals follows the name ending at `end` on its line (`Max POWER MODE`). */
function capitalsAfter(text: string, end: number): boolean {
  const next = gapEnd(text, end, false);
  if (next < 0 || lineBreakIn(text, end, next)) return false;
  WORD.lastIndex = next;
  const word = WORD.exec(text);
  return word !== null && CAPITALS.test(word[0]);
}

/** Whether `word` (lower case) may be the surname after the given name (see {@link nameEnd}). */
function surnameFits(
  word: string,
  plainGiven: boolean,
  underscore: boolean,
  second: boolean,
  inCapitals: boolean,
): boolean {
  if (PLACEHOLDER_SURNAMES.has(word)) return false;
  // in capitals only a listed surname that is no word, of three letters or more (`Astrid SOLBERG`;
  // not `Max SIZE`, `Anna LG`: session 17)
  if (inCapitals) return word.length >= 3 && SURNAMES.has(word);
  if (SURNAMES.has(word)) return true;
  if (!plainGiven) return false;
  if (WORD_SURNAMES.has(word)) return word.length >= 4; // `Berg`, `Smith`; not `Man`, `May`
  return !underscore && !second && SURNAME_ENDING.test(word) && !LIKE_SURNAMES.has(word);
}

/**
 * True when the capitalised word after the name ending at `end`, after a `_` or on its line,
 * makes it a thing's (`Day`, `Award`).
 */
function thingAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end) === 95 ? end + 1 : gapEnd(text, end, false);
  if (next < 0 || lineBreakIn(text, end, next)) return false;
  WORD.lastIndex = next;
  const word = WORD.exec(text);
  return word !== null && THING_AFTER.has(word[0].toLowerCase());
}
