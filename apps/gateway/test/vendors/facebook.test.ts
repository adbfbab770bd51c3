/**
 * facebook through the gateway: a Conversions API event built and sent by
 * facebook-nodejs-business-sdk 24 (its EventRequest with an HTTP service pointed at the gateway,
 * as docs/vendors/facebook.md says), and App Data extinfo in both the SDK's object form and the
 * documented array form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import { requireCjs, startVendorGateway, transfersLogged, type VendorGateway } from "./support.js";

const fb = requireCjs("facebook-nodejs-business-sdk");

const EMAIL = "ingrid.solberg@example.org";
const PHONE = "+44 7700 900417";
const IP = "192.0.2.44";
const FBP = "fb.1.1767225600123.4815162342";
const FBC = "fb.1.1767225600123.AbCdEfGh";
const EXTERNAL_ID = "kago_30417";
const PLANTED = [EMAIL, PHONE, IP, FBP, FBC, EXTERNAL_ID, "Pixel 8 Pro", "Telenor"];

let upstream: TestUpstream;
let gw: VendorGateway;

beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startVendorGateway({ upstreams: { facebook: upstream.url } });
});
afterAll(async () => {
  await gw.close();
  await upstream.close();
});

/**
 * The SDK's event, sent through the gateway by an HTTP service like the one in docs/vendors/facebook.md,
 * with `custom` as its custom data.
 */
async function sendSdkEvent(
  custom = new fb.CustomData().setValue(4.99).setCurrency("eur").setContentIds(["room_5102"]),
): Promise<number> {
  const user = new fb.UserData()
    .setEmails([EMAIL])
    .setPhones([PHONE])
    .setClientIpAddress(IP)
    .setClientUserAgent("Mozilla/5.0 (Linux; Android 14)")
    .setFbp(FBP)
    .setFbc(FBC)
    .setExternalIds([EXTERNAL_ID]);
  const ext = new fb.ExtendedDeviceInfo()
    .setExtInfoVersion("a2")
    .setAppPackageName("com.kago.app")
    .setShortVersion("2.8")
    .setLongVersion("2.8.1")
    .setOsVersion("14")
    .setDeviceModelName("Pixel 8 Pro")
    .setLocale("nb_NO")
    .setTimezoneAbbreviation("CET")
    .setCarrier("Telenor")
    .setScreenWidth(1344)
    .setScreenHeight(2992)
    .setScreenDensity("3.0")
    .setCpuCoreCount(8)
    .setTotalDiskSpaceGb(128)
    .setFreeDiskSpaceGb(40)
    .setDeviceTimeZone("Europe/Oslo");
  const app = new fb.AppData()
    .setAdvertiserTrackingEnabled(true)
    .setApplicationTrackingEnabled(true)
    .setExtinfo(ext);
  const event = new fb.ServerEvent()
    .setEventName("Subscribe")
    .setEventTime(1767261600)
    .setEventId("sub-30417-202601")
    .setActionSource("app")
    .setUserData(user)
    .setCustomData(custom)
    .setAppData(app);
  let status = 0;
  const http = {
    async executeRequest(url: string, method: string, headers: Record<string, string>, params: unknown) {
      const target = url.replace(/^https:\/\/graph\.facebook\.com/, `${gw.url}/facebook`);
      const res = await fetch(target, {
        method,
        headers, // the SDK's own: Content-Type application/json, Accept, User-Agent
        body: JSON.stringify(params),
      });
      status = res.status;
      return res.json();
    },
  };
  await new fb.EventRequest("EAAExampleToken", "918273645501234", [event]).setHttpService(http).execute();
  return status;
}

