import { describe, expect, it } from "vitest";
import { thingNameReading } from "../src/thing-names.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

const json = (value: unknown, recipient = "tencent") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;

describe("a thing's name under the thing (session 17)", () => {
  it.each([
    ["gift", "thing"],
    ["goods", "thing"],
    ["categories", "thing"],
    ["giftinfo", "thing"],
    ["productdetail", "thing"],
    ["giftlist", "thing"],
    ["service", "thing"],
    ["useragent", "thing"],
    // session 18 (red team round 7, R2): a host is a live room's or a machine, read by its value
    ["host", "by-value"],
    ["hosts", "by-value"],
    ["hostinfo", "by-value"],
    // ... and these hold people as often as things
    ["items", null],
    ["item", null],
    // session 19 (red team round 8, R6): a node is a machine as often, read by its value
    ["node", "by-value"],
    ["prizes", "thing"],
    ["group", null],
    ["label", null],
    ["user", null],
    ["sender", null],
    ["device", null],
    ["agent", null],
    ["foo", null],
    ["", null],
    ["gifts_sender", null],
    ["ghost", null],
  ] as const)("a name under %s is read as %s", (parent, reading) => {
    expect(thingNameReading("name", parent)).toBe(reading);
  });

  it("only the name member", () => {
    expect(thingNameReading("nickname", "gift")).toBe(null);
    expect(thingNameReading("fullname", "gift")).toBe(null);
    expect(thingNameReading("nickname", "host")).toBe(null);
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

  it("removes a person's name under a host, an item list, a GraphQL node, a group, a label (session 18)", () => {
    // red team round 7, R2: session 17 read these as things' names, and the text detectors do not
    // find a Chinese name, a given name alone or a name in one case
    const sent = {
      businessID: "pk_invite",
      host: { uid: "kago_30417", name: "张伟" },
      hostInfo: { name: "李娜" },
      hosts: [{ name: "Astrid" }],
      pk: { host: { name: "Astrid Solberg" } },
      items: [{ name: "张伟", uid: "kago_30417" }],
      edges: [{ node: { name: "Astrid" } }],
      group: { name: "张伟、李娜" },
      label: { name: "ASTRID SOLBERG" },
    };
    expect(json(sent)).toEqual({
      businessID: "pk_invite",
      host: { uid: "kago_30417" },
      hostInfo: {},
      hosts: [{}],
      pk: { host: {} },
      items: [{ uid: "kago_30417" }],
      edges: [{ node: {} }],
      group: {},
      label: {},
    });
  });

  it("keeps a machine's name under a host", () => {
    const sent = {
      host: { name: "web-01.kago.internal", hostname: "ip-10-0-0-5.ec2.internal" },
      hosts: [{ name: "pay-7d9f8c" }, { name: "ip-10-0-0-5" }],
    };
    expect(json(sent, "aliyun")).toEqual(sent);
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

  it("keeps an item's name beside its sku, price, quantity or gift id (session 19, red team round 8 R6)", () => {
    const sent = {
      order: { items: [{ sku: "sku_10086", name: "Diamond Pack 680", price: 68, qty: 1 }] },
      gifts: { items: [{ gift_id: 1024, name: "Rocket" }] },
      lottery: { prize: { name: "iPhone 16", count: 1 } },
    };
    expect(json(sent, "aliyun")).toEqual(sent);
    // beside those a name's text is still read, and a list of people's is still theirs
    expect(
      json({
        items: [
          { sku: "s1", name: "Astrid Solberg" },
          { name: "张伟", amount: 30 },
          { name: "Astrid", id: 7 },
        ],
      }),
    ).toEqual({ items: [{ sku: "s1", name: "[redacted:account.profile.name]" }, { amount: 30 }, { id: 7 }] });
    // a listed name in one case, which no text detector reads, is a person's beside them too
    // (red team round 9, A6)
    expect(
      json({
        items: [
          { sku: "s1", name: "astrid solberg", price: 1 },
          { gift_id: 2, name: "ASTRID" },
        ],
      }),
    ).toEqual({ items: [{ sku: "s1", price: 1 }, { gift_id: 2 }] });
  });

  it("reads a Chinese full name beside a sku or gift id as a person's (session 20, red team round 9 A6)", () => {
    expect(
      json({
        items: [
          { sku: "A1", price: 9.9, name: "张伟" },
          { gift_id: 12, qty: 1, name: "王芳" },
        ],
        order: { sku: "A1", price: 9.9, name: "王秀英" },
        buyer: { sku: "A2", qty: 1, name: "欧阳娜娜" },
      }),
    ).toEqual({
      items: [
        { sku: "A1", price: 9.9 },
        { gift_id: 12, qty: 1 },
      ],
      order: { sku: "A1", price: 9.9 },
      buyer: { sku: "A2", qty: 1 },
    });
    // gifts and products, those starting with a surname's character too, stay the thing's
    const sent = {
      gifts: [
        "玫瑰",
        "火箭",
        "跑车",
        "小熊",
        "王者荣耀礼包",
        "金币",
        "王冠",
        "黄金",
        "康乃馨",
        "马卡龙",
        "高级会员",
        "周卡",
      ].map((name, k) => ({ gift_id: k, qty: 1, name })),
    };
    expect(json(sent)).toEqual(sent);
  });

  it("reads a node's name by its value: a machine's stays, a person's goes (session 19)", () => {
    const sent = {
      node: { name: "ip-10-0-3-17.cn-shanghai.compute.internal", cpu: 0.4 },
      k8s: { node: { name: "cn-shanghai.10.0.3.17" } },
    };
    expect(json(sent, "aliyun")).toEqual(sent);
    expect(json({ edges: [{ node: { name: "Astrid" } }, { node: { name: "张伟" } }] })).toEqual({
      edges: [{ node: {} }, { node: {} }],
    });
  });
});
