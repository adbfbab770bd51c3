/**
 * Session 20 (a red team's round 9, A10 and A8): over-reads of places. An Arabic title with its
 * sequel or episode number, or a road's name before a count, is no street address
 * (`src/arabic-addresses.ts`); a short plus code after a product's or a ticket's label, and a
 * geohash cell at 0°, 0° or of one character repeated, are no one's place (`src/place-codes.ts`).
 * Each with the addresses and places that must still go.
 */
import { describe, expect, it } from "vitest";
import { isGeohash } from "../src/place-codes.js";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "tencent");
const ADDRESS = "[redacted:contact.address]";
const PLACE = "[redacted:location.coordinates]";

describe("an Arabic title or count after a street type is no address (A10)", () => {
  it.each([
    "العب ميدان المعركة 3 الآن", // "play Battlefield 3 now": a game's word, and `ميدان`
    "فيلم شارع الحب 2 رائع", // a film's word before the title
    "الفيلم الجديد طريق الانتقام 4 في السينما", // with "new" after it
    "لعبة طريق المحارب 2 نزلت اليوم",
    "حلقة شارع الضحك 15 مضحكة جداً", // an episode's word before the title
    "مسلسل شارع الحب الحلقة 12", // the episode's number, named in the title's last word
    "شاهدت شارع الحب الحلقة 12 أمس",
    "وفيلم شارع الحب 2 كمان", // a proclitic glued to the film's word
    "وصلت إلى المستوى 12 في طريق الأبطال 3", // a level and its number, then `في`
    "طريق النجاح 5 خطوات", // a count after the number
    "من البيت إلى شارع الجامعة 5 دقائق مشي",
    "طريق المطار 30 كيلو من هنا",
    "سأقابلك عند شارع التحلية 9 مساءً", // a time of day
    "ميدان المعركة 1 أفضل من ميدان المعركة 2", // `ميدان` with a bare number: a field, an arena
    "فيلم شارع الحب رقم 2", // `رقم` ("number") alone is read as a bare number
    "شارع الحب - 5 نجوم", // a dash before a bare number
  ])("%s stays", (text) => expect(said(text)).toBe(text));

  it.each([
    ["شارع التحرير 12", ADDRESS],
    ["شارع الملك فهد 123", ADDRESS],
    ["طريق الملك عبدالعزيز 119", ADDRESS], // a bare number after `طريق` is still a door's
    ["طريق الحرير 2", ADDRESS], // a title with no work's word cannot be told from an address
    ["اشتريت كتاب من شارع التحرير 12", `اشتريت كتاب من ${ADDRESS}`], // the work's word not right before the type
    ["شارع التحرير 12 بجوار المسجد", `${ADDRESS} بجوار المسجد`], // no count after the number
    ["شارع النخيل 12 كمبوند الياسمين", `${ADDRESS} كمبوند الياسمين`], // a compound, not `كم` (km)
    ["شارع الحب 5، شقة 3", ADDRESS], // a flat after the number
    ["١٢ ميدان طلعت حرب، القاهرة", `${ADDRESS}، القاهرة`], // a square's door number before it
    ["ميدان التحرير، عمارة 5", ADDRESS], // a building's word
    ["ميدان التحرير 5، شقة 3", ADDRESS], // a flat after the number
    ["فيلم شارع الحب، مبنى 12", `فيلم ${ADDRESS}`], // a building's word, after a work's word too
  ])("%s is read", (text, expected) => expect(said(text)).toBe(expected));

  it.each([
    ["شارع الهرم، عمارة رقم 22", ADDRESS], // a building's word and `رقم`
    ["شارع الجمهورية - عمارة 14 - الدور الثالث", `${ADDRESS} - الدور الثالث`], // dashes between the parts
    ["الدقي - شارع التحرير - عمارة 15 دور 4 شقة 8", `الدقي - ${ADDRESS}`], // a floor and a flat
    ["مكة، شارع الملك سلطان، عمارة رقم 2، شقة رقم 11", `مكة، ${ADDRESS}`],
    ["شارع الأمير محمد بن عبدالعزيز رقم 5", ADDRESS], // `رقم` alone after a name of four words
  ])("reads the building's and the flat's words of Egyptian addresses (session 20): %s", (text, expected) =>
    expect(said(text)).toBe(expected),
  );
});

describe("a short plus code after a product's or a ticket's label (A8)", () => {
  it.each([
    "model X2P4+CC Berlin edition",
    "build 8F4C+22 Madrid",
    "score 2X3C+VV Paris",
    "ticket CWC8+R9 Mountain View",
    "Version: 9G8F+6X Oslo",
    "sku #CWC8+R9 Mountain View",
  ])("%s stays", (text) => expect(said(text)).toBe(text));

  it.each([
    ["meet at 9G8F+6X Zurich", `meet at ${PLACE} Zurich`],
    ["plus code 9G8F+6X Oslo", `plus code ${PLACE} Oslo`], // `code` is no product's label
    ["ticket office at CWC8+R9 Mountain View", `ticket office at ${PLACE} Mountain View`], // not right before
    ["remodel 9G8F+6X Oslo", `remodel ${PLACE} Oslo`], // inside a word
  ])("%s is read", (text, expected) => expect(said(text)).toBe(expected));
});

describe("a geohash cell that is no one's place (A8)", () => {
  it.each([
    "s00000", // the cell north-east of 0°, 0° (Null Island)
    "7zzzzz", // south-west of it
    "kpbpbp", // south-east
    "ebpbpb", // north-west
    "S0000000", // longer, upper case
    "000000", // one character repeated: a placeholder
    "zzzzzz",
  ])("%s stays", (value) => {
    expect(isGeohash(value, true)).toBe(false);
    expect(said(`geohash=${value}`)).toBe(`geohash=${value}`);
    expect(bodyOf(redactJsonBody(r, "tencent", `{"geohash":"${value}"}`))).toBe(`{"geohash":"${value}"}`);
  });

  it.each([
    "s00001", // the next cell: 1.2 km from 0°, 0°
    "7zzzzy",
    "kpbpbn",
    "u00000", // a corner at 45°N, 0°: in France
    "wx4g0e",
  ])("%s is read", (value) => {
    expect(isGeohash(value, true)).toBe(true);
    expect(said(`geohash=${value}`)).toBe(`geohash=${PLACE}`);
  });
});
