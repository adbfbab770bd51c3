/**
 * Identity numbers in their printed forms, read without a label (`src/text/printed-ids.ts`;
 * session 18, a red team's round 7, R3): each with its near misses (a check digit off, glued to a
 * word or a longer number, the same digits bare, a version or a date in the same shape).
 */
import { describe, expect, it } from "vitest";
import { findInText } from "../src/index.js";

/** The values `findInText` reads in `text`, with their categories. */
function read(text: string): string[] {
  return findInText(text).map(([start, end, category]) => `${text.slice(start, end)} ${category}`);
}

describe("printed identity numbers", () => {
  it.each([
    ["segue 123.456.789-09 ok", "123.456.789-09"],
    ["CPF do titular: 529.982.247-25.", "529.982.247-25"],
    ["СНИЛС не нужен, 112-233-445 95", "112-233-445 95"],
    ["snils 112-233-445-95", "112-233-445-95"],
    ["IC saya 900401-14-5678 ya", "900401-14-5678"],
    ["(900101-01-1234)", "900101-01-1234"],
    ["900401-14-5678 ni ic saya", "900401-14-5678"],
    // a field's whole value (round 9: under id_number, kyc_id, document it reached Tencent)
    ["850101-14-5678", "850101-14-5678"],
    ["nombor saya 900401-14-5678", "900401-14-5678"],
    ["123.456.789-09", "123.456.789-09"],
    ["ID 784-1990-1234567-6", "784-1990-1234567-6"],
  ])("%s: %s is a national id", (text, value) => {
    expect(read(text)).toContain(`${value} identity.national_id`);
  });

  it.each([
    ["123.456.789-10", "a CPF's check digits wrong"],
    ["v1.123.456.789-09", "glued to a version"],
    ["123.456.789-091", "a longer number"],
    ["1.123.456.789-09", "a digit group before it"],
    ["112-233-445 96", "a SNILS's check wrong"],
    ["001-001-998 64", "a SNILS below the checked numbers"],
    ["901301-14-5678", "no 13th month"],
    ["900401-00-5678", "place of birth 00 is never given"],
    ["900401-14-5678-2", "a longer number"],
    ["order 240115-17-0001", "place 17 is never given"],
    ["784-1990-1234567-1", "an Emirates ID's check digit wrong"],
    ["784-1850-1234567-2", "a year before 1900"],
    ["2024-01-15 12:00", "a date"],
    ["build 123-456-789 00", "three groups and two digits that fail the check"],
    // session 19, a red team's round 8 (R2): a MyKad's shape with no check digit is a date-coded
    // serial's too, not read after a serial's word or glued to an id
    ["order 251130-01-0042 shipped", "after a word that numbers a thing"],
    ["batch: 260101-10-1234 done", "after a word that numbers a thing, and a colon"],
    ["Build #241231-12-0001", "after a word that numbers a thing, and a #"],
    ["订单 251130-01-0042", "after a Chinese word that numbers a thing"],
    ["class_251130-01-0042", "glued to an identifier by _"],
  ])("%s stays (%s)", (text) => {
    expect(read(text).filter((r) => r.endsWith("identity.national_id"))).toEqual([]);
  });
});
