/**
 * facebook through the gateway in the shapes the session 15 vendor red-team found passing: what
 * facebook-nodejs-business-sdk 24 itself sends for a Graph batch (`FacebookAdsApiBatch`: `batch` a
 * real JSON array, each sub-request's body `data=<raw JSON>`) and for Custom Audience uploads
 * (`CustomAudience.createUser` / `deleteUsers` / `createUsersReplace`), with the SDK's Graph URL
 * pointed at the gateway; and, hand-built in Meta's documented forms, App Events parameters in the
 * query string, a Conversions API JSON body whose `data` is JSON in a string, and a product's brand.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import {
  policyRefusingUnknown,
  requireCjs,
  startVendorGateway,
  transfersLogged,
  type VendorGateway,
} from "./support.js";

const fb = requireCjs("facebook-nodejs-business-sdk");

const EXTINFO = [
  "a2",
  "com.kago.app",
  "2.8",
  "2.8.1",
  "14",
  "Pixel 8 Pro",
  "nb_NO",
  "CET",
  "Telenor",
  "1344",
  "2992",
  "3.0",
  "8",
  "128",
  "40",
  "Europe/Oslo",
];
/** Positions 0 and 1 arrive; every other one is emptied in place. */
const EXTINFO_SENT = ["a2", "com.kago.app", ...EXTINFO.slice(2).map(() => "")];
const PIXEL = "918273645501234";
const AUDIENCE = "23850000000000001";
const EMAIL_HASH = "0184b45ebdb018f3d00764d9a4d229038c945ddf985a40533c8462ba5d3f1cd6";
const PAYLOAD = {
  schema: [
    "EMAIL_SHA256",
    "PHONE_SHA256",
    "FN",
    "LN",
    "DOBY",
    "GEN",
    "CT",
    "ZIP",
    "COUNTRY",
    "MADID",
    "EXTERN_ID",
  ],
  data: [
    [
      EMAIL_HASH,
      "8e691d17",
      "astrid",
      "solberg",
      "1990",
      "f",
      "oslo",
      "0150",
      "no",
      "38400000-8cf0-11bd-b23e-10b96e40000d",
      "kago_30417",
    ],
  ],
};
const PLANTED = [
  "Pixel 8 Pro",
  "Telenor",
  "nb_NO",
  EMAIL_HASH,
  "astrid",
  "solberg",
  "kago_30417",
  "38400000-8cf0",
];

let upstream: TestUpstream;
let gw: VendorGateway;
let strict: VendorGateway;
/** Where the SDK's Graph URL points. */
let graph = "";
beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startVendorGateway({ upstreams: { facebook: upstream.url } });
  strict = await startVendorGateway({
    upstreams: { facebook: upstream.url },
    policy: policyRefusingUnknown(["facebook"]),
  });
  graph = `${gw.url}/facebook`;
  Object.defineProperty(fb.FacebookAdsApi, "GRAPH", { get: () => graph, configurable: true });
  fb.FacebookAdsApi.init("EAAExampleToken");
});
afterAll(async () => {
  Object.defineProperty(fb.FacebookAdsApi, "GRAPH", {
    get: () => "https://graph.facebook.com",
    configurable: true,
  });
  await Promise.all([gw.close(), strict.close()]);
  await upstream.close();
});

/**
 * The SDK's normalised server event with user data, extinfo, a product and a page URL with a
 * query (the batch writes it raw, so its `&` stands inside the sub-request's form body).
 */
function sdkEvent(): unknown {
  const user = new fb.UserData()
    .setEmails(["astrid@example.com"])
    .setCities(["Oslo"])
    .setGenders(["f"])
    .setExternalIds(["kago_30417"])
    .setClientIpAddress("192.0.2.44")
    .setFbp("fb.1.1767225600123.4815162342")
    .setZips(["0150"]);
  const ext = new fb.ExtendedDeviceInfo()
    .setExtInfoVersion("a2")
    .setAppPackageName("com.kago.app")
    .setDeviceModelName("Pixel 8 Pro")
    .setCarrier("Telenor")
    .setLocale("nb_NO");
  const content = new fb.Content().setId("room_5102").setQuantity(1).setItemPrice(4.99).setBrand("Sony");
  return new fb.ServerEvent()
    .setEventName("Purchase")
    .setEventTime(1767261600)
    .setActionSource("app")
    .setEventSourceUrl("https://kago.example/live?utm_source=astrid&utm_medium=push")
    .setUserData(user)
    .setAppData(new fb.AppData().setExtinfo(ext).setAdvertiserTrackingEnabled(true))
    .setCustomData(new fb.CustomData().setCurrency("eur").setValue(1).setContents([content]))
    .normalize();
}

