/**
 * Session 20 (a red team's round 10, F11): a call the catalog does not know is read with the
 * positions of its recipient's positional members (Meta's `extinfo`) where the catalogued calls
 * hold them; a batch sub-request whose URL no route matches likewise.
 */
import { compileEndpoint, EMPTY_FIELD_MAP, operational, personal, VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { categoriesAt, endpoint, isOperational } from "../../test/field-map-helpers.js";
import { positionalFields } from "./positional-members.js";

const facebook = VENDOR_CATALOG.unknownEndpoints.get("facebook");

describe("positional members of a call the catalog does not know", () => {
  it("facebook: extinfo's positions wherever the catalogued calls hold it, array and object spellings", () => {
    const body = facebook?.bodyFields ?? EMPTY_FIELD_MAP;
    for (const member of [
      "data[].app_data.extinfo",
      "data#json[].app_data.extinfo",
      "extinfo#json",
      "extinfo",
    ]) {
      expect(categoriesAt(body, `${member}[5]`), member).toEqual(["device.attribute.model"]);
      expect(categoriesAt(body, `${member}.8`), member).toEqual(["network.operator"]);
      expect(categoriesAt(body, `${member}[15]`), member).toEqual(["device.attribute.country"]);
      // version and package name are operational, as on the catalogued calls
      expect(isOperational(body, `${member}[0]`), member).toBe(true);
      expect(isOperational(body, `${member}.1`), member).toBe(true);
    }
    const query = facebook?.queryFields ?? EMPTY_FIELD_MAP;
    expect(categoriesAt(query, "extinfo#json[6]")).toEqual(["device.attribute.language"]);
    expect(categoriesAt(query, "data#json[].app_data.extinfo[4]")).toEqual([
      "device.attribute.software_version",
    ]);
  });

  it("near misses: nothing else of the catalogued calls, nor the other recipients' plans, is added", () => {
    const body = facebook?.bodyFields ?? EMPTY_FIELD_MAP;
    // user_data, custom_data, ud: the generic rules read them by name, as before
    expect(body.fieldCategories.every((f) => /extinfo(?:#json)?(?:\[\d+\]|\.\d+)$/.test(f.path))).toBe(true);
    expect(
      body.operationalFields.every((f) => /extinfo(?:#json)?(?:\[0\]|\[1\]|\.0|\.1)$/.test(f.path)),
    ).toBe(true);
    expect(body.columnFields).toEqual([]);
    for (const recipient of ["aliyun", "tencent", "zego"] as const)
      expect(VENDOR_CATALOG.unknownEndpoints.get(recipient)?.bodyFields.fieldCategories).toEqual([]);
  });

  it("reads positions only: a list's items, a member named like one, a routed tag stay out", () => {
    const spec = {
      id: "test.positional",
      recipient: "facebook",
      method: "POST",
      pathPattern: "/x",
      bodyFormat: "json",
      bodySchema: z.looseObject({
        pos: z.tuple([operational(z.string()), personal(z.string(), "device.attribute.model")]),
        posx: z.looseObject({ "1": personal(z.string(), "contact.email") }),
        list: z.array(personal(z.string(), "contact.phone")),
      }),
      docs: "test",
    } as const;
    const fields = positionalFields([compileEndpoint(spec)]);
    expect(fields.bodyFields.fieldCategories).toEqual([
      { path: "pos[1]", category: "device.attribute.model" },
    ]);
    expect(fields.bodyFields.operationalFields).toEqual([{ path: "pos[0]" }]);
    expect(fields.queryFields).toEqual(EMPTY_FIELD_MAP);
    // the batch's routed tags (conditions) are not positional members of the recipient
    expect(
      positionalFields([endpoint("facebook.graph.batch")]).bodyFields.fieldCategories.some((f) =>
        f.path.startsWith("batch"),
      ),
    ).toBe(false);
  });
});

describe("a Graph batch sub-request whose URL no route matches", () => {
  const batch = endpoint("facebook.graph.batch");
  /** The condition of the entry for `path` that is not a catalogued route's. */
  const otherUrls = (path: string): RegExp => {
    const routes = new Set(batch.subRequests?.routes.map((r) => String(r.pattern)));
    const entry = batch.bodyFields.fieldCategories.find(
      (f) =>
        f.path === path && f.when !== undefined && "matches" in f.when && !routes.has(String(f.when.matches)),
    );
    if (entry?.when === undefined || !("matches" in entry.when))
      throw new Error(`no other-URL entry at ${path}`);
    return entry.when.matches;
  };

  it("is read with facebook's positional members, in the body and the URL's query, both batch shapes", () => {
    for (const item of ["batch[]", "batch#json[]"]) {
      for (const path of [
        `${item}.body#form.data#json[].app_data.extinfo[5]`,
        `${item}.body#form.extinfo#json.8`,
        `${item}.relative_url#form.extinfo#json[7]`,
      ])
        expect(otherUrls(path).test("v21.0/1/events.json"), path).toBe(true);
    }
  });

  it("holds for URLs no route matches only, so the routes' order does not matter", () => {
    const others = otherUrls("batch[].body#form.extinfo#json[5]");
    for (const url of [
      "v21.0/1/events.json",
      "21.0/1/events",
      "1/events%2F",
      "me/feed",
      "v21.0/1/activities.json",
      "",
    ])
      expect(others.test(url), url).toBe(true);
    // near misses: the catalogued routes' URLs, in the spellings they take
    for (const url of [
      "v21.0/1/events",
      "1/events?x=1",
      "/v21.0/1/%65vents",
      "https://graph.facebook.com/v21.0/1/activities",
      "v21.0/2385/users",
      "v21.0/2385/usersreplace/",
    ])
      expect(others.test(url), url).toBe(false);
  });
});
