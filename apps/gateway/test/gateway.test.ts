/**
 * The gateway over real sockets: a real upstream, the real built-in policy and engine.
 */
import { brotliCompressSync, deflateRawSync, gunzipSync, gzipSync } from "node:zlib";
import type { RedactOptions } from "@kago/redaction";
import { type RecipientId, VENDOR_CATALOG } from "@kago/vendors";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ClientResponse, errorCode, send, sendRaw } from "./support/client.js";
import { startGateway, type TestGateway } from "./support/gateway.js";
import { deadPort, startUpstream, type TestUpstream } from "./support/upstream.js";

// Synthetic personal values (documentation ranges, example.org, a fictional phone number).
const EMAIL = "ingrid.solberg@example.org";
const IP = "192.0.2.44";
const PHONE = "+44 7700 900417";
const FBP = "fb.1.1767225600123.4815162342";
const PLANTED = [EMAIL, IP, PHONE, FBP, "7700 900417", "Ingrid"];

let upstream: TestUpstream;
let gw: TestGateway;

beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startGateway(
    {
      upstreams: {
        facebook: `${upstream.url}/fb`,
        aliyun: `${upstream.url}/aliyun`,
        tencent: `${upstream.url}/tencent`,
        zego: `${upstream.url}/zego`,
      },
    },
    // the recipients' own headers (SLS `x-log-*`), as the vendor integration gives them; no plans
    { redactOptions: (t) => vendorHeaders(t.recipient) },
  );
});

function vendorHeaders(recipient: string): RedactOptions | undefined {
  const headers = VENDOR_CATALOG.recipients.get(recipient as RecipientId)?.headers;
  return headers === undefined ? undefined : { headers };
}

afterAll(async () => {
  await gw.close();
  await upstream.close();
});

afterEach(() => {
  upstream.received.length = 0;
});

function expectRefused(res: ClientResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  // an engine refusal may name the field (`location`, a template: no value)
  const { location, ...rest } = (res.json as { error: Record<string, unknown> }).error;
  expect({ error: rest }).toEqual({ error: { code, message: expect.any(String) } });
  if (location !== undefined) expect(location).toMatch(/^(?:body|query|header|path):/);
  expect(errorCode(res)).toBe(code);
  expect(upstream.received).toHaveLength(0);
}

function leaks(text: string): string[] {
  return PLANTED.filter((v) => text.toLowerCase().includes(v.toLowerCase()));
}

const capiBody = JSON.stringify({
  data: [
    {
      event_name: "Purchase",
      event_time: 1767261600,
      user_data: { em: EMAIL, client_ip_address: IP, ph: PHONE },
      custom_data: { currency: "EUR", value: 4.99, connection_type: "wifi" },
    },
  ],
});

describe("health", () => {
  it("answers 200 on /healthz", async () => {
    const res = await send(gw.url, { path: "/healthz" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "ok", policyVersion: gw.policy.version });
  });
});

