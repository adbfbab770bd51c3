/**
 * Vietnamese street addresses in prose (`src/vietnamese-addresses.ts`, session 15): a house
 * number, lanes, a street and the divisions behind commas, and a city; the words around them kept.
 */
import { describe, expect, it } from "vitest";
import { findVietnameseAddresses } from "../src/vietnamese-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findVietnameseAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findVietnameseAddresses", () => {
  it("takes a house number, a street's name and the divisions written out", () => {
    expect(addresses("123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP.HCM")).toEqual([
      "123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP.HCM",
    ]);
    expect(addresses("SĐT 0912 345 678, địa chỉ 123 Nguyễn Huệ, Quận 1")).toEqual(["123 Nguyễn Huệ, Quận 1"]);
  });
  it("takes a house number before a lane or a street word, and a city after, not `số`", () => {
    expect(addresses("số 12 ngõ 34 phố Huế, Hà Nội")).toEqual(["12 ngõ 34 phố Huế, Hà Nội"]);
    expect(addresses("45/6 hẻm 12 đường Lê Văn Sỹ, phường 13, quận 3")).toEqual([
      "45/6 hẻm 12 đường Lê Văn Sỹ, phường 13, quận 3",
    ]);
    expect(addresses("12 đường Lê Lợi nhé")).toEqual(["12 đường Lê Lợi"]);
    expect(addresses("số 5 đường 3/2, Quận 10")).toEqual(["5 đường 3/2, Quận 10"]);
  });
  it("takes two shortened divisions, not one", () => {
    expect(addresses("12 Lê Lợi, P. Bến Thành, Q. 1")).toEqual(["12 Lê Lợi, P. Bến Thành, Q. 1"]);
    expect(addresses("Smith 2010, p. 12")).toEqual([]);
    expect(addresses("Figure 3 Results, P. 12")).toEqual([]);
  });
  it("does not take a division or a city named alone, nor a name before a city", () => {
    for (const text of [
      "Quận 1 rất đẹp",
      "Tôi ở Hà Nội",
      "Top 10 Món Ngon, Hà Nội",
      "có 3 Phường",
      "đường 3/2",
      "Tôi mua 2 Kg, xã hội",
      "3 đường ống nước",
    ])
      expect(addresses(text), text).toEqual([]);
  });
});

describe("Vietnamese street addresses in a transfer", () => {
  it("are cut out of a chat message whole, also after the label `Địa chỉ:`, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "Địa chỉ: 123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP.HCM", "tencent");
    expect(out).toBe("Địa chỉ: [redacted:contact.address]");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
    expect(redactedMessage(r, "giao đến số 12 ngõ 34 phố Huế, Hà Nội nhé", "tencent")).toBe(
      "giao đến số [redacted:contact.address] nhé",
    );
    expect(redactedMessage(r, "Quận 1 rất đẹp", "tencent")).toBe("Quận 1 rất đẹp");
  });
});
