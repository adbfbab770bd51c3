/**
 * The catalog's field maps compiled into engine plans: what is kept, what is a gap and why.
 */
import { compileEndpointPlans, engineTags } from "@kago/gateway";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";

const { plans, gaps } = compileEndpointPlans(VENDOR_CATALOG);

describe("compileEndpointPlans", () => {
  it("compiles one plan per catalog endpoint, named by its id", () => {
    expect([...plans.keys()].sort()).toEqual([...VENDOR_CATALOG.endpoints.keys()].sort());
    for (const [id, plan] of plans) expect(plan.endpoint).toBe(id);
  });

  it("keeps the SDK's object-form extinfo key by key and leaves array positions out (never collapsed to [])", () => {
    const extinfo = plans
      .get("facebook.capi.events")
      ?.body.children.get("data")
      ?.children.get("[]")
      ?.children.get("app_data")
      ?.children.get("extinfo");
    expect(extinfo?.children.get("0")?.operational).toBe(true);
    expect(extinfo?.children.get("5")?.category).toBe("device.attribute.model");
    expect(extinfo?.children.has("[]")).toBe(false);
    expect(gaps).toContainEqual({
      endpoint: "facebook.capi.events",
      location: "body:data[].app_data.extinfo[5]",
      reason: "position",
    });
    // Operational positions are gaps too: they are not in the plan either.
    expect(gaps).toContainEqual({
      endpoint: "facebook.capi.events",
      location: "body:data[].app_data.extinfo[0]",
      reason: "position",
    });
  });

  it("leaves #form documents out and reports them", () => {
    expect(gaps.filter((g) => g.reason === "form").every((g) => g.endpoint === "facebook.graph.batch")).toBe(
      true,
    );
    expect(gaps).toContainEqual({
      endpoint: "facebook.graph.batch",
      location: "body:batch#json[].body#form.data#json[].user_data.em",
      reason: "form",
    });
  });

  it("keeps a condition every union member agrees on, reports one they disagree on", () => {
    const content = plans
      .get("tencent.im.sendmsg")
      ?.body.children.get("MsgBody")
      ?.children.get("[]")
      ?.children.get("MsgContent");
    expect(content?.children.get("Latitude")?.category).toBe("contact.address");
    expect(content?.children.get("VideoUrl")?.category).toBe("media.camera");
    expect(content?.children.has("Desc")).toBe(false);
    expect(content?.children.has("Url")).toBe(false);
    const sendmsg = gaps.filter((g) => g.endpoint === "tencent.im.sendmsg").map((g) => g.location);
    expect(sendmsg).toEqual(
      expect.arrayContaining(["body:MsgBody[].MsgContent.Desc", "body:MsgBody[].MsgContent.Url"]),
    );
  });

  it("engineTags: free text alone needs no tag; a category and free text on one path is a condition gap", () => {
    const out = engineTags(
      {
        fieldCategories: [
          { path: "a", category: "contact.email" },
          { path: "m.Desc", category: "contact.address", when: { path: "m.T", equals: "loc" } },
        ],
        operationalFields: [{ path: "m.T" }],
        freeTextFields: [{ path: "t" }, { path: "m.Desc", when: { path: "m.T", equals: "custom" } }],
        encodedFields: [],
      },
      "x",
      "body",
    );
    expect(out.tags).toEqual([
      { path: "a", category: "contact.email" },
      { path: "m.T", operational: true },
    ]);
    expect(out.gaps).toEqual([{ endpoint: "x", location: "body:m.Desc", reason: "condition" }]);
  });
});
