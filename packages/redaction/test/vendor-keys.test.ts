/**
 * Key names a red-team of vendor payloads found kept (session 15): people by role in live rooms
 * (`anchor_id`, `from_uid`, `anchor_name`, `host_name`, `UserAvatar`), OpenTelemetry's attribute
 * names (`enduser.id`, `network.carrier.name`, `http.request.header.cookie`), Aliyun SLS tags
 * (`__tag__:uid`), a bare `account`, and what a user writes about themselves under a profile
 * (`Tag_Profile_Custom_Sign`, `user.signature`), next to the names that must stay: every other
 * `*_id`, a machine's host, a request's signature. Driven through the catalog's plans under the
 * built-in policy, as the gateway applies them (facebook may receive network.status only, aliyun
 * device and log information only, tencent and zego the account id but no profile).
 */
import { loadBuiltinPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  createRedactor,
  type FieldPlan,
  type HeaderPair,
  type TransferBody,
} from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { KEY_LOOKUP } from "../src/key-table.js";
import { redactedMessage, SECRET, transfer } from "./helpers.js";

const r = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });

/** The engine plan the gateway compiles for catalog endpoint `id`. */
function planOf(id: string): FieldPlan {
  const e = VENDOR_CATALOG.endpoints.get(id);
  if (e === undefined) throw new Error(`no catalog endpoint ${id}`);
  return compileFieldPlanFromFields({ endpoint: id, body: e.bodyFields, query: e.queryFields });
}

/** Redacts a transfer for `recipient` with the plan of catalog endpoint `id` (none: no plan). */
function send(
  recipient: string,
  id: string | null,
  parts: { query?: string; body?: TransferBody; headers?: HeaderPair[] },
) {
  const res = r.redact(transfer(recipient, parts), id === null ? {} : { plan: planOf(id) });
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return res.transfer;
}

/** The JSON body that reaches `recipient`. */
function jsonTo(recipient: string, id: string | null, body: unknown, query = ""): string {
  const out = send(recipient, id, { query, body: { kind: "json", text: JSON.stringify(body) } }).body;
  return out.kind === "json" ? out.text : "";
}

/** The keys of the SLS PutLogs log contents `pairs` that reach aliyun. */
function slsKeysKept(pairs: ReadonlyArray<readonly [string, string]>): string[] {
  const body = { Logs: [{ Time: 1767261600, Contents: pairs.map(([Key, Value]) => ({ Key, Value })) }] };
  const out = JSON.parse(jsonTo("aliyun", "aliyun.sls.put-logs", body)) as {
    Logs: [{ Contents: { Key: string }[] }];
  };
  return out.Logs[0].Contents.map((pair) => pair.Key);
}

const IM_QUERY = "sdkappid=1400123456&identifier=administrator&usersig=eJwtzNEKgjAYBeB3&random=3857125123";
const ZEGO_SIGNED =
  "AppId=1234567890&SignatureNonce=6cf3a9b1e2d40f87&Timestamp=1767261600&Signature=b1bd5d9bea37ac5a7d5c2182651de5d1&SignatureVersion=2.0";

