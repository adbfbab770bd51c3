/**
 * Street addresses written in Arabic (session 19, a red team's round 7, R3, left open in session
 * 18): `شارع الملك فهد، مبنى 12، الرياض`, `١٢ شارع التحرير، القاهرة`, `عنواني شارع الملك فهد، الرياض
 * 12271`. Until then an Arabic address was read only under its key (`العنوان`).
 *
 * Read: a street type (`شارع` and its short form `ش.`, `طريق`, `جادة`, `زقاق`, `ميدان`; a
 * proclitic `و`, `ب`, `ل` or `ف` may be glued before it, `بشارع`, and is left out of the span;
 * `طريق` not after `عن`, with which it means "by way of") and the street's name, one to four
 * Arabic words, then what makes it an address rather than a street's name in a sentence:
 * - a number after the name, maybe behind a comma and a word for the building or the door (`شارع
 *   التحرير 12`, `، مبنى 12`, `رقم 5`, `عمارة 3`, `بناية`, `منزل`, `فيلا`), and a flat or floor
 *   after it (`، شقة 4`, `الدور 2`); a bare year right after the name is none (`ميدان التحرير
 *   2011`); or
 * - a town of one or two words and a five-digit postcode behind a comma (`، الرياض 12271`);
 * - or a door number before the type (`12 شارع التحرير`), and then one to three words of the name
 *   (Arabic has no capitals to end a name: a word or two of the sentence after it may go too, which
 *   is over-redaction, not a leak).
 * After a number, a town and postcode behind a comma are taken too. A town without its postcode
 * stays, as in the other languages' addresses (`street-addresses.ts`). Digits may be ASCII,
 * Arabic-Indic (`١٢`) or Eastern Arabic-Indic (`۱۲`).
 * Not read: a street named without a number (`مشيت في شارع التحرير أمس`), a place's name alone.
 *
 * Session 20 (a red team's round 9, A10): a street type, a name and a bare number is also how a
 * game's, a film's or a series' title is written with its sequel or episode number (`العب ميدان
 * المعركة 3`, "play Battlefield 3"; `فيلم شارع الحب 2`; `مسلسل شارع الحب الحلقة 12`) and how a
 * road is named before a count (`طريق النجاح 5 خطوات`, five steps). A bare number after the name
 * (no building's word) is no door number when:
 * - a unit, a count or a time of day follows it (`5 خطوات`, `7 دقائق`, `30 كيلو`, `9 مساءً`:
 *   {@link COUNT_AFTER});
 * - the name's last word says an episode, a part, a season or a level (`الحلقة 12`);
 * - a work's or a game's word stands right before the type (`فيلم`, `مسلسل`, `لعبة`, `العب`,
 *   `رواية`, `حلقة`, maybe with `الجديد` after it), or an episode's, a part's or a level's word
 *   with its number and `في`/`من` (`المستوى 12 في طريق الأبطال 3`): {@link TITLE_BEFORE};
 * - the type is `ميدان`, which says "field" or "arena" as often as "square" (`ميدان المعركة`,
 *   `ميدان السباق`); a square's door number is written before it (`١٢ ميدان طلعت حرب`), and that,
 *   a building's word or a town and postcode after it are still read.
 * A flat, or a town and postcode, after the number make it a door's still. A title alone with no
 * such word (`طريق الحرير 2`, `مين شاف شارع الحب 3؟`) is still read: it cannot be told from
 * `شارع التحرير 12`.
 *
 * Session 20 also reads more of what real addresses write after the name (46 addresses from
 * public code: 36 read before, 40 now): a dash between the parts before a building's, a floor's
 * or a flat's word (`شارع الجمهورية - عمارة 14`), `رقم` after the building's or the flat's word
 * (`عمارة رقم 22`, `شقة رقم 11`), and a floor and a flat both (`عمارة 15 دور 4 شقة 8`).
 *
 * The reader finds each street type with one native search and reads around it with sticky
 * expressions: linear in the text.
 */
import type { EngineSpan } from "./percent-view.js";

/**
 * An Arabic word: a letter, then letters, marks (harakat) and the tatweel, twenty characters at
 * most (so an address's digits stand within {@link ARABIC_ADDRESS_HINT}'s reach of its type).
 */
const WORD = String.raw`[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0670-\u06d3]{0,19}`;
/** A digit: ASCII, Arabic-Indic or Eastern Arabic-Indic. */
const DIGIT = String.raw`[0-9\u0660-\u0669\u06f0-\u06f9]`;
/** A door's or a building's number, standing alone: one to four digits. */
const NUMBER = String.raw`${DIGIT}{1,4}(?![\p{L}\p{N}])`;
/** A comma, Arabic or Latin, with its space, or a space alone. */
const SEP = "(?:[،,] ?| )";
/**
 * Before a building's, a flat's or a floor's word: {@link SEP} or a dash with its spaces, as
 * Egyptian addresses join their parts (`شارع الجمهورية - عمارة 14 - الدور الثالث`; session 20).
 */
