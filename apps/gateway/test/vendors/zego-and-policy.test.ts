/**
 * zego through the gateway with hand-built requests in the documented formats (there is no Zego
 * server npm client): an RTC server API GET whose query carries a display name and chat text, and a
 * ZIM POST. Also: `unknownEndpoints: refuse`, and the secrets file.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadVendorCredentials, readSecretsFile } from "@kago/gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import {
  policyRefusingUnknown,
  policyWithAccountIds,
  startVendorGateway,
  transfersLogged,
  type VendorGateway,
} from "./support.js";

const EMAIL = "ingrid.solberg@example.org";
const APP_ID = "1739272706";
const SERVER_SECRET = "zego-server-secret-for-tests-0001";

let upstream: TestUpstream;
let gw: VendorGateway;
let strict: VendorGateway;
beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startVendorGateway({ upstreams: { zego: upstream.url } });
  strict = await startVendorGateway({
    upstreams: { zego: upstream.url },
    policy: policyRefusingUnknown(["zego"]),
  });
});
afterAll(async () => {
  await Promise.all([gw.close(), strict.close()]);
  await upstream.close();
});

/** Zego's common parameters: Signature = md5(AppId + SignatureNonce + ServerSecret + Timestamp). */
function signedCommon(action: string): URLSearchParams {
  const nonce = "15215528852396";
  const timestamp = "1767261600";
  const signature = createHash("md5")
    .update(APP_ID + nonce + SERVER_SECRET + timestamp)
    .digest("hex");
  return new URLSearchParams({
    Action: action,
    AppId: APP_ID,
    SignatureNonce: nonce,
    Timestamp: timestamp,
    Signature: signature,
    SignatureVersion: "2.0",
  });
}

