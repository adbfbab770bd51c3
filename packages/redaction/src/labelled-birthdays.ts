/**
 * Dates of birth that a word names in prose: `birthday 1990-04-01`, `born on 1 April 1990`,
 * `DOB 04/01/1990`, `date of birth April 1, 1990`, `生日1990年4月1日`, `出生于1990年4月1日`, and since
 * session 13 in French, Spanish, Portuguese and Korean (`date de naissance: 07/03/1990`,
 * `né le 07/03/1990`, `Fecha de nacimiento: 07/03/1990`, `data de nascimento`, `생년월일:
 * 1990.03.07`; `né`/`née` only before `le`, as French writes a birth date). A date
 * means nothing alone in a log line; the label before it says whose date it is, as a key does
 * for a member. `named-values.ts` reads `dob=...` and `DOB: ...` where a field opens; this module
 * reads the label followed by white space or a colon anywhere (`and dob: 1990-04-01`; in Chinese
 * by nothing, too), the date's shape being check enough.
 *
 * Read: a label (any case), a colon maybe, `is` or `on` maybe, then a date that exists with a year in
 * 1900-2099, written as `isBirthday` accepts (`yyyy-mm-dd`, `dd/mm/yyyy`, `yyyymmdd`...), or with
 * the month in English words (`1 April 1990`, `April 1st, 1990`, `Apr 1 1990`), or as Chinese
 * writes it (`1990年4月1日`); since session 13 also `yyyy/m/d` with one-digit month and day
 * (`生日 1990/3/7`), after `生于`, and a Chinese date before `出生` (`我1990年3月7日出生`). `born in
 * 1990` names a year, not a date: not read.
 *
 * Since session 14 the labels of more languages (see {@link LABELS}): German and Dutch
 * (`Geburtstag`, `Geburtsdatum`, `geb.`, `geboren am`, `geboortedatum`, `geboren op`), Italian
 * (`data di nascita`, `nato il`), Russian and Ukrainian (`дата рождения`, `день рождения`, `д.р.`,
 * `родился`/`родилась`, `дата народження`), Polish (`data urodzenia`, `ur.`, `urodziłem się`),
 * Turkish (`doğum tarihi`, `doğum günü`), Spanish and Portuguese verbs and `cumpleaños`
 * (`Mi cumpleaños es el ...`, `nací el`, `nasci em`), Korean `생일` and `출생일`, Japanese `生年月日`
 * and `生まれ`, Vietnamese `ngày sinh`/`sinh ngày`, Indonesian `tanggal lahir`/`lahir`, Arabic
 * `تاريخ الميلاد`, Hindi `जन्मतिथि`, Thai `วันเกิด`. A verb (`geboren`, `родился`, `nasci`, `nato`,
 * `lahir`) takes the date at once, or after its own preposition (`am`, `em`, `il`, `pada`) and at
 * most a two-word place before it (`nato a Roma il`, `geboren te Amsterdam op`, `lahir di Jakarta,`),
 * and the date must be a whole one with its year: `geboren am Montag` and `родился в 1990 году`
 * are not read. Dates also in the words of these languages (`1 de abril de 1990`, `1. April 1990`,
 * `1er avril 1990`, `1 апреля 1990 года`, `23 April 1990`), as Korean writes them (`1990년 1월
 * 1일`), as Vietnamese does (`1 tháng 4 năm 1990`), and day first with one-digit day or month
 * (`1.4.1990`, `23-4-1990`). A German or Dutch date before its verb (`am 01.04.1990 geboren`, `op
 * 1 april 1990 in Utrecht geboren`), a Japanese one before `生まれ`, a Korean one before `태어나`
 * or `출생` are read too. Korean and Japanese particles may follow a date (`1일이에요`). Not read:
 * `Feier zum Geburtstag`, `Kinder-Geburtstag`, `fiesta de cumpleaños` and `feliz cumpleaños` (a
 * party's date), the Buddhist era's years (`01/04/2533`) and a Korean `1990년생` (a year).
 */
import { isBirthday, isRealDate } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

const BIRTHDAY = "account.profile.birthday";

/**
 * A place's name as a group: one or two words, each at most 40 letters long; the first must be
 * written with a capital (checked by {@link namesPlaces}: `in Berlin`, not `in einem Hackathon`).
 */
const PLACE = String.raw`(\p{L}[\p{L}\p{M}'’-]{0,39}(?:[ \t]+\p{L}[\p{L}\p{M}'’-]{0,39})?)`;
/** A place after a verb's own preposition (`in Berlin`, `em São Paulo`, `a Roma`, `di Jakarta,`). */
const place = (preposition: string) => String.raw`(?:[ \t]+(?:${preposition})[ \t]+${PLACE},?)?`;

