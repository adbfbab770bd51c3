/**
 * Session 16, red-team H14: the path the catalog matches is the path the vendor receives. Each
 * request the red team sent is a case here, on loopback through the real forwarder: what the
 * upstream received (the path bytes, the body after the endpoint's plan) or the refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientResponse, errorCode, send } from "../support/client.js";
import { type ReceivedRequest, startUpstream, type TestUpstream } from "../support/upstream.js";
import { startVendorGateway, transfersLogged, type VendorGateway } from "./support.js";

const NAME = "Astrid Solberg";

/** A Meta CAPI app event whose extinfo carries device model, OS, locale, carrier and time zone. */
const CAPI_BODY = JSON.stringify({
  data: [
    {
      event_name: "Purchase",
      action_source: "app",
      user_data: { external_id: "kago_30417" },
      app_data: {
        advertiser_tracking_enabled: 1,
        extinfo: [
          "a2",
          "com.kago.app",
          "3.2.1",
          "3.2.1",
          "14",
          "Pixel 8 Pro",
          "nb_NO",
          "CET",
          "Telenor",
          "1080",
          "2400",
          "2.75",
          "8",
          "128",
          "64",
          "Europe/Oslo",
        ],
      },
      custom_data: { currency: "NOK", value: 49 },
    },
  ],
});

/** A ZIM SendPeerMessage whose offline push title is the sender's name (dropped under its plan). */
const ZIM_BODY = JSON.stringify({
  FromUserId: "kago_30417",
  ToUserId: ["kago_55120"],
  MessageType: 1,
  Priority: 1,
  MessageBody: { Message: "hei", OfflinePush: { Title: NAME, Content: "hei" } },
});

/** A Tencent IM sendmsg whose offline push title is the sender's name (dropped under its plan). */
const TIM_BODY = JSON.stringify({
  SyncOtherMachine: 2,
  To_Account: "kago_55120",
  MsgRandom: 1287657,
  MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hei" } }],
  OfflinePushInfo: { PushFlag: 0, Title: NAME, Desc: "hei" },
});

const ZEGO_COMMON = "AppId=1&SignatureNonce=n&Timestamp=1&Signature=s&SignatureVersion=2.0";
const TIM_QUERY = "sdkappid=1400000417&identifier=administrator&usersig=x&random=99999999&contenttype=json";

let upstream: TestUpstream;
let gw: VendorGateway;

beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startVendorGateway({
    upstreams: { facebook: `${upstream.url}/fb`, tencent: `${upstream.url}/tim`, zego: upstream.url },
  });
});
afterAll(async () => {
  await gw.close();
  await upstream.close();
});

interface Outcome {
  readonly res: ClientResponse;
  readonly got: ReceivedRequest | undefined;
  readonly line: Record<string, unknown> | undefined;
}

