/**
 * The plan features the vendor catalog needs: `[N]` positions of a positional array, `#form`
 * documents inside strings, and `when` conditions on a discriminator member; and the catalog's
 * own field maps compiled with `compileFieldPlanFromFields`.
 */
import { loadBuiltinPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  compileFieldPlanFromTags,
  createRedactor,
  type FieldPlan,
  type PlanFieldTag,
  type Redactor,
} from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { fixturePolicy } from "./fixture-policy.js";
import { redactorWith, SECRET, transfer } from "./helpers.js";

function jsonOut(r: Redactor, recipient: string, text: string, plan: FieldPlan) {
  const res = r.redact(transfer(recipient, { body: { kind: "json", text } }), { plan });
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return { text: res.transfer.body.kind === "json" ? res.transfer.body.text : "", report: res.report };
}

const EXTINFO = [
  "a2",
  "com.example.app",
  "1.0",
  "1.0",
  "14.1",
  "Pixel 7",
  "en_US",
  "GMT",
  "Carrier",
  "1080",
  "2400",
  "2.75",
  "8",
  "128",
  "64",
  "Europe/Berlin",
];

describe("[N]: one position of a positional array", () => {
  const plan = compileFieldPlanFromTags(
    [
      { path: "app_data.extinfo[]", category: "network.status" },
      { path: "app_data.extinfo[0]", operational: true },
      { path: "app_data.extinfo[5]", category: "device.attribute.model" },
      { path: "app_data.extinfo.5", category: "device.attribute.model" },
    ],
    [],
    "test.extinfo",
  );
  const r = redactorWith();

  it("a position wins over [] for its index; a dropped position keeps its place, empty", () => {
    const text = JSON.stringify({ app_data: { extinfo: EXTINFO } });
    const out = jsonOut(r, "facebook", text, plan);
    const expected = [...EXTINFO];
    expected[5] = "";
    expect(out.text).toBe(JSON.stringify({ app_data: { extinfo: expected } }));
    expect(out.report.findings).toContainEqual({
      location: "body:app_data.extinfo[5]",
      category: "device.attribute.model",
      action: "drop",
      detector: "schema",
    });
    expect(
      out.report.findings.some((f) => f.location === "body:app_data.extinfo[]" && f.action === "keep"),
    ).toBe(true);
  });

  it("a non-string position that is dropped becomes null", () => {
    const out = jsonOut(r, "facebook", '{"app_data":{"extinfo":[1,2,3,4,5,6,7]}}', plan);
    expect(out.text).toBe('{"app_data":{"extinfo":[1,2,3,4,5,null,7]}}');
  });

  it("the object form keyed by position is a normal key (`extinfo.5`)", () => {
    const out = jsonOut(r, "facebook", '{"app_data":{"extinfo":{"0":"a2","5":"Pixel 7","6":"en_US"}}}', plan);
    expect(out.text).toBe('{"app_data":{"extinfo":{"0":"a2","6":"en_US"}}}');
  });
});

