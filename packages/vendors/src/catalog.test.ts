import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORY_KEYS } from "@kago/personal-data";
import {
  compilePathPattern,
  createVendorCatalog,
  matchEndpoint,
  VENDOR_CATALOG,
  VENDOR_RECIPIENTS,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";

const CASES_DIR = join(import.meta.dirname, "../../../contract/cases");

interface ContractCase {
  name: string;
  destination: string;
  request: { method: string; path: string; headers: Record<string, string> };
}

describe("matchEndpoint", () => {
  it("matches every contract case to the endpoint that describes it", () => {
    const expected: Record<string, string> = {
      "aliyun-putwebtracking-device-and-account": "aliyun.sls.web-tracking-post",
      "aliyun-webtracking-get-device-query": "aliyun.sls.web-tracking-get",
      "fb-capi-cookie-and-forwarded-for-headers": "facebook.capi.events",
      "fb-capi-hashed-user-data": "facebook.capi.events",
      "tencent-im-portrait-set-profile-fields": "tencent.im.portrait-set",
      "tencent-im-sendmsg-phone-in-text": "tencent.im.sendmsg",
      "zego-barrage-username-in-query": "zego.rtc.SendBarrageMessage",
      "zego-zim-room-message-gzip": "zego.zim.SendRoomMessage",
    };
    const files = readdirSync(CASES_DIR).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const c = JSON.parse(readFileSync(join(CASES_DIR, file), "utf8")) as ContractCase;
      if (!(c.name in expected)) continue;
      const q = c.request.path.indexOf("?");
      const request = {
        method: c.request.method,
        path: q < 0 ? c.request.path : c.request.path.slice(0, q),
        query: q < 0 ? "" : c.request.path.slice(q + 1),
        headers: Object.entries(c.request.headers).map(([k, v]) => [k.toLowerCase(), v] as const),
      };
      expect(matchEndpoint(c.destination, request)?.id, c.name).toBe(expected[c.name]);
    }
  });

  it("tells JSON from form bodies on the same path, and versions are optional", () => {
    const post = (path: string, type?: string) => ({
      method: "POST",
      path,
      headers: type === undefined ? [] : [["content-type", type] as const],
    });
    expect(matchEndpoint("facebook", post("/v21.0/123/events", "application/json; charset=utf-8"))?.id).toBe(
      "facebook.capi.events",
    );
    expect(
      matchEndpoint("facebook", post("/v21.0/123/events", "application/x-www-form-urlencoded"))?.id,
    ).toBe("facebook.capi.events-form");
    expect(matchEndpoint("facebook", post("/123/events/", "application/json"))?.id).toBe(
      "facebook.capi.events",
    );
    expect(
      matchEndpoint("facebook", post("/v21.0/123/activities", "application/x-www-form-urlencoded"))?.id,
    ).toBe("facebook.app-events.activities");
    expect(matchEndpoint("facebook", post("/", "application/x-www-form-urlencoded"))?.id).toBe(
      "facebook.graph.batch",
    );
    expect(matchEndpoint("facebook", post("/v21.0/123/events/extra"))).toBeUndefined();
    expect(matchEndpoint("facebook", { method: "GET", path: "/v21.0/123/events" })).toBeUndefined();
  });

  it("tells Zego actions and Tencent Cloud API styles apart", () => {
    const zego = (action: string, method = "GET") =>
      matchEndpoint("zego", { method, path: "/", query: `Action=${action}&AppId=1` })?.id;
    expect(zego("KickoutUser")).toBe("zego.rtc.KickoutUser");
    expect(zego("SendCustomCommand")).toBe("zego.rtc.SendCustomCommand");
    expect(zego("SendPeerMessage", "POST")).toBe("zego.zim.SendPeerMessage");
    expect(zego("DescribeNothing")).toBeUndefined();
    expect(matchEndpoint("zego", { method: "GET", path: "/" })).toBeUndefined();
    expect(
      matchEndpoint("tencent", {
        method: "POST",
        path: "/",
        headers: [
          ["content-type", "application/json"],
          ["x-tc-action", "DescribeInstances"],
        ],
      })?.id,
    ).toBe("tencent.cloudapi.tc3");
    expect(
      matchEndpoint("tencent", {
        method: "POST",
        path: "/",
        headers: [["content-type", "application/x-www-form-urlencoded"]],
      })?.id,
    ).toBe("tencent.cloudapi.v1-form");
    expect(matchEndpoint("aliyun", { method: "POST", path: "/logstores/app-usage/shards/lb" })?.id).toBe(
      "aliyun.sls.put-logs",
    );
    expect(matchEndpoint("aliyun", { method: "POST", path: "/logstores/app-usage" })?.id).toBe(
      "aliyun.sls.post-logstore-logs",
    );
    expect(matchEndpoint("nobody", { method: "GET", path: "/" })).toBeUndefined();
  });
});

describe("the catalog", () => {
  it("has unique endpoint ids named after their recipient, and only taxonomy categories", () => {
    const keys = new Set<string>(CATEGORY_KEYS);
    for (const e of VENDOR_CATALOG.endpoints.values()) {
      expect(e.id.startsWith(`${e.recipient}.`), e.id).toBe(true);
      for (const f of [...e.bodyFields.fieldCategories, ...e.queryFields.fieldCategories])
        expect(keys.has(f.category), `${e.id} ${f.path}`).toBe(true);
      for (const list of e.keyValueLists)
        for (const c of Object.values(list.known))
          expect(c === "operational" || keys.has(c), `${e.id} ${list.path}`).toBe(true);
      if (e.bodySchema !== undefined)
        expect(e.bodyFields.fieldCategories.length + e.bodyFields.operationalFields.length).toBeGreaterThan(
          0,
        );
    }
    expect(VENDOR_CATALOG.endpoints.size).toBe(VENDOR_RECIPIENTS.reduce((n, r) => n + r.endpoints.length, 0));
    expect(() => createVendorCatalog([...VENDOR_RECIPIENTS, VENDOR_RECIPIENTS[0] as never])).toThrow(
      /duplicate/,
    );
  });

  it("compiles path templates", () => {
    const re = compilePathPattern("/{version}/{pixel-id}/events");
    expect(re.test("/v21.0/918273645501234/events")).toBe(true);
    expect(re.test("/918273645501234/events")).toBe(true);
    expect(re.test("/v21.0/a/b/events")).toBe(false);
    expect(compilePathPattern("/v4/openim/sendmsg").test("/v4/openim/sendmsgX")).toBe(false);
    expect(compilePathPattern("/").test("/")).toBe(true);
    expect(compilePathPattern("/").test("")).toBe(true);
  });
});
