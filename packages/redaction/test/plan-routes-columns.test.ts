/**
 * Session 15 plan features: conditions on a pattern (`matches`), routes (a member's document read
 * with the plan its discriminator names: a Graph batch sub-request's `body` by its
 * `relative_url`) and columns (cells of rows named by a sibling list of names: Meta's Custom
 * Audience `payload.schema` / `payload.data`).
 */
import { compileFieldPlanFromTags, createRedactor, type FieldPlan, type PlanFieldTag } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { fixturePolicy } from "./fixture-policy.js";
import { redactorWith, SECRET, transfer } from "./helpers.js";

const EVENTS = /^\/?(?:v\d+(?:\.\d+)?\/)?[^/?]+\/events\/?(?:\?.*)?$/;
const ACTIVITIES = /^\/?(?:v\d+(?:\.\d+)?\/)?[^/?]+\/activities\/?(?:\?.*)?$/;

function run(plan: FieldPlan, body: { kind: "json" | "form"; text: string }, recipient = "facebook") {
  const res = redactorWith().redact(transfer(recipient, { body }), { plan });
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return { text: "text" in res.transfer.body ? res.transfer.body.text : "", report: res.report };
}

/** A sub-request body the way facebook-nodejs-business-sdk's batch writes it: raw JSON after `data=`. */
const eventsBody = (userData: object) =>
  `data=${JSON.stringify([{ event_name: "Purchase", user_data: userData, app_data: { extinfo: ["a2", "com.kago.app", "Pixel 8 Pro"] } }])}`;

/** The decoded pairs of a form document. */
const pairs = (form: string | undefined) => Object.fromEntries(new URLSearchParams(form ?? ""));

describe("when ... matches: a condition on a pattern", () => {
  const plan = compileFieldPlanFromTags([
    {
      path: "items[].v",
      category: "contact.address",
      when: { path: "items[].kind", matches: /^addr(?:ess)?$/ },
    },
  ]);

  it("holds when the discriminator's string matches, not for another string or a number", () => {
    const text = JSON.stringify({
      items: [
        { kind: "addr", v: "x-1" },
        { v: "x-2", kind: "address" },
        { kind: "address-book", v: "x-3" },
        { kind: 7, v: "x-4" },
      ],
    });
    expect(JSON.parse(run(plan, { kind: "json", text }).text)).toEqual({
      items: [
        { kind: "addr" },
        { kind: "address" },
        { kind: "address-book", v: "x-3" },
        { kind: 7, v: "x-4" },
      ],
    });
  });

  it("refuses a pattern that keeps state between tests (g or y flag)", () => {
    expect(() =>
      compileFieldPlanFromTags([
        { path: "a[].v", category: "contact.email", when: { path: "a[].k", matches: /x/g } },
      ]),
    ).toThrow(TypeError);
  });
});

