/**
 * Session 19 (a red team's round 7, R3, what session 18 left open): a Mexican CURP without a
 * label, national mobiles written bare with their trunk `0` and Mexico's and Brazil's mobiles
 * grouped without brackets (`@kago/personal-data`'s `curp-spans.ts`, `bare-mobiles.ts`,
 * `phone.ts`), and Arabic street addresses (`src/arabic-addresses.ts`), in free text and under a
 * key that names nothing; each with the near misses that must stay.
 */
import { describe, expect, it } from "vitest";
import { findProseSpans, readProse } from "../src/prose.js";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "facebook");
const ID = "[redacted:identity.national_id]";
const PHONE = "[redacted:contact.phone]";
const ADDRESS = "[redacted:contact.address]";

describe("a CURP without a label", () => {
  it.each([
    ["mi CURP es GOSA850101HDFRRL04", `mi CURP es ${ID}`],
    ["el titular GOSA850101HDFRRL04 firmó", `el titular ${ID} firmó`],
    ["GOSA850101HDFRRL04", ID],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it("under a key that names nothing", () => {
    expect(bodyOf(redactJsonBody(r, "facebook", '{"note":"GOSA850101HDFRRL04"}'))).toBe(`{"note":"${ID}"}`);
  });

  it.each([
    "GOSA850101HDFRRL09", // the check digit wrong
    "GOSA850132HDFRRL04", // no 32nd day
    "ref ABCDEFGH12345678XY", // random capitals and digits
    "sha 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B", // an upper-case digest
    "gosa850101hdfrrl04", // lower case
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("national mobiles written bare, and grouped without brackets", () => {
  it.each([
    ["numaram 05321234567", `numaram ${PHONE}`],
    ["hubungi saya 081234567890 ya", `hubungi saya ${PHONE} ya`],
    ["gọi 0912345678", `gọi ${PHONE}`],
    ["رقمي ٠٥٠١٢٣٤٥٦٧", `رقمي ${PHONE}`],
    ["mi cel 55 1234 5678", `mi cel ${PHONE}`],
    ["me chama no 11 91234-5678", `me chama no ${PHONE}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it("in a sentence under a key that names nothing, not as the whole value (red team round 9, A1)", () => {
    expect(
      bodyOf(redactJsonBody(r, "facebook", '{"note":"hubungi 081234567890","x":"no. 05321234567"}')),
    ).toBe(`{"note":"hubungi ${PHONE}","x":"no. ${PHONE}"}`);
    // the number alone is an id padded with 0 as often: a group's, a room's
    const ids = '{"GroupId":"0912345678","x":"05321234567"}';
    expect(bodyOf(redactJsonBody(r, "facebook", ids))).toBe(ids);
  });

  it.each([
    "order 0412345678 shipped", // no mobile prefix read here
    "seq 00912345678", // padded with zeros
    "ts 2024-12-01T08:30:15.083015123456Z", // a time's fraction
    "v1.0912345678", // after a version's dot
    "id 5512345678", // no trunk 0: an id as often
    "44 1234 5678", // not a big city's area code
    "11 81234-5678", // not a Brazilian mobile's 9
  ])("%s stays", (text) => expect(said(text)).toBe(text));

  it("a JSON number cannot carry the trunk 0, so counts stay", () => {
    const body = '{"views":912345678,"seq":81234567890}';
    expect(bodyOf(redactJsonBody(r, "aliyun", body))).toBe(body);
  });
});

describe("Arabic street addresses", () => {
  it.each([
    ["شارع الملك فهد، مبنى 12، الرياض", `${ADDRESS}، الرياض`],
    ["١٢ شارع التحرير، القاهرة", `${ADDRESS}، القاهرة`],
    ["عنواني شارع الملك فهد، الرياض 12271", `عنواني ${ADDRESS}`],
    ["أسكن في شارع التحرير 15 بالقرب من المسجد", `أسكن في ${ADDRESS} بالقرب من المسجد`],
    ["بشارع الأمير محمد بن عبدالعزيز، عمارة ٣، شقة ٤", `ب${ADDRESS}`],
  ])("%s", (text, expected) => expect(said(text)).toBe(expected));

  it("under a key that names nothing", () => {
    expect(bodyOf(redactJsonBody(r, "facebook", '{"note":"طريق الملك عبدالله، الرياض 12345"}'))).toBe(
      `{"note":"${ADDRESS}"}`,
    );
  });

  it("the prose search lets each through, with a name of four long words too", () => {
    const long = "عبدالرحمنالمستغفرين";
    for (const text of [
      "شارع الملك فهد، مبنى 12، الرياض",
      "١٢ شارع التحرير، القاهرة",
      "عنواني شارع الملك فهد، الرياض 12271",
      `شارع ${long} ${long} ${long} ${long}، عمارة 3`,
      `طريق ${long} ${long} ${long} ${long}، ${long} ${long} 12271`,
    ]) {
      expect(readProse(text)).not.toBeNull();
      expect(findProseSpans(text)).toEqual(readProse(text));
    }
  });

  it.each([
    "مشيت في شارع التحرير أمس", // a street named without a number
    "شارع الملك فهد مزدحم اليوم",
    "الرياض", // a place's name alone
    "ثورة ميدان التحرير 2011", // a year after the name
    "تم الدفع عن طريق البطاقة 1234", // `عن طريق`: "by way of"
    "في الشارع 12 شخصا", // "the street", no type
    "اشتريت السجادة الحمراء 3 مرات", // `جادة` inside "the carpet"
  ])("%s stays", (text) => expect(said(text)).toBe(text));
});

describe("a printed MyKad: its shape is a date-coded serial's too (red team rounds 8 R2 and 9 A5)", () => {
  const json = (body: string, recipient = "aliyun") => bodyOf(redactJsonBody(r, recipient, body));

  it("is read as a whole value, in prose and under an identity card's keys", () => {
    for (const key of ["id_number", "kyc_id", "document", "identity_no", "no_kp"])
      expect(json(`{"${key}":"850101-14-5678","n":1}`, "tencent")).not.toContain("850101");
    expect(said("nombor saya 850101-14-5678")).toBe(`nombor saya ${ID}`);
  });

  it("is a thing's serial after its word, or glued to an id", () => {
    for (const body of [
      '{"msg":"order 251130-01-0042 shipped"}',
      '{"msg":"batch_no=260101-10-1234 done"}',
      '{"room":"class_251130-01-0042"}',
    ])
      expect(json(body)).toBe(body);
  });
});