/** POSTs `body` as JSON to `target` exactly as written (node:http sends the path raw). */
async function post(target: string, body: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const before = upstream.received.length;
  const logged = gw.transfers().length;
  const res = await send(gw.url, {
    method: "POST",
    path: target,
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const line = (await transfersLogged(gw, logged + 1))[logged];
  return { res, got: upstream.received[before], line };
}

function extinfoOf(got: ReceivedRequest | undefined): unknown {
  if (got === undefined) throw new Error("nothing forwarded");
  return (JSON.parse(got.body.toString("utf8")) as { data: Array<{ app_data: { extinfo: unknown } }> })
    .data[0]?.app_data.extinfo;
}

function expectRefused(outcome: Outcome, code: string): void {
  expect({ status: outcome.res.status, code: errorCode(outcome.res) }).toEqual({ status: 400, code });
  expect(outcome.got).toBeUndefined();
  expect(outcome.line?.errorCode).toBe(code);
}

/** Positions 2-15 of extinfo (versions, OS, device, locale, carrier, screen, disk, time zone) emptied. */
const EXTINFO_UNDER_PLAN = ["a2", "com.kago.app", "", "", "", "", "", "", "", "", "", "", "", "", "", ""];

describe("Meta CAPI: the spellings a server folds are refused or matched; the path arrives byte for byte", () => {
  it("the catalogued path: extinfo positions 2-15 are emptied (the baseline)", async () => {
    const out = await post("/facebook/v21.0/918273645501234/events", CAPI_BODY);
    expect(out.got?.url).toBe("/fb/v21.0/918273645501234/events");
    expect(extinfoOf(out.got)).toEqual(EXTINFO_UNDER_PLAN);
    expect(out.line?.endpoint).toBe("facebook.capi.events");
  });

  it("a fragment: 400 bad_request_target (the forwarder used to drop it after the catalog saw unknown)", async () => {
    for (const target of [
      "/facebook/v21.0/918273645501234/events#x",
      "/facebook/v21.0/918273645501234/events?access_token=t#x",
      "/facebook/v21.0/918273645501234/events#",
    ])
      expectRefused(await post(target, CAPI_BODY), "bad_request_target");
  });

  it("an empty segment: 400 empty_path_segment (the forwarder used to fold it)", async () => {
    for (const target of [
      "/facebook/v21.0/918273645501234//events",
      "/facebook/v21.0//918273645501234/events",
      "/facebook/v21.0/918273645501234/events//",
    ])
      expectRefused(await post(target, CAPI_BODY), "empty_path_segment");
  });

  it("slashes opening the vendor path (a base URL ending in /): one, matched, planned and forwarded so", async () => {
    const out = await post("/facebook//v21.0/918273645501234/events", CAPI_BODY);
    expect(out.got?.url).toBe("/fb/v21.0/918273645501234/events");
    expect(extinfoOf(out.got)).toEqual(EXTINFO_UNDER_PLAN);
    expect(out.line?.endpoint).toBe("facebook.capi.events");
  });

  it("escaped, parameter and case spellings: matched, planned, and forwarded as written", async () => {
    for (const path of [
      "/v21.0/918273645501234/%65vents",
      "/v21.0/918273645501234/events;x",
      "/v21.0/918273645501234/Events",
      "/V21.0/918273645501234/events",
    ]) {
      const out = await post(`/facebook${path}`, CAPI_BODY);
      expect(out.got?.url, path).toBe(`/fb${path}`);
      expect(extinfoOf(out.got), path).toEqual(EXTINFO_UNDER_PLAN);
      expect(out.line?.endpoint, path).toBe("facebook.capi.events");
    }
  });

  it("an encoded slash, a format suffix, a version without v: unknown, forwarded as written, extinfo still emptied", async () => {
    // session 20 (red team round 10, F11): a call the catalog does not match is read with the
    // positions of facebook's positional members where its catalogued calls hold them
    for (const path of [
      "/v21.0/918273645501234%2Fevents",
      "/v21.0/918273645501234/events.json",
      "/21.0/918273645501234/events",
      "/v21.0/918273645501234/events%2F",
      "/v21.0/918273645501234/events%20",
    ]) {
      const out = await post(`/facebook${path}`, CAPI_BODY);
      expect(out.got?.url, path).toBe(`/fb${path}`);
      expect(out.line?.endpoint, path).toBe("unknown");
      expect(extinfoOf(out.got), path).toEqual(EXTINFO_UNDER_PLAN);
    }
  });

  it("App Events at activities(.json): extinfo emptied as a form's JSON, a JSON body's array, in the query", async () => {
    const extinfo = (JSON.parse(CAPI_BODY).data[0] as { app_data: { extinfo: string[] } }).app_data.extinfo;
    const form = `event=CUSTOM_APP_EVENTS&extinfo=${encodeURIComponent(JSON.stringify(extinfo))}`;
    for (const [target, endpoint] of [
      ["/facebook/v21.0/918273645501234/activities", "facebook.app-events.activities"],
      ["/facebook/v21.0/918273645501234/activities.json", "unknown"],
    ] as const) {
      const sent = [
        await post(target, form, { "content-type": "application/x-www-form-urlencoded" }),
        // session 20: the array itself in a JSON body kept every position on the catalogued call too
        await post(target, JSON.stringify({ event: "CUSTOM_APP_EVENTS", extinfo })),
        await post(`${target}?${form}`, "{}"),
      ].map((out) => {
        expect(out.line?.endpoint, target).toBe(endpoint);
        return decodeURIComponent(`${out.got?.url} ${out.got?.body.toString("utf8")}`);
      });
      for (const text of sent) {
        expect(text, target).toContain('"com.kago.app","","",""');
        for (const value of ["Pixel 8 Pro", "Telenor", "nb_NO", "Europe/Oslo"])
          expect(text, target).not.toContain(value);
      }
    }
  });

  it("near miss: the same positions under a member no catalogued call holds arrive whole", async () => {
    const extinfo = (JSON.parse(CAPI_BODY).data[0] as { app_data: { extinfo: string[] } }).app_data.extinfo;
    const body = JSON.stringify({ data: [{ event_name: "Purchase", device_info: extinfo }] });
    const out = await post("/facebook/v21.0/918273645501234/events.json", body);
    expect(out.line?.endpoint).toBe("unknown");
    expect(out.got?.body.toString("utf8")).toBe(body);
  });

  it("characters url.parse would escape or fold reach the vendor byte for byte", async () => {
    for (const target of [
      "/facebook/v21.0/1/a'b\"c{d}|e^f`g/events?q='x'&r={y}",
      "/facebook/v21.0/1/http:/example.org/events",
      "/facebook/v21.0/1/events?next=https://graph.facebook.com//x",
    ]) {
      const out = await post(target, CAPI_BODY);
      expect(out.res.status, target).toBe(200);
      expect(out.got?.url, target).toBe(`/fb${target.slice("/facebook".length)}`);
    }
  });
});

describe("Meta Graph batch: a sub-request URL in a spelling Meta's batch handler folds still gets the plan", () => {
  const event = JSON.parse(CAPI_BODY).data as unknown[];
  it("#x, //, %65vents, ;x, an absolute URL, events.json: extinfo's device positions are emptied", async () => {
    for (const [url, planned] of [
      ["918273645501234/events", true],
      ["918273645501234/events#x", true],
      ["918273645501234//events", true],
      ["918273645501234/%65vents", true],
      ["918273645501234/events;x", true],
      ["https://graph.facebook.com/v21.0/918273645501234/events", true],
      // session 20: a URL no route matches is read as any other facebook call (positional members)
      ["918273645501234/events.json", true],
      ["21.0/918273645501234/events", true],
      ["me/feed", true],
    ] as const) {
      const batch = [
        { method: "POST", relative_url: url, body: `data=${encodeURIComponent(JSON.stringify(event))}` },
      ];
      const out = await post("/facebook/v21.0?access_token=T", JSON.stringify({ batch }));
      expect(out.res.status, url).toBe(200);
      const sent = decodeURIComponent(out.got?.body.toString("utf8") ?? "");
      expect(sent.includes("Pixel 8 Pro"), url).toBe(!planned);
      expect(sent.includes("Telenor"), url).toBe(!planned);
      expect(sent, url).toContain("com.kago.app");
    }
  });

  it("near miss: a sub-request to an unknown URL without extinfo arrives as written", async () => {
    const batch = [
      { method: "POST", relative_url: "me/feed", body: "message=Telenor%20Pixel%208%20Pro&link=x" },
    ];
    const body = JSON.stringify({ batch });
    const out = await post("/facebook/v21.0?access_token=T", body);
    expect(out.res.status).toBe(200);
    expect(out.got?.body.toString("utf8")).toBe(body);
  });
});

describe("Tencent IM: an empty segment before sendmsg is refused, other spellings are planned", () => {
  it("/v4//openim/sendmsg: 400 empty_path_segment; a fragment after the query: 400", async () => {
    expectRefused(await post(`/tencent/v4//openim/sendmsg?${TIM_QUERY}`, TIM_BODY), "empty_path_segment");
    expectRefused(await post(`/tencent/v4/openim/sendmsg?${TIM_QUERY}#x`, TIM_BODY), "bad_request_target");
  });

  it("/v4/openim/SendMsg: the sender's name in the push title is dropped, the path arrives as written", async () => {
    for (const path of ["/v4/openim/sendmsg", "/v4/openim/SendMsg", "/v4/openim/send%6Dsg"]) {
      const out = await post(`/tencent${path}?${TIM_QUERY}`, TIM_BODY);
      expect(out.got?.url, path).toBe(`/tim${path}?${TIM_QUERY}`);
      const sent = JSON.parse(out.got?.body.toString("utf8") ?? "{}") as {
        OfflinePushInfo: Record<string, unknown>;
      };
      expect(sent.OfflinePushInfo, path).toEqual({ PushFlag: 0, Desc: "hei" });
      expect(out.line?.endpoint, path).toBe("tencent.im.sendmsg");
    }
  });
});

describe("Zego: the action is read as the server reads it, and an ambiguous one is refused", () => {
  const titleOf = (got: ReceivedRequest | undefined): unknown =>
    (
      JSON.parse(got?.body.toString("utf8") ?? "{}") as {
        MessageBody?: { OfflinePush?: { Title?: unknown } };
      }
    ).MessageBody?.OfflinePush?.Title;

  it("Action, Act%69on, %41ction: the push title goes; the query arrives as written", async () => {
    for (const key of ["Action", "Act%69on", "%41ction"]) {
      const target = `/zego/?${key}=SendPeerMessage&${ZEGO_COMMON}`;
      const out = await post(target, ZIM_BODY);
      expect(out.got?.url, key).toBe(`/?${key}=SendPeerMessage&${ZEGO_COMMON}`);
      expect(titleOf(out.got), key).toBeUndefined();
      expect(out.line?.endpoint, key).toBe("zego.zim.SendPeerMessage");
    }
  });

  it("/zego//?Action=... (a base URL ending in /): the path is /, the push title goes", async () => {
    const out = await post(`/zego//?Action=SendPeerMessage&${ZEGO_COMMON}`, ZIM_BODY);
    expect(out.got?.url).toBe(`/?Action=SendPeerMessage&${ZEGO_COMMON}`);
    expect(titleOf(out.got)).toBeUndefined();
    expect(out.line?.endpoint).toBe("zego.zim.SendPeerMessage");
  });

  it("twice, another case, a NUL, a ';' pair, with X-TC-Action: 400 ambiguous_action", async () => {
    for (const [query, headers] of [
      [`Action=x&Action=SendPeerMessage&${ZEGO_COMMON}`, {}],
      [`action=SendPeerMessage&${ZEGO_COMMON}`, {}],
      [`Action=sendpeermessage&${ZEGO_COMMON}`, {}],
      [`Action=SendPeerMessage%00&${ZEGO_COMMON}`, {}],
      [`AppId=1;Action=SendPeerMessage&${ZEGO_COMMON}`, {}],
      [`Action=SendPeerMessage&${ZEGO_COMMON}`, { "x-tc-action": "SendPeerMessage" }],
    ] as const) {
      const out = await post(`/zego/?${query}`, ZIM_BODY, headers);
      expectRefused(out, "ambiguous_action");
    }
  });

  it("near misses: an action the catalog does not know is forwarded under the generic rules", async () => {
    const out = await post(`/zego/?Action=QueryUserOnlineStatus&${ZEGO_COMMON}`, ZIM_BODY);
    expect(out.res.status).toBe(200);
    expect(out.line?.endpoint).toBe("unknown");
  });
});

describe("telemetry shows a version only when it is one (red-team H10)", () => {
  it("v4741234567 as a segment and v490154203237518 as a key are {} in the log line", async () => {
    const out = await post("/facebook/v21.0/v4741234567/events?v490154203237518=1&v2.12=1", CAPI_BODY);
    expect(out.res.status).toBe(200);
    expect(out.line?.path).toBe("/facebook/v21.0/{}/events");
    expect(out.line?.query).toBe("{}=REDACTED&v2.12=REDACTED");
    expect(JSON.stringify(gw.logs)).not.toMatch(/4741234567|490154203237518/);
  });
});
