/**
 * Session 18 (a red team's round 7, R3): Turkish, and gaps in Arabic, Russian, Spanish,
 * Portuguese, Malay and Vietnamese. Identity numbers in their printed forms and after their labels
 * (`@kago/personal-data`'s `printed-ids.ts`, `src/labelled-accounts.ts`), phones after "call me"
 * and WhatsApp in those languages, and the keys their forms write (`src/key-table.ts`); each with
 * the near misses that must stay (a check digit off, a word that is not the label, a key that
 * names something else).
 */
import { describe, expect, it } from "vitest";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "facebook");
const ID = "[redacted:identity.national_id]";
const PASSPORT = "[redacted:identity.passport]";
const PHONE = "[redacted:contact.phone]";
const HANDLE = "[redacted:contact.messenger]";

describe("identity numbers in their printed forms, no label", () => {
  it.each([
    ["segue o documento 123.456.789-09 ok", `segue o documento ${ID} ok`],
    ["СНИЛС не нужен: 112-233-445 95", `СНИЛС не нужен: ${ID}`],
    ["IC saya 900401-14-5678", `IC saya ${ID}`],
    ["784-1990-1234567-6", ID],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    "total 123.456.789-10", // the CPF's check digits wrong
    "v2.123.456.789-09", // glued to a version
    "901301-14-5678", // no 13th month
    "900401-00-5678", // a place of birth never given
    "784-1990-1234567-1", // the Emirates ID's check digit wrong
    "112-233-445 96", // the SNILS's check wrong
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("identity numbers after their labels", () => {
  it.each([
    ["TC kimlik no 10000000146", `TC kimlik no ${ID}`],
    ["T.C. Kimlik No: 10000000146", `T.C. Kimlik No: ${ID}`],
    ["TCKN: 12345678950", `TCKN: ${ID}`],
    ["kimlik numaram 10000000146", `kimlik numaram ${ID}`],
    ["رقم الهوية الوطنية: 1012345672", `رقم الهوية الوطنية: ${ID}`],
    ["iqama 2012345670", `iqama ${ID}`],
    ["Emirates ID 784199012345676", `Emirates ID ${ID}`],
    ["INN 500100732259", `INN ${ID}`],
    ["SNILS 11223344595", `SNILS ${ID}`],
    ["серия 45 09 номер 123456", `серия ${PASSPORT}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    "TC kimlik no 10000000147", // the second check digit wrong
    "INN 500100732258",
    "the inn room 500100732259", // `inn` not before the number
    "iqama 1012345678", // the Luhn digit wrong
    "EID 784199012345671",
    "Eid Mubarak 2024",
    "серия 3 сезон 2024", // a series' episode
    "серия 45 09 номер 12345", // five digits
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("phones and handles after 'call me' and WhatsApp", () => {
  it.each([
    ["manda un whats al 5512345678", `manda un whats al ${PHONE}`],
    ["llámame al 612 345 678", `llámame al ${PHONE}`],
    ["mi cel es 5512345678", `mi cel es ${PHONE}`],
    ["me liga no 11 91234-5678", `me liga no ${PHONE}`],
    ["اتصل بي على 0501234567", `اتصل بي على ${PHONE}`],
    ["رقمي 00966501234567", `رقمي ${PHONE}`],
    ["ватсап 89123456789", `ватсап ${PHONE}`],
    ["hubungi saya di 081234567890", `hubungi saya di ${PHONE}`],
    ["gọi mình 0912345678", `gọi mình ${PHONE}`],
    ["пиши в телегу @ivan_petrov", `пиши в телегу ${HANDLE}`],
    ["мой тг @ivan_petrov", `мой тг ${HANDLE}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    "llámame mañana a las 10",
    "cel 20240115", // a date
    "el cel es nuevo",
    "тг канал 2024",
    "hubungi kami di 2024",
    "gọi mình lúc 10 giờ",
    "رقمي المفضل 7",
    "ватсап не работает",
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("the keys of Turkish, Russian, Arabic and Malay forms", () => {
  it.each([
    ['{"ad_soyad":"Ayşe Yılmaz","n":1}'],
    ['{"soyad":"Yılmaz","n":1}'],
    ['{"isim":"Ayşe","n":1}'],
    ['{"fio":"Петров Иван Сергеевич","n":1}'],
    ['{"cep_telefonu":"05321234567","n":1}'],
    ['{"adres":"Atatürk Cad. No:5","n":1}'],
    ['{"dogum_tarihi":"1990-04-01","n":1}'],
    ['{"tckn":"10000000146","n":1}'],
    ['{"tc_kimlik_no":"10000000146","n":1}'],
    ['{"snils":"11223344595","n":1}'],
    ['{"inn":"500100732259","n":1}'],
    ['{"الجوال":"0501234567","n":1}'],
    ['{"iqama":"2012345670","n":1}'],
    ['{"mykad":"900401145678","n":1}'],
  ])("%s loses its member", (body) => expect(bodyOf(redactJsonBody(r, "facebook", body))).toBe('{"n":1}'));

  it.each([
    // `ad` is an advertisement's key, `tc` a country's code (Turks and Caicos) or a test case's,
    // `ics` and `icon` no identity card's (`ic` alone is: role-keys.test.ts), `eid` an event's id
    ['{"ad":"banner_1","n":1}'],
    ['{"countries":{"TC":"Turks and Caicos Islands","AD":"Andorra"}}'],
    ['{"ics":"x","icon":"ⅈ"}'],
    ['{"eid":"evt_20240115_01"}'],
    ['{"innings":3,"inner":"x"}'],
  ])("%s stays", (body) => expect(bodyOf(redactJsonBody(r, "facebook", body))).toBe(body));
});

describe("introductions: Turkish without `benim`, Vietnamese `tôi là` and kinship titles", () => {
  const NAME = "[redacted:account.profile.name]";
  it.each([
    ["adım Ayşe", `adım ${NAME}`],
    ["Merhaba, adım Ayşe Yılmaz.", `Merhaba, adım ${NAME}.`],
    ["ismim Mehmet", `ismim ${NAME}`],
    ["tôi là An", `tôi là ${NAME}`],
    ["anh Tuấn", `anh ${NAME}`],
    ["chị Lan ơi", `chị ${NAME} ơi`],
    ["Anh Tuấn ơi, mai gặp nhé", `Anh ${NAME} ơi, mai gặp nhé`],
    ["gửi ông Nguyễn Văn An", `gửi ông ${NAME}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    "ilk adım Kurulum", // "first step": `adım` after a word
    "Adım Adım Kurulum", // "step by step"
    "adım atıldı.", // a lower-case word after a bare `adım`
    "Adım 1: Kurulum",
    "tiếng Anh Mỹ", // "American English": a capitalised title mid-clause
    "nước Anh",
    "học tiếng Anh Giao Tiếp", // "communicative English"
    "Tôi là Sinh Viên",
    "Tôi là người Việt",
    "anh IT",
    "em São Paulo", // Portuguese's "in"
    "Anh Ấy đi rồi",
    "Bà Rịa - Vũng Tàu", // a province (a gettext catalogue's)
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("a debugger's `Address: 0x` (session 18, found in Turkish UI strings)", () => {
  it.each(["Adres: 0x", "Address: 0x", "Adres: 0x7ffe1234"])("%s stays", (text) =>
    expect(said(text)).toBe(text),
  );
  it("a Turkish address under its label goes", () =>
    expect(said("Adres: Atatürk Caddesi 5")).toBe("Adres: [redacted:contact.address]"));
});

describe("Turkish street addresses", () => {
  const ADDRESS = "[redacted:contact.address]";
  it.each([
    ["adresim Atatürk Cad. No:5 Kadıköy İstanbul", `adresim ${ADDRESS} Kadıköy İstanbul`],
    ["Bağdat Caddesi No: 12 D: 3, 34710 Kadıköy/İstanbul", ADDRESS],
    ["Moda Mah. Şair Nefi Sok. No:5/2 Kadıköy/İstanbul", ADDRESS],
    ["İstiklal Caddesi No.45 Beyoğlu", `${ADDRESS} Beyoğlu`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    "Atatürk Caddesi çok kalabalık", // a street named, no door
    "Bağdat Caddesi'nde buluşalım",
    "Sokak No: 5 kayıt bulunamadı", // no street's name before the type
    "Cad. No:",
    "Atatürk Cad. No: yok", // no door number
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("Vietnam's old identity card and a Pix key after `PIX chave`", () => {
  it.each([
    ["CMND 012345678", `CMND ${ID}`],
    ["PIX chave 11912345678", `PIX chave ${PHONE}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));
  it.each(["CMND 01234567", "CCCD 0123456789", "PIX chave aleatória"])("%s stays", (text) =>
    expect(said(text)).toBe(text),
  );
});
