/**
 * Japanese street addresses in prose (`src/japanese-addresses.ts`, session 15): a prefecture, a
 * ward or city and block numbers, a designated city's ward, a ward before `丁目`, what follows `〒`
 * and its postcode, and the building after; the words around them kept.
 */
import { describe, expect, it } from "vitest";
import { findJapaneseAddresses } from "../src/japanese-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findJapaneseAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findJapaneseAddresses", () => {
  it("takes a prefecture, its ward or city, the district and the block numbers", () => {
    expect(addresses("住所：東京都渋谷区神南1丁目2番3号")).toEqual(["東京都渋谷区神南1丁目2番3号"]);
    expect(addresses("大阪府大阪市北区梅田3-1-1です")).toEqual(["大阪府大阪市北区梅田3-1-1"]);
    expect(addresses("神奈川県横浜市西区みなとみらい2-3-1まで")).toEqual([
      "神奈川県横浜市西区みなとみらい2-3-1",
    ]);
    expect(addresses("東京都千代田区丸の内1-1-1")).toEqual(["東京都千代田区丸の内1-1-1"]);
    expect(addresses("東京都港区六本木六丁目10-1")).toEqual(["東京都港区六本木六丁目10-1"]);
    expect(addresses("北海道札幌市中央区北1条西2丁目")).toEqual(["北海道札幌市中央区北1条西2丁目"]);
    expect(addresses("東京都渋谷区神南１－２－３")).toEqual(["東京都渋谷区神南１－２－３"]);
  });
  it("takes the postcode before it and the building after it, and keeps the postal mark", () => {
    expect(addresses("〒150-0041 東京都渋谷区神南1-2-3 渋谷ビル5F")).toEqual([
      "150-0041 東京都渋谷区神南1-2-3 渋谷ビル5F",
    ]);
    expect(addresses("150-0041 東京都渋谷区神南1-2-3")).toEqual(["150-0041 東京都渋谷区神南1-2-3"]);
    expect(addresses("東京都千代田区丸の内1-1-1 丸の内ビル101号室へ")).toEqual([
      "東京都千代田区丸の内1-1-1 丸の内ビル101号室",
    ]);
    expect(addresses("東京都渋谷区神南1-2-3 TEL03-1234-5678")).toEqual(["東京都渋谷区神南1-2-3"]);
    expect(addresses("東京都渋谷区神南1-2-3 7日に")).toEqual(["東京都渋谷区神南1-2-3"]);
  });
  it("takes a designated city's ward, a ward before 丁目 and a number, or any district after 〒", () => {
    expect(addresses("大阪市北区梅田3-1-1")).toEqual(["大阪市北区梅田3-1-1"]);
    expect(addresses("渋谷区神南1丁目2番3号に住んでいます")).toEqual(["渋谷区神南1丁目2番3号"]);
    expect(addresses("〒100-0001 千代田区千代田1-1")).toEqual(["100-0001 千代田区千代田1-1"]);
  });
  it("does not take a place named alone, nor numbers after a particle or before a counter", () => {
    for (const text of [
      "東京都の天気",
      "東京都で2-3人",
      "東京都渋谷区の2-3人",
      "東京都渋谷区は1-2月に",
      "東京都港区の3-1で勝った",
      "東京都の市場は3-1で負けた",
      "大阪府大阪市北区梅田2-3人",
      "銀座4丁目の交差点で",
      "京都府の人口は250万人、2-3月は寒い",
      "第3区は1-2位",
      "バージョン 1.2.3",
    ])
      expect(addresses(text), text).toEqual([]);
  });
});

describe("Japanese street addresses in a transfer", () => {
  it("are cut out of a chat message after the postal mark, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "〒150-0041 東京都渋谷区神南1-2-3 渋谷ビル5F までお願いします", "tencent");
    expect(out).toBe("〒[redacted:contact.address] までお願いします");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
    expect(redactedMessage(r, "大阪府大阪市北区梅田3-1-1に届けて", "tencent")).toBe(
      "[redacted:contact.address]に届けて",
    );
    expect(redactedMessage(r, "東京都の天気は晴れ", "tencent")).toBe("東京都の天気は晴れ");
  });
});
