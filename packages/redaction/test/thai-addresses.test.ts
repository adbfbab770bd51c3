/**
 * Thai street addresses in prose (`src/thai-addresses.ts`, session 15): a house number and its
 * parts (road, lane, village, sub-district, district, province), Bangkok and the postcode; the
 * label and the words around them kept.
 */
import { describe, expect, it } from "vitest";
import { findThaiAddresses } from "../src/thai-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findThaiAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findThaiAddresses", () => {
  it("takes a house number, its parts, Bangkok and the postcode, not the label", () => {
    expect(addresses("บ้านเลขที่ 123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110")).toEqual([
      "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110",
    ]);
    expect(addresses("ที่อยู่ 123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110 โทร")).toEqual([
      "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110",
    ]);
    expect(addresses("99 หมู่ 5 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120")).toEqual([
      "99 หมู่ 5 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120",
    ]);
  });
  it("takes parts shortened, written without spaces, or in Thai digits", () => {
    expect(addresses("99/1 ซ.สุขุมวิท 21 ถ.สุขุมวิท ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี")).toEqual([
      "99/1 ซ.สุขุมวิท 21 ถ.สุขุมวิท ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี",
    ]);
    expect(addresses("123/45 ถนนสุขุมวิทแขวงคลองเตยเขตคลองเตย")).toEqual([
      "123/45 ถนนสุขุมวิทแขวงคลองเตยเขตคลองเตย",
    ]);
    expect(addresses("๑๒๓ ถนนสุขุมวิท แขวงคลองเตย")).toEqual(["๑๒๓ ถนนสุขุมวิท แขวงคลองเตย"]);
    expect(addresses("123 ถนนสุขุมวิท กรุงเทพฯ 10110")).toEqual(["123 ถนนสุขุมวิท กรุงเทพฯ 10110"]);
    expect(addresses("บ้านเลขที่ 12 ค่ะ")).toEqual(["12"]);
    // `ที่อยู่`, "address", before a part; also "that stays" in a sentence, before a count
    expect(addresses("ที่อยู่ 123/45 ถนนสุขุมวิท … 10110")).toEqual(["123/45 ถนนสุขุมวิท"]);
    expect(addresses("คนที่อยู่ 5 คน ที่ 99 หมู่ 5 ตำบลบางพูด")).toEqual(["99 หมู่ 5 ตำบลบางพูด"]);
  });
  it("does not take a road or a district without a house number, a date before a road, or a count", () => {
    for (const text of [
      "I live in Bangkok",
      "ถนนสุขุมวิทรถติดมาก",
      "12/5 ถนนปิด",
      "มี 5 ตำบลในอำเภอนี้",
      "เลขที่ใบแจ้งหนี้ 12345",
      "ราคา 10110 บาท",
    ])
      expect(addresses(text), text).toEqual([]);
  });
});

describe("Thai street addresses in a transfer", () => {
  it("are cut out of a chat message, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "ส่งที่ บ้านเลขที่ 123/45 ถนนสุขุมวิท แขวงคลองเตย กรุงเทพฯ 10110 นะคะ", "tencent");
    expect(out).toBe("ส่งที่ บ้านเลขที่ [redacted:contact.address] นะคะ");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
    expect(redactedMessage(r, "ถนนสุขุมวิทรถติดมาก", "tencent")).toBe("ถนนสุขุมวิทรถติดมาก");
  });
});