const PART_SEP = "(?:[،,] ?| | ?[-–] ?)";
/**
 * A word for the building, maybe with `رقم` ("number") after it (`عمارة رقم 22`, session 20),
 * before its number. `رقم` alone is read with a bare number: `فيلم شارع الحب رقم 2` is a title.
 */
const BUILDING = "(?:مبنى|عمارة|بناية|منزل|فيلا)(?: رقم)?";
/**
 * A flat or a floor after the building, one or both (`، شقة 4`, `الدور 2`, `دور 4 شقة 8`; two
 * since session 20), maybe with `رقم` (`شقة رقم 11`).
 */
const FLAT = `(?:${PART_SEP}(?:شقة|الدور|دور|الطابق|طابق)(?: رقم)? ?${NUMBER}){0,2}`;
/** A town of one or two words and its five-digit postcode, behind a comma. */
const TOWN_POSTCODE = String.raw`[،,] ?${WORD}(?: ${WORD})? ${DIGIT}{5}(?![\p{L}\p{N}])`;
/** A year, which after a street's name is no door number (`ميدان التحرير 2011`). */
const YEAR = `(?:19|20|١٩|٢٠)${DIGIT}{2}(?!${DIGIT})`;

/** The street types (`طريق` not after `عن`, "by way of"). */
const TYPES = String.raw`شارع|ش\.|(?<!عن )طريق|جادة|زقاق|ميدان`;
/**
 * What every address read here holds, for the prose search: a street type with a digit before it
 * or a digit within 130 characters after it on its line (four words of a name, a building's word,
 * a town and the postcode's first digit stay within that), so Arabic prose that names a street,
 * or says `عن طريق` ("by way of"), without a number near is not read for prose at all.
 */
export const ARABIC_ADDRESS_HINT = String.raw`(?:(?:${TYPES}) [^\n]{0,130}${DIGIT}|${DIGIT}[،,]? (?:${TYPES}) )`;
/** A street type and the space after it, each found once. */
const TYPE = new RegExp(`(?:${TYPES}) `, "g");
/**
 * After the type: the street's name, then a number (maybe after a building's word; not a year
 * alone) and a flat, and a town and postcode; or the town and postcode alone. Group `bare` is a
 * number without a building's word (maybe after `رقم`), which {@link isTitleNumber} may refuse.
 */
const AFTER_TYPE = new RegExp(
  `${WORD}(?: ${WORD}){0,3}(?:(?:${PART_SEP}${BUILDING} ?${NUMBER}|${SEP}(?!${YEAR})(?<bare>(?:رقم ?)?${NUMBER}))${FLAT}(?:${TOWN_POSTCODE})?|${TOWN_POSTCODE})`,
  "uyd",
);
/**
 * A unit or a count after a bare number (`طريق النجاح 5 خطوات`, `شارع الجامعة 5 دقائق`, `طريق
 * المطار 30 كيلو`): steps, times, distances, money, episodes, rounds, things, tips, people; or a
 * time of day (`شارع التحلية 9 مساءً`, "Tahlia Street at 9 pm"; the tanween of `مساءً` is a mark,
 * no letter). Not the start of a longer word: `12 كمبوند` is a compound, not `كم` (km).
 */
const COUNT_AFTER =
  /^ (?:خطوات|خطوة|دقائق|دقيقة|دقيقه|دقايق|ثواني|ثوان|ساعات|ساعة|ساعه|أيام|ايام|يوم|أسابيع|اسابيع|أسبوع|اسبوع|أشهر|اشهر|شهور|شهر|سنوات|سنين|سنة|مرات|مرة|مره|كيلو|كيلومتر|كم|متر|أمتار|امتار|ميل|دولار|ريال|جنيه|درهم|دينار|ليرة|حلقات|أجزاء|اجزاء|مواسم|مستويات|مراحل|جولات|نقاط|نقطة|أشياء|اشياء|أسرار|اسرار|نصائح|دروس|أسباب|اسباب|أشخاص|اشخاص|شخص|مساء|مساءا|صباحا|ليلا|ظهرا|عصرا)(?![\p{L}\p{N}])/u;