describe("people by role in live rooms and chats", () => {
  it.each([
    ["anchor_id", "account.id"],
    ["AnchorId", "account.id"],
    ["anchorUid", "account.id"],
    ["live_anchor_id", "account.id"],
    ["sender_id", "account.id"],
    ["receiver_id", "account.id"],
    ["viewer_id", "account.id"],
    ["inviter_id", "account.id"],
    ["player_id", "account.id"],
    ["viewer_ids", "account.id"],
    ["from_uid", "account.id"],
    ["toUid", "account.id"],
    ["host_id", "account.id"],
    ["hostUid", "account.id"],
    ["room.host_id", "account.id"],
    ["anchor_name", "account.profile.name"],
    ["anchorName", "account.profile.name"],
    ["streamer_name", "account.profile.name"],
    ["anchorNickname", "account.profile.nickname"],
    ["nicheng", "account.profile.nickname"],
    ["nikeName", "account.profile.nickname"],
    ["UserAvatar", "account.profile"],
    ["UserAvatarUrl", "account.profile"],
    ["anchor_avatar", "account.profile"],
    ["host_avatar_url", "account.profile"],
    ["host_name", "hint"],
    ["hostName", "hint"],
    ["live_host_name", "hint"],
  ])("%s is %s", (key, look) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(look);
  });

  it.each([
    "order_id",
    "room_id",
    "event_id",
    "gift_id",
    "content_ids",
    "channel_id",
    "msg_id",
    "hostname",
    "hostid",
    "host",
    "host.id",
    "host.name",
    "server_name",
    "app_name",
    "file_name",
    "owner_id",
    "ResourceOwnerId",
    "caller_id",
    "guest_id",
    "fan_id",
    "audience_id",
    "peer_id",
    "GroupAvatar",
    "default_avatar",
    "uid_length",
    "pod_uid",
  ])("%s stays unclassified", (key) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(null);
  });

  it("drops them from SLS log contents, and keeps every other id and a machine's host", () => {
    const kept = slsKeysKept([
      ["from_uid", "kago_30417"],
      ["to_uid", "kago_55120"],
      ["anchor_id", "kago_30417"],
      ["sender_id", "kago_30417"],
      ["receiver_id", "kago_55120"],
      ["host_id", "kago_30417"],
      ["viewer_id", "kago_55120"],
      ["inviter_id", "kago_30417"],
      ["player_id", "kago_55120"],
      ["order_id", "ord_5102"],
      ["room_id", "room_5102"],
      ["event_id", "evt_1"],
      ["gift_id", "gift_7"],
      ["content_ids", "room_5102"],
      ["device_id", "dev_abc"],
      ["hostname", "web-01.kago.internal"],
      ["host", "api.kago.example"],
      ["host.id", "fdbf79e8af94cb7f9e8df36789187052"],
      ["host.name", "web-01"],
      ["server_name", "gw-2"],
      ["app_name", "Kago"],
      ["file_name", "room.log"],
    ]);
    expect(kept).toEqual([
      "order_id",
      "room_id",
      "event_id",
      "gift_id",
      "content_ids",
      "device_id",
      "hostname",
      "host",
      "host.id",
      "host.name",
      "server_name",
      "app_name",
      "file_name",
    ]);
  });

  it("drops names and avatars by role from a Tencent custom message and a Zego room's extra info", () => {
    const data = JSON.stringify({
      businessID: "live_invite",
      anchor_name: "Astrid Solberg",
      anchorName: "Astrid Solberg",
      streamer_name: "Astrid Solberg",
      host_name: "Astrid Solberg",
      anchor_avatar: "https://cdn.kago.example/a.jpg",
      hostname: "web-01",
      host: "api.kago.example",
      room_id: "room_5102",
    });
    const out = jsonTo(
      "tencent",
      "tencent.im.sendmsg",
      {
        From_Account: "kago_30417",
        To_Account: "kago_55120",
        MsgRandom: 1,
        MsgBody: [{ MsgType: "TIMCustomElem", MsgContent: { Data: data } }],
      },
      IM_QUERY,
    );
    const sent = JSON.parse(JSON.parse(out).MsgBody[0].MsgContent.Data);
    expect(sent).toEqual({
      businessID: "live_invite",
      hostname: "web-01",
      host: "api.kago.example",
      room_id: "room_5102",
    });
    const value = encodeURIComponent(
      JSON.stringify({ host_name: "Astrid Solberg", host_id: "kago_30417", seats: 8 }),
    );
    const query = send("zego", null, {
      query: `Action=SetRoomExtraInfo&${ZEGO_SIGNED}&RoomId=room_5102&Key=host&Value=${value}`,
    }).query;
    // zego may receive the account id, not the name
    expect(query).toBe(
      `Action=SetRoomExtraInfo&${ZEGO_SIGNED}&RoomId=room_5102&Key=host&Value=${encodeURIComponent('{"host_id":"kago_30417","seats":8}')}`,
    );
  });

  it("a host's name goes by its shape (a machine's name stays); an id by role goes whole", () => {
    expect(
      jsonTo("aliyun", null, {
        host_name: "Astrid Solberg",
        hostName: "ip-10-0-0-5.ec2.internal",
        HostName: "web-01",
        hostname: "Phoenix",
        "host.name": "Phoenix",
      }),
    ).toBe(
      '{"hostName":"ip-10-0-0-5.ec2.internal","HostName":"web-01","hostname":"Phoenix","host.name":"Phoenix"}',
    );
    // accepted: a capitalised machine name under a two-word key goes as a name would
    expect(jsonTo("aliyun", null, { host_name: "Phoenix" })).toBe("{}");
  });

  it("drops avatars by role from a Zego user's info, and keeps a group's", () => {
    expect(
      jsonTo("zego", null, {
        UserInfo: [
          {
            UserId: "kago_30417",
            UserAvatar: "https://cdn.kago.example/u.jpg",
            UserAvatarUrl: "https://x/a.jpg",
          },
        ],
        GroupAvatar: "https://cdn.kago.example/g.jpg",
      }),
    ).toBe('{"UserInfo":[{"UserId":"kago_30417"}],"GroupAvatar":"https://cdn.kago.example/g.jpg"}');
  });

  it("ids by role go to the recipients that get account ids", () => {
    const body = { anchor_id: "kago_30417", from_uid: "kago_55120", room_id: "room_5102" };
    expect(jsonTo("tencent", null, body)).toBe(JSON.stringify(body));
    expect(jsonTo("facebook", null, body)).toBe('{"room_id":"room_5102"}');
  });

  it("reads them in a log line too", () => {
    expect(redactedMessage(r, "enter room anchor_id=30417 from_uid=kago_1 room_id=5102 gift_id=7")).toBe(
      "enter room anchor_id=[redacted:account.id] from_uid=[redacted:account.id] room_id=5102 gift_id=7",
    );
  });
});