describe("#form: a form document inside a string", () => {
  const plan = compileFieldPlanFromTags([
    { path: "batch#json[].body#form.data#json[].user_data.em", category: "contact.email" },
    { path: "batch#json[].body#form.access_token", operational: true },
    { path: "inner#form.note", category: "account.profile.name" },
  ]);
  const r = redactorWith();

  it("decodes, redacts with the sub-plan, keeps untouched pairs' encoding", () => {
    const data = JSON.stringify([{ event_name: "Purchase", user_data: { em: "3a7bd3e2360a3d" } }]);
    const body = `data=${encodeURIComponent(data)}&access_token=t%2Bk&x=a+b`;
    const batch = JSON.stringify([{ method: "POST", relative_url: "1/events", body }]);
    const out = jsonOut(r, "facebook", JSON.stringify({ batch }), plan);
    const redData = JSON.stringify([{ event_name: "Purchase", user_data: {} }]);
    const redBody = `data=${encodeURIComponent(redData)}&access_token=t%2Bk&x=a+b`;
    expect(out.text).toBe(
      JSON.stringify({
        batch: JSON.stringify([{ method: "POST", relative_url: "1/events", body: redBody }]),
      }),
    );
    expect(out.report.findings.map((f) => f.location)).toEqual([
      "body:batch#json[].body#form.data#json[].user_data.em",
    ]);
  });

  it("a #form value of a form body is redacted pair by pair", () => {
    const text = `inner=${encodeURIComponent("note=Ingrid&k=1")}&z=9`;
    const res = r.redact(transfer("facebook", { body: { kind: "form", text } }), { plan });
    expect(res.ok && res.transfer.body).toEqual({
      kind: "form",
      text: `inner=${encodeURIComponent("k=1")}&z=9`,
    });
  });

  it("a string that is not valid form encoding is treated as text, not refused", () => {
    const text = '{"inner":"note=%zz&m=write to a@b.com"}';
    const out = jsonOut(r, "facebook", text, plan);
    expect(out.text).toBe('{"inner":"note=%zz&m=write to [redacted:contact.email]"}');
  });
});

describe("when: a tag that holds only when a discriminator has a value", () => {
  const tags: PlanFieldTag[] = [
    {
      path: "MsgBody[].MsgContent.Url",
      category: "media.microphone",
      when: { path: "MsgBody[].MsgType", equals: "TIMSoundElem" },
    },
    {
      path: "MsgBody[].MsgContent.Url",
      category: "media.photo_album",
      when: { path: "MsgBody[].MsgType", equals: "TIMFileElem" },
    },
    {
      path: "MsgBody[].MsgContent.UUID",
      operational: true,
      when: { path: "MsgBody[].MsgType", equals: "TIMFileElem" },
    },
  ];
  const plan = compileFieldPlanFromTags(tags);
  const r = createRedactor({
    policy: fixturePolicy({}, { tencent: ["media.microphone", "network.status"] }),
    secret: SECRET,
  });

  it("decides by the discriminator, before or after the field", () => {
    const text = JSON.stringify({
      MsgBody: [
        { MsgType: "TIMSoundElem", MsgContent: { Url: "https://cos.example/a.mp3", UUID: "u1" } },
        { MsgContent: { Url: "https://cos.example/b.pdf", UUID: "u2" }, MsgType: "TIMFileElem" },
        { MsgContent: { Url: "https://cos.example/c.mp3" }, MsgType: "TIMSoundElem" },
        { MsgType: "TIMTextElem", MsgContent: { Url: "https://cos.example/d" } },
      ],
    });
    const out = jsonOut(r, "tencent", text, plan);
    expect(JSON.parse(out.text)).toEqual({
      MsgBody: [
        { MsgType: "TIMSoundElem", MsgContent: { Url: "https://cos.example/a.mp3", UUID: "u1" } },
        { MsgContent: { UUID: "u2" }, MsgType: "TIMFileElem" },
        { MsgContent: { Url: "https://cos.example/c.mp3" }, MsgType: "TIMSoundElem" },
        { MsgType: "TIMTextElem", MsgContent: { Url: "https://cos.example/d" } },
      ],
    });
    expect(out.report.findings.map((f) => [f.category, f.action])).toEqual([
      ["media.microphone", "keep"],
      ["media.photo_album", "drop"],
    ]);
  });

  it("reads an escaped discriminator", () => {
    const text =
      '{"MsgBody":[{"MsgContent":{"Url":"https://cos.example/b.pdf"},"Msg\\u0054ype":"TIM\\u0046ileElem"}]}';
    expect(jsonOut(r, "tencent", text, plan).text).toBe(
      '{"MsgBody":[{"MsgContent":{},"Msg\\u0054ype":"TIM\\u0046ileElem"}]}',
    );
  });

  it("conditions in a form document compare the sibling pair", () => {
    const formPlan = compileFieldPlanFromTags([
      { path: "v", category: "contact.address", when: { path: "t", equals: "loc" } },
    ]);
    const run = (text: string) => {
      const res = r.redact(transfer("tencent", { body: { kind: "form", text } }), { plan: formPlan });
      return res.ok && res.transfer.body.kind === "form" ? res.transfer.body.text : "";
    };
    expect(run("v=Main+St+1&t=loc&k=1")).toBe("t=loc&k=1");
    expect(run("t=txt&v=Main+St+1")).toBe("t=txt&v=Main+St+1");
  });

  it("refuses at compile time a condition it cannot evaluate", () => {
    expect(() =>
      compileFieldPlanFromTags([
        { path: "a[].b", category: "contact.email", when: { path: "c[].t", equals: "x" } },
      ]),
    ).toThrow(TypeError);
    expect(() =>
      compileFieldPlanFromTags([
        { path: "a[]#json.c", category: "contact.email", when: { path: "a[].t", equals: "x" } },
      ]),
    ).toThrow(TypeError);
    expect(() => compileFieldPlanFromTags([{ path: "a[5", category: "contact.email" }])).toThrow(TypeError);
  });
});