describe("zego RTC and ZIM server APIs", () => {
  it("SendBarrageMessage: the display name, its echo and the e-mail in the text are removed, the signature parameters arrive and still verify", async () => {
    const q = signedCommon("SendBarrageMessage");
    q.set("RoomId", "room_5102");
    q.set("UserId", "kago_30417");
    q.set("UserName", "Ingrid Solberg");
    q.set("MessageCategory", "1");
    q.set("MessageContent", `Ingrid here, mail me: ${EMAIL}`);
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${q.toString()}`);
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const sent = new URLSearchParams(got.url.slice(got.url.indexOf("?") + 1));
    expect(sent.get("UserName")).toBeNull();
    // the name the message repeats goes with the UserName pair (the query is one record)
    expect(sent.get("MessageContent")).toBe(
      "[redacted:account.profile.nickname] here, mail me: [redacted:contact.email]",
    );
    for (const k of [
      "Action",
      "AppId",
      "SignatureNonce",
      "Timestamp",
      "Signature",
      "SignatureVersion",
      "RoomId",
    ])
      expect(sent.get(k), k).toBe(q.get(k));
    const expected = createHash("md5")
      .update(`${sent.get("AppId")}${sent.get("SignatureNonce")}${SERVER_SECRET}${sent.get("Timestamp")}`)
      .digest("hex");
    expect(sent.get("Signature")).toBe(expected);
    expect((await transfersLogged(gw, 1)).at(-1)?.endpoint).toBe("zego.rtc.SendBarrageMessage");
  });

  it("ZIM SendRoomMessage: the e-mail in the message body is removed, ids and the query stay", async () => {
    const q = signedCommon("SendRoomMessage");
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${q.toString()}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        FromUserId: "kago_30417",
        RoomId: "room_5102",
        MessageType: 1,
        Priority: 1,
        MessageBody: { Message: `write to ${EMAIL}`, ExtendedData: "" },
      }),
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    expect(got.url).toBe(`/?${q.toString()}`);
    const sent = JSON.parse(got.body.toString("utf8")) as {
      RoomId: string;
      MessageType: number;
      MessageBody: { Message?: string };
    };
    expect(sent.RoomId).toBe("room_5102");
    expect(sent.MessageType).toBe(1);
    expect(sent.MessageBody.Message ?? "").not.toContain(EMAIL);
  });
});

/** Posts a ZIM call: the body the upstream received (parsed) and the transfer's log line. */
async function zimPost(action: string, body: unknown) {
  const q = signedCommon(action);
  const before = upstream.received.length;
  const logged = gw.transfers().length;
  const res = await fetch(`${gw.url}/zego/?${q.toString()}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  const got = upstream.received[before];
  if (got === undefined) throw new Error("nothing forwarded");
  expect(got.url).toBe(`/?${q.toString()}`);
  const line = (await transfersLogged(gw, logged + 1)).at(-1);
  return { sent: JSON.parse(got.body.toString("utf8")), line };
}

// session 15: ZIM user calls joined the catalog; an avatar is profile data, as Tencent's FaceUrl
describe("zego ZIM users and pushes", () => {
  it("UserRegister: the avatar URL and the display name go, the user id arrives", async () => {
    const { sent, line } = await zimPost("UserRegister", {
      UserInfo: [
        {
          UserId: "kago_30417",
          UserName: "Ingrid Solberg",
          UserAvatar: "https://cdn.kago.example/u/30417.jpg",
        },
        { UserId: "kago_55120" },
      ],
    });
    expect(sent).toEqual({ UserInfo: [{ UserId: "kago_30417" }, { UserId: "kago_55120" }] });
    expect(line?.endpoint).toBe("zego.zim.UserRegister");
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["account.profile", "account.profile.nickname"]),
    );
  });

  it("ModifyUserInfo: UserAvatar and the SDK's UserAvatarUrl go; Extra keeps its words but not an e-mail", async () => {
    const { sent, line } = await zimPost("ModifyUserInfo", {
      UserInfo: [
        {
          UserId: "kago_30417",
          UserAvatar: "https://cdn.kago.example/u/30417-v2.jpg",
          UserAvatarUrl: "https://cdn.kago.example/u/30417-v2.jpg",
          Extra: `vip level 3, contact ${EMAIL}`,
        },
      ],
    });
    expect(sent).toEqual({
      UserInfo: [{ UserId: "kago_30417", Extra: "vip level 3, contact [redacted:contact.email]" }],
    });
    expect(line?.endpoint).toBe("zego.zim.ModifyUserInfo");
  });

  it("SendPeerMessage: the push title (the sender's name) goes, the push text and payload stay", async () => {
    const { sent } = await zimPost("SendPeerMessage", {
      FromUserId: "kago_30417",
      ToUserId: ["kago_55120"],
      MessageType: 1,
      Priority: 1,
      MessageBody: {
        Message: "hi",
        OfflinePush: { Title: "Ingrid Solberg", Content: "sent you a gift", Payload: '{"room":"room_5102"}' },
      },
    });
    expect(sent.MessageBody).toEqual({
      Message: "hi",
      OfflinePush: { Content: "sent you a gift", Payload: '{"room":"room_5102"}' },
    });
    expect(sent.ToUserId).toEqual(["kago_55120"]);
  });
});

describe("unknown endpoints", () => {
  it("enforce (the built-in policy): generic rules apply and the log says endpoint unknown", async () => {
    const q = signedCommon("DescribeUserNum");
    q.set("UserName", "Ingrid Solberg");
    q.set("Note", `from ${EMAIL}`);
    const before = upstream.received.length;
    const logged = gw.transfers().length;
    const res = await fetch(`${gw.url}/zego/?${q.toString()}`);
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    expect(decodeURIComponent(got?.url ?? "")).not.toContain(EMAIL);
    const line = (await transfersLogged(gw, logged + 1)).at(-1);
    expect(line?.endpoint).toBe("unknown");
  });

  it("refuse: 403 unknown_endpoint, nothing forwarded; known endpoints still pass", async () => {
    const before = upstream.received.length;
    const res = await fetch(`${strict.url}/zego/?${signedCommon("DescribeUserNum").toString()}`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unknown_endpoint");
    expect(upstream.received.length).toBe(before);
    const q = signedCommon("KickoutUser");
    q.set("RoomId", "room_5102");
    q.set("UserId", "kago_30417");
    expect((await fetch(`${strict.url}/zego/?${q.toString()}`)).status).toBe(200);
  });
});

describe("account ids that are a phone number or an e-mail address (session 15)", () => {
  const PHONE_A = "13812345678";
  const PHONE_B = "13900001111";
  const VALUES = [PHONE_A, PHONE_B, EMAIL, encodeURIComponent(EMAIL)];

  /** An RTC call with `params` after the signed common ones: the answer, and the query the upstream got (if any). */
  async function rtcCall(via: VendorGateway, action: string, params: string) {
    const q = signedCommon(action);
    const before = upstream.received.length;
    const res = await fetch(`${via.url}/zego/?${q.toString()}&${params}`);
    const got = upstream.received[before];
    const answer = (await res.json()) as { error?: { code: string } };
    return {
      status: res.status,
      answer,
      sent: got && new URLSearchParams(got.url.slice(got.url.indexOf("?") + 1)),
    };
  }

  /** A ZIM SendPeerMessage: the answer, and the body the upstream got (if any). */
  async function peerMessage(via: VendorGateway, from: string, to: string[]) {
    const before = upstream.received.length;
    const res = await fetch(`${via.url}/zego/?${signedCommon("SendPeerMessage").toString()}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        FromUserId: from,
        ToUserId: to,
        MessageType: 1,
        MessageBody: { Message: "hi" },
      }),
    });
    const got = upstream.received[before];
    return {
      status: res.status,
      sent: got && (JSON.parse(got.body.toString("utf8")) as { FromUserId: string; ToUserId: string[] }),
    };
  }

  it("the built-in policy refuses them (400 personal_data_in_account_id) in KickoutUser, SendCustomCommand and ZIM; opaque ids pass", async () => {
    const refused = [
      await rtcCall(gw, "KickoutUser", `RoomId=room_5102&UserId[]=kago_30417&UserId[]=${PHONE_A}`),
      await rtcCall(
        gw,
        "SendCustomCommand",
        `RoomId=room_5102&FromUserId=kago_1&ToUserId[]=${encodeURIComponent(EMAIL)}&MessageContent=%7B%7D`,
      ),
      await rtcCall(gw, "SendCustomCommand", `RoomId=room_5102&FromUserId=${PHONE_B}&MessageContent=%7B%7D`),
    ];
    for (const r of refused) {
      expect(r.status).toBe(400);
      expect(r.answer.error?.code).toBe("personal_data_in_account_id");
      expect(r.sent).toBeUndefined();
    }
    const zim = await peerMessage(gw, "kago_1", ["kago_2", PHONE_B]);
    expect(zim.status).toBe(400);
    expect(zim.sent).toBeUndefined();
    const kick = await rtcCall(gw, "KickoutUser", "RoomId=room_5102&UserId[]=kago_30417&UserId[]=kago_1");
    expect(kick.status).toBe(200);
    expect(kick.sent?.getAll("UserId[]")).toEqual(["kago_30417", "kago_1"]);
    const logs = JSON.stringify(gw.logs);
    for (const value of VALUES) expect(logs).not.toContain(value);
  });

  it("accountIdsWithPersonalData: pseudonymize: each id arrives as its own pseudonym, the same one in RTC and ZIM, and the signature still verifies", async () => {
    const pseudo = await startVendorGateway({
      upstreams: { zego: upstream.url },
      policy: policyWithAccountIds("pseudonymize"),
    });
    try {
      const kick = await rtcCall(
        pseudo,
        "KickoutUser",
        `RoomId=room_5102&UserId[]=kago_30417&UserId[]=${PHONE_A}&UserId[]=${PHONE_B}`,
      );
      expect(kick.status).toBe(200);
      const ids = kick.sent?.getAll("UserId[]") ?? [];
      expect(ids[0]).toBe("kago_30417");
      expect(ids[1]).toMatch(/^psn_[a-z2-7]{26}$/);
      expect(ids[2]).toMatch(/^psn_[a-z2-7]{26}$/);
      expect(ids[1]).not.toBe(ids[2]);
      expect(kick.sent?.get("RoomId")).toBe("room_5102");
      const expected = createHash("md5")
        .update(
          `${kick.sent?.get("AppId")}${kick.sent?.get("SignatureNonce")}${SERVER_SECRET}${kick.sent?.get("Timestamp")}`,
        )
        .digest("hex");
      expect(kick.sent?.get("Signature")).toBe(expected);
      const zim = await peerMessage(pseudo, PHONE_A, ["kago_2", EMAIL]);
      expect(zim.status).toBe(200);
      expect(zim.sent?.FromUserId).toBe(ids[1]);
      expect(zim.sent?.ToUserId[0]).toBe("kago_2");
      expect(zim.sent?.ToUserId[1]).toMatch(/^psn_[a-z2-7]{26}$/);
      const forwarded = upstream.received.map((r) => `${r.url} ${r.body.toString("utf8")}`).join("\n");
      for (const value of VALUES) expect(forwarded).not.toContain(value);
      await transfersLogged(pseudo, 2);
      const logs = JSON.stringify(pseudo.logs);
      for (const value of [...VALUES, ...ids.slice(1)]) expect(logs).not.toContain(value);
    } finally {
      await pseudo.close();
    }
  });
});

// session 18 (a red team's round 6, F15): `RoomId=<e-mail>` reached Zego without its RoomId (200),
// `room_+4741234567` as `room_[redacted:contact.phone]`, another room
describe("addressing ids: a room or group id the reading would change refuses the call (session 18)", () => {
  /** An RTC SendBarrageMessage in room `roomId`: the answer, the upstream's query (if any), the raw answer text. */
  async function barrage(roomId: string) {
    const q = signedCommon("SendBarrageMessage");
    q.set("RoomId", roomId);
    q.set("UserId", "kago_30417");
    q.set("MessageCategory", "1");
    q.set("MessageContent", "hi");
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${q.toString()}`);
    const text = await res.text();
    const got = upstream.received[before];
    return { status: res.status, text, url: got?.url, query: q.toString() };
  }

  it("400 personal_data_in_identifier at query:RoomId / body:GroupId; nothing reaches Zego; no answer or log line holds the id", async () => {
    const logged = gw.transfers().length;
    // since session 19 also a phone number without `+` and a name (read as an account id is)
    const planted = ["astrid.solberg@example.org", "room_+4741234567", "13812345678", "Astrid Solberg live"];
    for (const roomId of planted) {
      const r = await barrage(roomId);
      expect(r.status, roomId).toBe(400);
      const answer = JSON.parse(r.text) as { error: { code: string; location?: string } };
      expect(answer.error.code).toBe("personal_data_in_identifier");
      expect(answer.error.location).toBe("query:RoomId");
      expect(r.url, roomId).toBeUndefined();
    }
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${signedCommon("SendGroupMessage").toString()}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        GroupId: "astrid.solberg@example.org",
        FromUserId: "kago_30417",
        MessageType: 1,
        MessageBody: { Message: "hi" },
      }),
    });
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { code: string; location?: string } };
    expect(answer.error).toMatchObject({ code: "personal_data_in_identifier", location: "body:GroupId" });
    expect(upstream.received.length).toBe(before);
    const lines = await transfersLogged(gw, logged + planted.length + 1);
    expect(lines.slice(logged).map((l) => l.errorCode)).toEqual(
      Array(planted.length + 1).fill("personal_data_in_identifier"),
    );
    const told = JSON.stringify(gw.logs) + JSON.stringify(answer);
    for (const value of ["astrid.solberg", "4741234567", "13812345678", "Solberg", "example.org"])
      expect(told).not.toContain(value);
  });

  it("near misses: ordinary room ids, digits, a server's address and a room JID reach Zego byte for byte", async () => {
    for (const roomId of [
      "room_5102",
      "room_4741234567",
      "live-2026-12-01",
      "10.20.30.40", // a server's address or a version (session 19)
      "room_5102@conference.kago.example", // an XMPP room address (session 19)
    ]) {
      const r = await barrage(roomId);
      expect(r.status, roomId).toBe(200);
      // the whole query as the backend wrote it
      expect(r.url, roomId).toBe(`/?${r.query}`);
    }
  });
});

