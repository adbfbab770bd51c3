import {
  CUSTOM_AUDIENCE_COLUMNS,
  compileRelativeUrlPattern,
  EMPTY_FIELD_MAP,
  facebookBatchBodySchema,
  facebookCapiFormBodySchema,
  facebookCapiJsonBodySchema,
  facebookCustomAudienceUsersQuerySchema,
  facebookCustomAudienceUsersSchema,
  matchEndpoint,
  readSubRequests,
  withSubRequestRoutes,
} from "@kago/vendors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  categoriesAt,
  covered,
  endpoint,
  isAddressingId,
  isFreeText,
  isOperational,
  isUrl,
  leafPaths,
} from "../../test/field-map-helpers.js";
import { requireCjs, useCapture } from "../../test/real-clients.js";

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

  it("reads the strings an app writes in custom_data as free text (session 17, F4)", () => {
    for (const p of [
      "data[].custom_data.content_name",
      "data[].custom_data.content_category",
      "data[].custom_data.content_type",
      "data[].custom_data.status",
      "data[].custom_data.delivery_category",
      "data[].custom_data.contents[].category",
      "data[].custom_data.contents[].delivery_category",
    ])
      expect(isFreeText(json.bodyFields, p), p).toBe(true);
    expect(isOperational(json.bodyFields, "data[].custom_data.contents[].brand")).toBe(true);
  });

  it("session 17: attribution_data's ids and numbers are operational, ad_id (Meta's ad id) among them; ad_id elsewhere is not", () => {
    for (const p of ["ad_id", "adset_id", "campaign_id", "visit_time", "attribution_setting"])
      expect(isOperational(json.bodyFields, `data[].attribution_data.${p}`), p).toBe(true);
    // session 18 (red team round 7, R8): its words are free text
    for (const p of ["scope", "attribution_source", "decline_reason", "touchpoint_type", "attribution_model"])
      expect(isOperational(json.bodyFields, `data[].attribution_data.${p}`), p).toBe(false);
    expect(isOperational(json.bodyFields, "data[].attribution_data")).toBe(false);
    expect(isOperational(json.bodyFields, "data[].custom_data.ad_id")).toBe(false);
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

  it("tags CAPI events inside a batch sub-request body that names /events", () => {
    const e = endpoint("facebook.graph.batch");
    expect(
      e.bodyFields.encodedFields.filter((f) => f.when === undefined).map((f) => `${f.path}:${f.encoding}`),
    ).toEqual(["batch[].body:form", "batch:json", "batch#json[].body:form"]);
    const events = e.subRequests?.routes.find((r) => r.endpoint === "facebook.capi.events-form")?.pattern;
    expect(categoriesAt(e.bodyFields, "batch#json[].body#form.data#json[].user_data.ph")).toEqual([
      `contact.phone when batch#json[].relative_url=${String(events)}`,
    ]);
    expect(isOperational(e.bodyFields, "batch#json[].method")).toBe(true);
    // a sub-request's path and query: the engine reads it as a URL (structural detectors on the
    // path segments, the query part as pairs), by this mark rather than by the member's name
    expect(isUrl(e.bodyFields, "batch#json[].relative_url")).toBe(true);
    expect(isOperational(e.bodyFields, "batch#json[].relative_url")).toBe(false);
  });
});