/** The labels written as words of their own, with the words each takes before its date. */
const WORD_LABELS = [
  // English
  String.raw`birth\s*day|birth\s+date|date\s+of\s+birth|d\.?o\.?b\.?|born`,
  // French, Spanish, Portuguese, Italian
  String.raw`date\s+de\s+naissance|n[ée]e?${place("à")}\s+le`,
  String.raw`fecha\s+de\s+nacimiento|(?<!fiesta[ \t]+de[ \t]+|feliz[ \t]+)cumplea[ñn]os(?:[ \t]+es(?:[ \t]+el)?)?|nac(?:í|i|ió|io|ido|ida)${place("en")}(?:[ \t]+el)?`,
  String.raw`data\s+de\s+nascimento|nasc(?:i|eu|ido|ida)${place("em")}(?:[ \t]+(?:em|no[ \t]+dia|a|dia))?`,
  String.raw`data[ \t]+di[ \t]+nascita|nat[oa]${place("a")}[ \t]+il`,
  // German, Dutch
  String.raw`geburtsdatum|(?<!zum[ \t]+|-)geburtstag|geb\.(?:[ \t]*am)?|geboren${place("in|te")}(?:[ \t]+(?:am|op))?|geboortedatum`,
  // Russian, Ukrainian, Polish, Turkish
  String.raw`дата[ \t]+рождения|день[ \t]+рождения|д\.[ \t]?р\.|д/р|родил(?:ся|ась|ись)${place("в")}|дата[ \t]+народження|народи(?:вся|лася)${place("в|у")}`,
  String.raw`data[ \t]+urodzenia|ur\.|(?:urodzi(?:łem|łam|ł|ła)[ \t]+się|urodzon[ya])${place("w")}(?:[ \t]+dnia)?`,
  String.raw`doğum[ \t]+(?:tar[iİ]h[iİ]m?|günü(?:m)?)`,
  // Vietnamese, Indonesian
  String.raw`ngày[ \t]+sinh|sinh[ \t]+ngày`,
  String.raw`(?:tanggal|tgl\.?)[ \t]*(?:lahir|kelahiran)(?:[ \t]*[:：][ \t]*${PLACE},)?|lahir${place("di")}(?:[ \t]+(?:pada(?:[ \t]+tanggal)?|tanggal|tgl\.?))?`,
  // Arabic, Hindi
  String.raw`تاريخ[ \t]+(?:الميلاد|الولادة)|ولدت?[ \t]+(?:في|بتاريخ)`,
  String.raw`जन्म(?:[ \t]*(?:तिथि|दिनांक|तारीख|दिन))?`,
  // Korean (a particle maybe: `생일은`); `발생일`, an incident's date, is no word of its own
  "(?:생일|출생(?:일자|일)?)[은는이가]?",
].join("|");

/**
 * The labels of scripts that write no space between words: Korean, Chinese, Japanese, Thai (not
 * after `งาน`, a party, `ของขวัญ`, a present, or `โปร`, an offer).
 */
const GLUED_LABELS =
  "생년월일|生日|出生日期|出生于|出生在|出生|生于|生年月日|生まれ|(?<!งาน|ของขวัญ|โปร)วันเกิด";

/** The labels (see the module note). */
const LABELS = String.raw`(?<![\p{L}\p{N}_])(?:${WORD_LABELS})|${GLUED_LABELS}`;

/** What every labelled birthday holds (the cheap first test; `prose.ts`). */
export const LABELLED_BIRTHDAY_HINT = String.raw`birth|born|dob|d\.o\.b|naissance|n[ée]e?\s+(?:le|à)|nasc|nac[ií]|cumplea|nat[oa]\s|geburt|geb\.|geboren|geboorte|рожд|родил|д\.\s?р\.|д/р|народ|urodz|\bur\.|doğum|ngày\s+sinh|sinh\s+ngày|lahir|الميلاد|الولادة|ولد|जन्म|생일|출생|태어|생년월일|生日|出生|生于|生年月日|生まれ|วันเกิด`;