describe("forwarding", () => {
  it("redacts a JSON body, keeps the base path prefix and the query, and sets Host and Content-Length", async () => {
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events?access_token=EAAtoken",
      headers: {
        "content-type": "application/json; charset=utf-8",
        traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        tracestate: "kago=1",
        baggage: "user=1",
        connection: "keep-alive, x-hop",
        "x-hop": "secret-hop",
        "keep-alive": "timeout=5",
        "x-forwarded-for": IP,
        forwarded: `for=${IP};proto=https`,
        "x-real-ip": IP,
        referer: `https://kago.example/profile?email=${encodeURIComponent(EMAIL)}`,
        cookie: `_fbp=${FBP}`,
      },
      body: capiBody,
    });
    expect(res.status).toBe(200);
    expect(res.headers["x-upstream"]).toBe("test");
    expect(upstream.received).toHaveLength(1);
    const got = upstream.received[0];
    expect(got?.method).toBe("POST");
    expect(got?.url).toBe("/fb/v21.0/918273645501234/events?access_token=EAAtoken");
    expect(got?.headers.host).toBe(`127.0.0.1:${upstream.port}`);
    for (const h of ["traceparent", "tracestate", "baggage", "x-hop", "keep-alive", "x-forwarded-for"]) {
      expect(got?.headers[h]).toBeUndefined();
    }
    const body = got?.body.toString("utf8") ?? "";
    expect(Number(got?.headers["content-length"])).toBe(got?.body.length);
    expect(leaks(body + JSON.stringify(got?.headers))).toEqual([]);
    const parsed = JSON.parse(body) as {
      data: Array<{ event_name: string; custom_data: Record<string, unknown> }>;
    };
    expect(parsed.data[0]?.event_name).toBe("Purchase");
    expect(parsed.data[0]?.custom_data).toEqual({ currency: "EUR", value: 4.99, connection_type: "wifi" });
  });

  it("forwards an unchanged body byte for byte (big integers, spacing, key order)", async () => {
    const raw = '{ "z": 12345678901234567890,  "a": [1.50, 2e3], "connection_type": "wifi" }';
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/1/events",
      headers: { "content-type": "application/json" },
      body: raw,
    });
    expect(res.status).toBe(200);
    expect(upstream.received[0]?.body.toString("utf8")).toBe(raw);
  });

  it("round-trips gzip: decodes, redacts, re-gzips with a correct Content-Length", async () => {
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/1/events",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: gzipSync(capiBody),
    });
    expect(res.status).toBe(200);
    const got = upstream.received[0];
    expect(got?.headers["content-encoding"]).toBe("gzip");
    expect(Number(got?.headers["content-length"])).toBe(got?.body.length);
    const text = gunzipSync(got?.body ?? Buffer.alloc(0)).toString("utf8");
    expect(leaks(text)).toEqual([]);
    expect(JSON.parse(text)).toMatchObject({ data: [{ event_name: "Purchase" }] });
  });

  it("round-trips br and raw deflate in the coding they arrived in", async () => {
    for (const [coding, encode] of [
      ["br", brotliCompressSync],
      ["deflate", deflateRawSync],
    ] as const) {
      upstream.received.length = 0;
      const res = await send(gw.url, {
        method: "POST",
        path: "/facebook/v21.0/1/events",
        headers: { "content-type": "application/json", "content-encoding": coding },
        body: encode(Buffer.from(capiBody)),
      });
      expect(res.status).toBe(200);
      expect(upstream.received[0]?.headers["content-encoding"]).toBe(coding);
      expect(leaks(upstream.received[0]?.body.toString("latin1") ?? "")).toEqual([]);
    }
  });

  it("keeps x-log-bodyrawsize and Content-MD5 true after changing a body", async () => {
    const body = JSON.stringify({ __logs__: [{ event: "tap", imei: "353918116204732", user_email: EMAIL }] });
    const res = await send(gw.url, {
      method: "POST",
      path: "/aliyun/logstores/app/track",
      headers: {
        "content-type": "application/json",
        "x-log-bodyrawsize": String(Buffer.byteLength(body)),
        "content-md5": "0123456789ABCDEF0123456789ABCDEF",
      },
      body,
    });
    expect(res.status).toBe(200);
    const got = upstream.received[0];
    const sent = got?.body ?? Buffer.alloc(0);
    expect(sent.toString("utf8")).not.toContain(EMAIL);
    expect(sent.toString("utf8")).toContain("353918116204732");
    expect(got?.headers["x-log-bodyrawsize"]).toBe(String(sent.length));
    const { createHash } = await import("node:crypto");
    expect(got?.headers["content-md5"]).toBe(createHash("md5").update(sent).digest("hex").toUpperCase());
  });

  it("redacts the query of a bodiless GET", async () => {
    const res = await send(gw.url, {
      path: `/zego/?Action=SendBarrageMessage&RoomId=r1&UserName=Ingrid%20Solberg&Email=${encodeURIComponent(EMAIL)}`,
    });
    expect(res.status).toBe(200);
    const url = decodeURIComponent(upstream.received[0]?.url ?? "");
    expect(url.startsWith("/zego/?Action=SendBarrageMessage&RoomId=r1")).toBe(true);
    expect(leaks(url)).toEqual([]);
  });

  it("forwards an edited query value in the sender's own encoding outside the change", async () => {
    // `+` for spaces and a raw `;` and `=` (read as separators by some servers) stay as written
    const res = await send(gw.url, {
      path: `/zego/?Action=SendBarrageMessage&RoomId=r1&Message=hi+from+${encodeURIComponent(EMAIL)}+%E2%9C%93&Extra=a;note=${encodeURIComponent(EMAIL)};b=2`,
    });
    expect(res.status).toBe(200);
    expect(upstream.received[0]?.url).toBe(
      "/zego/?Action=SendBarrageMessage&RoomId=r1&Message=hi+from+%5Bredacted%3Acontact.email%5D+%E2%9C%93" +
        "&Extra=a;note=%5Bredacted%3Acontact.email%5D;b=2",
    );
  });

  it("removes a `;` parameter of a query value that the key table names (session 16)", async () => {
    const res = await send(gw.url, {
      path: "/zego/?Action=SendBarrageMessage&RoomId=r1&Extra=a;ph=4741234567;b=2",
    });
    expect(res.status).toBe(200);
    expect(upstream.received[0]?.url).toBe("/zego/?Action=SendBarrageMessage&RoomId=r1&Extra=a;b=2");
  });

  it("routes absolute-form proxy requests by host and refuses other hosts", async () => {
    const host = gw.policy.recipients.get("facebook")?.hosts[0] ?? "";
    const ok = await sendRaw(
      gw.port,
      `POST http://${host}/v21.0/1/events HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(capiBody)}\r\nConnection: close\r\n\r\n${capiBody}`,
    );
    expect(ok).toMatch(/^HTTP\/1\.1 200/);
    expect(upstream.received[0]?.url).toBe("/fb/v21.0/1/events");
    expect(leaks(upstream.received[0]?.body.toString("utf8") ?? "")).toEqual([]);
    upstream.received.length = 0;
    const refused = await sendRaw(
      gw.port,
      "GET http://example.com/steal HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n",
    );
    expect(refused).toMatch(/^HTTP\/1\.1 403/);
    expect(refused).toContain('"code":"host_not_allowed"');
    expect(upstream.received).toHaveLength(0);
  });

  it("refuses CONNECT and says why and what to do instead", async () => {
    const host = gw.policy.recipients.get("facebook")?.hosts[0] ?? "";
    const answer = await sendRaw(gw.port, `CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 405/);
    const json = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as {
      error: { code: string; message: string };
    };
    expect(json.error.code).toBe("connect_not_supported");
    expect(json.error.message).toMatch(/cannot be inspected/);
    expect(json.error.message).toMatch(/plain HTTP/);
    expect(upstream.received).toHaveLength(0);
  });
});

describe("refusals: nothing is forwarded", () => {
  const post = (path: string, headers: Record<string, string>, body: Buffer | string) =>
    send(gw.url, { method: "POST", path, headers, body });

  it("unknown recipient: 404", async () => {
    expectRefused(await send(gw.url, { path: "/nobody/x" }), 404, "unknown_recipient");
  });
  it("dot segments: 400", async () => {
    expectRefused(await send(gw.url, { path: "/facebook/../aliyun/x" }), 400, "bad_request_target");
  });
  it("unknown content type: 415", async () => {
    expectRefused(
      await post("/facebook/x", { "content-type": "application/xml" }, "<a/>"),
      415,
      "unsupported_media_type",
    );
    expectRefused(
      await post("/facebook/x", { "content-type": "nonsense" }, "x"),
      415,
      "unsupported_media_type",
    );
  });
  it("a body without content type: 415", async () => {
    expectRefused(await post("/facebook/x", {}, "{}"), 415, "missing_content_type");
  });
  it("unknown charset: 415", async () => {
    expectRefused(
      await post("/facebook/x", { "content-type": "application/json; charset=utf-16" }, "{}"),
      415,
      "unsupported_charset",
    );
  });
  it("unknown or chained content encoding, vendor compression header: 415", async () => {
    const h = { "content-type": "application/json" };
    expectRefused(
      await post("/facebook/x", { ...h, "content-encoding": "zstd" }, "{}"),
      415,
      "unsupported_content_encoding",
    );
    expectRefused(
      await post("/facebook/x", { ...h, "content-encoding": "gzip, br" }, "{}"),
      415,
      "unsupported_content_encoding",
    );
    expectRefused(
      await post("/aliyun/logstores/a/shards/lb", { ...h, "x-log-compresstype": "lz4" }, "{}"),
      415,
      "unsupported_content_encoding",
    );
  });
  it("a body that does not decode under its coding: 400", async () => {
    expectRefused(
      await post(
        "/facebook/x",
        { "content-type": "application/json", "content-encoding": "gzip" },
        "not gzip",
      ),
      400,
      "malformed_encoding",
    );
  });
  it("invalid UTF-8: 400", async () => {
    expectRefused(
      await post(
        "/facebook/x",
        { "content-type": "application/json" },
        Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      ),
      400,
      "invalid_utf8",
    );
  });
  it("malformed JSON, duplicate keys, over-deep documents: 400 with the engine's codes", async () => {
    const h = { "content-type": "application/json" };
    expectRefused(await post("/facebook/x", h, '{"a":'), 400, "invalid_json");
    expectRefused(await post("/facebook/x", h, '{"a":1,"a":2}'), 400, "duplicate_key");
    expectRefused(await post("/facebook/x", h, `${"[".repeat(500)}${"]".repeat(500)}`), 400, "too_deep");
  });
  it("bad percent-encoding in the query: 400", async () => {
    expectRefused(await send(gw.url, { path: "/zego/?UserName=%E0%A4%A" }), 400, "invalid_query_encoding");
  });
});

describe("limits", () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await startGateway({
      upstreams: { facebook: upstream.url },
      maxBodyBytes: 1024,
      maxInflatedBytes: 4096,
    });
  });
  afterAll(() => small.close());

  it("a body over the limit: 413", async () => {
    const res = await send(small.url, {
      method: "POST",
      path: "/facebook/x",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pad: "x".repeat(2000) }),
    });
    expectRefused(res, 413, "body_too_large");
  });
  it("a gzip body that inflates past the inflated limit: 413", async () => {
    const bomb = gzipSync(JSON.stringify({ pad: "0".repeat(100_000) }));
    expect(bomb.length).toBeLessThan(1024);
    const res = await send(small.url, {
      method: "POST",
      path: "/facebook/x",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: bomb,
    });
    expectRefused(res, 413, "inflated_body_too_large");
  });
});

describe("upstream failures", () => {
  it("vendor unreachable: 502", async () => {
    const port = await deadPort();
    const g = await startGateway({ upstreams: { facebook: `http://127.0.0.1:${port}/fb` } });
    try {
      const res = await send(g.url, { path: "/facebook/x" });
      expect(res.status).toBe(502);
      expect(errorCode(res)).toBe("upstream_unreachable");
      expect(g.logs.some((l) => l.event === "transfer" && l.errorCode === "upstream_unreachable")).toBe(true);
    } finally {
      await g.close();
    }
  });
  it("vendor too slow: 504, and the gateway keeps serving", async () => {
    const slow = await startUpstream();
    slow.delayMs = 3_000;
    const g = await startGateway({ upstreams: { facebook: slow.url }, upstreamTimeoutMs: 200 });
    try {
      const res = await send(g.url, { path: "/facebook/x" });
      expect(res.status).toBe(504);
      expect(errorCode(res)).toBe("upstream_timeout");
      slow.delayMs = 0;
      expect((await send(g.url, { path: "/facebook/y" })).status).toBe(200);
    } finally {
      await g.close();
      await slow.close();
    }
  });
});

