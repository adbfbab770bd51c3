/**
 * Names a writer gives with a plain "I am" (session 13): `Hi, I'm Astrid Solberg`, `I am Erik, the
 * new driver`, `Hello, this is Astrid from Kago`, `This is Erik speaking`, `Hola, soy Lucía`,
 * `Bonjour, je suis Astrid`. `introduced-names.ts` reads the phrases that say "name" (`my name is`,
 * `je m'appelle`); these say only "am", which stands before anything a person is, so a name is
 * read only in the shape one has:
 *
 * - English `I'm` or `I am`, then one to four capitalised words;
 * - after a greeting (`hi`, `hello`, `hey`, `hola`, `olá`, `oi`, `bonjour`, `salut`, `ciao`,
 *   `buongiorno`), English `this is`, Spanish `soy`, French `je suis` or `c'est`, Portuguese `sou`,
 *   Italian `sono`, then one to four capitalised words;
 * - in both, the words must end the clause (`,` `.` `!` `?` `;` `:` a bracket, a line's or the
 *   text's end) or go on with `from`, `and`, `here`, `speaking`, `calling`, `with`, `of`, `at`,
 *   `by`, the Romance `y`, `e`, `et`, `de`... or a symbol (`I'm Astrid 👋`). The first word is not an abbreviation (`I'm OK`), not a verb
 *   in `-ing` (`I'm Hiring`), not a word people say they are or that starts a title-case sentence
 *   (`I'm Sorry`, `I'm Back`, `I'm Not Okay`, `I'm American`, `Hi, this is Amazing`:
 *   {@link NOT_A_NAME}, a list written from everyday chat phrases). Nothing in lower case is read
 *   (`I'm fine`, `i'm astrid`);
 * - English `this is` without a greeting only where `speaking` or `calling` follows the name
 *   (`This is Erik speaking`; `This is Google.` stays).
 *
 * Since session 14 also Vietnamese `Tôi là` / `Mình là`, Indonesian and Malay `saya` / `aku` and
 * Russian `я` ("I", "I am": `Tôi là Nguyễn Văn An`, `Perkenalkan, saya Budi Santoso dari Jakarta`,
 * `Я Иван Петров`), none of which capitalises what a person is, with `dari`, `và`, `từ`, `из`, `и`
 * going on after the name. Since session 18 the English first words are not asked of a
 * Vietnamese name (`Tôi là An`: `An` is a given name, not the article), only Vietnamese ones a
 * title-case sentence puts there ({@link NOT_A_VIETNAMESE_NAME}).
 *
 * Since session 15 also Hindi in Latin letters (Hinglish), which puts "am" after the name: `main` or
 * `mai` ("I"), one to four capitalised words, `hoon`, `hun` or `hu` (`main Rahul Sharma hoon`). Chat
 * in Hinglish is mostly in lower case (`main theek hoon`, "I am fine"; `main ghar pe hoon`, "I am at
 * home"), so capitals mark a name as in English, with the same first words left out and the Hindi
 * ones a title-case sentence starts with (`Main Theek Hoon`, `Main Yahan Hoon`); in title case the
 * name stops before `Hoon` (`Main Rahul Hoon`). Since session 17 a name in lower case (`main rahul
 * hoon`) is read too, by `hinglish-names.ts`, unless a word is one of what a person is or where.
 *
 * German, Dutch and the Nordic languages capitalise or say with "am" what a person is (`Ich bin
 * Student`) and have a phrase that says "called" (`ich heiße`, `ik heet`, `jeg heter`), which
 * `introduced-names.ts` reads; their "am" is not read here.
 *
 * Over-redaction accepted: a capitalised word that is not on the list (`I'm Famous.` loses
 * `Famous`), a team or a company after a greeting (`Hi, this is Kago Support`). Spans are the name
 * only, category `account.profile.name`; the phrase stays.
 */

import { hinglishNameEnd, isLowerCode } from "./hinglish-names.js";
import { CAPITALISED, IN_CAPITALS } from "./introduced-names.js";
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";

/** What the prose search looks for in front of this reader (after its `\b`). */
export const COPULA_NAME_HINT = String.raw`i(?:['’]m|\s+am)\s|speaking|calling|ciao|buongiorno|oi\b|tôi\s+là|mình\s+là|saya\s|aku\s|(?:hoon|hun|hu)\b`;
/** ...and Russian `я` ("I") as a word of its own (outside the search's `\b`, which is ASCII's). */
export const RUSSIAN_SELF_HINT = String.raw`(?<![а-яёіїєґ'’ʼ])я\s`;

/**
 * `I'm` / `I am` (group 1), a greeting then a copula (group 2), or `this is` before a name and
 * `speaking` (group 3); each ending where the name starts.
 */