/** Month names (lower case) in the languages of the labels, English abbreviations included. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    "january",
    "jan",
    "januar",
    "jänner",
    "januari",
    "janvier",
    "enero",
    "janeiro",
    "gennaio",
    "ocak",
    "stycznia",
    "января",
  ],
  [
    "february",
    "feb",
    "februar",
    "februari",
    "février",
    "fevrier",
    "febrero",
    "fevereiro",
    "febbraio",
    "şubat",
    "lutego",
    "февраля",
  ],
  ["march", "mar", "märz", "maret", "maart", "mars", "marzo", "março", "marco", "mart", "marca", "марта"],
  ["april", "apr", "avril", "abril", "aprile", "nisan", "kwietnia", "апреля"],
  ["may", "mai", "mei", "mayo", "maio", "maggio", "mayıs", "maja", "мая"],
  ["june", "jun", "juni", "juin", "junio", "junho", "giugno", "haziran", "czerwca", "июня"],
  ["july", "jul", "juli", "juillet", "julio", "julho", "luglio", "temmuz", "lipca", "июля"],
  ["august", "aug", "agustus", "augustus", "août", "aout", "agosto", "ağustos", "sierpnia", "августа"],
  [
    "september",
    "sep",
    "sept",
    "septembre",
    "septiembre",
    "setiembre",
    "setembro",
    "settembre",
    "eylül",
    "września",
    "сентября",
  ],
  [
    "october",
    "oct",
    "oktober",
    "octobre",
    "octubre",
    "outubro",
    "ottobre",
    "ekim",
    "października",
    "октября",
  ],
  ["november", "nov", "novembre", "noviembre", "novembro", "kasım", "listopada", "ноября"],
  [
    "december",
    "dec",
    "dezember",
    "desember",
    "décembre",
    "decembre",
    "diciembre",
    "dezembro",
    "dicembre",
    "aralık",
    "grudnia",
    "декабря",
  ],
];

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** Any month name, the longest first. */
const MONTHS = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|");
/** The English month names (`April 1st, 1990` puts the month first). */
const ENGLISH_MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/** A day before a month's name: `1`, `1st`, `1er`, `1º`, `1.` (German). */
const DAY_BEFORE_NAME = String.raw`\d{1,2}(?:(?:st|nd|rd|th|er|º|°)?[ \t]+|\.[ \t]*)`;

/** The date forms, one alternation (`sep` names the group of a separator used twice). */
const dateForms = (sep: string) =>
  String.raw`\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}[-/.]\d{2}[-/.]\d{4}|\d{8}` +
  String.raw`|${DAY_BEFORE_NAME}(?:de[ \t]+)?(?:${MONTHS})\.?,?[ \t]+(?:del?[ \t]+)?\d{4}` +
  String.raw`|(?:${ENGLISH_MONTHS})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}` +
  String.raw`|\d{4}年\d{1,2}月\d{1,2}[日号]?|\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일` +
  String.raw`|\d{1,2}[ \t]+tháng[ \t]+\d{1,2},?[ \t]+năm[ \t]+\d{4}` +
  String.raw`|\d{4}(?<${sep}1>[-/.])\d{1,2}\k<${sep}1>\d{1,2}|\d{1,2}(?<${sep}2>[-/.])\d{1,2}\k<${sep}2>\d{4}`;

/**
 * What may follow a date: Russian `г.` and Polish `r.` (year), then no digit or letter, but
 * Korean, Chinese, Japanese and Thai, whose particles stick to a word (`1일이에요`).
 */
const DATE_END = String.raw`(?:[гr]\.?)?(?![\p{N}_]|(?![\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}])\p{L})`;

/**
 * A label, a colon maybe, `is`/`on` maybe (a Vietnamese `ngày`), and the date (group `date`); tried
 * only where {@link LABEL_START} finds the start of a label.
 */
const LABELLED = new RegExp(
  String.raw`(?:${LABELS})[ \t]*[:：]?[ \t]*(?:(?:is|on|ngày)[ \t]+)?(?<date>${dateForms("s")})${DATE_END}`,
  "yiud",
);

/**
 * Where a label may start: one search without Unicode classes, about five times as fast as the
 * search for {@link LABELLED} itself, whose many labels let it skip few places of a text. `\b`
 * lets through a label of Latin letters wherever that label's own test (no letter before it) does.
 */
const LABEL_START =
  /\b(?:birth|born|d\.?o\.?b|date\s+(?:of|de)\s|n[ée]e?\s|fecha\s|cumplea|nac|nasc|data\s+(?:de\s|di\s|urodzenia)|nat[oa]\s|geb|ur\.|urodz|doğum|ngày|sinh\s|tanggal|tgl|lahir)|дата|день|д\.|д\/|родил|народи|تاريخ|ولد|जन्म|생일|출생|생년월일|生日|出生|生于|生年月日|生まれ|วันเกิด/gi;

/**
 * A German or Dutch date before `geboren`, a place maybe between (`am 01.04.1990 in Berlin
 * geboren`, `op 1 april 1990 geboren`), the date as group `date`.
 */
