/**
 * Identity and tax numbers of Korea, Japan, Mexico, Brazil, Thailand, Indonesia, Vietnam,
 * Malaysia, Russia, India and Germany (session 14; Brazil's RG since session 15), checked as
 * their registries issue them:
 *
 * - Korea's resident registration number (주민등록번호): `YYMMDD-SBBBBBC`, a birth date that
 *   exists, `S` 1-8 for the holder's sex and century (1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s; 5-8
 *   for foreign residents), six digits. Until October 2020 the last digit was a check digit
 *   (weights 2-9, 2-5; `(11 - sum % 11) % 10`); numbers issued since then (to newborns, and to
 *   anyone given a new one) end in random digits, so the check is only asked for on request
 *   (`{ checked: true }`): a reader that required it would miss every new number.
 * - Japan's My Number (個人番号): twelve digits, 4-4-4 grouped by `-` or a space or plain, the last
 *   a check digit (weights 2-7, 2-6 from the right, `11 - sum % 11`, 0 for a remainder of 0 or 1).
 * - Mexico's CURP: four letters (the second a vowel or `X`), a birth date `YYMMDD` that exists,
 *   `H`, `M` or `X`, a state's two letters (`NE` born abroad), three consonants, a character that
 *   says the century (a digit: 1900s, a letter: 2000s) and a check digit over the first 17
 *   (`0-9A-NÑO-Z` valued 0-36, weights 18 down to 2, `(10 - sum % 10) % 10`).
 * - Brazil's CPF: eleven digits, `123.456.789-09` or plain, two check digits (mod 11, weights
 *   10-2 and 11-2); not eleven times one digit, which passes the check and is never issued.
 * - Brazil's RG (Registro Geral, session 15): issued by each state, with no check digit common to
 *   all of them. Written as the states print it, `12.345.678-9` (one or two digits, then groups of
 *   three split by `.`, a `-` and a last digit or `X`), its shape is the number's: that layout of
 *   dots and a dash is an RG's (or, 3-3-3-2, a CPF's). Bare, `123456789` or `12345678-9`, it is
 *   eight digits and a ninth anyone could write, so it must pass São Paulo's check, the one
 *   published (weights 2-9 over the eight digits, `11 - sum % 11`, 10 written `X`, 11 written
 *   `0`): the state that issues most RGs, and one random bare shape in eleven. A bare RG of another
 *   state is missed after a label (the stated-values reader still takes `meu RG é 123456789`).
 * - Thailand's identity number: thirteen digits, plain or `1-2345-67890-12-3`, the first 1-8, the
 *   last `(11 - sum % 11) % 10` over the first twelve weighted 13 down to 2.
 * - Indonesia's NIK: sixteen digits: a province code (11-19, 21, 31-36, 51-53, 61-65, 71-76,
 *   81-82, 91-97), a regency and a district (not 00), the birth date `DDMMYY` (40 added to a
 *   woman's day) that exists, and a serial number not 0000. No check digit.
 * - Vietnam's citizen identity number (CCCD): twelve digits: a province code of the 63 (001-096),
 *   a digit for sex and century (0-3: 1900s and 2000s), the birth year's last two digits and six
 *   digits. No check digit.
 * - Malaysia's identity card number (MyKad): `YYMMDD-PB-###G`, plain or with both `-`: a birth
 *   date that exists (in the 1900s or 2000s) and a place of birth's code (not 00, 17-20, 69, 70,
 *   73, 80, 81 or 94-97, which are not given).
 * - Russia's INN of a person: twelve digits with two check digits (a company's ten-digit INN names
 *   no person and is not read), and SNILS: `112-233-445 95` or eleven digits, the last two a
 *   check number over the first nine (weights 9 down to 1; the sum below 100 is the check, 100
 *   and 101 give 00, a larger sum its remainder by 101, 100 again 00); the numbers up to
 *   001-001-998, which have no check, are not read.
 * - India's PAN: `AAAAA9999A`, the fourth letter the holder's type (`P` a person, `C` a company,
 *   `H` a Hindu undivided family, `F` a firm, `A`, `B`, `G`, `J`, `L`, `T`), the serial not 0000.
 *   No check character that is published.
 * - Germany's tax identification number (Steuer-ID): eleven digits, the first not 0, plain or
 *   `12 345 678 901`, the last an ISO 7064 MOD 11,10 check digit. (Issued numbers also hold one
 *   digit twice or three times in their first ten; that rule is not asked for: the check and a
 *   label naming the number are enough.)
 * - Session 18 (a red team's round 7, R3): Turkey's identity number (TC kimlik no): eleven digits,
 *   the first not 0, two check digits (the tenth: seven times the sum of the odd places less the
 *   sum of the even ones among the first nine, modulo 10; the eleventh: the sum of the first ten
 *   modulo 10); the United Arab Emirates' identity number (Emirates ID): `784-YYYY-NNNNNNN-C`
 *   (784 the country's code, the holder's birth year 1900-2099, seven digits, a Luhn check digit
 *   over all fifteen), plain or with its three `-`; and Saudi Arabia's national identity and
 *   residence (iqama) numbers: ten digits, the first 1 (a citizen) or 2 (a resident), a Luhn
 *   check digit.
 *
 * False-positive policy: these are read after a label naming the number (`주민등록번호`, `CPF`,
 * `ИНН`...), never on their own: a check digit lets one random shape in ten through (in 100 for
 * two), and the numbers without one (Indonesia's, Vietnam's, Malaysia's; Brazil's RG written
 * with its dots) are held to their structure. Since session 18 the redaction engine's
 * `printed-ids.ts` also reads a few without a label, in the printed form only they take.
 */
