import { facebookCapiFormBodySchema, facebookCapiJsonBodySchema, matchEndpoint } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import {
  categoriesAt,
  covered,
  endpoint,
  isFreeText,
  isOperational,
  isUrl,
  leafPaths,
} from "../../test/field-map-helpers.js";
import { requireCjs } from "../../test/real-clients.js";

// facebook-nodejs-business-sdk 24: its EventRequest serialises the events; a custom HTTP service
// captures exactly what it would send, without network.
const fb = requireCjs("facebook-nodejs-business-sdk");

async function sdkEventBody(): Promise<{ url: string; params: Record<string, unknown> }> {
  const user = new fb.UserData()
    .setEmails(["ingrid.solberg@example.org"])
    .setPhones(["+44 7700 900417"])
    .setGenders(["f"])
    .setDatesOfBirth(["19941102"])
    .setLastNames(["Solberg"])
    .setFirstNames(["Ingrid"])
    .setCities(["Oslo"])
    .setZips(["0150"])
    .setStates(["oslo"])
    .setCountries(["no"])
    .setExternalIds(["kago_30417"])
    .setClientIpAddress("192.0.2.44")
    .setClientUserAgent("Mozilla/5.0")
    .setFbc("fb.1.1767225600123.AbCd")
    .setFbp("fb.1.1767225600123.4815162342")
    .setSubscriptionId("sub-1")
    .setFbLoginId("1234")
    .setLeadId("5678")
    .setF5First("ingri")
    .setF5Last("solbe")
    .setFi("i")
    .setDobd("02")
    .setDobm("11")
    .setDoby("1994")
    .setMadid("38400000-8cf0-11bd-b23e-10b96e40000d")
    .setAnonId("XZ-anon")
    .setAppUserId("kago_30417")
    .setCtwaClid("ctwa-1")
    .setPageId("page-1");
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
    .setApplicationTrackingEnabled(true)
    .setAdvertiserTrackingEnabled(true)
    .setCampaignIds("c")
    .setConsiderViews(true)
    .setExtinfo(ext)
    .setIncludeDwellData(true)
    .setIncludeVideoData(true)
    .setInstallReferrer("utm_source=x")
    .setInstallerPackage("com.android.vending")
    .setReceiptData("receipt")
    .setUrlSchemes(["kago"])
    .setWindowsAttributionId("w");
  const custom = new fb.CustomData()
    .setValue(4.99)
    .setCurrency("eur")
    .setContentIds(["room_5102"])
    .setContentType("product")
    .setOrderId("o-1")
    .setSearchString("jazz")
    .setStatus("active");
  const event = new fb.ServerEvent()
    .setEventName("Subscribe")
    .setEventTime(1767261600)
    .setEventId("sub-30417-202601")
    .setActionSource("app")
    .setEventSourceUrl("https://kago.example/live")
    .setUserData(user)
    .setCustomData(custom)
    .setAppData(app);
  let captured: { url: string; params: Record<string, unknown> } | undefined;
  const http = {
    executeRequest(url: string, _method: string, _headers: unknown, params: Record<string, unknown>) {
      captured = { url, params };
      return Promise.resolve({});
    },
  };
  await new fb.EventRequest("EAAExampleToken", "918273645501234", [event]).setHttpService(http).execute();
  if (captured === undefined) throw new Error("the SDK sent nothing");
  return captured;
}

