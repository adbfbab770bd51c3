/**
 * Dates of birth a word names in prose (`birthday 1990-04-01`, `born on 1 April 1990`,
 * `生日1990年4月1日`): the label says whose date it is.
 */
import { describe, expect, it } from "vitest";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const message = (text: string) => redactedMessage(r, text);
const B = "[redacted:account.profile.birthday]";

describe("birthdays named by a label in free text", () => {
  it.each([
    ["user birthday 1990-04-01 updated", `user birthday ${B} updated`],
    ["born on 1 April 1990 in Oslo", `born on ${B} in Oslo`],
    ["Date of birth April 1st, 1990.", `Date of birth ${B}.`],
    ["DOB 01/04/1990, plan gold", `DOB ${B}, plan gold`],
    ["birthday is 19900401", `birthday is ${B}`],
    ["生日1990年4月1日，谢谢", `生日${B}，谢谢`],
    ["她出生于1992年2月29日", `她出生于${B}`],
    // session 13: French, Spanish, Portuguese and Korean labels
    ["date de naissance: 07/03/1990", `date de naissance: ${B}`],
    ["Date de naissance 07/03/1990, Paris", `Date de naissance ${B}, Paris`],
    ["né le 07/03/1990 à Lyon", `né le ${B} à Lyon`],
    ["Elle est née le 07/03/1990.", `Elle est née le ${B}.`],
    ["Fecha de nacimiento: 07/03/1990", `Fecha de nacimiento: ${B}`],
    ["data de nascimento: 07/03/1990", `data de nascimento: ${B}`],
    ["생년월일: 1990.03.07", `생년월일: ${B}`],
    ["회원 생년월일 19900307 확인", `회원 생년월일 ${B} 확인`],
    // a second red-team round: one-digit month and day, 生于, a date before 出生
    ["生日 1990/3/7", `生日 ${B}`],
    ["birthday 1990/3/7, ok", `birthday ${B}, ok`],
    ["生于1990.3.7", `生于${B}`],
    ["我1990年3月7日出生", `我${B}出生`],
    // session 14: a red-team's labels of other languages
    ["Geburtstag: 01.04.1990", `Geburtstag: ${B}`],
    ["Ich wurde am 01.04.1990 geboren", `Ich wurde am ${B} geboren`],
    ["Дата рождения: 01.04.1990", `Дата рождения: ${B}`],
    ["я родился 01.04.1990", `я родился ${B}`],
    ["я родилась 01.04.1990", `я родилась ${B}`],
    ["생일은 1990년 1월 1일이에요", `생일은 ${B}이에요`],
    ["생일: 1990-01-01", `생일: ${B}`],
    ["วันเกิด 01/04/1990", `วันเกิด ${B}`],
    ["Ngày sinh: 01/04/1990", `Ngày sinh: ${B}`],
    ["Tanggal lahir: 23-04-1990", `Tanggal lahir: ${B}`],
    ["تاريخ الميلاد: 01/04/1990", `تاريخ الميلاد: ${B}`],
    ["जन्मतिथि 01/04/1990", `जन्मतिथि ${B}`],
    ["Mi cumpleaños es el 1 de abril de 1990", `Mi cumpleaños es el ${B}`],
    ["Nasci em 01/04/1990", `Nasci em ${B}`],
    ["生まれ：1990年4月1日", `生まれ：${B}`],
    // session 14: their siblings
    ["Mein Geburtsdatum 01.04.1990, Berlin", `Mein Geburtsdatum ${B}, Berlin`],
    ["geb. 01.04.1990 in Köln", `geb. ${B} in Köln`],
    ["geboren am 1.4.1990 in München", `geboren am ${B} in München`],
    ["Geburtstag: 1. April 1990", `Geburtstag: ${B}`],
    ["und ihr Geburtstag 01.04.1990, Hamburg", `und ihr Geburtstag ${B}, Hamburg`],
    ["Ich bin am 1. April 1990 in Berlin geboren.", `Ich bin am ${B} in Berlin geboren.`],
    ["geboortedatum: 01-04-1990", `geboortedatum: ${B}`],
    ["geboren te Amsterdam op 01-04-1990", `geboren te Amsterdam op ${B}`],
    ["Ik ben op 1 april 1990 in Utrecht geboren", `Ik ben op ${B} in Utrecht geboren`],
    ["д.р. 01.04.1990", `д.р. ${B}`],
    ["д/р 01.04.1990", `д/р ${B}`],
    ["День рождения: 01.04.1990", `День рождения: ${B}`],
    ["Родился 1 апреля 1990 года в Москве", `Родился ${B} года в Москве`],
    ["Иван родился в Москве 01.04.1990", `Иван родился в Москве ${B}`],
    ["родилась 01.04.1990г.", `родилась ${B}г.`],
    ["Дата народження: 01.04.1990", `Дата народження: ${B}`],
    ["народився 01.04.1990", `народився ${B}`],
    ["data urodzenia: 01.04.1990", `data urodzenia: ${B}`],
    ["ur. 01.04.1990 r.", `ur. ${B} r.`],
    ["Urodziłem się 1 kwietnia 1990 r. w Krakowie", `Urodziłem się ${B} r. w Krakowie`],
    ["urodzona w Gdańsku 01.04.1990", `urodzona w Gdańsku ${B}`],
    ["Doğum tarihi: 1 Nisan 1990", `Doğum tarihi: ${B}`],
    ["DOĞUM TARİHİ: 01.04.1990", `DOĞUM TARİHİ: ${B}`],
    ["doğum günüm 01.04.1990", `doğum günüm ${B}`],
    ["data di nascita: 01/04/1990", `data di nascita: ${B}`],
    ["nato il 1° aprile 1990", `nato il ${B}`],
    ["Nata a Roma il 1 aprile 1990", `Nata a Roma il ${B}`],
    ["né le 7 mars 1990", `né le ${B}`],
    ["née à Lyon le 1er avril 1990", `née à Lyon le ${B}`],
    ["Nació el 1 de abril de 1990 en Madrid", `Nació el ${B} en Madrid`],
    ["nacido en Sevilla el 01/04/1990", `nacido en Sevilla el ${B}`],
    ["Cumpleaños: 01/04/1990", `Cumpleaños: ${B}`],
    ["Nasceu em São Paulo em 1º de abril de 1990", `Nasceu em São Paulo em ${B}`],
    ["nasci no dia 01/04/1990", `nasci no dia ${B}`],
    ["Sinh ngày 1 tháng 4 năm 1990 tại Hà Nội", `Sinh ngày ${B} tại Hà Nội`],
    ["Ngày sinh: ngày 1 tháng 4 năm 1990", `Ngày sinh: ngày ${B}`],
    ["Tempat/Tgl. Lahir : Jakarta, 23-04-1990", `Tempat/Tgl. Lahir : Jakarta, ${B}`],
    ["Tanggal kelahiran: 23-04-1990", `Tanggal kelahiran: ${B}`],
    ["Saya lahir di Jakarta pada tanggal 23 April 1990", `Saya lahir di Jakarta pada tanggal ${B}`],
    ["lahir pada 23-4-1990", `lahir pada ${B}`],
    ["تاريخ الولادة 1990-04-01", `تاريخ الولادة ${B}`],
    ["ولدت في 01/04/1990", `ولدت في ${B}`],
    ["जन्म तिथि: 01/04/1990", `जन्म तिथि: ${B}`],
    ["मेरा जन्मदिन 01/04/1990 है", `मेरा जन्मदिन ${B} है`],
    ["출생일: 1990.01.01", `출생일: ${B}`],
    ["생년월일 1990년 1월 1일", `생년월일 ${B}`],
    ["1990년 1월 1일에 태어났어요", `${B}에 태어났어요`],
    ["1990년 1월 1일 출생", `${B} 출생`],
    ["1990年4月1日生まれです", `${B}生まれです`],
    ["会員の生年月日 1990/04/01", `会員の生年月日 ${B}`],
    ["生日1990年4月1日你好", `生日${B}你好`],
    ["DOB 4/1/1990", `DOB ${B}`],
  ])("%s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });
  it.each([
    "born in 1990", // a year, not a date
    "生于1990年",
    "我1990年2月30日出生",
    "birthday party on 2026-12-12 at 18:00 sharp", // not the label's date: `party` stands between
    "born 1990-02-30", // no such date
    "reborn 1990-04-01", // a label is a word of its own
    "1990-04-01 release",
    "birthday 1890-04-01",
    // session 13's near misses: a past participle ending in `né`, a delivery date, `ne le` before no date
    "donné le 07/03/2024",
    "créé le 07/03/2024",
    "fecha de entrega: 07/03/2024",
    "data de vencimento: 07/03/2024",
    "je ne le 2024 sais",
    "date de naissance inconnue",
    "생년월일 확인 2024",
    // session 14's near misses: the labels without a date, other dates, a party's date, a verb's year
    "Geburtstag feiern am Samstag",
    "Geburtstagsaktion bis 01.04.2025",
    "Feier zum Geburtstag: 01.04.2025",
    "Kinder-Geburtstag 12.05.2024 im Zoo",
    "geboren am Montag",
    "geboren 1990 in Berlin",
    "geboren am 31.02.1990",
    "Die Idee wurde geboren, Release am 01.04.2024",
    "Die Idee wurde 2019 geboren und am 01.04.2024 veröffentlicht",
    "Die Idee ist geboren und 01.04.2024 startet die Beta", // only `am`/`op` join a date to `geboren`
    "Die Idee wurde geboren in einem Hackathon am 01.04.2024", // a place has a capital
    "Die Idee wurde am 01.04.2024 in einem Hackathon geboren",
    "Das Projekt wurde geboren in Berlin und veröffentlicht am 01.04.2024", // a place is one or two words
    "Version 2.0 wurde am 01.04.2024 veröffentlicht",
    "Geburtsdatum fehlt (Stand 01.04.2025)",
    "생일 축하해",
    "생일 이벤트 2024년 5월 1일까지",
    "발생일: 2024-01-01", // an incident's date
    "1990년생",
    "Ngày sinh không hợp lệ",
    "Ngày phát hành: 01/04/2024",
    "Tanggal lahir wajib diisi",
    "Tanggal rilis: 23-04-2024",
    "lahirnya 01-04-2024",
    "дата рождения не указана",
    "Дата выпуска: 01.04.2024",
    "родился в 1990 году",
    "и др. 01.04.2024",
    "д-р Иванов 01.04.2024",
    "fiesta de cumpleaños: 01/04/2025",
    "¡Feliz cumpleaños! 01/04/2025",
    "la versión nacional 01/04/2024",
    "Data de lançamento: 01/04/2024",
    "donato il 01/04/2024",
    "data di scadenza: 01/04/2025",
    "nato summit 01/04/2024",
    "la NATO 04/04/2024", // `nato` only before `il`
    "Teslim tarihi: 01.04.2025",
    "data wydania: 01.04.2024",
    "your. 01.04.2024 release",
    "عيد الميلاد 25/12/2024", // Christmas
    "วันหมดอายุ 01/04/2025",
    "生まれ変わる 2024年4月1日",
    "2024年4月1日生效",
    "sinh(x) 01.04.2024",
    "2024년 1월 1일 출생아 통계", // births as of a day
    "2024年4月1日生まれ変わった", // reborn
    "งานวันเกิด 01/04/2025", // a birthday party
    "ของขวัญวันเกิด 01/04/2025",
    "วันเกิดเหตุ 01/04/2025", // the day an incident happened
    "Cumpleaños de la empresa: 01/04/2025",
    "Lieferung am 1. April 2025",
    "Release am 01.04.2025 in Berlin",
    "Дата рождения (формат ДД.ММ.ГГГГ): 01.04.2025",
    "Urodziny firmy 01.04.2025",
    "Doğum günü indirimi 01.04.2025'e kadar",
  ])("leaves %s as it is", (text) => {
    expect(message(text)).toBe(text);
  });
});