describe("the vendor catalog's field maps compile into engine plans", () => {
  const plans = new Map<string, FieldPlan>();
  it("every endpoint compiles", () => {
    for (const [id, e] of VENDOR_CATALOG.endpoints) {
      plans.set(id, compileFieldPlanFromFields({ endpoint: id, body: e.bodyFields, query: e.queryFields }));
    }
    expect(plans.size).toBe(VENDOR_CATALOG.endpoints.size);
    expect(plans.size).toBeGreaterThan(0);
  });

  it("facebook CAPI with the built-in policy: extinfo 0/1 survive, 5 (device model) goes", () => {
    const plan = plans.get("facebook.capi.events") as FieldPlan;
    const r = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });
    for (const extinfo of [EXTINFO, Object.fromEntries(EXTINFO.map((v, k) => [String(k), v]))]) {
      const text = JSON.stringify({
        data: [
          {
            event_name: "MobileAppInstall",
            event_time: 1700000000,
            action_source: "app",
            app_data: { extinfo },
          },
        ],
      });
      const out = jsonOut(r, "facebook", text, plan);
      const got = (JSON.parse(out.text) as { data: { app_data: { extinfo: Record<string, string> } }[] })
        .data[0]?.app_data.extinfo as Record<string, string>;
      expect(got["0"]).toBe("a2");
      expect(got["1"]).toBe("com.example.app");
      expect(out.text).not.toContain("Pixel 7");
      if (Array.isArray(extinfo)) expect(got).toHaveLength(16);
      expect(out.report.findings).toContainEqual(
        expect.objectContaining({ category: "device.attribute.model", action: "drop", detector: "schema" }),
      );
    }
  });

  it("tencent sendmsg: MsgContent.Url is decided by MsgType (sound: microphone, file: photo album)", () => {
    const plan = plans.get("tencent.im.sendmsg") as FieldPlan;
    const r = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });
    const text = JSON.stringify({
      To_Account: "u2",
      MsgRandom: 1,
      MsgBody: [
        { MsgContent: { Url: "https://cos.example/a.mp3", UUID: "s1" }, MsgType: "TIMSoundElem" },
        { MsgType: "TIMFileElem", MsgContent: { Url: "https://cos.example/b.pdf", UUID: "f1" } },
      ],
    });
    const out = jsonOut(r, "tencent", text, plan);
    const urls = out.report.findings
      .filter((f) => f.location === "body:MsgBody[].MsgContent.Url")
      .map((f) => [f.category, f.detector]);
    expect(urls).toEqual([
      ["media.microphone", "schema"],
      ["media.photo_album", "schema"],
    ]);
  });
});
