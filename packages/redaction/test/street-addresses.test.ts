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
    // German's street word as a word of its own, capitalised (session 14)
    expect(addresses("Ich wohne in der Berliner Str. 12, 80331 München")).toEqual([
      "Berliner Str. 12, 80331 München",
    ]);
    expect(addresses("Berliner Straße 12 und Lange Gasse 3")).toEqual([
      "Berliner Straße 12",
      "Lange Gasse 3",
    ]);
    expect(addresses("auf Platz 12 der Liste, Weg 3 von 5")).toEqual([]);
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
  it("takes French addresses, the door number first and the type before the name", () => {
    expect(addresses("livrer au 12 rue de Rivoli, 75001 Paris svp")).toEqual([
      "12 rue de Rivoli, 75001 Paris",
    ]);
    expect(addresses("j'habite 5, avenue des Champs-Élysées")).toEqual(["5, avenue des Champs-Élysées"]);
    expect(addresses("au 3 bis boulevard Saint-Germain ce soir")).toEqual(["3 bis boulevard Saint-Germain"]);
    expect(addresses("8 place de la Concorde. Merci")).toEqual(["8 place de la Concorde"]);
    expect(addresses("4 allée d'Orléans")).toEqual(["4 allée d'Orléans"]);
  });
  it("takes Spanish, Catalan, Portuguese and Italian addresses, the type first and the door number last", () => {
    expect(addresses("vivo en la calle Mayor 5, 28013 Madrid")).toEqual(["calle Mayor 5, 28013 Madrid"]);
    expect(addresses("Calle de Alcalá, 45 y C/ Mayor 5")).toEqual(["Calle de Alcalá, 45", "C/ Mayor 5"]);
    expect(addresses("Paseo de la Castellana 100; Avda. de América 10")).toEqual([
      "Paseo de la Castellana 100",
      "Avda. de América 10",
    ]);
    expect(addresses("Carrer de Mallorca 401")).toEqual(["Carrer de Mallorca 401"]);
    expect(addresses("moro na Rua Augusta, 100, 1100-053 Lisboa")).toEqual([
      "Rua Augusta, 100, 1100-053 Lisboa",
    ]);
    expect(addresses("Rua das Flores 25 ou Av. Paulista 1000")).toEqual([
      "Rua das Flores 25",
      "Av. Paulista 1000",
    ]);
    expect(addresses("abito in Via del Corso 12!")).toEqual(["Via del Corso 12"]);
    expect(addresses("Corso Vittorio Emanuele II 21")).toEqual(["Corso Vittorio Emanuele II 21"]);
    expect(addresses("Damstraat 21, 1012 AB Amsterdam")).toEqual(["Damstraat 21, 1012 AB Amsterdam"]);
  });
  it("takes a Mexican address's neighbourhood, towns and postcode, and a street named after a date (session 15)", () => {
    expect(addresses("Calle Reforma 123, Col. Juárez, CDMX, C.P. 06600")).toEqual([
      "Calle Reforma 123, Col. Juárez, CDMX, C.P. 06600",
    ]);
    expect(addresses("Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México")).toEqual([
      "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México",
    ]);
    expect(addresses("Mi dirección: Calle 5 de Mayo 123, Centro, 06000 CDMX")).toEqual([
      "Calle 5 de Mayo 123, Centro, 06000 CDMX",
    ]);
    expect(addresses("Calle Reforma 123, Col. Roma Norte, Alcaldía Cuauhtémoc, CDMX, CP 06700")).toEqual([
      "Calle Reforma 123, Col. Roma Norte, Alcaldía Cuauhtémoc, CDMX, CP 06700",
    ]);
    expect(addresses("Calle Reforma 123, Col. Juárez. Gracias")).toEqual(["Calle Reforma 123, Col. Juárez"]);
    expect(addresses("Calle Reforma 123, CDMX")).toEqual(["Calle Reforma 123, CDMX"]);
    // towns are taken only before a postcode: a capitalised word after a comma may be a name
    expect(addresses("Calle Reforma 123, Pedro dice hola")).toEqual(["Calle Reforma 123"]);
    expect(addresses("Calle Reforma 123, Col. Juárez, Pedro")).toEqual(["Calle Reforma 123, Col. Juárez"]);
    expect(addresses("Calle 5 de Mayo sin número")).toEqual([]);
  });
  it("does not take English words that are also street types", () => {
    expect(addresses("sent via DHL 3 times")).toEqual([]);
    expect(addresses("ViaSat 3 launched")).toEqual([]);
    expect(addresses("of course 5 things")).toEqual([]);
    expect(addresses("rue de Rivoli without a number")).toEqual([]);
    expect(addresses("Calle Mayor without a number")).toEqual([]);
  });
  it("does not take a number before other capitalised words, nor a street without its number", () => {
    expect(addresses("meet at 5 Close friends")).toEqual([]);
    expect(addresses("room 3 Square meters")).toEqual([]);
    expect(addresses("call me at 5 on Main Street")).toEqual([]);
    expect(addresses("Gate 12 boarding, see Storgata")).toEqual([]);
    expect(addresses("12 main street")).toEqual([]);
  });
});