/** Runs `send` (an SDK call) against `gateway`; the request the upstream got, its text. */
async function viaSdk(gateway: VendorGateway, send: () => Promise<unknown>) {
  graph = `${gateway.url}/facebook`;
  const before = upstream.received.length;
  const outcome = await send().then(
    () => "ok",
    (e: { response?: { status?: number } }) => e.response?.status ?? 0,
  );
  const got = upstream.received[before];
  return { outcome, got, text: got?.body.toString("utf8") ?? "" };
}

describe("facebook-nodejs-business-sdk's Graph batch (L1)", () => {
  it("each sub-request's body is read with the schema its relative_url names; unknown ones by the generic rules", async () => {
    const batch = new fb.FacebookAdsApiBatch(fb.FacebookAdsApi.getDefaultApi());
    batch.add("POST", [PIXEL, "events"], { data: [sdkEvent()] });
    batch.add("POST", [AUDIENCE, "users"], { payload: PAYLOAD });
    batch.add("POST", [PIXEL, "activities"], { event: "CUSTOM_APP_EVENTS", extinfo: EXTINFO });
    batch.add("GET", ["me"], { fields: "id,name" });
    const { outcome, got, text } = await viaSdk(gw, () => batch.execute());
    expect(outcome).toBe("ok");
    for (const value of PLANTED) expect(text, "a planted value").not.toContain(value);
    const sent = JSON.parse(text) as { batch: Array<{ relative_url: string; body?: string }> };
    expect(sent.batch.map((s) => s.relative_url)).toEqual([
      `${PIXEL}/events`,
      `${AUDIENCE}/users`,
      `${PIXEL}/activities`,
      "me?fields=id,name",
    ]);
    const form = (i: number) => Object.fromEntries(new URLSearchParams(sent.batch[i]?.body ?? ""));
    const event = JSON.parse(form(0).data ?? "[]")[0];
    expect(event.user_data).toEqual({});
    expect(event.event_source_url).toBeUndefined();
    expect(event.app_data.extinfo).toEqual({ "0": "a2", "1": "com.kago.app" });
    expect(event.custom_data).toEqual({
      value: 1,
      currency: "EUR",
      contents: [{ id: "room_5102", quantity: 1, item_price: 4.99, brand: "Sony" }],
    });
    expect(JSON.parse(form(1).payload ?? "{}").data).toEqual([PAYLOAD.schema.map(() => "")]);
    expect(JSON.parse(form(2).extinfo ?? "[]")).toEqual(EXTINFO_SENT);
    expect(form(2).event).toBe("CUSTOM_APP_EVENTS");
    expect(got?.url).toBe("/v24.0?access_token=EAAExampleToken");
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.endpoint).toBe("facebook.graph.batch");
  });

  it("the form-encoded batch: an /activities sub-request's extinfo by the App Events schema", async () => {
    const before = upstream.received.length;
    const body = `event=CUSTOM_APP_EVENTS&extinfo=${encodeURIComponent(JSON.stringify(EXTINFO))}`;
    // an unknown sub-request's extinfo: since session 20 read with facebook's positional members
    // too (position 2 is a software version); its other parameters by the generic rules
    const other = `message=hi&extinfo=${encodeURIComponent(JSON.stringify(["a2", "com.kago.app", "2.8"]))}`;
    const otherSent = `message=hi&extinfo=${encodeURIComponent(JSON.stringify(["a2", "com.kago.app", ""]))}`;
    const inUrl = `v21.0/${PIXEL}/activities?${body}`;
    const batch = JSON.stringify([
      { method: "POST", relative_url: `v21.0/${PIXEL}/activities`, body },
      { method: "POST", relative_url: "v21.0/me/feed", body: other },
      // the parameters in the sub-request's URL, as Meta's App Events examples write them
      { method: "POST", relative_url: inUrl },
      { method: "POST", relative_url: `v21.0/me/feed?${other}` },
    ]);
    const res = await fetch(`${gw.url}/facebook/`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `access_token=EAAtoken&batch=${encodeURIComponent(batch)}`,
    });
    expect(res.status).toBe(200);
    const text = upstream.received[before]?.body.toString("utf8") ?? "";
    const sent = JSON.parse(new URLSearchParams(text).get("batch") ?? "[]") as Array<{
      body: string;
      relative_url: string;
    }>;
    expect(JSON.parse(new URLSearchParams(sent[0]?.body).get("extinfo") ?? "")).toEqual(EXTINFO_SENT);
    expect(sent[1]?.body).toBe(otherSent);
    const query = (i: number) => new URLSearchParams(sent[i]?.relative_url.split("?")[1]);
    expect(JSON.parse(query(2).get("extinfo") ?? "")).toEqual(EXTINFO_SENT);
    expect(query(2).get("event")).toBe("CUSTOM_APP_EVENTS");
    expect(sent[3]?.relative_url).toBe(`v21.0/me/feed?${otherSent}`);
  });

  it("an operation's name holding a name and a phone number refuses the batch; ordinary names go as written (F17)", async () => {
    // session 20: the SDK names an operation by its `name` parameter (a campaign's, an audience's),
    // and later operations refer to it ({result=<name>:$.id}): an addressing id, never edited
    const named = (name: string) => {
      const batch = new fb.FacebookAdsApiBatch(fb.FacebookAdsApi.getDefaultApi());
      batch.add("POST", ["act_30417", "customaudiences"], { name, subtype: "CUSTOM" });
      batch.add("POST", [AUDIENCE, "users"], { payload: { schema: "EMAIL_SHA256", data: [] } });
      return batch;
    };
    for (const name of ["Astrid_Solberg_13812345678", "Astrid Solberg", "u13812345678"]) {
      const before = gw.transfers().length;
      const refused = await viaSdk(gw, () => named(name).execute());
      expect(refused.got, name).toBeUndefined();
      const line = (await transfersLogged(gw, before + 1))[before];
      expect(line?.errorCode, name).toBe("personal_data_in_identifier");
      expect(JSON.stringify(line), name).not.toContain("13812345678");
    }
    for (const name of ["create_creative", "Summer sale 2026", "op_4741234567"]) {
      const sent = await viaSdk(gw, () => named(name).execute());
      expect(sent.outcome, name).toBe("ok");
      const batch = JSON.parse(sent.text) as { batch: Array<{ name?: string }> };
      expect(batch.batch[0]?.name, name).toBe(name);
    }
  });

  it("unknownEndpoints: refuse refuses a batch with a sub-request the catalog does not know, and admits a known one", async () => {
    const unknown = new fb.FacebookAdsApiBatch(fb.FacebookAdsApi.getDefaultApi());
    unknown.add("POST", [PIXEL, "events"], { data: [sdkEvent()] });
    unknown.add("GET", ["me"], { fields: "id,name" });
    const refused = await viaSdk(strict, () => unknown.execute());
    expect(refused.got).toBeUndefined();
    expect(refused.outcome).not.toBe("ok");
    const line = (await transfersLogged(strict, 1)).at(-1);
    expect(line?.errorCode).toBe("unknown_endpoint");
    const known = new fb.FacebookAdsApiBatch(fb.FacebookAdsApi.getDefaultApi());
    known.add("POST", [PIXEL, "events"], { data: [sdkEvent()] });
    known.add("DELETE", [AUDIENCE, "users"], { payload: PAYLOAD });
    const admitted = await viaSdk(strict, () => known.execute());
    expect(admitted.outcome).toBe("ok");
    for (const value of PLANTED) expect(admitted.text, "a planted value").not.toContain(value);
  });
});

