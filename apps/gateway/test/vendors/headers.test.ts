/**
 * Which request headers reach a vendor, over real sockets with the vendor integration (session 16,
 * red-team rt4 H5, H5b, H6): the standard ones and the recipient's own arrive, every other header
 * is dropped, and the log line names the removal by reason and templated location, never by value.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import {
  policyForwardingHeaders,
  startVendorGateway,
  transfersLogged,
  type VendorGateway,
} from "./support.js";

/** Headers a backend (or a proxy in front of it) may add, none of which facebook needs. */
const UNLISTED: Record<string, string> = {
  "X-Kago-User": "kago_30417",
  "X-kago_30417": "1",
  "X-Forwarded-User": "asolberg",
  "X-MS-CLIENT-PRINCIPAL-NAME": "asolberg",
  "X-SSL-Client-S-DN": "CN=Astrid Solberg,O=Kago,C=NO",
  "Set-Cookie": "sid=5f0c2c1e",
  "X-Amplitude-Device-Id": "0c9a8b7e-6d5c-4b3a-9f8e-7d6c5b4a3f2e",
  "X-Iccid": "8947080012345678901",
  "X-Geo": "59.9139;10.7522",
  "X-Request-Id": "490154203237518",
};

/** Other tracing systems' headers; `traceparent` the gateway strips before the engine (W3C, its own). */
const TRACE: Record<string, string> = {
  "X-B3-TraceId": "4bf92f3577b34da6a3ce929d0e0e4736",
  "uberctx-user": "asolberg",
  "sentry-trace": "4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1",
  "X-Amzn-Trace-Id": "Root=1-5759e988-bd862e3fe1be46a994272793;user=kago_30417",
  "x-datadog-trace-id": "1234567890123456789",
  traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
};

/** What facebook needs, and gets as sent. */
const STANDARD: Record<string, string> = {
  "Content-Type": "application/json",
  Accept: "application/json",
  Authorization: "Bearer EAAExampleTokenForTests0001",
};

const BODY = JSON.stringify({ data: [{ event_name: "Purchase", custom_data: { connection_type: "wifi" } }] });

let upstream: TestUpstream;
let gw: VendorGateway;
let forwarding: VendorGateway;
beforeAll(async () => {
  upstream = await startUpstream();
  const upstreams = { facebook: `${upstream.url}/fb`, aliyun: `${upstream.url}/sls` };
  gw = await startVendorGateway({ upstreams });
  forwarding = await startVendorGateway({ upstreams, policy: policyForwardingHeaders(["x-kago-tenant"]) });
});
afterAll(async () => {
  await gw.close();
  await forwarding.close();
  await upstream.close();
});

function lower(headers: Record<string, string>): string[] {
  return Object.keys(headers).map((name) => name.toLowerCase());
}

