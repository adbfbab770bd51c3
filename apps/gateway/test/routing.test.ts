import { hostOfAuthority, resolveRoute, upstreamTarget } from "@kago/gateway";
import { loadBuiltinPolicy } from "@kago/policy";
import { describe, expect, it } from "vitest";

const policy = loadBuiltinPolicy();

describe("resolveRoute", () => {
  it("routes origin form by the first path segment and keeps path and query raw", () => {
    expect(resolveRoute(policy, "/facebook/v21.0/1/events?access_token=a%20b")).toEqual({
      recipient: "facebook",
      upstream: "facebook",
      path: "/v21.0/1/events",
      query: "access_token=a%20b",
      form: "origin",
    });
    expect(resolveRoute(policy, "/zego/?Action=X")).toMatchObject({
      recipient: "zego",
      path: "/",
      query: "Action=X",
    });
    expect(resolveRoute(policy, "/zego?Action=X")).toMatchObject({
      recipient: "zego",
      path: "",
      query: "Action=X",
    });
  });

  it("refuses a segment that names no recipient", () => {
    expect(resolveRoute(policy, "/nobody/x")).toMatchObject({ code: "unknown_recipient", status: 404 });
    expect(resolveRoute(policy, "/")).toMatchObject({ code: "unknown_recipient" });
    expect(resolveRoute(policy, "/nobody:sms/x")).toMatchObject({ code: "unknown_recipient" });
    for (const bad of ["/tencent:/x", "/tencent:a:b/x", "/tencent:s%6Ds/x", "/:sms/x"])
      expect(resolveRoute(policy, bad), bad).toMatchObject({ code: "unknown_recipient" });
  });

  it("names a recipient's named upstream with <recipient>:<name>; the policy is the recipient's", () => {
    expect(resolveRoute(policy, "/Tencent:SMS/?Action=SendSms")).toEqual({
      recipient: "tencent",
      upstream: "tencent:sms",
      path: "/",
      query: "Action=SendSms",
      form: "origin",
    });
  });

  it("routes absolute form by the policy's recipient hosts, port and case ignored", () => {
    const fbHost = policy.recipients.get("facebook")?.hosts[0] ?? "";
    expect(fbHost).not.toBe("");
    expect(resolveRoute(policy, `http://${fbHost.toUpperCase()}:80/v21.0/1/events?a=1`)).toEqual({
      recipient: "facebook",
      upstream: "facebook",
      path: "/v21.0/1/events",
      query: "a=1",
      form: "absolute",
    });
  });

  it("refuses hosts no recipient owns: never an open proxy", () => {
    expect(resolveRoute(policy, "http://example.com/anything")).toMatchObject({
      code: "host_not_allowed",
      status: 403,
    });
    expect(resolveRoute(policy, "http://127.0.0.1:8080/facebook/x")).toMatchObject({
      code: "host_not_allowed",
    });
  });

  it("refuses dot segments and backslashes that could climb out of the base path upstream", () => {
    for (const target of ["/facebook/../aliyun/x", "/facebook/%2e%2E/x", "/facebook/./x", "/facebook/a\\b"]) {
      expect(resolveRoute(policy, target)).toMatchObject({ code: "bad_request_target" });
    }
    expect(resolveRoute(policy, "*")).toMatchObject({ code: "bad_request_target" });
  });

  it("refuses a fragment and an empty path segment, which a server may fold away (session 16)", () => {
    for (const target of [
      "/facebook/v21.0/1/events#x",
      "/zego/?Action=A#",
      "http://graph.facebook.com/v21.0/1/events#x",
    ])
      expect(resolveRoute(policy, target), target).toMatchObject({ code: "bad_request_target", status: 400 });
    for (const target of [
      "/facebook/v21.0//1/events",
      "/facebook//v21.0//1/events",
      "/facebook/v21.0/1/events//",
      "http://graph.facebook.com/v21.0//1/events",
    ])
      expect(resolveRoute(policy, target), target).toMatchObject({ code: "empty_path_segment", status: 400 });
    // slashes that open the vendor path are one: a base URL ending in `/` joined to a path
    for (const [target, path] of [
      ["/facebook//v21.0/1/events", "/v21.0/1/events"],
      ["/tencent//", "/"],
      ["/aliyun///logstores/x/shards/lb", "/logstores/x/shards/lb"],
      ["/zego//?Action=A", "/"],
      ["http://graph.facebook.com//v21.0/1/events", "/v21.0/1/events"],
    ] as const)
      expect(resolveRoute(policy, target), target).toMatchObject({ path });
    // near misses: an encoded fragment or slash, `//` inside the query, a trailing slash
    for (const target of [
      "/facebook/v21.0/1/events%23x",
      "/facebook/a%2F%2Fb",
      "/facebook/x?next=https://a//b",
      "/facebook/v21.0/1/events/",
    ])
      expect(resolveRoute(policy, target), target).toMatchObject({ recipient: "facebook" });
  });
});

describe("upstreamTarget", () => {
  it("keeps the base URL's path prefix", () => {
    expect(upstreamTarget(new URL("http://127.0.0.1:9000/fb"), "/v24.0/1/events", "")).toEqual({
      origin: "http://127.0.0.1:9000",
      pathAndQuery: "/fb/v24.0/1/events",
    });
    expect(upstreamTarget(new URL("http://127.0.0.1:9000/fb/"), "/v24.0/1/events", "a=1").pathAndQuery).toBe(
      "/fb/v24.0/1/events?a=1",
    );
    expect(upstreamTarget(new URL("https://graph.facebook.com"), "", "a=%2B1").pathAndQuery).toBe("/?a=%2B1");
  });
});

describe("hostOfAuthority", () => {
  it("strips user info and port, lower-cases", () => {
    expect(hostOfAuthority("u:p@Graph.Facebook.com:443")).toBe("graph.facebook.com");
    expect(hostOfAuthority("[::1]:80")).toBe("[::1]");
  });
});