describe("facebook Conversions API from facebook-nodejs-business-sdk", () => {
  it("removes every category Meta may not get, keeps the operational fields and extinfo positions 0 and 1", async () => {
    const before = upstream.received.length;
    expect(await sendSdkEvent()).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const text = got.body.toString("utf8");
    for (const value of PLANTED) expect(text, "a planted value").not.toContain(value);
    const body = JSON.parse(text) as {
      data: Array<{
        event_name: string;
        event_time: number;
        event_id: string;
        action_source: string;
        user_data: Record<string, unknown>;
        custom_data: Record<string, unknown>;
        app_data: { extinfo: Record<string, unknown>; advertiser_tracking_enabled: boolean };
      }>;
    };
    const event = body.data[0];
    expect(event?.event_name).toBe("Subscribe");
    expect(event?.event_time).toBe(1767261600);
    expect(event?.event_id).toBe("sub-30417-202601");
    expect(event?.action_source).toBe("app");
    expect(event?.custom_data).toMatchObject({ currency: "EUR", value: 4.99, content_ids: ["room_5102"] });
    // The SDK sends em/ph/external_id SHA-256-hashed (so the planted texts above cannot show them):
    // every user_data field must be gone, hashed or not.
    expect(event?.user_data).toEqual({});
    // The SDK sends extinfo as an object keyed "0".."15": the plan tags each key.
    expect(event?.app_data.extinfo["0"]).toBe("a2");
    expect(event?.app_data.extinfo["1"]).toBe("com.kago.app");
    expect(event?.app_data.extinfo["5"]).toBeUndefined(); // device model
    expect(event?.app_data.extinfo["8"]).toBeUndefined(); // carrier (network operator)
    expect(event?.app_data.advertiser_tracking_enabled).toBe(true);
    expect(got.url).toMatch(/^\/v\d+\.\d+\/918273645501234\/events$/);
    expect((JSON.parse(text) as { access_token: string }).access_token).toBe("EAAExampleToken");

    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.endpoint).toBe("facebook.capi.events");
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining([
        "contact.email",
        "contact.phone",
        "network.ip_address",
        "cookie",
        "account.id",
      ]),
    );
    expect(JSON.stringify(gw.logs)).not.toContain(EMAIL);
  });

  it("reads the text an app writes in custom_data (content_name, category, status) and keeps Meta's enum values (session 17, F4)", async () => {
    const before = upstream.received.length;
    const custom = new fb.CustomData()
      .setValue(29)
      .setCurrency("nok")
      .setContentName("Engraved mug for Astrid Solberg, call me 4741234567")
      .setContentCategory("Gifts / my name is Astrid Solberg")
      .setContentType("product")
      .setStatus("registered by astrid.solberg@example.org")
      .setDeliveryCategory("home_delivery")
      .setContents([
        new fb.Content()
          .setId("mug-22")
          .setQuantity(1)
          .setCategory("Mugs for Astrid Solberg")
          .setDeliveryCategory("curbside"),
      ]);
    expect(await sendSdkEvent(custom)).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const text = got.body.toString("utf8");
    for (const value of ["Astrid Solberg", "4741234567", "astrid.solberg@example.org"])
      expect(text, "a planted value").not.toContain(value);
    const sent = JSON.parse(text) as { data: Array<{ custom_data: Record<string, unknown> }> };
    const data = sent.data[0]?.custom_data;
    expect(data?.content_name).toBe(
      "Engraved mug for [redacted:account.profile.name], call me [redacted:contact.phone]",
    );
    expect(data).toMatchObject({
      content_type: "product",
      delivery_category: "home_delivery",
      currency: "NOK",
      contents: [{ id: "mug-22", quantity: 1, delivery_category: "curbside" }],
    });
  });

  it("array-form extinfo: positions 0 and 1 arrive, device positions are emptied in place (the array does not shift)", async () => {
    const before = upstream.received.length;
    const extinfo = [
      "i2",
      "com.kago.app",
      "2.8",
      "2.8.1",
      "17.4",
      "iPhone15,2",
      "nb_NO",
      "CET",
      "Telenor",
      "1179",
      "2556",
      "3.0",
      "6",
      "128",
      "40",
      "Europe/Oslo",
    ];
    const res = await fetch(`${gw.url}/facebook/v24.0/918273645501234/events?access_token=EAAExampleToken`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        data: [
          {
            event_name: "Purchase",
            event_time: 1767261600,
            action_source: "app",
            user_data: { em: EMAIL },
            app_data: { extinfo },
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const sent = JSON.parse(got.body.toString("utf8")) as {
      data: Array<{ app_data: { extinfo: string[] }; user_data: object }>;
    };
    expect(sent.data[0]?.user_data).toEqual({});
    const arrived = sent.data[0]?.app_data.extinfo ?? [];
    expect(arrived).toHaveLength(16);
    expect(arrived.slice(0, 2)).toEqual(["i2", "com.kago.app"]);
    expect(arrived).not.toContain("iPhone15,2"); // position 5, device model
    expect(arrived).not.toContain("Telenor"); // position 8, network operator
  });

  it("Graph batch: user data inside a sub-request's form-encoded body is removed; the sub-request still parses", async () => {
    const before = upstream.received.length;
    const data = JSON.stringify([
      { event_name: "Purchase", event_time: 1767261600, user_data: { em: EMAIL, client_ip_address: IP } },
    ]);
    const res = await fetch(`${gw.url}/facebook/?access_token=EAAExampleToken`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        batch: JSON.stringify([
          {
            method: "POST",
            relative_url: "v24.0/918273645501235/events",
            body: `data=${encodeURIComponent(data)}`,
          },
        ]),
      }),
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const text = got.body.toString("utf8");
    expect(text).not.toContain(encodeURIComponent(EMAIL));
    expect(text).not.toContain(EMAIL);
    const batch = JSON.parse((JSON.parse(text) as { batch: string }).batch) as Array<{
      relative_url: string;
      body: string;
    }>;
    expect(batch[0]?.relative_url).toBe("v24.0/918273645501235/events");
    const events = JSON.parse(new URLSearchParams(batch[0]?.body ?? "").get("data") ?? "[]") as Array<
      Record<string, unknown>
    >;
    expect(events[0]).toMatchObject({ event_name: "Purchase", event_time: 1767261600, user_data: {} });
    expect((await transfersLogged(gw, 3)).at(-1)?.endpoint).toBe("facebook.graph.batch");
  });

  it("form-encoded Conversions API (data holds JSON): user data removed inside the form value, the rest unchanged", async () => {
    const before = upstream.received.length;
    const data = JSON.stringify([
      {
        event_name: "Purchase",
        event_time: 1767261600,
        action_source: "website",
        user_data: { em: EMAIL, client_ip_address: IP, fbp: FBP },
        custom_data: { currency: "EUR", value: 4.99 },
      },
    ]);
    const form = `data=${encodeURIComponent(data)}&access_token=EAAExampleToken`;
    const res = await fetch(`${gw.url}/facebook/v24.0/918273645501234/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const params = new URLSearchParams(got.body.toString("utf8"));
    expect(params.get("access_token")).toBe("EAAExampleToken");
    const sent = JSON.parse(params.get("data") ?? "[]") as Array<Record<string, unknown>>;
    expect(sent[0]).toMatchObject({
      event_name: "Purchase",
      event_time: 1767261600,
      custom_data: { currency: "EUR", value: 4.99 },
    });
    expect(sent[0]?.user_data).toEqual({});
    expect((await transfersLogged(gw, 4)).at(-1)?.endpoint).toBe("facebook.capi.events-form");
  });

  it("an unknown Graph endpoint is enforced by the generic rules and marked endpoint unknown", async () => {
    const before = upstream.received.length;
    const res = await fetch(`${gw.url}/facebook/v24.0/me/feed?access_token=EAAExampleToken`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: `write to ${EMAIL}`, link: "https://kago.example/live" }),
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    expect(got?.body.toString("utf8")).not.toContain(EMAIL);
    const line = (await transfersLogged(gw, 5)).at(-1);
    expect(line?.endpoint).toBe("unknown");
  });
});
