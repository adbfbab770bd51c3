import { describe, expect, it } from "vitest";
import { cannotHold, cannotHoldText } from "../src/keyed-scalars.js";
import { bodyOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

const json = (value: unknown, recipient = "aliyun") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;

describe("a boolean or a count under a contact's or a name's key (session 17)", () => {
  it.each([
    ["contact.email", "true", true],
    ["contact.email", "3", true],
    ["contact.phone", "false", true],
    ["contact.phone", "1200", true],
    ["contact.phone", "0.7", true],
    ["contact.phone", "99999", true],
    ["contact.phone", "1381234567.25", true], // a fraction is no phone number
    ["contact.phone", "4741234567.0", false],
    ["contact.phone", "100000", false],
    ["contact.phone", "13812345678", false],
    ["contact.phone", "4.741234567E9", false],
    ["contact.phone", "-4741234567", false],
    ["account.profile.name", "1", true],
    // session 18 (red team round 7, R1): apps that log users in by their mobile number
    ["account.profile.name", "13812345678", false],
    ["account.profile.nickname", "4741234567", false],
    ["contact.email", "13812345678", false],
    ["account.profile.nickname", "99999", true],
    ["account.profile.birthday", "19900401", false],
    ["device.identifier.imei", "true", false],
  ] as const)("%s cannot hold %s: %s", (category, token, cannot) => {
    expect(cannotHold(category, token)).toBe(cannot);
  });

  it("keeps notification flags, counters, shares and device classes", () => {
    const sent = {
      notify: { email: true, sms: false, push: true },
      counts: { email: 3, phone: 2, name: 1 },
      traffic: { mobile: 1200, tablet: 300 },
      platform_share: { mobile: 0.7, desktop: 0.3 },
      m: { iPhone: 1, Mobile: 2 },
      pairs: [{ name: "phone", value: 2 }],
    };
    for (const recipient of ["aliyun", "facebook", "tencent"]) expect(json(sent, recipient)).toEqual(sent);
  });

  it("still removes a phone number written as a JSON number, and any string, under a contact's key", () => {
    expect(
      json({
        phone: 13812345678,
        tel: 4.741234567e9,
        mobile: 41234567,
        email: "astrid@example.org",
        m: { iPhone: "13812345678" },
        pairs: [{ name: "phone", value: 4741234567 }],
        notify: { email: "yes" },
      }),
    ).toEqual({ m: {}, pairs: [], notify: {} });
  });

  it("removes a phone number written as a JSON number under a name's or an e-mail's key (session 18)", () => {
    // red team round 7, R1: session 17 kept every number under these keys as a count
    const sent = {
      username: 13812345678,
      user_name: 13812345678,
      name: 13812345678,
      nickname: 4741234567,
      email: 13812345678,
      attrs: [{ key: "user_name", value: 13812345678 }],
      counts: { name: 1, email: 3 },
    };
    for (const recipient of ["aliyun", "facebook", "tencent", "zego"])
      expect(json(sent, recipient)).toEqual({ attrs: [], counts: { name: 1, email: 3 } });
  });

  it.each([
    ["contact.email", "true", true],
    ["contact.phone", "42", true],
    ["contact.phone", "12345", true],
    ["account.profile.name", "7", true],
    ["account.profile.nickname", "520", false], // a nickname may be digits
    ["contact.phone", "123456", false],
    ["contact.phone", "41 23 45 67", false],
    ["contact.phone", "+4741", false],
    ["contact.phone", "0.7", false],
    ["contact.email", "yes", false],
  ] as const)("%s cannot hold the text %s: %s", (category, value, cannot) => {
    expect(cannotHoldText(category, value)).toBe(cannot);
  });

  it("keeps the same written as text, as SLS writes every log value: members and Key/Value pairs", () => {
    const sent = {
      notify: { email: "true" },
      m: { iPhone: "42" },
      Contents: [
        { Key: "iPhone", Value: "42" },
        { Key: "notify.email", Value: "false" },
        { Value: "3", Key: "mobile" },
      ],
    };
    expect(json(sent)).toEqual(sent);
    expect(
      json({
        phone: "41 23 45 67",
        nick: "520",
        Contents: [
          { Key: "phone", Value: "123456" },
          { Value: "4741234567", Key: "mobile" },
        ],
      }),
    ).toEqual({ Contents: [] });
  });

  it("reads query pairs the same way (SLS web tracking GET carries log fields in the query)", () => {
    const res = r.redact(transfer("aliyun", { query: "notify.email=true&iPhone=42&phone=41234567&name=7" }));
    if (!res.ok) throw new Error(res.error.code);
    expect(res.transfer.query).toBe("notify.email=true&iPhone=42&name=7");
  });

  it("reads an object under a contact's key as before", () => {
    expect(json({ channel_stats: { email: { sent: 10 } } })).toEqual({ channel_stats: {} });
  });
});

describe("settings and counts under birthday, gender, address, media and place keys (session 18)", () => {
  // red team round 7, R11: these members were dropped whatever their value
  it("keeps permission maps, privacy settings, shown fields and counters", () => {
    const sent = {
      permissions: { location: true, camera: true, microphone: false, photos: true, geolocation: true },
      grants: { camera: "granted", microphone: "DENIED", photos: "limited", geolocation: "prompt" },
      settings: { show_birthday: true },
      privacy: {
        birthday: "friends",
        phone: "nobody",
        email: "only_me",
        gender: "public",
        address: "private",
      },
      visibility: { name: "EVERYONE", birthday: "hidden" },
      fields_visible: { birthday: false, address: false },
      stats: { birthday: 2, photos: 12, camera: 0, microphone: 0.5 },
      share: { wx: true, qq: false, wechat: true },
      pos: { wx: 12.5, wy: 30 },
      Contents: [
        { Key: "birthday", Value: "false" },
        { Key: "camera", Value: "true" },
        { Key: "address", Value: "nobody" },
      ],
    };
    for (const recipient of ["aliyun", "facebook"]) expect(json(sent, recipient)).toEqual(sent);
  });

  it("still removes what a birthday, a gender, an address, a place, a photo or a handle can be", () => {
    expect(
      json({
        a: { birthday: 19900401 },
        b: { birthday: 638928000 },
        c: { birthday: 1990 },
        d: { birthday: "0401" },
        e: { birthday: "Friends" },
        f: { gender: 1 },
        g: { gender: true },
        h: { sex: false },
        i: { zip: 10001 },
        j: { address: 12 },
        k: { lat: 59.91 },
        l: { camera: "data:image/png;base64,iVBORw0KGgo=" },
        m: { photos: ["https://x.example/a.jpg"] },
        n: { phone: "Nobody" },
        o: { name: "Private" },
        p: { nickname: "nobody" },
        q: { wx: 123456789 },
        r: { qq: "12345" },
        s: { address: "Storgata 1, Oslo" },
      }),
    ).toEqual({
      a: {},
      b: {},
      c: {},
      d: {},
      e: {},
      f: {},
      g: {},
      h: {},
      i: {},
      j: {},
      k: {},
      l: {},
      m: {},
      n: {},
      o: {},
      p: {},
      q: {},
      r: {},
      s: {},
    });
  });

  it.each([
    ["account.profile.birthday", "true", true],
    ["account.profile.birthday", "99", true],
    ["account.profile.birthday", "100", false],
    ["account.profile.birthday", "0.5", true],
    ["account.profile.gender", "true", false],
    ["account.profile.gender", "1", false],
    ["contact.address", "false", true],
    ["contact.address", "3", false],
    ["location.coordinates", "true", true],
    ["location.coordinates", "59.91", false],
    ["media.camera", "123456789", true],
    ["media.photo_album", "false", true],
    ["contact.messenger", "9999", true],
    ["contact.messenger", "10000", false],
    ["contact.messenger", "true", true],
  ] as const)("%s cannot hold %s: %s", (category, token, cannot) => {
    expect(cannotHold(category, token)).toBe(cannot);
  });

  it.each([
    ["contact.phone", "nobody", true],
    ["contact.phone", "NOBODY", true],
    ["contact.phone", "Nobody", false],
    ["account.profile.name", "only_me", true],
    ["account.profile.nickname", "nobody", false],
    ["account.profile.gender", "private", true],
    ["account.profile.gender", "male", false],
    ["account.profile.gender", "1", false],
    ["account.profile.birthday", "friends", true],
    ["account.profile.birthday", "12", true],
    ["account.profile.birthday", "1990", false],
    ["media.camera", "granted", true],
    ["location.coordinates", "denied", true],
    ["location.coordinates", "59.91,10.75", false],
    ["contact.address", "private", true],
    ["contact.address", "3", false],
    ["device.identifier.imei", "off", false],
  ] as const)("%s cannot hold the text %s: %s", (category, value, cannot) => {
    expect(cannotHoldText(category, value)).toBe(cannot);
  });
});
