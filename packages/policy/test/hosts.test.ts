import { loadBuiltinPolicy, normalizeHost } from "@kago/policy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const policy = loadBuiltinPolicy();
const route = (host: string) => policy.recipientForHost(host)?.id;

describe("recipientForHost", () => {
  it.each([
    ["graph.facebook.com", "facebook"],
    ["GRAPH.Facebook.COM", "facebook"],
    ["graph.facebook.com:443", "facebook"],
    ["graph.facebook.com.", "facebook"],
    ["graph.facebook.com.:8443", "facebook"],
    ["console.tim.qq.com", "tencent"],
    ["adminapisgp.im.qcloud.com", "tencent"],
    ["adminapiusa.my-imcloud.com", "tencent"],
    ["rtc-api.zego.im", "zego"],
    ["zim-api-sgp.zego.im", "zego"],
    ["kago-logs.cn-hangzhou.log.aliyuncs.com", "aliyun"],
    ["cn-hangzhou.log.aliyuncs.com", "aliyun"],
    ["a.b.c.log.aliyuncs.com:80", "aliyun"],
  ])("%s -> %s", (host, id) => {
    expect(route(host)).toBe(id);
  });

  it.each([
    "log.aliyuncs.com", // a wildcard does not match its bare suffix
    "evil-log.aliyuncs.com",
    "log.aliyuncs.com.evil.example",
    "facebook.com",
    "xgraph.facebook.com",
    "graph.facebook.com.evil.example",
    "zego.im",
    "",
    "[::1]:443",
    "::1",
    "127.0.0.1:8080",
  ])("%j routes nowhere", (host) => {
    expect(route(host)).toBeUndefined();
  });

  it("never throws and never routes a host outside the policy's names", () => {
    fc.assert(
      fc.property(fc.string(), (host) => {
        const r = policy.recipientForHost(host);
        if (r === undefined) return;
        const h = normalizeHost(host);
        expect(r.hosts.some((p) => (p.startsWith("*.") ? h.endsWith(p.slice(1)) : h === p))).toBe(true);
      }),
    );
  });

  it("normalizes case, ports, trailing dots and IPv6 brackets", () => {
    expect(normalizeHost(" Graph.Facebook.com.:443 ")).toBe("graph.facebook.com");
    expect(normalizeHost("[2001:DB8::1]:443")).toBe("[2001:db8::1]");
    expect(normalizeHost("2001:db8::1")).toBe("");
  });
});