describe("logs and metrics", () => {
  it("writes one JSON log line per transfer and Prometheus metrics, with no personal value in either", async () => {
    const before = gw.logs.filter((l) => l.event === "transfer").length;
    await send(gw.url, {
      method: "POST",
      path: `/facebook/v21.0/1/events?ph=${encodeURIComponent(PHONE)}`,
      headers: { "content-type": "application/json", cookie: `_fbp=${FBP}`, "x-b3-traceid": "4bf92f35" },
      body: capiBody,
    });
    await send(gw.url, { path: "/facebook/x", headers: { "content-type": "application/json" } });
    const lines = gw.logs.filter((l) => l.event === "transfer").slice(before);
    expect(lines).toHaveLength(2);
    const first = lines[0] ?? {};
    expect(first).toMatchObject({
      recipient: "facebook",
      upstream: "facebook",
      decision: "redacted",
      policyVersion: gw.policy.version,
      status: 200,
    });
    expect(first.categoriesRemoved).toEqual(expect.arrayContaining(["contact.email", "network.ip_address"]));
    expect(first.removedPaths).toEqual(expect.arrayContaining(["body:data[].user_data.em"]));
    expect(first.query).toBe("ph=REDACTED");
    expect(lines[1]).toMatchObject({ decision: "forwarded", status: 200 });
    expect(leaks(gw.rawLogs.join("\n"))).toEqual([]);

    const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
    expect(metrics.status).toBe(200);
    const text = metrics.body.toString("utf8");
    expect(text).toMatch(/kago_gateway_transfers_total\{recipient="facebook",decision="redacted"\} [1-9]/);
    expect(text).toMatch(
      /kago_gateway_removed_values_total\{recipient="facebook",category="contact.email"\} [1-9]/,
    );
    // session 16: a header not forwarded by its name, counted by reason
    expect(text).toMatch(/kago_gateway_dropped_headers_total\{recipient="facebook",reason="trace"\} 1/);
    expect(text).toMatch(/kago_gateway_transfer_duration_seconds_bucket\{le="0.001",recipient="facebook"/);
    expect(text).toMatch(/kago_gateway_refusals_total\{recipient="none",code="unknown_recipient"\}/);
    expect(leaks(text)).toEqual([]);
  });
});