import { isRealDate } from "./birthday.js";
import { isDigitCode } from "./chars.js";
import { luhnValid } from "./luhn.js";

/** The number the `count` digits of `s` from `start` make (the caller checked they are digits). */
function digitsValue(s: string, start: number, count: number): number {
  let v = 0;
  for (let i = start; i < start + count; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** The digits of `s` after removing the separators `-`, `.` and spaces. */
function bare(s: string): string {
  return s.replace(/[-. ]/g, "");
}

/** True when `s` holds only ASCII digits and has `length` of them. */
function isDigits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** A Korean resident registration number: six digits, `-` or nothing, seven. */
const KOREAN_RESIDENT = /^\d{6}-?[1-8]\d{6}$/;
const KOREAN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

/**
 * True when `s` is a Korean resident registration number (see the module rule); its last digit
 * is checked only when `checked` is set (numbers issued since October 2020 have none).
 */
export function isKoreanResidentNumber(s: string, { checked = false }: { checked?: boolean } = {}): boolean {
  if (!KOREAN_RESIDENT.test(s)) return false;
  const d = bare(s);
  const sex = d.charCodeAt(6) - 48;
  const century = sex === 1 || sex === 2 || sex === 5 || sex === 6 ? 1900 : 2000;
  if (!isRealDate(century + digitsValue(d, 0, 2), digitsValue(d, 2, 2), digitsValue(d, 4, 2))) return false;
  if (!checked) return true;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (KOREAN_WEIGHTS[i] as number);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** A My Number: twelve digits, grouped 4-4-4 by `-` or a space, or plain. */
const MY_NUMBER = /^\d{4}([- ]?)\d{4}\1\d{4}$/;

/** True when `s` is a Japanese My Number whose check digit is right. */
export function isMyNumber(s: string): boolean {
  if (!MY_NUMBER.test(s)) return false;
  const d = bare(s);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (d.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

/** A CURP's shape: letters, the birth date, sex, state, consonants, century and check. */
const CURP =
  /^[A-Z][AEIOUX][A-Z]{2}(\d{2})(\d{2})(\d{2})[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])\d$/;
/** The values of a CURP's characters for its check digit. */
const CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** True when `s` is a Mexican CURP (upper case) whose birth date exists and check digit is right. */
export function isCurp(s: string): boolean {
  const m = CURP.exec(s);
  if (m === null) return false;
  const century = isDigitCode((m[4] as string).charCodeAt(0)) ? 1900 : 2000;
  if (!isRealDate(century + Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_VALUES.indexOf(s[i] as string) * (18 - i);
  return (10 - (sum % 10)) % 10 === s.charCodeAt(17) - 48;
}

/** A CPF: `123.456.789-09`, `123456789-09` or eleven digits. */
const CPF = /^(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{9}-?\d{2})$/;

/** A mod-11 check digit over `d[0, count)` weighted `count + 1` down to 2 (CPF's rule). */
function cpfDigit(d: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (d.charCodeAt(i) - 48) * (count + 1 - i);
  return ((sum * 10) % 11) % 10;
}

/** True when `s` is a Brazilian CPF whose two check digits are right (see the module rule). */
export function isCpf(s: string): boolean {
  if (!CPF.test(s)) return false;
  const d = bare(s);
  if (/^(\d)\1{10}$/.test(d)) return false;
  return cpfDigit(d, 9) === d.charCodeAt(9) - 48 && cpfDigit(d, 10) === d.charCodeAt(10) - 48;
}

/** An RG as the states print it: `12.345.678-9`, `1.234.567-X`. */
const WRITTEN_RG = /^\d{1,2}\.\d{3}\.\d{3}-[\dXx]$/;
/** An RG written bare: eight digits, `-` or nothing, a check digit or `X`. */
const BARE_RG = /^\d{8}-?[\dXx]$/;

/**
 * True when `s` is a Brazilian RG (see the module rule): written with its dots and dash, or bare
 * with São Paulo's check digit right.
 */
export function isBrazilianRg(s: string): boolean {
  if (WRITTEN_RG.test(s)) return true;
  if (!BARE_RG.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (s.charCodeAt(i) - 48) * (i + 2);
  const check = 11 - (sum % 11);
  const last = s.charAt(s.length - 1).toUpperCase();
  return last === (check === 10 ? "X" : check === 11 ? "0" : String(check));
}

/** A Thai identity number: thirteen digits, the first 1-8, plain or grouped 1-4-5-2-1. */
const THAI_ID = /^[1-8](?:\d{12}|([- ])\d{4}\1\d{5}\1\d{2}\1\d)$/;

/** True when `s` is a Thai identity number whose check digit is right. */
export function isThaiId(s: string): boolean {
  if (!THAI_ID.test(s)) return false;
  const d = bare(s);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** Indonesia's province codes, as the two-digit number. */
const INDONESIAN_PROVINCES: ReadonlySet<number> = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
  74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

/** True when `s` is an Indonesian NIK (see the module rule: sixteen digits, no separators). */
export function isIndonesianNik(s: string): boolean {
  if (!isDigits(s, 16)) return false;
  if (!INDONESIAN_PROVINCES.has(digitsValue(s, 0, 2))) return false;
  if (digitsValue(s, 2, 2) === 0 || digitsValue(s, 4, 2) === 0 || digitsValue(s, 12, 4) === 0) return false;
  const written = digitsValue(s, 6, 2);
  const day = written > 40 ? written - 40 : written;
  const month = digitsValue(s, 8, 2);
  const year = digitsValue(s, 10, 2);
  return isRealDate(1900 + year, month, day) || isRealDate(2000 + year, month, day);
}

/** Vietnam's 63 province codes (Circular 07/2016/TT-BCA), as numbers. */
const VIETNAMESE_PROVINCES: ReadonlySet<number> = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
  44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
  87, 89, 91, 92, 93, 94, 95, 96,
]);

/** True when `s` is a Vietnamese citizen identity number (CCCD; see the module rule). */
export function isVietnameseCitizenId(s: string): boolean {
  return isDigits(s, 12) && VIETNAMESE_PROVINCES.has(digitsValue(s, 0, 3)) && s.charCodeAt(3) <= 51; // 0-3
}

/** A MyKad number: six digits, two, four; both `-` or neither. */
const MALAYSIAN_IC = /^(\d{6})(-?)(\d{2})\2(\d{4})$/;
/** The place-of-birth codes never given. */
const MALAYSIAN_UNUSED_PLACES: ReadonlySet<number> = new Set([
  0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97,
]);

/** True when `s` is a Malaysian identity card number (see the module rule). */
export function isMalaysianIc(s: string): boolean {
  const m = MALAYSIAN_IC.exec(s);
  if (m === null || MALAYSIAN_UNUSED_PLACES.has(Number(m[3]))) return false;
  const date = m[1] as string;
  const [year, month, day] = [digitsValue(date, 0, 2), digitsValue(date, 2, 2), digitsValue(date, 4, 2)];
  return isRealDate(1900 + year, month, day) || isRealDate(2000 + year, month, day);
}

const INN_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

/** The INN check digit over `d[0, count)` with the last `count` of {@link INN_WEIGHTS}. */
function innDigit(d: string, count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (d.charCodeAt(i) - 48) * (INN_WEIGHTS[11 - count + i] as number);
  return (sum % 11) % 10;
}

/** True when `s` is a Russian person's INN: twelve digits whose two check digits are right. */
export function isRussianInn(s: string): boolean {
  return (
    isDigits(s, 12) && innDigit(s, 10) === s.charCodeAt(10) - 48 && innDigit(s, 11) === s.charCodeAt(11) - 48
  );
}

/** A SNILS: `112-233-445 95` (or `-` before the check), or eleven digits. */
const SNILS = /^(?:\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{11})$/;

/** True when `s` is a Russian SNILS whose check number is right (see the module rule). */
export function isSnils(s: string): boolean {
  if (!SNILS.test(s)) return false;
  const d = bare(s);
  if (digitsValue(d, 0, 9) <= 1001998) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  const check = sum < 100 ? sum : sum <= 101 ? 0 : (sum % 101) % 100;
  return check === digitsValue(d, 9, 2);
}

/** A PAN: five letters (the fourth the holder's type), four digits not 0000, a letter. */
const PAN = /^[A-Z]{3}[ABCFGHJLPT][A-Z](?!0000)\d{4}[A-Z]$/;

/** True when `s` is an Indian PAN (upper case; see the module rule). */
export function isIndianPan(s: string): boolean {
  return PAN.test(s);
}

/** A Steuer-ID: eleven digits, the first not 0, plain or grouped 2-3-3-3 by spaces. */
const STEUER_ID = /^[1-9]\d(?:\d{9}| \d{3} \d{3} \d{3})$/;

/** True when `s` is a German tax identification number whose check digit is right. */
export function isSteuerId(s: string): boolean {
  if (!STEUER_ID.test(s)) return false;
  const d = bare(s);
  let product = 10;
  for (let i = 0; i < 10; i++) {
    const sum = (d.charCodeAt(i) - 48 + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === d.charCodeAt(10) - 48;
}

/** True when `s` is a Turkish identity number (TC kimlik no) whose two check digits are right. */
export function isTurkishId(s: string): boolean {
  if (!isDigits(s, 11) || s.charCodeAt(0) === 48) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += s.charCodeAt(i) - 48;
    else even += s.charCodeAt(i) - 48;
  }
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  if (tenth !== s.charCodeAt(9) - 48) return false;
  return (odd + even + tenth) % 10 === s.charCodeAt(10) - 48;
}

/** An Emirates ID: `784`, a birth year 1900-2099, seven digits, a check digit; all `-` or none. */
const EMIRATES_ID = /^784(-?)(?:19|20)\d\d\1\d{7}\1\d$/;

/** True when `s` is an Emirates ID whose Luhn check digit is right (see the module rule). */
export function isEmiratesId(s: string): boolean {
  return EMIRATES_ID.test(s) && luhnValid(s, 0, s.length, 15);
}

/** True when `s` is a Saudi national identity or iqama number whose check digit is right. */
export function isSaudiId(s: string): boolean {
  const first = s.charCodeAt(0);
  return isDigits(s, 10) && (first === 49 || first === 50) && luhnValid(s, 0, 10, 10);
}