describe("routes: a sub-request body read with the plan its relative_url names", () => {
  const routed = (prefix: string): PlanFieldTag[] => [
    {
      path: `${prefix}.body#form.data#json[].user_data.em`,
      category: "contact.email",
      when: { path: `${prefix}.relative_url`, matches: EVENTS },
    },
    {
      path: `${prefix}.body#form.data#json[].app_data.extinfo[2]`,
      category: "device.attribute.model",
      when: { path: `${prefix}.relative_url`, matches: EVENTS },
    },
    {
      path: `${prefix}.body#form.data#json[].app_data.extinfo[0]`,
      operational: true,
      when: { path: `${prefix}.relative_url`, matches: EVENTS },
    },
    {
      path: `${prefix}.body#form.extinfo#json[2]`,
      category: "device.attribute.model",
      when: { path: `${prefix}.relative_url`, matches: ACTIVITIES },
    },
    {
      path: `${prefix}.body#form.event`,
      operational: true,
      when: { path: `${prefix}.relative_url`, matches: ACTIVITIES },
    },
  ];
  const plan = compileFieldPlanFromTags([
    { path: "batch[].body", encoding: "form" },
    { path: "batch#json[].body", encoding: "form" },
    ...routed("batch[]"),
    ...routed("batch#json[]"),
  ]);
  const extinfo = JSON.stringify(["a2", "com.kago.app", "Pixel 8 Pro"]);
  const batch = [
    { method: "POST", relative_url: "918273645501234/events", body: eventsBody({ em: ["0184b45e"] }) },
    // the discriminator after the routed member
    {
      body: `event=CUSTOM_APP_EVENTS&extinfo=${encodeURIComponent(extinfo)}`,
      relative_url: "v24.0/1234/activities",
    },
    // not a known sub-request: the generic rules read its form body
    {
      method: "POST",
      relative_url: "v24.0/me/feed",
      body: `message=hi&extinfo=${encodeURIComponent(extinfo)}`,
    },
  ];

  it("JSON batch (an array): each sub-request's body by its own endpoint, positions kept", () => {
    const out = run(plan, { kind: "json", text: JSON.stringify({ batch }) });
    const sent = JSON.parse(out.text).batch as Array<{ body: string }>;
    // the unchanged head and tail of the raw JSON stay as written, the changed middle is percent-encoded
    expect(pairs(sent[0]?.body)).toEqual({
      data: JSON.stringify([
        { event_name: "Purchase", user_data: {}, app_data: { extinfo: ["a2", "com.kago.app", ""] } },
      ]),
    });
    expect(sent[0]?.body.startsWith('data=[{"event_name":"Purchase","user_data":{')).toBe(true);
    expect(sent[1]?.body).toBe(
      `event=CUSTOM_APP_EVENTS&extinfo=${encodeURIComponent(JSON.stringify(["a2", "com.kago.app", ""]))}`,
    );
    // near miss: the unknown sub-request's extinfo has no plan, so "Pixel 8 Pro" stays
    expect(sent[2]?.body).toBe(batch[2]?.body);
    expect(out.report.findings.map((f) => f.location).sort()).toEqual([
      "body:batch[].body#form.data#json[].app_data.extinfo[2]",
      "body:batch[].body#form.data#json[].user_data.em",
      "body:batch[].body#form.extinfo#json[2]",
    ]);
  });

  it("form batch (`batch` holds JSON): the same routes", () => {
    const text = `access_token=t&batch=${encodeURIComponent(JSON.stringify(batch))}`;
    const out = run(plan, { kind: "form", text });
    const sent = JSON.parse(new URLSearchParams(out.text).get("batch") ?? "[]") as Array<{ body: string }>;
    expect(JSON.parse(pairs(sent[0]?.body).data ?? "")[0].user_data).toEqual({});
    expect(sent[1]?.body).toBe(
      `event=CUSTOM_APP_EVENTS&extinfo=${encodeURIComponent(JSON.stringify(["a2", "com.kago.app", ""]))}`,
    );
    expect(sent[2]?.body).toBe(batch[2]?.body);
  });

  it("a routed JSON document gets a tree of its own per route (the kept tree caches plans)", () => {
    const jsonPlan = compileFieldPlanFromTags([
      { path: "r[].doc#json.v", category: "contact.email", when: { path: "r[].k", equals: "a" } },
      { path: "r[].doc#json.v", operational: true, when: { path: "r[].k", equals: "b" } },
    ]);
    const doc = JSON.stringify({ v: "x-1", w: 1 });
    const text = JSON.stringify({
      r: [
        { k: "b", doc },
        { k: "a", doc },
        { k: "b", doc },
      ],
    });
    for (let i = 0; i < 2; i++) {
      const out = JSON.parse(run(jsonPlan, { kind: "json", text }).text) as { r: Array<{ doc: string }> };
      expect(out.r.map((e) => e.doc)).toEqual([doc, JSON.stringify({ w: 1 }), doc]);
    }
  });

  it("routes in a form document compare a sibling pair", () => {
    const formPlan = compileFieldPlanFromTags([
      { path: "body#form.em", category: "contact.email", when: { path: "url", matches: EVENTS } },
    ]);
    const body = encodeURIComponent("em=0184b45e&k=1");
    expect(run(formPlan, { kind: "form", text: `url=1%2Fevents&body=${body}` }).text).toBe(
      `url=1%2Fevents&body=${encodeURIComponent("k=1")}`,
    );
    // near miss: another endpoint's body keeps `em`? No: `em` is an e-mail key anyway; use a neutral key
    const other = compileFieldPlanFromTags([
      { path: "body#form.note", category: "contact.email", when: { path: "url", matches: EVENTS } },
    ]);
    const note = encodeURIComponent("note=hello&k=1");
    expect(run(other, { kind: "form", text: `url=1%2Ffeed&body=${note}` }).text).toBe(
      `url=1%2Ffeed&body=${note}`,
    );
    expect(run(other, { kind: "form", text: `url=1%2Fevents&body=${note}` }).text).toBe(
      `url=1%2Fevents&body=${encodeURIComponent("k=1")}`,
    );
  });

  it("a routed URL's query (its member's #form) is read with the route's query fields", () => {
    const urlPlan = compileFieldPlanFromTags([
      { path: "batch[].relative_url", url: true },
      {
        path: "batch[].relative_url#form.extinfo#json[2]",
        category: "device.attribute.model",
        when: { path: "batch[].relative_url", matches: ACTIVITIES },
      },
    ]);
    const extinfo = encodeURIComponent(JSON.stringify(["a2", "com.kago.app", "Pixel 8 Pro"]));
    const text = JSON.stringify({
      batch: [
        { method: "POST", relative_url: `v24.0/1234/activities?event=X&extinfo=${extinfo}` },
        // near miss: the same query on an endpoint no route names keeps its extinfo
        { method: "POST", relative_url: `v24.0/me/feed?extinfo=${extinfo}` },
      ],
    });
    const out = run(urlPlan, { kind: "json", text });
    const urls = (JSON.parse(out.text).batch as Array<{ relative_url: string }>).map((b) => b.relative_url);
    expect(new URLSearchParams(urls[0]?.split("?")[1]).get("extinfo")).toBe(
      JSON.stringify(["a2", "com.kago.app", ""]),
    );
    expect(urls[1]).toBe(`v24.0/me/feed?extinfo=${extinfo}`);
    expect(out.report.findings.map((f) => f.location)).toEqual([
      "body:batch[].relative_url~query.extinfo#json[2]",
    ]);
  });

  it("refuses at compile time a route it cannot keep", () => {
    // the routed member carries a tag of its own, lost where a route holds
    expect(() =>
      compileFieldPlanFromTags([
        { path: "a[].b#form.c", category: "contact.email", when: { path: "a[].u", matches: EVENTS } },
        { path: "a[].b#form.d", category: "contact.phone" },
      ]),
    ).toThrow(TypeError);
    // the document is an array item, not a member of the condition's object
    expect(() =>
      compileFieldPlanFromTags([
        { path: "a[]#json.c", category: "contact.email", when: { path: "a[].u", equals: "x" } },
      ]),
    ).toThrow(TypeError);
  });
});