/** facebook-nodejs-business-sdk pointed at a loopback server: what it puts on the wire. */
describe("facebook session 15: the shapes the vendor red-team sent", () => {
  const capture = useCapture();
  let api: { call: unknown } | undefined;
  beforeAll(() => {
    Object.defineProperty(fb.FacebookAdsApi, "GRAPH", {
      get: () => `http://127.0.0.1:${capture.port}`,
      configurable: true,
    });
    api = fb.FacebookAdsApi.init("EAAExampleToken");
  });
  afterAll(() => {
    Object.defineProperty(fb.FacebookAdsApi, "GRAPH", {
      get: () => "https://graph.facebook.com",
      configurable: true,
    });
  });
  const payload = {
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
        "0184b45e",
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
  const last = () => {
    const r = capture.requests.at(-1);
    if (r === undefined) throw new Error("the SDK sent nothing");
    const q = r.url.indexOf("?");
    return { ...r, path: q < 0 ? r.url : r.url.slice(0, q), query: q < 0 ? "" : r.url.slice(q + 1) };
  };

  it("L3: the Conversions API JSON body's data as JSON in a string is read with the events' schema", () => {
    const e = endpoint("facebook.capi.events");
    expect(categoriesAt(e.bodyFields, "data#json[].app_data.extinfo[5]")).toEqual(["device.attribute.model"]);
    expect(categoriesAt(e.bodyFields, "data#json[].user_data.em")).toEqual(["contact.email"]);
    expect(isOperational(e.bodyFields, "data#json[].event_name")).toBe(true);
    const events = [{ event_name: "Purchase", event_time: 1767261600, user_data: { em: ["0184b45e"] } }];
    expect(facebookCapiJsonBodySchema.safeParse({ data: JSON.stringify(events) }).success).toBe(true);
  });

  it("L2: an App Events or Conversions API query is read with the endpoint's body fields", () => {
    const activities = endpoint("facebook.app-events.activities");
    expect(categoriesAt(activities.queryFields, "extinfo#json[5]")).toEqual(["device.attribute.model"]);
    expect(categoriesAt(activities.queryFields, "ud#json.ct")).toEqual(["contact.address"]);
    expect(categoriesAt(activities.queryFields, "attribution")).toEqual(["cookie"]);
    expect(categoriesAt(activities.queryFields, "advertiser_id")).toEqual(["advertising_id"]);
    expect(isOperational(activities.queryFields, "extinfo#json[0]")).toBe(true);
    expect(isOperational(activities.queryFields, "access_token")).toBe(true);
    const capi = endpoint("facebook.capi.events");
    expect(categoriesAt(capi.queryFields, "data#json[].user_data.zp")).toEqual(["contact.address"]);
    expect(isOperational(capi.queryFields, "access_token")).toBe(true);
  });

  it("B4: a product's brand in custom_data.contents is operational, its title free text, contents itself is not", () => {
    const e = endpoint("facebook.capi.events");
    expect(isOperational(e.bodyFields, "data[].custom_data.contents[].brand")).toBe(true);
    expect(isOperational(e.bodyFields, "data[].custom_data.contents[].id")).toBe(true);
    expect(isOperational(e.bodyFields, "data[].custom_data.contents")).toBe(false);
    expect(isFreeText(e.bodyFields, "data[].custom_data.contents[].title")).toBe(true);
    // not in general: a brand elsewhere is still for the key table (a device model)
    expect(isOperational(e.bodyFields, "data[].custom_data.brand")).toBe(false);
  });

  it("L1: facebook-nodejs-business-sdk's batch validates, matches the batch endpoint and routes each sub-request", async () => {
    const batch = new fb.FacebookAdsApiBatch(api);
    batch.add("POST", ["918273645501234", "events"], {
      data: [{ event_name: "Purchase", user_data: { em: ["x"] } }],
    });
    batch.add("POST", ["23850000000000001", "users"], { payload });
    batch.add("GET", ["me"], { fields: "id,name" });
    await batch.execute();
    const sent = last();
    const body = JSON.parse(sent.body.toString("utf8"));
    expect(Array.isArray(body.batch)).toBe(true);
    expect(body.batch[0].body.startsWith('data=[{"event_name"')).toBe(true); // raw JSON, not percent-encoded
    expect(facebookBatchBodySchema.safeParse(body).error?.issues ?? []).toEqual([]);
    const e = matchEndpoint("facebook", {
      method: sent.method,
      path: sent.path,
      query: sent.query,
      headers: [["content-type", String(sent.headers["content-type"])]],
    });
    expect(e?.id).toBe("facebook.graph.batch");
    const subs = readSubRequests(
      e?.subRequests ?? { listField: "", methodField: "", urlField: "", bodyField: "" },
      {
        query: sent.query,
        body: { kind: "json", text: sent.body.toString("utf8") },
      },
    );
    expect(subs?.map((r) => matchEndpoint("facebook", r)?.id)).toEqual([
      "facebook.capi.events-form",
      "facebook.custom-audience.users",
      undefined, // GET /me: no catalog endpoint
    ]);
    const routes = e?.subRequests?.routes ?? [];
    const routeOf = (url: string) => routes.find((r) => r.pattern.test(url))?.endpoint;
    expect(routeOf(body.batch[0].relative_url)).toBe("facebook.capi.events-form");
    expect(routeOf(body.batch[1].relative_url)).toBe("facebook.custom-audience.users");
    expect(routeOf(body.batch[2].relative_url)).toBeUndefined();
  });

  it("L1: sub-request fields are tagged under each route's condition, in both batch shapes", () => {
    const e = endpoint("facebook.graph.batch");
    const routes = new Map(e.subRequests?.routes.map((r) => [r.endpoint, String(r.pattern)]));
    expect([...routes.keys()]).toEqual([
      "facebook.capi.events-form",
      "facebook.app-events.activities",
      "facebook.custom-audience.users",
      "facebook.custom-audience.usersreplace",
    ]);
    const activities = routes.get("facebook.app-events.activities");
    // since session 20 each of these positions is also tagged for the URLs no route matches
    // (positional-members.test.ts): two entries, the route's first
    for (const item of ["batch[]", "batch#json[]"]) {
      expect(categoriesAt(e.bodyFields, `${item}.body#form.extinfo#json[5]`)[0]).toBe(
        `device.attribute.model when ${item}.relative_url=${activities}`,
      );
      expect(categoriesAt(e.bodyFields, `${item}.body#form.data#json[].app_data.extinfo.8`)[0]).toBe(
        `network.operator when ${item}.relative_url=${routes.get("facebook.capi.events-form")}`,
      );
      expect(e.bodyFields.columnFields.map((f) => f.path)).toContain(`${item}.body#form.payload#json.data`);
      // the sub-request URL's query, by the endpoint's query fields (Meta documents App Events there)
      expect(categoriesAt(e.bodyFields, `${item}.relative_url#form.extinfo#json[5]`)[0]).toBe(
        `device.attribute.model when ${item}.relative_url=${activities}`,
      );
    }
    // the batch in the query (Graph reads parameters there too) gets the same routes
    expect(categoriesAt(e.queryFields, "batch#json[].body#form.extinfo#json[5]")).toHaveLength(2);
  });

  it("an operation's name is an addressing id in both batch shapes, in the body and the query (session 20, F17)", () => {
    const e = endpoint("facebook.graph.batch");
    for (const item of ["batch[]", "batch#json[]"]) {
      expect(isAddressingId(e.bodyFields, `${item}.name`), item).toBe(true);
      // near miss: the method and the relative URL keep their own readings
      expect(isAddressingId(e.bodyFields, `${item}.method`), item).toBe(false);
      expect(isUrl(e.bodyFields, `${item}.relative_url`), item).toBe(true);
    }
    expect(isAddressingId(e.queryFields, "batch#json[].name")).toBe(true);
  });

  it("a sub-request's relative URL pattern: version and leading slash optional, a query allowed", () => {
    const events = compileRelativeUrlPattern("/{version}/{pixel-id}/events");
    for (const url of [
      "918273645501234/events",
      "v24.0/918273645501234/events",
      "/v24.0/918273645501234/events/",
      "v21.0/918273645501234/events?data=%5B%5D&x=1",
    ])
      expect(events.test(url), url).toBe(true);
    // near misses: another edge, a deeper path, no id
    for (const url of [
      "918273645501234/eventsx",
      "918273645501234/events/extra",
      "events",
      "me/feed",
      "1/2/events",
    ])
      expect(events.test(url), url).toBe(false);
  });

  it("reads a batch's sub-requests from a JSON array, a form's JSON, the query; null when unreadable", () => {
    const spec = { listField: "batch", methodField: "method", urlField: "relative_url", bodyField: "body" };
    const list = [{ method: "POST", relative_url: "v24.0/1/events?x=1" }];
    const want = [
      {
        method: "POST",
        path: "/v24.0/1/events",
        query: "x=1",
        headers: [["content-type", "application/x-www-form-urlencoded"]],
      },
    ];
    expect(readSubRequests(spec, { body: { kind: "json", text: JSON.stringify({ batch: list }) } })).toEqual(
      want,
    );
    expect(
      readSubRequests(spec, {
        body: { kind: "json", text: JSON.stringify({ batch: JSON.stringify(list) }) },
      }),
    ).toEqual(want);
    const form = `batch=${encodeURIComponent(JSON.stringify(list))}`;
    expect(readSubRequests(spec, { body: { kind: "form", text: form } })).toEqual(want);
    expect(readSubRequests(spec, { query: form, body: { kind: "none" } })).toEqual(want);
    for (const text of [
      '{"batch":"[{"}',
      '{"batch":[{"method":"POST"}]}',
      '{"batch":[{"relative_url":"1/events"}]}',
      '{"batch":[7]}',
      '{"x":1}',
      "not json",
    ])
      expect(readSubRequests(spec, { body: { kind: "json", text } }), text).toBeNull();
  });

  it("refuses at start-up a routed endpoint whose fields carry conditions of their own", () => {
    const spec = { listField: "batch", methodField: "method", urlField: "relative_url", bodyField: "body" };
    const peer = {
      ...endpoint("facebook.capi.events-form"),
      bodyFields: {
        ...EMPTY_FIELD_MAP,
        fieldCategories: [
          { path: "v", category: "contact.email" as const, when: { path: "t", equals: "x" } },
        ],
      },
    };
    const route = { endpoint: peer.id, path: peer.pathPattern, pattern: /events/ };
    expect(() => withSubRequestRoutes(EMPTY_FIELD_MAP, spec, [route], new Map([[peer.id, peer]]))).toThrow(
      /condition of its own/,
    );
  });

  it("L4: Custom Audience users as the SDK sends them: POST and usersreplace JSON, DELETE in the query", async () => {
    const audience = new fb.CustomAudience("23850000000000001");
    const sends: Array<[string, () => Promise<unknown>]> = [
      [
        "facebook.custom-audience.users",
        () =>
          audience.createUser([], {
            payload,
            session: { session_id: 9876, batch_seq: 1, last_batch_flag: true },
          }),
      ],
      ["facebook.custom-audience.users-delete", () => audience.deleteUsers({ payload })],
      ["facebook.custom-audience.usersreplace", () => audience.createUsersReplace([], { payload })],
    ];
    for (const [id, send] of sends) {
      await send();
      const sent = last();
      const e = matchEndpoint("facebook", {
        method: sent.method,
        path: sent.path,
        query: sent.query,
        headers: [["content-type", String(sent.headers["content-type"])]],
      });
      expect(e?.id, id).toBe(id);
      const body = JSON.parse(sent.body.toString("utf8"));
      expect(facebookCustomAudienceUsersSchema.partial().safeParse(body).success, id).toBe(true);
      const query = Object.fromEntries(new URLSearchParams(sent.query));
      expect(facebookCustomAudienceUsersQuerySchema.safeParse(query).success, id).toBe(true);
      // the payload is somewhere: in the JSON body or in the query
      expect(body.payload !== undefined || query.payload !== undefined, id).toBe(true);
    }
  });

  it("L4: the rows of payload.data are read by payload.schema's key types", () => {
    const e = endpoint("facebook.custom-audience.users");
    for (const fields of [e.bodyFields, e.queryFields]) {
      const paths = fields.columnFields.map((f) => `${f.path} by ${f.namesKey}`);
      expect(paths).toEqual(["payload.data by schema", "payload#json.data by schema"]);
      expect(isOperational(fields, "payload#json.schema")).toBe(true);
      expect(isOperational(fields, "session#json.session_id")).toBe(true);
    }
    expect(CUSTOM_AUDIENCE_COLUMNS).toMatchObject({
      EMAIL_SHA256: "contact.email",
      PHONE: "contact.phone",
      FN: "account.profile.name",
      DOBY: "account.profile.birthday",
      GEN: "account.profile.gender",
      ZIP: "contact.address",
      COUNTRY: "contact.address",
      MADID: "advertising_id",
      EXTERN_ID: "account.id",
      PAGE_SCOPED_USER_ID: "account.id",
    });
    // every key type the red-team sent is named
    for (const name of payload.schema) expect(CUSTOM_AUDIENCE_COLUMNS).toHaveProperty(name);
  });
});
