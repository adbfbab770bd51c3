/**
 * Keys spelled another way than the key table writes them (session 16, a red-team probe): a
 * number after the name (`phone1`, `phone_2`, `uid1`, the columns of a CRM export), a qualifier
 * after it (`phone_home`), full-width letters and invisible characters (`ｐｈｏｎｅ`, `ph\u00adone`)
 * kept a phone number or an id that `phone` and `uid` remove. Next to each, keys whose number or
 * last word makes them name something else.
 */
import { describe, expect, it } from "vitest";
import { canonicalKey, spelledKey } from "../src/canonical-key.js";
import { KEY_LOOKUP, keyWords } from "../src/key-table.js";
import { inspectingRedactor, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const PHONE = "4741234567"; // no `+`: a phone number only by its key

describe("a key's spelling", () => {
  it.each([
    ["ｐｈｏｎｅ", "phone"],
    ["ph\u00adone", "phone"],
    ["ph\u200bone", "phone"],
    ["ph\u200done", "phone"],
    ["\ufeffphone", "phone"],
    ["phone\u2011number", "phone-number"],
    ["ＵＳＥＲ＿ＩＤ", "USER_ID"],
    ["𝐞𝐦𝐚𝐢𝐥", "email"],
    // default-ignorable code points the typographic fold leaves: marks, invisible operators,
    // variation selectors, Hangul fillers
    ["ph\u200eone", "phone"],
    ["pho\u2063ne", "phone"],
    ["phone\ufe0f", "phone"],
    ["e\u3164mail", "email"],
  ])("%j reads as %j", (raw, spelled) => {
    expect(spelledKey(raw)).toBe(spelled);
  });

  it("keeps ASCII, CJK and Hangul keys as they are, the same string", () => {
    for (const key of ["user_email", "手机号", "電話", "전화번호", "phone[]"])
      expect(spelledKey(key)).toBe(key);
  });

  it("folds the canonical form and the words the same way", () => {
    expect(canonicalKey("ＰＨＯＮＥ_Number")).toBe("phonenumber");
    expect(keyWords("ｕｓｅｒＰｈｏｎｅ")).toEqual(["user", "phone"]);
    expect(keyWords("user\u00ad_e\u200bmail")).toEqual(["user", "email"]);
  });
});

describe("a numbered or qualified name names what the name does", () => {
  it.each([
    ["phone1", "contact.phone"],
    ["phone2", "contact.phone"],
    ["phone_2", "contact.phone"],
    ["Phone-2", "contact.phone"],
    ["mobile2", "contact.phone"],
    ["tel2", "contact.phone"],
    ["email2", "contact.email"],
    ["email_1", "contact.email"],
    ["uid1", "account.id"],
    ["user_id2", "account.id"],
    ["imei2", "device.identifier.imei"],
    ["address2", "contact.address"],
    ["billing_phone2", "contact.phone"],
    ["X-Phone2", "contact.phone"],
    ["X-Phone-2", "contact.phone"],
    ["email2_sha256", "contact.email"],
    ["phone_home", "contact.phone"],
    ["phone_alt", "contact.phone"],
    ["phone_work", "contact.phone"],
    ["phone_mobile", "contact.phone"],
    ["email_work", "contact.email"],
    ["email_personal", "contact.email"],
    ["phoneHome", "contact.phone"],
    ["X-Phone-Alt", "contact.phone"],
    ["user_phone_alt", "contact.phone"],
    ["phone2_home", "contact.phone"],
    ["phone_home_2", "contact.phone"],
    ["ph\u00adone", "contact.phone"],
    ["ph\u200bone", "contact.phone"],
    ["ｐｈｏｎｅ", "contact.phone"],
    ["ｐｈｏｎｅ２", "contact.phone"],
  ])("%j is %s", (key, category) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(category);
  });

  it("headers strip their `x` before a numbered name (`X-Mobile2`, `X-Uid2`)", () => {
    expect(KEY_LOOKUP.lookupCanonical("mobile2", "")).toBe("contact.phone");
    expect(KEY_LOOKUP.lookupCanonical("uid2", "")).toBe("account.id");
  });

  it.each([
    // digits that are part of another name: hashes, encodings, protocols, formats, services
    "md5",
    "sha1",
    "sha256",
    "base64",
    "utf8",
    "x509",
    "h264",
    "oauth2",
    "s3",
    "ec2",
    "k8s",
    "http2",
    "int64",
    "es2015",
    // too short to be read without its number (`ph`, `em`, `ct`, `ip` name other things with one)
    "ph2",
    "em2",
    "ct1",
    "ip6",
    // a device's attributes and the network's state, numbered, name other things as often
    "model3",
    "country2",
    "country3",
    "language2",
    "network2",
    // a word after the name that makes a flag, a count, a thing of its own
    "phone_verified",
    "email_sent",
    "phone_count",
    "email_template",
    "address_book",
    "phone_type",
    "email_domain",
    "phone_code",
    // a qualifier after a name that means other things alone
    "state_home",
    "name_alt",
    "address_primary",
    "mobile_home",
    // a single letter is no qualifier
    "x_phone_y",
    // a hint, numbered, stays unread (`player1: "Full"` is no name)
    "player1",
    "device_id2",
    "location2",
  ])("%j stays unclassified", (key) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(null);
  });
});

describe("in a transfer (facebook may not get phone numbers, account ids or e-mails)", () => {
  const keys = [
    "phone1",
    "phone2",
    "phone_2",
    "mobile2",
    "uid1",
    "email2",
    "phone_home",
    "phone_alt",
    "ph\u00adone",
    "ph\u200bone",
    "ｐｈｏｎｅ",
  ];

  it("drops such members from a JSON body and keeps the near misses byte for byte", () => {
    const members = Object.fromEntries(keys.map((key) => [key, PHONE]));
    const res = redactJsonBody(
      r,
      "facebook",
      JSON.stringify({
        custom_data: { ...members, md5: "d41d8cd98f00b204", phone_verified: true, phone_count: 2 },
      }),
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"custom_data":{"md5":"d41d8cd98f00b204","phone_verified":true,"phone_count":2}}',
    );
  });

  it("drops such query pairs and headers", () => {
    // headers outside the standard and vendor lists are read only under `unknownHeaders: inspect`
    const inspecting = inspectingRedactor();
    const query = [
      ...keys.map((key) => `${encodeURIComponent(key)}=${PHONE}`),
      "sha256=abc",
      "oauth2=1",
    ].join("&");
    const res = inspecting.redact(
      transfer("facebook", {
        query,
        headers: [
          ["x-phone2", PHONE],
          ["x-phone-2", PHONE],
          ["x-mobile2", PHONE],
          ["x-uid2", "kago_30417"],
          ["x-phone-alt", PHONE],
          ["x-h264", "1"],
        ],
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.transfer.query).toBe("sha256=abc&oauth2=1");
    expect(res.transfer.headers).toEqual([["x-h264", "1"]]);
  });
});