const COPULA =
  /(?<![\p{L}\p{N}'’ʼ])я[ \t]+|\b(?:(I(?:['’]m|[ \t]+am)|tôi[ \t]+là|mình[ \t]+là|saya|aku)|(?:hi|hello|hey|hola|olá|oi|bonjour|salut|ciao|buongiorno)[ \t]*[,!.]?[ \t]*(this[ \t]+is|(?:yo[ \t]+)?soy|je[ \t]+suis|c['’]est|(?:eu[ \t]+)?sou(?:[ \t]+[oa])?|(?:io[ \t]+)?sono)|(this[ \t]+is))[ \t]+/giu;

/**
 * Hindi in Latin letters: `main` or `mai` ("I"), where the name starts; `hoon`, `hun` or `hu`
 * ("am") after it ({@link HINGLISH_AM}). A name in capitals is read here, one in lower case by
 * `hinglish-names.ts` (session 17).
 */
const HINGLISH_SELF = /\bma(?:in|i)[ \t]+/giu;
/** "Am" in Hindi in Latin letters, as `hinglish-names.ts` reads it after a lower-case name. */
const HINGLISH_AMS = ["hoon", "hun", "hu"];
/** "Am" in Hindi in Latin letters, right after the name. */
const HINGLISH_AM = /[ \t]+(?:hoon|hun|hu)(?![\p{L}\p{N}_])/iuy;
/** The same, capitalised among the name's words by a title-case sentence (`Main Rahul Hoon`). */
const HINGLISH_AM_IN_NAME = /[ \t]+(?:hoon|hun|hu)(?![\p{L}\p{N}_])/iu;

/** What may follow a name after `I'm`: the clause's end, a word that goes on, or a symbol. */
const AFTER_NAME =
  /[ \t]*(?:[,.!?;:)(\]\r\n]|$)|[ \t]+(?:(?:from|and|here|speaking|calling|with|of|at|by|y|e|et|de|da|di|do|del|dari|và|từ|из|и)(?![\p{L}\p{N}])|[^\p{L}\p{N}\s])/uy;

/** What must follow a name after `this is` without a greeting. */
const SPEAKING = /[ \t]+(?:speaking|calling)\b/y;

/**
 * Capitalised words people say they are, or that start a title-case sentence after `I'm`: states,
 * moods, places, peoples and faiths, and the words that start a clause (`I'm Not`, `I'm So`). The
 * first word of a candidate name; written from everyday chat phrases (session 13).
 */
const NOT_A_NAME = new RegExp(
  `^(?:${[
    // states and moods
    "sorry|fine|good|great|ok|okay|alright|back|here|there|home|done|ready|sure|happy|glad|excited|interested|tired|late|early|busy|free|available|online|offline|away|alive|lost|confused|hungry|bored|single|married|engaged|divorced|pregnant|sick|ill|well|better|worse|afraid|scared|sad|angry|mad|upset|bad|hot|cold|broke|rich|poor|old|young|new|proud|pleased|delighted|thrilled|curious|worried|grateful|thankful|blessed|honored|honoured|serious|certain|right|wrong|stuck|lucky|vegan|vegetarian|human|alone|awake|asleep|out|in|on|off|over|up|down|open|closed|full|next|last|first|live",
    // words that start a clause or a title-case sentence
    "not|no|so|just|also|still|now|only|really|very|actually|literally|definitely|totally|pretty|too|always|never|currently|already|almost|about|all|going|gonna|coming|leaving|looking|trying|feeling|having|doing|getting|working|waiting|thinking|talking|writing|calling|reaching|sending|a|an|the|this|that|from|with|at|to|for|your|you|his|her|my|our|their|its|it|into|one|number|fan|big|huge|bot|admin|user|member|customer|client|guest|student|teacher",
    // peoples, faiths and such (said of oneself, not a name)
    "american|british|english|canadian|australian|chinese|japanese|korean|indian|german|french|spanish|italian|portuguese|russian|brazilian|mexican|norwegian|swedish|danish|finnish|dutch|polish|irish|scottish|welsh|african|asian|european|latino|latina|hispanic|muslim|jewish|catholic|christian|hindu|buddhist|atheist|gay|lesbian|straight|trans|bi|queer|black|white",
    // more of them, found by running title-case chat phrases through the reader
    "both|neither|either|like|every|outta|hiring|retired|unemployed|employed|premium|pro|vip|positive|negative|dead|weak|shook|obsessed|jealous|sleepy|outside|inside|downstairs|upstairs|nearby|impressed|speechless|safe|legend|important|amazing|awesome|cool|crazy|urgent|perfect|beautiful|wonderful|team|gluten-free",
    // ages
    "(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\p{L}+)?",
    // Russian words a title-case sentence puts after `Я` (session 14): `Я Тоже`, `Я Не Знаю`
    "тоже|не|уже|здесь|тут|дома|готов|готова|рад|рада|согласен|согласна|занят|занята|в|на|с|из|так|очень|просто",
    // Hindi in Latin letters a title-case sentence puts after `Main` (session 15): `Main Theek Hoon`
    "theek|thik|thek|accha|acha|achha|khush|bimar|bimaar|pareshan|yahan|yaha|wahan|waha|abhi|bhi|bas|sirf|tera|teri|tumhara|tumhari|aapka|aapki|apka|apki|kaun|kya|kahan|ek|bahut|bohot|pagal|zinda|akela|akeli|udaas|udas|taiyaar|taiyar|tayyar|thaka|thaki|bhooka|bhookha|bhooki|majboor|bekaar|bekar|deewana|deewani|diwana|diwani|aazaad|azaad|azad|mast|bindaas|naraz|naraaz|gareeb|garib|sahi|galat|kamzor|hero",
    // ...and the peoples of South Asia one says one is (`main Punjabi hoon`)
    "punjabi|bengali|bangali|bihari|marathi|gujarati|tamil|telugu|kannadiga|malayali|rajasthani|kashmiri|sikh|jain|parsi|hindustani|pakistani|bangladeshi|nepali|desi",
    // Romance words after a greeting's copula: `soy de`, `je suis là`, `sono qui`
    "de|del|la|el|le|les|un|una|une|uno|um|uma|yo|moi|aqui|aquí|ici|qui|là|nuevo|nueva|nouveau|nouvelle|novo|nova|nuovo|nuova|désolée?|ravie?|contente?|prête?",
  ].join("|")})$`,
  "iu",
);

/**
 * Vietnamese words a title-case sentence puts after `Tôi là` (session 18): what a person is or
 * does (`Người`, `Sinh Viên`, `Học Sinh`, `Giáo Viên`, `Bác Sĩ`, `Kỹ Sư`, `Nhân Viên`, `Chủ`,
 * `Khách`, `Bạn`), `Một` ("a"), `Ai` and `Gì` (who, what).
 */
const NOT_A_VIETNAMESE_NAME =
  /^(?:người|sinh|học|giáo|bác|kỹ|nhân|chủ|khách|bạn|một|ai|gì|con|thành|quản|nhà|ở|không|rất|đang|đã|sẽ|cũng|vẫn)$/iu;
/** The Vietnamese copulas of {@link COPULA} (`tôi là`, `mình là`). */
const VIETNAMESE_COPULA = /^(?:tôi|mình)/iu;

/**
 * A first word in `-ing` of six letters or more (`I'm Hiring`, `I'm Lovin' It`): a verb, not a name
 * (`Irving` and `Sterling` are missed after `I'm`).
 */
const IN_ING = /^\p{L}{3,}(?:ing|in['’])$/iu;

/** The names given with a plain "I am" in `text` (see the module note), sorted; `null` when none. */
export function findCopulaNames(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  COPULA.lastIndex = 0;
  for (let m = COPULA.exec(text); m !== null; m = COPULA.exec(text)) {
    const at = COPULA.lastIndex;
    const vietnamese = m[1] !== undefined && VIETNAMESE_COPULA.test(m[1]);
    const end = capitalisedNameEnd(text, at, vietnamese ? NOT_A_VIETNAMESE_NAME : NOT_A_NAME);
    if (end < 0) continue;
    const after = m[3] !== undefined ? SPEAKING : AFTER_NAME;
    after.lastIndex = end;
    if (!after.test(text)) continue;
    out.push([at, end, NAME]);
  }
  HINGLISH_SELF.lastIndex = 0;
  while (HINGLISH_SELF.test(text)) {
    const at = HINGLISH_SELF.lastIndex;
    if (isLowerCode(text.charCodeAt(at))) {
      const end = hinglishNameEnd(text, at, HINGLISH_AMS, 2);
      if (end > at) out.push([at, end, NAME]);
      continue;
    }
    const wordsEnd = capitalisedNameEnd(text, at, NOT_A_NAME);
    if (wordsEnd < 0) continue;
    const am = hasCapitalH(text, at, wordsEnd) ? text.slice(at, wordsEnd).search(HINGLISH_AM_IN_NAME) : -1;
    const end = am < 0 ? wordsEnd : at + am;
    HINGLISH_AM.lastIndex = end;
    if (HINGLISH_AM.test(text)) out.push([at, end, NAME]);
  }
  return out.length === 0 ? null : out.sort((a, b) => a[0] - b[0]);
}

/**
 * The end of the capitalised words at `at` that may be a name (not an abbreviation, a verb in
 * `-ing` or a word on `notFirst`, {@link NOT_A_NAME} or {@link NOT_A_VIETNAMESE_NAME}, first), or -1.
 */
function capitalisedNameEnd(text: string, at: number, notFirst: RegExp): number {
  CAPITALISED.lastIndex = at;
  if (!CAPITALISED.test(text)) return -1;
  const end = CAPITALISED.lastIndex;
  let firstEnd = at;
  while (firstEnd < end && text.charCodeAt(firstEnd) !== 0x20) firstEnd++;
  const first = text.slice(at, firstEnd);
  return notFirst.test(first) || IN_CAPITALS.test(first) || IN_ING.test(first) ? -1 : end;
}

/**
 * True when a word of the capitalised words `text[at, end)` starts with `H`: only then may a
 * title-case `Hoon` stand among them (their words are capitalised or a surname's particle, one
 * space apart), which {@link HINGLISH_AM_IN_NAME} finds (session 17: the search over every name
 * cost the benchmark's Hinglish row a tenth of its time).
 */
function hasCapitalH(text: string, at: number, end: number): boolean {
  for (let i = at; i < end - 1; i++)
    if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x48) return true;
  return false;
}