describe("columns: cells named by a sibling list of names", () => {
  const categories = {
    EMAIL_SHA256: "contact.email",
    PHONE_SHA256: "contact.phone",
    FN: "account.profile.name",
    COUNTRY: "contact.address",
    LOOKALIKE_VALUE: "operational",
  } as const;
  const plan = compileFieldPlanFromTags([
    { path: "payload.data", columns: { namesKey: "schema", categories } },
    { path: "payload#json.data", columns: { namesKey: "schema", categories } },
  ]);
  // a recipient that may get e-mail addresses but nothing else of these
  const emailOnly = createRedactor({
    policy: fixturePolicy({}, { facebook: ["contact.email"] }),
    secret: SECRET,
  });
  const email = (text: string) => {
    const res = emailOnly.redact(transfer("facebook", { body: { kind: "json", text } }), { plan });
    if (!res.ok || res.transfer.body.kind !== "json") throw new Error("refused");
    return { text: res.transfer.body.text, report: res.report };
  };

  it("a denied cell is emptied in place, a permitted one stays, the row keeps its shape", () => {
    const text = JSON.stringify({
      payload: {
        schema: ["EMAIL_SHA256", "PHONE_SHA256", "FN", "COUNTRY", "LOOKALIKE_VALUE"],
        data: [
          ["0184b45e", "8e691d17", "astrid", "no", 44.5],
          ["9b431636", "", "ola", "se", 0],
        ],
      },
    });
    const out = email(text);
    expect(JSON.parse(out.text)).toEqual({
      payload: {
        schema: ["EMAIL_SHA256", "PHONE_SHA256", "FN", "COUNTRY", "LOOKALIKE_VALUE"],
        data: [
          ["0184b45e", "", "", "", 44.5],
          ["9b431636", "", "", "", 0],
        ],
      },
    });
    expect(out.report.findings).toContainEqual({
      location: "body:payload.data[][]",
      category: "account.profile.name",
      action: "drop",
      detector: "schema",
    });
    expect(out.report.categoriesSent).toEqual(["contact.email"]);
  });

  it("reads the names after the rows too; a name not listed is for the generic rules", () => {
    const text = JSON.stringify({
      payload: {
        data: [["astrid", "kago_30417", "a@example.org"]],
        schema: ["FN", "NOT_A_COLUMN", "OTHER"],
      },
    });
    // FN goes; the unknown columns keep an id (near miss) and lose an e-mail only by its shape
    expect(JSON.parse(run(plan, { kind: "json", text }).text).payload.data).toEqual([["", "kago_30417", ""]]);
  });

  it("a single name names every item of a flat list", () => {
    const text = JSON.stringify({ payload: { schema: "PHONE_SHA256", data: ["8e691d17", "1f2e3d4c"] } });
    expect(JSON.parse(run(plan, { kind: "json", text }).text).payload).toEqual({
      schema: "PHONE_SHA256",
      data: [],
    });
    // near miss: with a list of names, a flat list's items are no cells (no row to index)
    const flat = JSON.stringify({ payload: { schema: ["PHONE_SHA256"], data: ["room_5102"] } });
    expect(JSON.parse(run(plan, { kind: "json", text: flat }).text).payload.data).toEqual(["room_5102"]);
  });

  it("the payload as JSON in a form pair", () => {
    const payload = JSON.stringify({ schema: ["EMAIL_SHA256", "FN"], data: [["0184b45e", "astrid"]] });
    const out = run(plan, { kind: "form", text: `payload=${encodeURIComponent(payload)}&access_token=t` });
    expect(JSON.parse(new URLSearchParams(out.text).get("payload") ?? "")).toEqual({
      schema: ["EMAIL_SHA256", "FN"],
      data: [["", ""]],
    });
  });

  it("refuses a column list that is not an object's member", () => {
    expect(() =>
      compileFieldPlanFromTags([{ path: "rows[]", columns: { namesKey: "schema", categories } }]),
    ).toThrow(TypeError);
  });
});