describe("Custom Audience users from facebook-nodejs-business-sdk (L4)", () => {
  const audience = () => new fb.CustomAudience(AUDIENCE);

  it("createUser (JSON body): every personal column is emptied in place, schema and session arrive", async () => {
    const session = { session_id: 9876543210, batch_seq: 1, last_batch_flag: true };
    const { outcome, got, text } = await viaSdk(gw, () =>
      audience().createUser([], { payload: PAYLOAD, session }),
    );
    expect(outcome).toBe("ok");
    for (const value of PLANTED) expect(text, "a planted value").not.toContain(value);
    const sent = JSON.parse(text);
    expect(sent.payload).toEqual({ schema: PAYLOAD.schema, data: [PAYLOAD.schema.map(() => "")] });
    expect(sent.session).toEqual(session);
    expect(got?.url).toBe(`/v24.0/${AUDIENCE}/users?access_token=EAAExampleToken`);
    const line = (await transfersLogged(gw, 3)).at(-1);
    expect(line?.endpoint).toBe("facebook.custom-audience.users");
  });

  it("deleteUsers (the payload in the query) and createUsersReplace", async () => {
    const deleted = await viaSdk(gw, () => audience().deleteUsers({ payload: PAYLOAD }));
    expect(deleted.outcome).toBe("ok");
    expect(deleted.got?.method).toBe("DELETE");
    const query = new URLSearchParams((deleted.got?.url ?? "").split("?")[1]);
    expect(JSON.parse(query.get("payload") ?? "{}").data).toEqual([PAYLOAD.schema.map(() => "")]);
    expect(query.get("access_token")).toBe("EAAExampleToken");
    const replaced = await viaSdk(gw, () => audience().createUsersReplace([], { payload: PAYLOAD }));
    expect(replaced.outcome).toBe("ok");
    expect(JSON.parse(replaced.text).payload.data).toEqual([PAYLOAD.schema.map(() => "")]);
  });
});