describe("facebook Conversions API", () => {
  const json = endpoint("facebook.capi.events");
  const form = endpoint("facebook.capi.events-form");

  it("tags the customer information parameters", () => {
    const at = (p: string) => categoriesAt(json.bodyFields, p);
    expect(at("data[].user_data.em")).toEqual(["contact.email"]);
    expect(at("data[].user_data.ph")).toEqual(["contact.phone"]);
    expect(at("data[].user_data.fn")).toEqual(["account.profile.name"]);
    expect(at("data[].user_data.db")).toEqual(["account.profile.birthday"]);
    expect(at("data[].user_data.ge")).toEqual(["account.profile.gender"]);
    expect(at("data[].user_data.zp")).toEqual(["contact.address"]);
    expect(at("data[].user_data.client_ip_address")).toEqual(["network.ip_address"]);
    expect(at("data[].user_data.client_user_agent")).toEqual(["device.attribute.software_version"]);
    expect(at("data[].user_data.fbp")).toEqual(["cookie"]);
    expect(at("data[].user_data.fbc")).toEqual(["cookie"]);
    expect(at("data[].user_data.external_id")).toEqual(["account.id"]);
    expect(at("data[].user_data.madid")).toEqual(["advertising_id"]);
    expect(at("data[].event_source_url")).toEqual(["browsing_history"]);
  });

  it("tags extinfo by position, in the documented array form and the SDK's object form", () => {
    const at = (p: string) => categoriesAt(json.bodyFields, p);
    for (const form of ["[5]", ".5"])
      expect(at(`data[].app_data.extinfo${form}`)).toEqual(["device.attribute.model"]);
    expect(at("data[].app_data.extinfo[6]")).toEqual(["device.attribute.language"]);
    expect(at("data[].app_data.extinfo[8]")).toEqual(["network.operator"]);
    expect(at("data[].app_data.extinfo[9]")).toEqual(["device.attribute.resolution"]);
    expect(at("data[].app_data.extinfo[13]")).toEqual(["storage"]);
    expect(at("data[].app_data.extinfo.14")).toEqual(["storage"]);
    expect(isOperational(json.bodyFields, "data[].app_data.extinfo[0]")).toBe(true);
    expect(isOperational(json.bodyFields, "data[].app_data.extinfo.1")).toBe(true);
  });

  it("marks event names, times, ids and currency operational, and search text as free text", () => {
    for (const p of [
      "data[].event_name",
      "data[].event_time",
      "data[].event_id",
      "data[].action_source",
      "data[].custom_data.currency",
      "data[].custom_data.value",
    ])
      expect(isOperational(json.bodyFields, p), p).toBe(true);
    expect(isOperational(json.queryFields, "access_token")).toBe(true);
    expect(json.operationalFields).toContain("query:access_token");
    expect(isFreeText(json.bodyFields, "data[].custom_data.search_string")).toBe(true);
  });

  it("the form body's data field holds the same events as JSON", () => {
    expect(form.bodyFields.encodedFields).toEqual([{ path: "data", encoding: "json" }]);
    expect(categoriesAt(form.bodyFields, "data#json[].user_data.em")).toEqual(["contact.email"]);
    expect(categoriesAt(form.bodyFields, "data#json[].app_data.extinfo[5]")).toEqual([
      "device.attribute.model",
    ]);
  });

  it("covers every field the real SDK sends in user_data and app_data, and validates its body", async () => {
    const { url, params } = await sdkEventBody();
    const body = JSON.parse(JSON.stringify(params));
    expect(facebookCapiJsonBodySchema.safeParse(body).error?.issues ?? []).toEqual([]);
    expect(facebookCapiFormBodySchema.safeParse({ data: JSON.stringify(body.data) }).success).toBe(true);
    const leaves = leafPaths(body).filter((p) => p.includes(".user_data.") || p.includes(".app_data."));
    expect(leaves.length).toBeGreaterThan(40);
    const uncovered = leaves.filter((p) => !covered(json.bodyFields, p));
    expect(uncovered).toEqual([]);
    const path = new URL(url).pathname;
    expect(
      matchEndpoint("facebook", { method: "POST", path, headers: [["content-type", "application/json"]] })
        ?.id,
    ).toBe("facebook.capi.events");
  });
});

describe("facebook App Events and batch", () => {
  it("tags the activities form fields and the JSON inside them", () => {
    const e = endpoint("facebook.app-events.activities");
    expect(categoriesAt(e.bodyFields, "advertiser_id")).toEqual(["advertising_id"]);
    expect(categoriesAt(e.bodyFields, "attribution")).toEqual(["cookie"]);
    expect(categoriesAt(e.bodyFields, "extinfo#json[5]")).toEqual(["device.attribute.model"]);
    expect(categoriesAt(e.bodyFields, "ud#json.em")).toEqual(["contact.email"]);
    expect(isOperational(e.bodyFields, "custom_events#json[]._eventName")).toBe(true);
    expect(isOperational(e.bodyFields, "event")).toBe(true);
  });

  it("tags CAPI events inside a batch sub-request body", () => {
    const e = endpoint("facebook.graph.batch");
    expect(e.bodyFields.encodedFields.map((f) => `${f.path}:${f.encoding}`)).toEqual([
      "batch:json",
      "batch#json[].body:form",
      "batch#json[].body#form.data:json",
    ]);
    expect(categoriesAt(e.bodyFields, "batch#json[].body#form.data#json[].user_data.ph")).toEqual([
      "contact.phone",
    ]);
    expect(isOperational(e.bodyFields, "batch#json[].method")).toBe(true);
    // a sub-request's path and query: the engine reads it as a URL (structural detectors on the
    // path segments, the query part as pairs), by this mark rather than by the member's name
    expect(isUrl(e.bodyFields, "batch#json[].relative_url")).toBe(true);
    expect(isOperational(e.bodyFields, "batch#json[].relative_url")).toBe(false);
  });
});