/**
 * Session 19 (a red team's round 8, R7): every Zego call's `RoomId`, `RoomId[]`, `StreamId` and
 * ZIM `GroupId` is an addressing id, catalogued or not. Before, `CloseRoom`, `ForbidRTCStream`,
 * `DescribeUserNum` (the generic rules) forwarded `room_+4741234567` as
 * `room_[redacted:contact.phone]`, another room, while the catalogued calls refused it, and a
 * `StreamId` was never an addressing id.
 */
describe("addressing ids on every Zego call, catalogued or not (session 19)", () => {
  /** An RTC call `action` with `params`: status, error code and location, and the query Zego got. */
  async function rtc(action: string, params: ReadonlyArray<readonly [string, string]>) {
    const q = signedCommon(action);
    for (const [k, v] of params) q.append(k, v);
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${q.toString()}`);
    const answer = (await res.json()) as { error?: { code: string; location?: string } };
    return {
      status: res.status,
      error: answer.error,
      url: upstream.received[before]?.url,
      query: q.toString(),
    };
  }

  const CALLS = (
    id: string,
  ): ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>, string]> => [
    ["CloseRoom", [["RoomId", id]], "query:RoomId"],
    [
      "DescribeUsers",
      [
        ["RoomId", id],
        ["UserId[]", "kago_30417"],
      ],
      "query:RoomId",
    ],
    [
      "DescribeUserNum",
      [
        ["RoomId[]", "room_5102"],
        ["RoomId[]", id],
      ],
      // a quoted key is never shown in an answer (`telemetry/vocabulary.ts`)
      "query:[{}]",
    ],
    ["ForbidRTCStream", [["StreamId", `stream_${id}`]], "query:StreamId"],
    ["ResumeRTCStream", [["StreamId", id]], "query:StreamId"],
    // the catalogued KickoutUser's StreamId too
    [
      "KickoutUser",
      [
        ["RoomId", "room_5102"],
        ["UserId[]", "kago_30417"],
        ["StreamId", id],
      ],
      "query:StreamId",
    ],
  ];

  it("a phone number or an e-mail address in a room or stream id refuses the call; nothing reaches Zego", async () => {
    for (const id of ["room_13812345678", "room_+4741234567", "astrid.solberg@example.org", "8613812345678"])
      for (const [action, params, location] of CALLS(id)) {
        const r = await rtc(action, params);
        expect(r.status, `${action} ${id}`).toBe(400);
        expect(r.error, `${action} ${id}`).toEqual(
          expect.objectContaining({ code: "personal_data_in_identifier", location }),
        );
        expect(r.url, action).toBeUndefined();
      }
    // a ZIM call the catalog does not know: the group it dismisses
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/zego/?${signedCommon("DismissGroup").toString()}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ FromUserId: "kago_30417", GroupId: "group_13812345678" }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({
      code: "personal_data_in_identifier",
      location: "body:GroupId",
    });
    expect(upstream.received.length).toBe(before);
    expect(JSON.stringify(gw.logs)).not.toMatch(/13812345678|4741234567|solberg/);
  });

  it("near misses: ordinary room and stream ids reach Zego byte for byte, with the endpoint unknown", async () => {
    for (const id of ["room_5102", "5102", "live-2026-12-01", "room_30417_kago_55120"])
      for (const [action, params] of CALLS(id)) {
        const r = await rtc(action, params);
        expect(r.status, `${action} ${id}`).toBe(200);
        expect(r.url, `${action} ${id}`).toBe(`/?${r.query}`);
      }
    const lines = gw.transfers().slice(-3);
    expect(lines.map((l) => l.endpoint)).toEqual(["unknown", "unknown", "zego.rtc.KickoutUser"]);
  });
});

describe("vendor credentials", () => {
  const dir = mkdtempSync(join(tmpdir(), "kago-secrets-"));
  const yaml = join(dir, "secrets.yaml");
  writeFileSync(yaml, "aliyun:\n  accessKeyId: LTAI5tFileKey\n  accessKeySecret: FileSecret0123456789\n");

  it("reads a YAML or JSON secrets file and merges it with the environment", () => {
    expect(readSecretsFile(yaml).aliyun?.accessKeyId).toBe("LTAI5tFileKey");
    const json = join(dir, "secrets.json");
    writeFileSync(json, JSON.stringify({ tencent: { secretId: "AKIDFile", secretKey: "FileKey" } }));
    expect(readSecretsFile(json).tencent?.secretId).toBe("AKIDFile");
    const both = loadVendorCredentials(yaml, {
      KAGO_TENCENT_SECRET_ID: "AKIDEnv",
      KAGO_TENCENT_SECRET_KEY: "EnvKey",
    });
    expect(Object.keys(both).sort()).toEqual(["aliyun", "tencent"]);
  });

  it("refuses an invalid file without quoting it, and a recipient given twice", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "aliyun:\n  accessKeyId: LTAI5tFileKey\n  secret: leaked-value-9\n");
    expect(() => readSecretsFile(bad)).toThrow(/invalid/);
    try {
      readSecretsFile(bad);
    } catch (err) {
      expect(String(err)).not.toContain("leaked-value-9");
    }
    expect(() =>
      loadVendorCredentials(yaml, { KAGO_ALIYUN_ACCESS_KEY_ID: "a", KAGO_ALIYUN_ACCESS_KEY_SECRET: "b" }),
    ).toThrow(/both/);
  });
});