describe("a bare account", () => {
  it("is an account id as a whole key only", () => {
    expect(KEY_LOOKUP.lookupKey("account", "")).toBe("account.id");
    for (const key of [
      "accounts",
      "ad_account",
      "account_type",
      "accountant",
      "OwnerAccount",
      "account_number",
    ])
      expect(KEY_LOOKUP.lookupKey(key, ""), key).toBe(null);
    expect(
      slsKeysKept([
        ["account", "kago_30417"],
        ["account_type", "premium"],
        ["accounts", "3"],
      ]),
    ).toEqual(["account_type", "accounts"]);
  });

  it("in text, only with a digit in its value: code and prose use the word as often", () => {
    expect(redactedMessage(r, "login ok account=kago_30417 plan=gold")).toBe(
      "login ok account=[redacted:account.id] plan=gold",
    );
    for (const text of [
      "const account = new AdAccount('act_<AD_ACCOUNT_ID>');",
      "two `account` fields produce `{ account: ['standard', 'admin'] }`",
      "`account=standard`",
    ])
      expect(redactedMessage(r, text)).toBe(text);
  });
});

describe("OpenTelemetry's attribute names and Aliyun SLS tags", () => {
  it("drops the end user, the carrier, the connection and a longitude from aliyun", () => {
    const kept = slsKeysKept([
      ["enduser.id", "kago_30417"],
      ["network.carrier.name", "Telenor"],
      ["net.host.carrier.name", "Telenor"],
      ["network.connection.type", "wifi"],
      ["geo.location.lat", "59.9139"],
      ["geo.location.lon", "10.7522"],
      ["location.lon", "10.7522"],
      ["operator_name", "Telenor"],
      ["http.request.header.cookie", "sid=5f0c2c1e; uid=kago_30417"],
      ["http.request.header.user-agent", "Mozilla/5.0 (Linux; Android 14)"],
      ["http.request.method", "POST"],
      ["cloud.account.id", "1234567890"],
      ["service.name", "room-api"],
      ["k8s.pod.name", "room-api-7d9f8c"],
      ["network.protocol.name", "http"],
    ]);
    // the user agent is device information, which aliyun may receive
    expect(kept).toEqual([
      "http.request.header.user-agent",
      "http.request.method",
      "cloud.account.id",
      "service.name",
      "k8s.pod.name",
      "network.protocol.name",
    ]);
  });

  it("keeps the connection type for facebook, which may receive network status", () => {
    const body = {
      "network.connection.type": "wifi",
      "network.connection.subtype": "lte",
      "network.carrier.name": "Telenor",
      "http.request.header.user-agent": "Mozilla/5.0",
      "user_agent.original": "Mozilla/5.0",
      "http.response.header.set-cookie": ["sid=5f0c2c1e"],
      "enduser.id": "kago_30417",
    };
    expect(jsonTo("facebook", null, body)).toBe(
      '{"network.connection.type":"wifi","network.connection.subtype":"lte"}',
    );
  });

  it("a logged header is read by its header's name, and cookie names nothing behind other words", () => {
    expect(KEY_LOOKUP.lookupKey("req.headers.cookie", "")).toBe("cookie");
    expect(KEY_LOOKUP.lookupKey("headers.cookie", "")).toBe("cookie");
    expect(KEY_LOOKUP.lookupKey("request_header_x_forwarded_for", "")).toBe("network.ip_address");
    expect(KEY_LOOKUP.lookupKey("http.response.header.set-cookie", "")).toBe("cookie");
    for (const key of [
      "js.cookie",
      "jquery.cookie",
      "accept_cookies",
      "cookie_consent",
      "cookie-signature",
      "header_name",
      "set_cookie",
      "setCookie",
    ])
      expect(KEY_LOOKUP.lookupKey(key, ""), key).toBe(null);
  });

  it("reads an SLS tag by the name after `__tag__:`, in a log's contents, its tags and a web-tracking query", () => {
    expect(
      slsKeysKept([
        ["__tag__:uid", "kago_30417"],
        ["__tag__:carrier", "Telenor"],
        ["__tag__:name", "Astrid Solberg"],
        ["__tag__:city", "Oslo"],
        ["__tag__:__receive_time__", "1767261600"],
        ["__tag__:__client_ip__", "192.0.2.44"],
        ["__tag__:__hostname__", "web-01"],
        ["__tag__:_pod_uid_", "5f0c2c1e-8cf0-11bd-b23e-10b96e40000d"],
      ]),
    ).toEqual(["__tag__:__receive_time__", "__tag__:__hostname__", "__tag__:_pod_uid_"]);
    const tags = jsonTo("aliyun", "aliyun.sls.put-logs", {
      Logs: [],
      LogTags: [
        { Key: "__tag__:uid", Value: "kago_30417" },
        { Key: "__receive_time__", Value: "1767261600" },
      ],
    });
    expect(tags).toBe('{"Logs":[],"LogTags":[{"Key":"__receive_time__","Value":"1767261600"}]}');
    const query = send("aliyun", "aliyun.sls.web-tracking-get", {
      query:
        "APIVersion=0.6.0&__tag__%3Auid=kago_30417&__tag__%3A__receive_time__=1767261600&__tag__%3A__client_ip__=192.0.2.44&page=room",
    }).query;
    expect(query).toBe("APIVersion=0.6.0&__tag__%3A__receive_time__=1767261600&page=room");
  });
});

