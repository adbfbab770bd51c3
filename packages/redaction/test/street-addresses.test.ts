/**
 * Street addresses in Latin script in prose (`src/street-addresses.ts`): English with the door
 * number first, Nordic, German and Dutch with it after, and the words around them kept.
 */
import { describe, expect, it } from "vitest";
import { findStreetAddresses } from "../src/street-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findStreetAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findStreetAddresses", () => {
  it("takes the door number, the street's name and its type", () => {
    expect(addresses("ship to 221B Baker Street, or else")).toEqual(["221B Baker Street"]);
    expect(addresses("I live at 12 Main St. in Springfield")).toEqual(["12 Main St."]);
    expect(addresses("Karl Johans gate 1 og Kirkeveien 7B")).toEqual(["Karl Johans gate 1", "Kirkeveien 7B"]);
    expect(addresses("Hauptstraße 5, Berlin; Damstraat 21")).toEqual(["Hauptstraße 5", "Damstraat 21"]);
  });
  it("runs on over a postcode and town behind a comma, where the postcode has a known form", () => {
    expect(addresses("Storgata 12, 0155 Oslo")).toEqual(["Storgata 12, 0155 Oslo"]);
    expect(addresses("Hauptstraße 5, 10115 Berlin.")).toEqual(["Hauptstraße 5, 10115 Berlin"]);
    expect(addresses("ship to 221B Baker Street, London NW1 6XE please")).toEqual([
      "221B Baker Street, London NW1 6XE",
    ]);
    expect(addresses("12 Main St., Springfield, IL 62704")).toEqual(["12 Main St., Springfield, IL 62704"]);
    // a town without its postcode, or a word, stays
    expect(addresses("221B Baker Street, London")).toEqual(["221B Baker Street"]);
    expect(addresses("Storgata 12, Please call")).toEqual(["Storgata 12"]);
  });
  it("does not take a number before other capitalised words, nor a street without its number", () => {
    expect(addresses("meet at 5 Close friends")).toEqual([]);
    expect(addresses("room 3 Square meters")).toEqual([]);
    expect(addresses("call me at 5 on Main Street")).toEqual([]);
    expect(addresses("Gate 12 boarding, see Storgata")).toEqual([]);
    expect(addresses("12 main street")).toEqual([]);
  });
});

describe("street addresses in a transfer", () => {
  it("are cut out of a chat message, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "please ship to 221B Baker Street, London NW1 6XE", "tencent");
    expect(out).toBe("please ship to [redacted:contact.address]");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
  });
});
