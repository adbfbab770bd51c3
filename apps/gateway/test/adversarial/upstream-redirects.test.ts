/**
 * A vendor's answer that would send the client around the gateway (session 20, red-team round
 * 10 F13). The client is Node's global fetch, which follows redirects on its own (as axios,
 * requests and Go's net/http do): a redirect handed back as the vendor wrote it re-sent the
 * original, unredacted body straight to the other host. Now a location inside the recipient's
 * upstream is rewritten to the gateway's path (the client comes back and is redacted again), any
 * other redirect is 502 `upstream_redirect` with no Location, and headers that steer the client
 * elsewhere (Alt-Svc, Link, Set-Cookie...) are dropped.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway, type TestGateway } from "../support/gateway.js";
import {
  attributesOf,
  jsonSpans,
  type OtlpReceiver,
  otlpTelemetry,
  startOtlpReceiver,
} from "../support/otlp-receiver.js";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import { CAPI_BODY, FAST, leaksIn } from "./harness.js";

/** Marks the vendor's location in telemetry: it must never appear there. */
const LOCATION_MARK = "moved-here-7c1f";

/** A vendor whose answer each test scripts; it records what it receives. */
interface ScriptedVendor {
  readonly url: string;
  readonly received: Array<{ url: string; body: string }>;
  answer: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

async function startScriptedVendor(): Promise<ScriptedVendor> {
  const sockets = new Set<Socket>();
  const vendor: ScriptedVendor = {
    url: "",
    received: [],
    answer: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
    });
    req.on("end", () => {
      vendor.received.push({ url: req.url ?? "", body });
      vendor.answer(req, res);
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(vendor, { url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` });
}

let vendor: ScriptedVendor;
let elsewhere: TestUpstream;
let receiver: OtlpReceiver;
let gw: TestGateway;

beforeAll(async () => {
  vendor = await startScriptedVendor();
  elsewhere = await startUpstream();
  receiver = await startOtlpReceiver();
  gw = await startGateway({
    ...FAST,
    upstreams: { facebook: `${vendor.url}/fb` },
    telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
  });
});
afterAll(async () => {
  await gw.close();
  await vendor.close();
  await elsewhere.close();
  await receiver.close();
});

/** The vendor answers a first request with `status` and `headers`, and later ones 200. */
function redirectOnce(status: number, headers: Record<string, string>): void {
  let answered = false;
  vendor.answer = (_req, res) => {
    if (answered) {
      res.writeHead(200, { "content-type": "application/json" }).end('{"events_received":1}');
      return;
    }
    answered = true;
    res.writeHead(status, headers).end();
  };
}

/** A backend's call: Node's fetch, following redirects as it does by default. */
async function backendPost(): Promise<{ status: number; headers: Headers; body: string }> {
  vendor.received.length = 0;
  elsewhere.received.length = 0;
  const res = await fetch(`${gw.url}/facebook/v21.0/1/events`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.77" },
    body: CAPI_BODY,
  });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

describe("a read redirected to the recipient's own content host (session 20, red team round 11 F5)", () => {
  const picture = "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=1234567890123456&ext=1";

  /** A call with redirects not followed, to see what the client is handed. */
  const call = (method: string, location: string) => {
    redirectOnce(302, { location });
    return fetch(`${gw.url}/facebook/v21.0/1234567890123456/picture?type=large`, {
      method,
      redirect: "manual",
      ...(method === "POST" ? { headers: { "content-type": "application/json" }, body: "{}" } : {}),
    });
  };

  it("Graph's /picture 302 to fbsbx.com is handed back as it came to a GET and a HEAD", async () => {
    for (const method of ["GET", "HEAD"]) {
      const res = await call(method, picture);
      expect(res.status, method).toBe(302);
      expect(res.headers.get("location"), method).toBe(picture);
    }
  });

  it.each([
    ["a POST", "POST", picture],
    ["plain http", "GET", picture.replace("https:", "http:")],
    ["another host ending in the name", "GET", "https://evilfbsbx.com/x"],
    ["user-info", "GET", "https://kago:pw@platform-lookaside.fbsbx.com/x"],
  ])("near miss: %s: 502 upstream_redirect", async (_label, method, location) => {
    const res = await call(method, location);
    expect(res.status).toBe(502);
    expect(res.headers.get("location")).toBeNull();
  });
});

describe("vendor redirects are never handed back leading around the gateway", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`${String(status)} to another host: 502 upstream_redirect, no Location, the other host gets nothing`, async () => {
      redirectOnce(status, { location: `${elsewhere.url}/v21.0/1/events?${LOCATION_MARK}=1` });
      const res = await backendPost();
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: "upstream_redirect" } });
      expect(res.headers.get("location")).toBeNull();
      await new Promise((r) => setTimeout(r, 100));
      expect(elsewhere.received).toHaveLength(0);
      expect(vendor.received).toHaveLength(1);
      expect(gw.logs.at(-1)).toMatchObject({
        event: "transfer",
        status: 502,
        errorCode: "upstream_redirect",
      });
    });
  }

  for (const [label, location] of [
    ["the same host outside the upstream's path prefix", () => `${vendor.url}/fbx/v21.0/1/events`],
    ["the upstream's origin with user-info", () => `${vendor.url.replace("//", "//kago:pw@")}/fb/x`],
    ["the upstream's host under another scheme", () => `${vendor.url.replace("http:", "https:")}/fb/x`],
    ["a protocol-relative location to another host", () => `//${new URL(elsewhere.url).host}/x`],
    ["no URL at all", () => "http://[bad"],
  ] as const) {
    it(`a redirect to ${label}: 502 upstream_redirect`, async () => {
      redirectOnce(307, { location: location() });
      const res = await backendPost();
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: "upstream_redirect" } });
      expect(elsewhere.received).toHaveLength(0);
    });
  }

  for (const [label, location, expected] of [
    [
      "absolute, into the upstream",
      () => `${vendor.url}/fb/v22.0/1/events?${LOCATION_MARK}=1`,
      `/fb/v22.0/1/events?${LOCATION_MARK}=1`,
    ],
    ["an absolute path", () => "/fb/v22.0/1/events?x=1", "/fb/v22.0/1/events?x=1"],
    ["relative to the request", () => "events?x=2", "/fb/v21.0/1/events?x=2"],
    ["the upstream's base path itself", () => `${vendor.url}/fb`, "/fb/"],
  ] as const) {
    it(`307 ${label}: rewritten to the gateway, so fetch comes back through it and is redacted again`, async () => {
      redirectOnce(307, { location: location() });
      const res = await backendPost();
      expect(res.status).toBe(200);
      expect(vendor.received.map((r) => r.url)).toEqual(["/fb/v21.0/1/events", expected]);
      // both deliveries were inspected: no planted value, and no client address header
      expect(leaksIn(vendor.received.map((r) => r.body).join("\n"))).toEqual([]);
      expect(vendor.received[1]?.body).toBe(vendor.received[0]?.body);
      expect(elsewhere.received).toHaveLength(0);
    });
  }

  it("the rewritten Location names the gateway's route: /<recipient>/<vendor path>", async () => {
    redirectOnce(308, { location: `${vendor.url}/fb/v22.0/1/events?a=1` });
    const res = await fetch(`${gw.url}/facebook/v21.0/1/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      redirect: "manual",
    });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/facebook/v22.0/1/events?a=1");
  });

  it("an absolute-form request (the gateway as the client's proxy) gets the vendor host's URL back", async () => {
    redirectOnce(307, { location: `${vendor.url}/fb/v22.0/1/events` });
    const res = await new Promise<string>((resolve, reject) => {
      void import("node:http").then(({ request }) => {
        const url = new URL(gw.url);
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            method: "POST",
            path: "http://graph.facebook.com/v21.0/1/events",
            headers: { "content-type": "application/json", host: "graph.facebook.com" },
            agent: false,
          },
          (r) => {
            r.resume();
            resolve(String(r.headers.location));
          },
        );
        req.on("error", reject);
        req.end("{}");
      });
    });
    expect(res).toBe("http://graph.facebook.com/v22.0/1/events");
  });

  it("a Location outside the upstream on a non-redirect (201) is dropped, the answer kept", async () => {
    redirectOnce(201, { location: `${elsewhere.url}/created/1`, "content-location": `${elsewhere.url}/c` });
    const res = await backendPost();
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-location")).toBeNull();
  });

  it("client-steering headers are dropped, the vendor's own headers kept, Content-Location rewritten", async () => {
    redirectOnce(200, {
      "content-type": "application/json",
      "alt-svc": 'h2="evil.example:443"; ma=86400',
      "strict-transport-security": "max-age=31536000",
      "set-cookie": "sid=abc; Domain=127.0.0.1",
      link: "<https://graph.facebook.com/>; rel=preconnect",
      refresh: `0; url=${elsewhere.url}/`,
      "clear-site-data": '"cookies"',
      "content-location": `${vendor.url}/fb/v21.0/1/events/1`,
      "x-fb-trace-id": "Abc123",
      "x-app-usage": '{"call_count":1}',
      "retry-after": "3",
    });
    const res = await backendPost();
    expect(res.status).toBe(200);
    for (const name of [
      "alt-svc",
      "strict-transport-security",
      "set-cookie",
      "link",
      "refresh",
      "clear-site-data",
    ])
      expect(res.headers.get(name), name).toBeNull();
    expect(res.headers.get("content-location")).toBe("/facebook/v21.0/1/events/1");
    expect(res.headers.get("x-fb-trace-id")).toBe("Abc123");
    expect(res.headers.get("x-app-usage")).toBe('{"call_count":1}');
    expect(res.headers.get("retry-after")).toBe("3");
  });

  it("the refusal is on the span, and the vendor's location is in no log line or span", async () => {
    receiver.requests.length = 0;
    redirectOnce(307, { location: `${elsewhere.url}/v21.0/1/events?${LOCATION_MARK}=1` });
    await backendPost();
    await gw.gateway.close(); // flushes the spans
    const span = jsonSpans(receiver.requests).find(
      (s) => attributesOf(s)["privacy.error.code"] === "upstream_redirect",
    );
    expect(span).toBeDefined();
    const telemetry = `${gw.rawLogs.join("\n")}\n${receiver.requests.map((r) => r.body.toString("utf8")).join("\n")}`;
    expect(telemetry).not.toContain(LOCATION_MARK);
  });
});