describe("headers over the gateway (session 16)", () => {
  it("facebook gets the standard headers and none of the others; the log names the removal, not the values", async () => {
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { ...STANDARD, ...UNLISTED, ...TRACE },
      body: BODY,
    });
    expect(res.status).toBe(200);
    const got = upstream.received[before];
    for (const name of lower(STANDARD))
      expect(got?.headers[name], name).toBe(
        STANDARD[Object.keys(STANDARD).find((n) => n.toLowerCase() === name) as string],
      );
    const names = new Set(Object.keys(got?.headers ?? {}));
    for (const name of [...lower(UNLISTED), ...lower(TRACE)]) expect(names.has(name), name).toBe(false);
    expect(got?.body.toString("utf8")).toBe(BODY);

    const [line] = (await transfersLogged(gw, 1)).slice(-1);
    expect(line).toMatchObject({
      decision: "redacted",
      endpoint: "facebook.capi.events",
      droppedHeaders: { unlisted: 10, trace: 5 },
      categoriesRemoved: [],
    });
    expect(line?.removedPaths).toEqual(["header:{}"]);
    const logged = JSON.stringify(line);
    // (not the trace ids: the gateway continues the caller's W3C trace, whose id the line carries)
    for (const value of [...Object.values(UNLISTED), "uberctx", "x-kago", "kago_30417", "Astrid", "asolberg"])
      if (value.length > 3) expect(logged, value).not.toContain(value);
  });

  it("aliyun gets its own x-log-* and x-acs-* headers; facebook does not", async () => {
    const sls = {
      "x-log-apiversion": "0.6.0",
      "x-log-bodyrawsize": String(Buffer.byteLength('{"__logs__":[{"event":"tap"}]}')),
      "x-acs-security-token": "CAIS8gF1q6Ft5B2yfSjIr5bSEsKAgep",
    };
    const before = upstream.received.length;
    for (const path of ["/aliyun/logstores/app/track", "/facebook/v21.0/918273645501234/events"]) {
      const res = await send(gw.url, {
        method: "POST",
        path,
        headers: { "Content-Type": "application/json", "X-Kago-User": "kago_30417", ...sls },
        body: '{"__logs__":[{"event":"tap"}]}',
      });
      expect(res.status).toBe(200);
    }
    const [aliyun, facebook] = upstream.received.slice(before);
    for (const [name, value] of Object.entries(sls)) {
      expect(aliyun?.headers[name], name).toBe(value);
      expect(facebook?.headers[name], name).toBeUndefined();
    }
    expect(aliyun?.headers["x-kago-user"]).toBeUndefined();
  });

  it("forwardHeaders passes a deployment's header, and the engine still reads it", async () => {
    const before = upstream.received.length;
    for (const tenant of ["acme", "astrid.solberg@example.org"]) {
      const res = await send(forwarding.url, {
        method: "POST",
        path: "/facebook/v21.0/918273645501234/events",
        headers: { ...STANDARD, "X-Kago-Tenant": tenant, "X-Kago-User": "kago_30417" },
        body: BODY,
      });
      expect(res.status).toBe(200);
    }
    const [plain, personal] = upstream.received.slice(before);
    expect(plain?.headers["x-kago-tenant"]).toBe("acme");
    expect(personal?.headers["x-kago-tenant"]).toBeUndefined();
    for (const got of [plain, personal]) expect(got?.headers["x-kago-user"]).toBeUndefined();
    const [, last] = (await transfersLogged(forwarding, 2)).slice(-2);
    expect(last).toMatchObject({ categoriesRemoved: ["contact.email"], droppedHeaders: { unlisted: 1 } });
  });
});

/** The red team's values (round 10, F1): reached facebook in every standard header before session 20. */
const PERSONAL = ["13812345678", "490154203237518", "Astrid Solberg"];

