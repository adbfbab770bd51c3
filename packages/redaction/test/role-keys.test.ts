import { describe, expect, it } from "vitest";
import { KEY_LOOKUP } from "../src/key-table.js";
import { wordsNamePersonUid } from "../src/person-uids.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();

const json = (value: unknown, recipient = "tencent") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as unknown;
/** A log line as a JSON string member's value, after redaction. */
const text = (line: string, recipient = "tencent") =>
  (json({ message: line }, recipient) as { message: string }).message;

/** Names the text detectors do not find by themselves (red team round 7, R10). */
const NAMES = ["张伟", "Иван Петров", "Nguyễn Văn An", "Ayşe Yılmaz", "ASTRID SOLBERG", "Astrid", "astrid_s"];

describe("a person's name under <role>_name (session 18, red team round 7 R10)", () => {
  it.each([
    "to_name",
    "from_name",
    "toName",
    "uname",
    "u_name",
    "usr_name",
    "user1_name",
    "player_2_name",
    "creator_name",
    "opponent_name",
    "winner_name",
    "lover_name",
    "teacher_name",
    "rider_name",
    "staff_name",
    "reviewer_name",
    "shipping_name",
    "billingName",
    "bank_account_name",
    "mother_name",
    "spouse_name",
    "kid_name",
    "baby_name",
    "gift_sender_mother_name",
  ])("removes any name under %s", (key) => {
    for (const name of NAMES) expect(json({ [key]: name, gift: "Rocket" })).toEqual({ gift: "Rocket" });
  });

  it.each([
    "target_name",
    "peer_name",
    "fan_name",
    "cp_name",
    "partner_name",
    "parent_name",
    "driver_name",
    "courier_name",
    "agent_name",
    "speaker_name",
  ])("reads %s by its value: a name goes, an identifier stays", (key) => {
    for (const name of ["张伟", "Иван Петров", "Astrid"]) expect(json({ [key]: name })).toEqual({});
    for (const thing of ["binding", "web-01.kago.internal", "nvidia", "datadog-agent", "root"])
      expect(json({ [key]: thing })).toEqual({ [key]: thing });
  });

  it("keeps thing names, a pet's, a system's uname and words that end in to/from", () => {
    const sent = {
      gift_name: "Rocket",
      song_name: "Hello",
      file_name: "a.txt",
      app_name: "Kago",
      room_name: "Fun room",
      service_name: "pay-api",
      product_name: "Rose",
      event_name: "Purchase",
      pet_name: "张伟",
      os_uname: "Linux 5.15",
      convert_to_name: "x",
      tenant_name: "acme",
    };
    expect(json(sent, "facebook")).toEqual(sent);
  });
});

describe("`uid` after another word is a user's id (session 18, red team round 7 R10)", () => {
  it.each([
    "target_uid",
    "peer_uid",
    "fan_uid",
    "pk_uid",
    "opponent_uid",
    "cp_uid",
    "x_uid",
    "pkUid",
    "TargetUID",
    "player1_uid",
    "target_uids",
    "target_account",
  ])("%s is an account id: facebook and aliyun lose it, tencent and zego keep it", (key) => {
    const sent = { [key]: "kago_30417", gift_id: 1001 };
    expect(json(sent, "facebook")).toEqual({ gift_id: 1001 });
    expect(json(sent, "aliyun")).toEqual({ gift_id: 1001 });
    expect(json(sent, "tencent")).toEqual(sent);
    expect(json(sent, "zego")).toEqual(sent);
  });

  it("keeps a thing's uid: an event's, a message's, a device's, a room's, a policy's", () => {
    const sent = {
      event_uid: "abc@cal",
      msg_uid: 12345,
      device_uid: "d-1",
      room_uid: "r_1",
      pod_uid: "6f1c",
      policyUid: "p-1",
      uuid: "x",
      cuid: "y",
    };
    expect(json(sent, "facebook")).toEqual(sent);
  });

  it.each([
    [["target", "uid"], 0, 2, true],
    [["pk", "uids"], 0, 2, true],
    [["live", "room", "owner", "uid"], 0, 4, true],
    [["device2", "uid"], 0, 2, false],
    [["event", "uid"], 0, 2, false],
    [["uid"], 0, 1, false],
    [["target", "id"], 0, 2, false],
    // session 19: the things of thing-words.ts, all of them, but those whose uid is a person's
    [["coupon", "uid"], 0, 2, false],
    [["merchant", "uid"], 0, 2, false],
    [["receipt", "uid"], 0, 2, false],
    [["sdk", "uid"], 0, 2, false],
    [["release", "uid"], 0, 2, false],
    [["config", "uid"], 0, 2, false],
    [["tenant", "uid"], 0, 2, false],
    [["experiment", "uid"], 0, 2, false],
    [["client", "uid"], 0, 2, true],
    [["invite", "uid"], 0, 2, true],
    [["live", "uid"], 0, 2, true],
    [["post", "uid"], 0, 2, true],
  ] as const)("words %j [%i, %i) name a person's uid: %s", (words, first, end, named) => {
    expect(wordsNamePersonUid(words, first, end)).toBe(named);
  });
});