const BORN_AFTER_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:am|op)[ \t]+(?<date>${dateForms("s")})${DATE_END}${place("in|te|bei")}[ \t]+geboren(?![\p{L}])`,
  "giud",
);
const GEBOREN = /geboren/i;

/**
 * A date in Chinese or Japanese before `出生` or `生まれ` ("was born": `我1990年3月7日出生`,
 * `1990年4月1日生まれ`; not `生まれ変わる`, to be reborn), or in Korean before `태어나` or `출생`
 * (`1990년 1월 1일에 태어났어요`; not `출생아`, births, nor `출생률`, the birth rate).
 */
const BORN_AFTER =
  /\d{4}年\d{1,2}月\d{1,2}[日号](?=出生|に?生まれ(?!変))|\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일(?=에?[ \t]*(?:태어|출생(?![아률율])))/g;

/** True when the year, month (number or name) and day make a date that exists, in 1900-2099. */
function isDate(year: string, month: string, day: string): boolean {
  const m = /^\d+$/.test(month) ? Number(month) : (MONTH_NUMBER.get(month.toLowerCase()) ?? 0);
  return isRealDate(Number(year), m, Number(day));
}

const NAMED_MONTH =
  /^(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?[ \t]*(?:de[ \t]+)?(\p{L}+)\.?,?[ \t]+(?:del?[ \t]+)?(\d{4})$/iu;
const MONTH_FIRST = /^([a-z]+)\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})$/i;
const YEAR_FIRST =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?|년[ \t]*(\d{1,2})월[ \t]*(\d{1,2})일)$/;
const DAY_FIRST = /^(\d{1,2})(?:([-/.])(\d{1,2})\2|[ \t]+tháng[ \t]+(\d{1,2}),?[ \t]+năm[ \t]+)(\d{4})$/iu;

/** True when `s`, a date the expressions above matched, is a date of birth. */
function isBirthDate(s: string): boolean {
  if (isBirthday(s)) return true;
  let m = YEAR_FIRST.exec(s);
  if (m !== null) {
    const [, y, , m1, d1, m2, d2, m3, d3] = m as unknown as string[];
    return isDate(y as string, (m1 ?? m2 ?? m3) as string, (d1 ?? d2 ?? d3) as string);
  }
  m = DAY_FIRST.exec(s);
  if (m !== null) {
    const [, d, sep, m1, m2, y] = m as unknown as string[];
    const month = (m1 ?? m2) as string;
    // a slashed date may be month first, as `isBirthday` reads it
    return (
      isDate(y as string, month, d as string) || (sep === "/" && isDate(y as string, d as string, month))
    );
  }
  m = NAMED_MONTH.exec(s);
  if (m !== null) return isDate(m[3] as string, m[2] as string, m[1] as string);
  m = MONTH_FIRST.exec(s);
  return m !== null && isDate(m[3] as string, m[1] as string, m[2] as string);
}

/** True when every place `m` names (a group of more than one character, not the date) has a capital. */
function namesPlaces(m: RegExpExecArray): boolean {
  for (let k = 1; k < m.length; k++) {
    const g = m[k];
    if (g !== undefined && g.length > 1 && g !== m.groups?.date && !/^[\p{Lu}\p{Lt}]/u.test(g)) return false;
  }
  return true;
}

/** Adds to `out` the span of the date `m` names when it is a date of birth and its places have capitals. */
function addDate(m: RegExpExecArray, out: EngineSpan[]): void {
  const date = m.groups?.date as string;
  const span = m.indices?.groups?.date;
  if (span !== undefined && isBirthDate(date) && namesPlaces(m)) out.push([span[0], span[1], BIRTHDAY]);
}

/** The birthdays named by a label in `text` (see the module note), sorted; `null` when none. */
export function findLabelledBirthdays(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  LABEL_START.lastIndex = 0;
  for (let c = LABEL_START.exec(text); c !== null; c = LABEL_START.exec(text)) {
    LABELLED.lastIndex = c.index;
    const m = LABELLED.exec(text);
    if (m === null) continue;
    addDate(m, out);
    LABEL_START.lastIndex = LABELLED.lastIndex;
  }
  if (GEBOREN.test(text)) {
    BORN_AFTER_WORDS.lastIndex = 0;
    for (let m = BORN_AFTER_WORDS.exec(text); m !== null; m = BORN_AFTER_WORDS.exec(text)) addDate(m, out);
  }
  BORN_AFTER.lastIndex = 0;
  for (let m = BORN_AFTER.exec(text); m !== null; m = BORN_AFTER.exec(text)) {
    if (isBirthDate(m[0])) out.push([m.index, m.index + m[0].length, BIRTHDAY]);
  }
  if (out.length > 1) out.sort((a, b) => a[0] - b[0]);
  return out.length === 0 ? null : out;
}