describe("Meta's documented shapes (L2, L3, B4)", () => {
  it("App Events parameters in the query: extinfo by position, ud by the customer fields, attribution", async () => {
    const before = upstream.received.length;
    const q = new URLSearchParams({
      event: "CUSTOM_APP_EVENTS",
      advertiser_tracking_enabled: "1",
      extinfo: JSON.stringify(EXTINFO),
      ud: JSON.stringify({ ct: "oslo", st: "oslo", zp: "0150" }),
      attribution: "7f2b1d3a-attr",
      custom_events: JSON.stringify([
        { _eventName: "fb_mobile_purchase", fb_currency: "GBP", _valueToSum: 21.97 },
      ]),
      access_token: "APPTOKEN",
    });
    const res = await fetch(`${gw.url}/facebook/v21.0/${PIXEL}/activities?${q}`, { method: "POST" });
    expect(res.status).toBe(200);
    const sent = new URLSearchParams((upstream.received[before]?.url ?? "").split("?")[1]);
    expect(JSON.parse(sent.get("extinfo") ?? "")).toEqual(EXTINFO_SENT);
    expect(JSON.parse(sent.get("ud") ?? "")).toEqual({});
    expect(sent.has("attribution")).toBe(false);
    // near misses: the event, its currency and value, the token arrive
    expect(sent.get("event")).toBe("CUSTOM_APP_EVENTS");
    expect(JSON.parse(sent.get("custom_events") ?? "")).toEqual([
      { _eventName: "fb_mobile_purchase", fb_currency: "GBP", _valueToSum: 21.97 },
    ]);
    expect(sent.get("access_token")).toBe("APPTOKEN");
  });

  it("a Conversions API JSON body whose data is JSON in a string: extinfo by position inside it", async () => {
    const before = upstream.received.length;
    const events = [
      {
        event_name: "Purchase",
        event_time: 1767261600,
        action_source: "app",
        user_data: { em: [EMAIL_HASH], ct: ["oslo"], external_id: ["kago_30417"] },
        app_data: { extinfo: EXTINFO },
      },
    ];
    const res = await fetch(`${gw.url}/facebook/v21.0/${PIXEL}/events?access_token=T`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ data: JSON.stringify(events) }),
    });
    expect(res.status).toBe(200);
    const sent = JSON.parse(JSON.parse(upstream.received[before]?.body.toString("utf8") ?? "").data);
    expect(sent[0].user_data).toEqual({});
    expect(sent[0].app_data.extinfo).toEqual(EXTINFO_SENT);
    expect(sent[0].event_name).toBe("Purchase");
  });

  it("a product's brand in custom_data.contents arrives; a brand outside it is still a device model", async () => {
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/facebook/v21.0/${PIXEL}/events?access_token=T`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        data: [
          {
            event_name: "Purchase",
            event_time: 1767261600,
            action_source: "website",
            custom_data: {
              currency: "EUR",
              contents: [
                { id: "sku-1", quantity: 1, brand: "Sony", title: "Headphones for astrid@example.com" },
              ],
              brand: "Pixel 8 Pro",
            },
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const sent = JSON.parse(upstream.received[before]?.body.toString("utf8") ?? "");
    expect(sent.data[0].custom_data).toEqual({
      currency: "EUR",
      contents: [
        { id: "sku-1", quantity: 1, brand: "Sony", title: "Headphones for [redacted:contact.email]" },
      ],
    });
  });
});