describe("a pair whose value is raw JSON with `&` in its strings stays one pair", () => {
  const plan = compileFieldPlanFromTags([
    { path: "batch[].body", encoding: "form" },
    { path: "batch[].body#form.data#json[].user_data.em", category: "contact.email" },
    { path: "batch[].body#form.data#json[].event_source_url", category: "browsing_history" },
    { path: "batch[].body#form.data#json[].event_name", operational: true },
  ]);
  const form = (text: string, query = "") => {
    const res = redactorWith().redact(transfer("facebook", { query, body: { kind: "form", text } }));
    if (!res.ok || res.transfer.body.kind !== "form") throw new Error("refused");
    return { body: res.transfer.body.text, query: res.transfer.query };
  };

  it("a batch sub-request body as facebook-nodejs-business-sdk writes it (`data=[...]`, unencoded)", () => {
    const events = [
      {
        event_name: "Purchase",
        event_source_url: "https://kago.example/live?utm_source=a&utm_medium=b",
        user_data: { em: ["0184b45e"], ct: ["oslo"] },
      },
    ];
    const text = JSON.stringify({
      batch: [{ relative_url: "1/events", body: `data=${JSON.stringify(events)}` }],
    });
    const out = JSON.parse(run(plan, { kind: "json", text }).text) as { batch: Array<{ body: string }> };
    expect(JSON.parse(pairs(out.batch[0]?.body).data ?? "")).toEqual([
      { event_name: "Purchase", user_data: {} },
    ]);
  });

  it("in a form body and a query, read as JSON by the generic rules; the pairs after it stay pairs", () => {
    const value = '[{"note":"a&b=c","em":"astrid@example.org"}]';
    expect(form(`data=${value}&k=1`).body).toBe('data=[{"note":"a&b=c"}]&k=1');
    expect(form("", `data=${value}&k=1`).query).toBe('data=[{"note":"a&b=c"}]&k=1');
  });

  it("near misses: JSON without `&`, brackets that never close or close before the `&`, are split as before", () => {
    expect(form("a=[1]&email=astrid@example.org&k=1").body).toBe("a=[1]&k=1");
    expect(form("a=[x&email=astrid@example.org&k=1").body).toBe("a=[x&k=1");
    expect(form('a=[{"u":"x"}]y&email=astrid@example.org').body).toBe('a=[{"u":"x"}]y');
    // a value inside one already matched is not tried again: `b=[` lies inside a's brackets
    expect(form('a=[{"u":"1&b=[2]"}]x&email=astrid@example.org').body).toBe('a=[{"u":"1&b=[2]"}]x');
  });
});