/** An episode's, a part's, a season's, a chapter's or a level's word: a number after it counts them. */
const PART = "(?:الحلقة|حلقة|الجزء|جزء|الموسم|موسم|المستوى|مستوى|المرحلة|مرحلة|الفصل)";
/** A name whose last word is {@link PART} (`شارع الحب الحلقة`): its number is an episode's. */
const NAME_ENDS_IN_PART = new RegExp(`${PART}[،,]? ?$`, "u");
/**
 * What stands right before a title (read on the characters before the type, a proclitic of it
 * left out): a work's, a game's or a part's word, maybe with a word for new, old or favourite
 * after it (`فيلم`, `مسلسل`, `لعبة`, `العب`, `لعبت`, `رواية`, `كتاب`, `أغنية`, `برنامج`, `الفيلم
 * الجديد`, `حلقة شارع الضحك 15`; a proclitic may be glued to it: `وفيلم`), or a part's word, its
 * number and `في` or `من` (`المستوى 12 في`, `الحلقة 5 من`).
 */
const TITLE_BEFORE = new RegExp(
  String.raw`(?:(?:فيلم|الفيلم|أفلام|مسلسل|المسلسل|لعبة|اللعبة|ألعاب|العب|إلعب|لعبت|ألعب|نلعب|يلعب|تلعب|رواية|الرواية|كتاب|الكتاب|أغنية|اغنية|الأغنية|الاغنية|ألبوم|البوم|برنامج|البرنامج|أنمي|انمي|كرتون|مسرحية|المسرحية|سلسلة|السلسلة|${PART})(?: (?:الجديد|الجديدة|الجديده|القديم|القديمة|المفضل|المفضلة|الشهير|الشهيرة))?|${PART} ${DIGIT}{1,4} (?:في|من)) [وبلف]?$`,
  "u",
);
/** After the type, when the door number came before it: the name, and a town and postcode. */
const NAME_AFTER_NUMBER = new RegExp(`${WORD}(?: ${WORD}){0,2}(?:${TOWN_POSTCODE})?`, "uy");
/** A door number that ends right before a type, standing alone (read on the few characters before it). */
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${DIGIT}{1,4}[،,]? $`, "u");
/** A letter or a digit. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The proclitics that may be glued before a type (`بشارع`, `وشارع`). */
const PROCLITICS = "وبلف";

/** True when a type may start at `i`: after no letter or digit, or after one proclitic that is. */
function canStartType(text: string, i: number): boolean {
  if (i === 0 || !LETTER_OR_DIGIT.test(text.charAt(i - 1))) return true;
  return PROCLITICS.includes(text.charAt(i - 1)) && (i === 1 || !LETTER_OR_DIGIT.test(text.charAt(i - 2)));
}

/**
 * True when the address read after street type `type` (at `typeStart`, its name at `nameStart`)
 * ends in a bare number that is a title's or a count's rather than a door's (see the module note):
 * a number followed by a flat, or by a town and postcode, is a door's.
 */
function isTitleNumber(
  text: string,
  type: string,
  typeStart: number,
  nameStart: number,
  after: RegExpExecArray,
): boolean {
  const bare = after.indices?.groups?.bare;
  // a flat, or a town and postcode, after the number make it a door's
  if (bare === undefined || bare[1] !== after.index + after[0].length) return false;
  const [numberStart, numberEnd] = bare;
  return (
    type.startsWith("ميدان") ||
    COUNT_AFTER.test(text.slice(numberEnd, numberEnd + 16)) ||
    NAME_ENDS_IN_PART.test(text.slice(nameStart, numberStart)) ||
    TITLE_BEFORE.test(text.slice(Math.max(0, typeStart - 40), typeStart))
  );
}

/** The Arabic street addresses in `text` (see the module note), sorted; `null` when none. */
export function findArabicAddresses(text: string): EngineSpan[] | null {
  let out: EngineSpan[] | null = null;
  TYPE.lastIndex = 0;
  for (let m = TYPE.exec(text); m !== null; m = TYPE.exec(text)) {
    const i = m.index;
    if (!canStartType(text, i)) continue;
    const nameStart = i + m[0].length;
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, i - 8), i));
    AFTER_TYPE.lastIndex = nameStart;
    const after = AFTER_TYPE.exec(text);
    let end =
      after === null || isTitleNumber(text, m[0], i, nameStart, after) ? -1 : after.index + after[0].length;
    if (end < 0 && before !== null) {
      NAME_AFTER_NUMBER.lastIndex = nameStart;
      if (NAME_AFTER_NUMBER.test(text)) end = NAME_AFTER_NUMBER.lastIndex;
    }
    if (end < 0) continue;
    const start = before === null ? i : i - before[0].length;
    out ??= [];
    out.push([start, end, "contact.address"]);
    TYPE.lastIndex = end;
  }
  return out;
}