describe("key gaps (session 18, red team round 7 R9)", () => {
  it.each([
    ["wx", "astrid_1990", "contact.messenger"],
    ["uin", "123456789", "account.id"],
    ["fio", "Петров Иван Сергеевич", "account.profile.name"],
    ["snils", "11223344595", "identity.national_id"],
    ["inn", "500100732259", "identity.national_id"],
    ["INN", "500100732259", "identity.national_id"],
    ["iqama", "2123456789", "identity.national_id"],
    ["ic", "900401-14-5678", "identity.national_id"],
    ["IC", "900401145678", "identity.national_id"],
    ["mykad", "900401145678", "identity.national_id"],
    ["ic_no", "900401145678", "identity.national_id"],
    ["emirates_id", "784-1990-1234567-1", "identity.national_id"],
    ["no_wa", "081234567890", "contact.phone"],
    ["nomor_whatsapp", "081234567890", "contact.phone"],
    // session 19, red team round 9 A5: an identity card's number by its English and Malay names
    ["identity_no", "A1234567", "identity.national_id"],
    ["no_kp", "850101145678", "identity.national_id"],
    // session 19, red team round 8 R17: the Android Advertising ID by Google's and Branch's name
    ["aaid", "38400000-8cf0-11bd-b23e-10b96e40000d", "advertising_id.gaid"],
    ["user_aaid", "38400000-8cf0-11bd-b23e-10b96e40000d", "advertising_id.gaid"],
  ])("%s names %s", (key, value, category) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(category);
    expect(json({ [key]: value, n: 1 }, "facebook")).toEqual({ n: 1 });
  });

  it("reads no advertising id in a FIDO authenticator's AAID under `aaid` (session 20)", () => {
    for (const body of [
      { fido: { aaid: "4e4e#4005", keyID: "abc" } },
      { aaid: "4E4E#4005", n: 1 },
      { authenticators: [{ aaid: "0015#0001" }] },
    ])
      expect(json(body, "aliyun")).toEqual(body);
    expect(text("authenticator aaid=4e4e#4005 registered", "aliyun")).toBe(
      "authenticator aaid=4e4e#4005 registered",
    );
    // near misses: a GAID, or anything but the FIDO shape, under `aaid` still goes
    expect(json({ aaid: "38400000-8cf0-11bd-b23e-10b96e40000d", n: 1 }, "aliyun")).toEqual({ n: 1 });
    expect(json({ aaid: "4e4e#4005x", n: 1 }, "aliyun")).toEqual({ n: 1 });
    expect(json({ gaid: "4e4e-4005", n: 1 }, "aliyun")).toEqual({ n: 1 });
    expect(text("aaid=38400000-8cf0-11bd-b23e-10b96e40000d ok", "aliyun")).toBe(
      "aaid=[redacted:advertising_id.gaid] ok",
    );
  });

  it("keeps a filter's comparison operator under operator; a carrier there still goes (session 20, red team round 11)", () => {
    for (const body of [
      { filtering: [{ field: "campaign.name", operator: "CONTAIN", value: "Summer Sale" }] },
      { where: [{ field: "age", operator: ">=", value: 18 }] },
      { rule: { operator: "not_in", values: [1, 2] } },
    ])
      expect(json(body, "facebook")).toEqual(body);
    expect(text("filter operator=EQUAL on field status", "facebook")).toBe(
      "filter operator=EQUAL on field status",
    );
    // near misses: carriers, a code in capitals too, still go
    expect(json({ operator: "China Mobile", n: 1 }, "facebook")).toEqual({ n: 1 });
    expect(json({ operator: "CMCC", n: 1 }, "facebook")).toEqual({ n: 1 });
  });

  it("reads the short ones only whole: not their plurals, nor longer keys, nor eid", () => {
    for (const key of ["ics", "ic_count", "icon", "inns", "inn_name", "fios", "wxs", "wx_share", "eid"])
      expect(KEY_LOOKUP.lookupKey(key, "")).toBeNull();
  });

  it("keeps a Tencent Cloud API's Uin for tencent, which may receive account ids", () => {
    expect(json({ Uin: "100012345678", Action: "GetUser" })).toEqual({
      Uin: "100012345678",
      Action: "GetUser",
    });
    expect(json({ Uin: "100012345678", Action: "GetUser" }, "aliyun")).toEqual({ Action: "GetUser" });
  });
});