describe("standard headers by their grammar, over the gateway (session 20, red team round 10 F1, F9)", () => {
  it("facebook gets what fits each standard header's grammar, never the values around it", async () => {
    for (const v of PERSONAL) {
      const before = upstream.received.length;
      const res = await send(gw.url, {
        method: "POST",
        path: "/facebook/v21.0/918273645501234/events",
        headers: {
          "Content-Type": `application/json; u="${v}"`,
          Accept: `application/json; u=${v}`,
          "Accept-Encoding": `gzip, x-${v}`,
          "Cache-Control": `no-cache, user=${v}`,
          Pragma: `no-cache, u=${v}`,
          Date: `Tue, 01 Dec 2026 09:00:00 GMT ${v}`,
          "Content-MD5": v,
          Authorization: `Bearer ${v}`,
        },
        body: BODY,
      });
      expect(res.status).toBe(200);
      const got = upstream.received[before];
      expect(got?.headers).toMatchObject({
        "content-type": "application/json",
        accept: "application/json",
        "accept-encoding": "gzip",
        "cache-control": "no-cache",
        pragma: "no-cache",
      });
      for (const name of ["date", "content-md5", "authorization"])
        expect(got?.headers[name], `${name} ${v}`).toBeUndefined();
      const [line] = (await transfersLogged(gw, 1)).slice(-1);
      expect(line?.droppedHeaders, v).toMatchObject({ malformed: expect.any(Number) });
      expect(JSON.stringify(line)).not.toContain(v);
    }
  });

  it("forwards what HTTP clients send byte for byte", async () => {
    const sent = {
      "content-type": "application/json; charset=UTF-8",
      accept: "application/json, text/plain, */*",
      "accept-encoding": "gzip, compress, deflate, br",
      "cache-control": "no-cache",
      pragma: "no-cache",
      date: "Tue, 01 Dec 2026 09:00:00 GMT",
      authorization: "Bearer EAAGm0PX4ZCpsBAKZCjR0Uy3nP5vZBZC7wZAhZBZCZAq1x2ZB3ZBC4D5E6F7G8H9I0J",
    };
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: sent,
      body: BODY,
    });
    expect(res.status).toBe(200);
    expect(upstream.received[before]?.headers).toMatchObject(sent);
    const [line] = (await transfersLogged(gw, 1)).slice(-1);
    expect(line?.droppedHeaders).toEqual({});
  });

  it("recomputes Content-MD5 beside a Bearer token, which signs nothing (F9)", async () => {
    const { createHash } = await import("node:crypto");
    const body = JSON.stringify({
      data: [{ event_name: "Purchase", custom_data: { note: "mail astrid.solberg@example.org" } }],
    });
    for (const form of ["base64", "hex"] as const) {
      const before = upstream.received.length;
      const res = await send(gw.url, {
        method: "POST",
        path: "/facebook/v21.0/918273645501234/events",
        headers: {
          "Content-Type": "application/json",
          Authorization: "Bearer EAAExampleTokenForTests0001",
          "Content-MD5": createHash("md5").update(body).digest(form),
        },
        body,
      });
      expect(res.status).toBe(200);
      const got = upstream.received[before];
      expect(got?.body.toString("utf8")).not.toContain("astrid");
      expect(got?.headers["content-md5"], form).toBe(
        createHash("md5")
          .update(got?.body ?? "")
          .digest(form),
      );
      expect(got?.headers.authorization).toBe("Bearer EAAExampleTokenForTests0001");
    }
  });

  it("still refuses a changed body under an SLS signature over Content-MD5 it cannot re-sign (F9)", async () => {
    const { createHash } = await import("node:crypto");
    const body = '{"__logs__":[{"event":"tap","note":"mail astrid.solberg@example.org"}]}';
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path: "/aliyun/logstores/app/track",
      headers: {
        "Content-Type": "application/json",
        "x-log-bodyrawsize": String(Buffer.byteLength(body)),
        "Content-MD5": createHash("md5").update(body).digest("hex").toUpperCase(),
        Authorization: "LOG LTAI5tAbCdEfGhIjKlMn:ZG9udGNhcmU0d2hhdGl0aXM=",
      },
      body,
    });
    expect(res.status).toBe(422);
    expect(upstream.received.length).toBe(before);
  });
});

describe("Content-MD5 of an unchanged body (session 20, red team round 10 F1)", () => {
  it("forwards the body's own checksum, removes one that is not (32 hex digits can spell a phone number)", async () => {
    const { createHash } = await import("node:crypto");
    const md5 = createHash("md5").update(BODY).digest();
    const before = upstream.received.length;
    for (const value of [md5.toString("base64"), md5.toString("hex"), md5.toString("hex").toUpperCase()]) {
      const res = await send(gw.url, {
        method: "POST",
        path: "/facebook/v21.0/918273645501234/events",
        headers: { "Content-Type": "application/json", "Content-MD5": value },
        body: BODY,
      });
      expect(res.status, value).toBe(200);
      expect(upstream.received.at(-1)?.headers["content-md5"]).toBe(value);
    }
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { "Content-Type": "application/json", "Content-MD5": "13812345678abcdef0123456789abcde" },
      body: BODY,
    });
    expect(res.status).toBe(200);
    expect(upstream.received.length).toBe(before + 4);
    expect(upstream.received.at(-1)?.headers["content-md5"]).toBeUndefined();
    expect(JSON.stringify(upstream.received.at(-1)?.headers)).not.toContain("13812345678");
  });

  it("a gzip body's checksum of the document before compression: forwarded without it, not refused (red team round 11 F7)", async () => {
    const { createHash } = await import("node:crypto");
    const { gzipSync } = await import("node:zlib");
    const value = createHash("md5").update(BODY).digest("base64");
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { "Content-Type": "application/json", "Content-Encoding": "gzip", "Content-MD5": value },
      body: gzipSync(BODY),
    });
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.headers["content-md5"]).toBeUndefined();
  });
});
