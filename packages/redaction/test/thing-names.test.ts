import { describe, expect, it } from "vitest";
import { namesThingsName } from "../src/thing-names.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

const json = (value: unknown, recipient = "tencent") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;

describe("a thing's name under the thing (session 17)", () => {
  it.each([
    ["gift", true],
    ["goods", true],
    ["items", true],
    ["categories", true],
    ["giftinfo", true],
    ["productdetail", true],
    ["giftlist", true],
    ["service", true],
    ["useragent", true],
    ["user", false],
    ["sender", false],
    ["device", false],
    ["agent", false],
    ["foo", false],
    ["", false],
    ["gifts_sender", false],
  ])("a name under %s is a thing's: %s", (parent, thing) => {
    expect(namesThingsName("name", parent)).toBe(thing);
  });

  it("only the name member", () => {
    expect(namesThingsName("nickname", "gift")).toBe(false);
    expect(namesThingsName("fullname", "gift")).toBe(false);
  });

  it("keeps a gift's, a product's, an event's name: Tencent gift messages, e-commerce items, GA4 events", () => {
    const sent = {
      businessID: "gift",
      gift: { id: 1001, name: "Rocket", price: 13812 },
      goods: [{ name: "Rose", price: 1 }],
      product: { name: "Phone case" },
      giftInfo: { name: "Fireworks" },
      events: [{ name: "sign_up", params: { method: "email" } }],
      level: { name: "Gold" },
      room: { name: "Friday chill" },
    };
    expect(json(sent)).toEqual(sent);
    expect(json({ Data: JSON.stringify(sent) })).toEqual({ Data: JSON.stringify(sent) });
  });

  it("keeps the nested log fields of ECS and OpenTelemetry encoders for aliyun", () => {
    const sent = {
      service: { name: "pay-api" },
      host: { name: "pay-7d9f8c" },
      os: { name: "Android", version: "14" },
      logger: { name: "com.kago.pay" },
      process: { name: "node" },
      span: { name: "GET /pay" },
    };
    expect(json(sent, "aliyun")).toEqual(sent);
  });

  it("still removes a person's name: under a person, at the top, under an unknown parent, a device's", () => {
    expect(
      json({
        user: { name: "Astrid" },
        sender: { name: "Astrid" },
        profile: { name: "Astrid" },
        misc: { name: "Astrid" },
        device: { name: "Pixel 8" },
        gift: { sender: { name: "Astrid" } },
      }),
    ).toEqual({ user: {}, sender: {}, profile: {}, misc: {}, device: {}, gift: { sender: {} } });
    expect(json({ name: "Astrid" })).toEqual({});
  });

  it("still reads the text of a thing's name: a full name, an introduction, a phone number", () => {
    expect(
      json({
        gift: { name: "Astrid Solberg" },
        product: { name: "my name is Astrid Solberg" },
        file: { name: "CV Astrid Solberg 13812345678.pdf" },
      }),
    ).toEqual({
      gift: { name: "[redacted:account.profile.name]" },
      product: { name: "my name is [redacted:account.profile.name]" },
      file: { name: "CV [redacted:account.profile.name] [redacted:contact.phone].pdf" },
    });
  });

  it("still reads a name/value pair under a thing", () => {
    expect(
      json({
        items: [
          { name: "phone", value: "13812345678" },
          { name: "color", value: "red" },
        ],
      }),
    ).toEqual({
      items: [{ name: "color", value: "red" }],
    });
  });
});
