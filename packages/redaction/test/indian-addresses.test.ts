/**
 * Indian street addresses in prose (`src/indian-addresses.ts`, session 15): a premises' number
 * or a door number, the locality's parts behind commas and the PIN code, in Latin script and
 * Devanagari; the premises' word and the words around them kept.
 */
import { describe, expect, it } from "vitest";
import { findIndianAddresses, INDIAN_ADDRESS_HINT } from "../src/indian-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findIndianAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findIndianAddresses", () => {
  it("takes a premises' number, its parts and the PIN code, not the premises' word", () => {
    expect(addresses("Flat 12B, MG Road, Bengaluru 560001")).toEqual(["12B, MG Road, Bengaluru 560001"]);
    expect(addresses("House No. 45, Sector 15, Noida, UP 201301")).toEqual([
      "45, Sector 15, Noida, UP 201301",
    ]);
    expect(addresses("मकान नंबर 12, गांधी नगर, दिल्ली 110001")).toEqual(["12, गांधी नगर, दिल्ली 110001"]);
    expect(addresses("H.No.4-5-6/1, Ameerpet, Hyderabad - 500016")).toEqual([
      "4-5-6/1, Ameerpet, Hyderabad - 500016",
    ]);
  });
  it("without a PIN code, takes the parts up to the last with a locality's word", () => {
    expect(addresses("Flat 12B, MG Road, Bengaluru")).toEqual(["12B, MG Road"]);
    expect(addresses("Plot No. 7, Phase 2, Please call")).toEqual(["7, Phase 2"]);
  });
  it("takes a bare door number before a locality's word and a PIN code, both", () => {
    expect(addresses("मेरा पता: 12, MG रोड, बेंगलुरु 560001")).toEqual(["12, MG रोड, बेंगलुरु 560001"]);
    expect(addresses("12 MG Road, Bengaluru 560001")).toEqual(["12 MG Road, Bengaluru 560001"]);
    expect(addresses("12, MG Road, Bengaluru, ref 560001")).toEqual([]);
    expect(addresses("Order 12, Blue Shirt, 560001")).toEqual([]);
    expect(addresses("Total 12, Items 5, order 560001")).toEqual([]);
  });
  it("wants a word before the PIN code of an address without a premises' word, not a number", () => {
    expect(addresses("12, MG Road, Sector 15 201301")).toEqual([]);
    expect(addresses("Flat 12, MG Road, Sector 15 201301")).toEqual(["12, MG Road, Sector 15 201301"]);
    expect(addresses("12, MG Road, U.P. 201301")).toEqual(["12, MG Road, U.P. 201301"]);
    expect(addresses("12, MG Road, Hyderabad - 500016")).toEqual(["12, MG Road, Hyderabad - 500016"]);
  });
  it("is not searched for in six digits behind a number (a phone's last group, an id's tail)", () => {
    const hint = new RegExp(INDIAN_ADDRESS_HINT, "i");
    for (const text of ["call me on +44 7700 900000", "evt-0-830724", "ts 1767261600 900000"])
      expect(hint.test(text), text).toBe(false);
    for (const text of [
      "Bengaluru 560001",
      "UP 201301",
      "दिल्ली 110001",
      "Hyderabad - 500016",
      "Noida,201301",
    ])
      expect(hint.test(text), text).toBe(true);
  });
  it("does not take a locality named alone, a premises' word before a number and no part, or six digits", () => {
    for (const text of ["Sector 7 is full", "Flat 20 discount", "Flat 20, Buy Now", "order 560001", "110001"])
      expect(addresses(text), text).toEqual([]);
  });
});

describe("Indian street addresses in a transfer", () => {
  it("are cut out of a chat message, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "Deliver to Flat 12B, MG Road, Bengaluru 560001 today", "tencent");
    expect(out).toBe("Deliver to Flat [redacted:contact.address] today");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
    expect(redactedMessage(r, "Sector 7 is full", "tencent")).toBe("Sector 7 is full");
  });
});