describe("Indonesian, Malay and Russian street addresses (session 18, red team round 7 R3)", () => {
  it.each([
    ["kirim ke Jl. Sudirman No. 5 ya", "Jl. Sudirman No. 5"],
    ["alamat saya Jalan Ampang 12, 50450 Kuala Lumpur", "Jalan Ampang 12, 50450 Kuala Lumpur"],
    ["Jln. Tun Razak 88A", "Jln. Tun Razak 88A"],
    ["Jl. Gatot Subroto No.12, Jakarta", "Jl. Gatot Subroto No.12"],
    ["живу: г. Москва, ул. Тверская, д. 7, кв. 15", "г. Москва, ул. Тверская, д. 7, кв. 15"],
    ["адрес ул. Ленина д.10", "ул. Ленина д.10"],
    ["пр. Мира, дом 3, корп. 2", "пр. Мира, дом 3, корп. 2"],
    ["наб. Фонтанки, д. 20", "наб. Фонтанки, д. 20"],
  ])("%s: %s", (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    "jalan-jalan ke mall 3 kali", // "a stroll", no capital
    "Jalan Ampang macet", // no number
    "Jl. Sudirman", // no number
    "ul. Tverskaya 7", // Latin letters: not this form
    "ул. Тверская без номера",
    "дом 5 этажей", // no street type
    "Пр. 5 мин назад",
    "улица Широкая, 2 км", // no house
  ])("%s is none", (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it("are cut out of a chat message", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "alamat saya Jl. Sudirman No. 5, terima kasih")).toBe(
      "alamat saya [redacted:contact.address], terima kasih",
    );
    expect(redactedMessage(r, "доставка: г. Москва, ул. Тверская, д. 7, кв. 15")).toBe(
      "доставка: [redacted:contact.address]",
    );
  });
});

describe("street addresses in a transfer", () => {
  it("are cut out of a chat message, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "please ship to 221B Baker Street, London NW1 6XE", "tencent");
    expect(out).toBe("please ship to [redacted:contact.address]");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
  });
  it("in French, Spanish, Portuguese and Italian too", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "livrer au 12 rue de Rivoli, 75001 Paris svp.", "tencent")).toBe(
      "livrer au [redacted:contact.address] svp.",
    );
    expect(redactedMessage(r, "vivo en la calle Mayor 5", "aliyun")).toBe(
      "vivo en la [redacted:contact.address]",
    );
    expect(redactedMessage(r, "moro na Rua Augusta, 100", "tencent")).toBe(
      "moro na [redacted:contact.address]",
    );
    expect(redactedMessage(r, "abito in Via del Corso 12!", "tencent")).toBe(
      "abito in [redacted:contact.address]!",
    );
  });
  it("in Mexico with the neighbourhood and postcode (session 15)", () => {
    const r = redactorWith();
    expect(
      redactedMessage(r, "envíalo a Calle Reforma 123, Col. Juárez, CDMX, C.P. 06600 por favor", "tencent"),
    ).toBe("envíalo a [redacted:contact.address] por favor");
  });
});