describe("what a user writes about themselves, and a request's signature", () => {
  it.each([
    ["signature", "user"],
    ["sign", "profileitem"],
    ["intro", "userinfo"],
    ["about", "user"],
    ["signature", "anchor"],
  ])("%s under %s is an introduction", (key, parent) => {
    expect(KEY_LOOKUP.lookupKey(key, parent)).toBe("account.profile.introduction");
  });

  it.each(["self_intro", "personalSignature", "aboutMe", "motto", "anchorMotto"])(
    "%s is an introduction anywhere",
    (key) => {
      expect(KEY_LOOKUP.lookupKey(key, "")).toBe("account.profile.introduction");
    },
  );

  it.each([
    ["signature", ""],
    ["Signature", ""],
    ["sign", ""],
    ["sig", ""],
    ["sign_type", ""],
    ["usersig", ""],
    ["appsecret_proof", ""],
    ["signature", "properties"],
    ["intro", "page"],
    ["about", ""],
    ["intro", ""],
    ["remark", "order"],
  ])("%s under %s names nothing", (key, parent) => {
    expect(KEY_LOOKUP.lookupKey(key, parent)).toBe(null);
  });

  it("drops a Tencent profile's custom intro and signature and a friend's remark, and keeps the rest", () => {
    const profile = jsonTo(
      "tencent",
      "tencent.im.portrait-set",
      {
        From_Account: "kago_30417",
        ProfileItem: [
          { Tag: "Tag_Profile_Custom_Intro", Value: "Cellist from Bergen, born 1990" },
          { Tag: "Tag_Profile_Custom_Sign", Value: "Call me maybe" },
          { Tag: "Tag_Profile_IM_SelfSignature", Value: "Cellist" },
          { Tag: "Tag_Profile_Custom_Level", Value: 3 },
          { Tag: "Tag_Profile_IM_AllowType", Value: "AllowType_Type_NeedConfirm" },
        ],
      },
      IM_QUERY,
    );
    expect(JSON.parse(profile).ProfileItem).toEqual([
      { Tag: "Tag_Profile_Custom_Level", Value: 3 },
      { Tag: "Tag_Profile_IM_AllowType", Value: "AllowType_Type_NeedConfirm" },
    ]);
    const friend = jsonTo(
      "tencent",
      null,
      {
        From_Account: "kago_30417",
        UpdateItem: [
          {
            To_Account: "kago_55120",
            SnsItem: [
              { Tag: "Tag_SNS_IM_Remark", Value: "Astrid Solberg" },
              { Tag: "Tag_SNS_IM_Group", Value: ["friends"] },
            ],
          },
        ],
      },
      IM_QUERY,
    );
    expect(JSON.parse(friend).UpdateItem[0].SnsItem).toEqual([
      { Tag: "Tag_SNS_IM_Group", Value: ["friends"] },
    ]);
  });

  it("drops a user object's signature and about, and keeps a request's signature beside it", () => {
    expect(
      jsonTo("aliyun", null, {
        user: { uid_length: 5, signature: "Cellist from Bergen", about: "born 1990" },
        signature: "5da7a33f6993f0614b047e5df4582db9",
        sign: "e10adc3949ba59abbe56e057f20f883e",
        sign_type: "MD5",
        page: { intro: "Welcome" },
      }),
    ).toBe(
      '{"user":{"uid_length":5},"signature":"5da7a33f6993f0614b047e5df4582db9","sign":"e10adc3949ba59abbe56e057f20f883e","sign_type":"MD5","page":{"intro":"Welcome"}}',
    );
  });

  it("leaves the vendors' signatures as they are, through the catalog's plans", () => {
    const zego = `Action=SendCustomCommand&${ZEGO_SIGNED}&RoomId=room_5102&FromUserId=kago_30417&MessageContent=hi`;
    expect(send("zego", "zego.rtc.SendCustomCommand", { query: zego }).query).toBe(zego);
    const v1 =
      "Action=DescribeInstances&Nonce=11886&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D&SignatureMethod=HmacSHA256&Timestamp=1465185768&sign=x&sig=y";
    expect(send("tencent", "tencent.cloudapi.v1-form", { body: { kind: "form", text: v1 } }).body).toEqual({
      kind: "form",
      text: v1,
    });
    expect(send("tencent", "tencent.cloudapi.get", { query: v1 }).query).toBe(v1);
    const authorization: HeaderPair = [
      "authorization",
      "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2026-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474",
    ];
    const tc3 = send("tencent", "tencent.cloudapi.tc3", {
      headers: [authorization],
      body: { kind: "json", text: '{"Signature":"abc","Limit":1}' },
    });
    expect(tc3.headers).toEqual([authorization]);
    expect(tc3.body).toEqual({ kind: "json", text: '{"Signature":"abc","Limit":1}' });
    const fb = "access_token=EAAB1234&appsecret_proof=1f2e3d4c5b6a";
    expect(
      send("facebook", "facebook.capi.events", { query: fb, body: { kind: "json", text: '{"data":[]}' } })
        .query,
    ).toBe(fb);
  });
});

describe("near misses whose own entries do not change", () => {
  it("brand keeps its entry (a device's brand; a product's under Meta's contents is the catalog's to say)", () => {
    expect(KEY_LOOKUP.lookupKey("brand", "")).toBe("device.attribute.model");
    expect(KEY_LOOKUP.lookupKey("brand", "contents")).toBe("device.attribute.model");
  });

  it("a remark elsewhere is an order's note, and network status keys stay network status", () => {
    expect(KEY_LOOKUP.lookupKey("remark", "")).toBe(null);
    expect(KEY_LOOKUP.lookupKey("network_status", "")).toBe("network.status");
    expect(KEY_LOOKUP.lookupKey("connection_type", "")).toBe("network.status");
  });
});
