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
  ])("leaves %s as it is", (text) => {
    expect(message(text)).toBe(text);
  });
});
