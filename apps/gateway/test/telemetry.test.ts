/**
 * Traces through the real OTLP exporters to an OTLP/HTTP receiver inside the test.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createVendorIntegration } from "@kago/gateway";
import { loadBuiltinPolicy } from "@kago/policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, sendRaw } from "./support/client.js";
import { startGateway } from "./support/gateway.js";
import {
  attributesOf,
  jsonSpans,
  type OtlpReceiver,
  otlpTelemetry,
  startOtlpReceiver,
} from "./support/otlp-receiver.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";
import { policyWithAccountIds } from "./vendors/support.js";

const EMAIL = "ingrid.solberg@example.org";
const IP = "192.0.2.44";
const PHONE = "+44 7700 900417";
const FBP = "fb.1.1767225600123.4815162342";
const PLANTED = [EMAIL, IP, PHONE, FBP, encodeURIComponent(PHONE), encodeURIComponent(EMAIL), "Ingrid"];

const body = JSON.stringify({
  data: [
    {
      event_name: "Purchase",
      user_data: { em: EMAIL, client_ip_address: IP },
      custom_data: { connection_type: "wifi" },
    },
  ],
});

function leaks(bytes: Buffer | string): string[] {
  const text = (typeof bytes === "string" ? bytes : bytes.toString("latin1")).toLowerCase();
  return PLANTED.filter((v) => text.includes(v.toLowerCase()));
}

let upstream: TestUpstream;
let receiver: OtlpReceiver;

beforeAll(async () => {
  upstream = await startUpstream();
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await upstream.close();
  await receiver.close();
});

describe("OTLP export", () => {
  it("exports one span per transfer with privacy.* and HTTP attributes, and no personal value", async () => {
    receiver.requests.length = 0;
    const gw = await startGateway({
      upstreams: { facebook: `${upstream.url}/fb` },
      telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
    });
    const res = await send(gw.url, {
      method: "POST",
      path: `/facebook/v21.0/918273645501234/events?ph=${encodeURIComponent(PHONE)}&access_token=t`,
      headers: {
        "content-type": "application/json",
        cookie: `_fbp=${FBP}`,
        "x-forwarded-for": IP,
        traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        // free-form text the SDK would copy into every span: not read (session 16)
        tracestate: `kago=${encodeURIComponent(EMAIL)},ph=${encodeURIComponent(PHONE)}`,
        baggage: `user.email=${encodeURIComponent(EMAIL)}`,
      },
      body,
    });
    expect(res.status).toBe(200);
    const refused = await send(gw.url, {
      path: `/nobody/${encodeURIComponent(EMAIL)}`,
      headers: {
        traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        tracestate: `kago=${EMAIL}`,
      },
    });
    expect(refused.status).toBe(404);
    const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
    await gw.close(); // flushes spans

    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests.every((r) => r.path === "/v1/traces")).toBe(true);
    const spans = jsonSpans(receiver.requests);
    expect(spans).toHaveLength(2);
    const forwarded = spans.find((s) => attributesOf(s)["privacy.recipient"] === "facebook");
    if (forwarded === undefined) throw new Error("no span for the forwarded transfer");
    const a = attributesOf(forwarded);
    expect(forwarded.name).toBe("POST /facebook/*");
    expect(forwarded.kind).toBe(2); // SERVER
    expect(a).toMatchObject({
      "privacy.recipient": "facebook",
      "privacy.upstream": "facebook",
      "privacy.policy.version": gw.policy.version,
      "privacy.decision": "redacted",
      "http.request.method": "POST",
      "http.response.status_code": 200,
      "http.route": "/facebook/*",
      "url.path": "/facebook/v21.0/{}/events",
      "url.query": "ph=REDACTED&access_token=REDACTED",
    });
    expect(a["privacy.categories.removed"]).toEqual(
      expect.arrayContaining(["contact.email", "contact.phone", "cookie", "network.ip_address"]),
    );
    expect(a["privacy.removed.paths"]).toEqual(
      expect.arrayContaining(["body:data[].user_data.em", "body:data[].user_data.client_ip_address"]),
    );
    expect(Object.keys(a).some((k) => /^privacy\.action\.[a-z]+\.count$/.test(k))).toBe(true);
    expect(a["privacy.error.code"]).toBeUndefined();
    const other = spans.find((s) => s !== forwarded);
    if (other === undefined) throw new Error("no span for the refused transfer");
    const blocked = attributesOf(other);
    expect(blocked).toMatchObject({
      "privacy.recipient": "none",
      "privacy.decision": "blocked",
      "privacy.error.code": "unknown_recipient",
      "http.response.status_code": 404,
    });

    for (const r of receiver.requests) expect(leaks(r.body)).toEqual([]);
    expect(leaks(gw.rawLogs.join("\n"))).toEqual([]);
    expect(leaks(metrics.body)).toEqual([]);
    // The incoming trace context is the parent of the span, and never reaches the vendor.
    expect(receiver.requests.map((r) => r.body.toString("utf8")).join("")).toContain(
      "0af7651916cd43dd8448eb211c80319c",
    );
    expect(upstream.received.at(-1)?.headers.traceparent).toBeUndefined();
    expect(upstream.received.at(-1)?.headers.tracestate).toBeUndefined();
    for (const span of spans) {
      expect(span.traceId).toBe("0af7651916cd43dd8448eb211c80319c");
      expect(span.parentSpanId).toBe("b7ad6b7169203331");
      expect(span.traceState ?? "").toBe("");
    }
  });

  it("records the span of a transfer whose caller's traceparent is not sampled (session 16)", async () => {
    receiver.requests.length = 0;
    const gw = await startGateway({
      upstreams: { facebook: upstream.url },
      telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
    });
    const unsampled = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";
    const sent = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { "content-type": "application/json", traceparent: unsampled },
      body,
    });
    const refused = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { "content-type": "application/x-unknown", traceparent: unsampled },
      body,
    });
    await gw.close(); // flushes spans
    expect([sent.status, refused.status]).toEqual([200, 415]);
    const spans = jsonSpans(receiver.requests);
    expect(spans.map((s) => attributesOf(s)["http.response.status_code"]).sort()).toEqual([200, 415]);
    for (const span of spans) expect(span.parentSpanId).toBe("b7ad6b7169203331");
  });

  it("a caller's trace or span id that is a decimal number starts a trace of its own (session 20, F14)", async () => {
    receiver.requests.length = 0;
    const gw = await startGateway({
      upstreams: { facebook: upstream.url },
      telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
    });
    const dropped = [
      // the red team's: a China mobile's and a Norwegian mobile's digits
      "00-00000000000000000000013812345678-0000004741234567-01",
      "00-00000000000000000008613812345678-b7ad6b7169203331-01",
      "00-0af7651916cd43dd8448eb211c80319c-0000004741234567-01",
      "00-13812345678000004741234567000000-b7ad6b7169203331-01",
      "00-000000000000000000000000deadbeef-b7ad6b7169203331-01",
    ];
    // near misses: a random 128-bit id, a 64-bit id padded with 16 zeros (Jaeger, older Datadog),
    // whose low half may be all decimal digits, and a span id that starts with a zero
    const kept = [
      "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
      "00-0000000000000000a3ce929d0e0e4736-00f067aa0ba902b7-01",
      "00-00000000000000002718281828459045-b7ad6b7169203331-01",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0123456789012345-01",
    ];
    for (const traceparent of [...dropped, ...kept]) {
      const res = await send(gw.url, {
        method: "POST",
        path: "/facebook/v21.0/918273645501234/events",
        headers: { "content-type": "application/json", traceparent },
        body: "{}",
      });
      expect(res.status).toBe(200);
    }
    await gw.close(); // flushes spans
    const spans = jsonSpans(receiver.requests);
    expect(spans).toHaveLength(dropped.length + kept.length);
    const told = [...receiver.requests.map((r) => r.body.toString("utf8")), ...gw.rawLogs].join("\n");
    for (const digits of ["13812345678", "4741234567", "deadbeef"]) expect(told).not.toContain(digits);
    const parents = new Set(spans.map((s) => `${s.traceId}-${s.parentSpanId ?? ""}`));
    for (const traceparent of kept) {
      const [, traceId, spanId] = traceparent.split("-");
      expect(parents.has(`${traceId}-${spanId}`), traceparent).toBe(true);
    }
    // the dropped ones got a fresh trace: a root span, its own trace id in the log line
    expect(spans.filter((s) => (s.parentSpanId ?? "") === "")).toHaveLength(dropped.length);
  });

  it("exports with http/protobuf too", async () => {
    receiver.requests.length = 0;
    const gw = await startGateway({
      upstreams: { facebook: upstream.url },
      telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`, "http/protobuf"),
    });
    expect(
      (
        await send(gw.url, {
          method: "POST",
          path: "/facebook/x",
          headers: { "content-type": "application/json" },
          body,
        })
      ).status,
    ).toBe(200);
    await gw.close();
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.requests[0]?.contentType).toBe("application/x-protobuf");
    const bytes = Buffer.concat(receiver.requests.map((r) => r.body));
    expect(bytes.includes(Buffer.from("privacy.decision"))).toBe(true);
    expect(bytes.includes(Buffer.from("contact.email"))).toBe(true);
    expect(leaks(bytes)).toEqual([]);
  });
});

describe("an account id that is a phone number (session 15)", () => {
  const ID = "13812345678";
  const sendmsg = JSON.stringify({ From_Account: "kago_30417", To_Account: ID, MsgRandom: 1, MsgBody: [] });

  for (const rule of ["refuse", "pseudonymize"] as const) {
    it(`${rule}: the span and the log name the code or the categories, never the id nor its pseudonym`, async () => {
      receiver.requests.length = 0;
      const gw = await startGateway(
        {
          upstreams: { tencent: upstream.url },
          telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
        },
        { policy: policyWithAccountIds(rule) },
      );
      const before = upstream.received.length;
      const res = await send(gw.url, {
        method: "POST",
        path: "/tencent/v4/openim/sendmsg?sdkappid=1400000417&identifier=administrator&usersig=x&random=1",
        headers: { "content-type": "application/json" },
        body: sendmsg,
      });
      const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
      await gw.close(); // flushes spans
      const span = jsonSpans(receiver.requests)[0];
      if (span === undefined) throw new Error("no span");
      const a = attributesOf(span);
      const got = upstream.received[before];
      const secrets = [ID, "138123", "12345678"];
      if (rule === "refuse") {
        expect(res.status).toBe(400);
        expect(got).toBeUndefined();
        expect(a).toMatchObject({
          "privacy.decision": "blocked",
          "privacy.error.code": "personal_data_in_account_id",
          "http.response.status_code": 400,
        });
      } else {
        expect(res.status).toBe(200);
        const token = (JSON.parse(got?.body.toString("utf8") ?? "{}") as { To_Account?: string }).To_Account;
        expect(token).toMatch(/^psn_[a-z2-7]{26}$/);
        secrets.push(token as string);
        expect(a["privacy.categories.removed"]).toEqual(
          expect.arrayContaining(["account.id", "contact.phone"]),
        );
        expect(a["privacy.action.pseudonymize.count"]).toBe(2);
      }
      const told = [
        ...receiver.requests.map((r) => r.body.toString("utf8")),
        ...gw.rawLogs,
        metrics.body,
      ].join("\n");
      for (const secret of secrets) expect(told).not.toContain(secret);
    });
  }
});

describe("an Expect other than 100-continue (session 16, red-team H7)", () => {
  it("is answered 417 expectation_failed as JSON, with a span, a log line and a refusal metric", async () => {
    receiver.requests.length = 0;
    const gw = await startGateway({
      upstreams: { facebook: `${upstream.url}/fb` },
      telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
    });
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path: "/facebook/v21.0/1/events",
      headers: { "content-type": "application/json", expect: EMAIL },
      body,
    });
    const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
    await gw.close(); // flushes spans
    expect(res.status).toBe(417);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect((res.json as { error: { code: string } }).error.code).toBe("expectation_failed");
    expect(upstream.received.length).toBe(before);
    const spans = jsonSpans(receiver.requests);
    expect(spans).toHaveLength(1);
    const span = spans[0];
    if (span === undefined) throw new Error("no span");
    expect(attributesOf(span)).toMatchObject({
      "privacy.decision": "blocked",
      "privacy.error.code": "expectation_failed",
      "http.response.status_code": 417,
    });
    const line = gw.logs.find((l) => l.event === "transfer");
    expect(line).toMatchObject({ errorCode: "expectation_failed", status: 417, decision: "blocked" });
    expect(metrics.body.toString("utf8")).toMatch(
      /kago_gateway_refusals_total\{[^}]*expectation_failed[^}]*\} 1/,
    );
    const told = [...receiver.requests.map((r) => r.body.toString("utf8")), ...gw.rawLogs, metrics.body].join(
      "\n",
    );
    expect(leaks(told)).toEqual([]);
  });
  it("near miss: 100-continue, in any case, is answered 100 and the transfer forwarded", async () => {
    const gw = await startGateway({ upstreams: { facebook: `${upstream.url}/fb` } });
    const before = upstream.received.length;
    const answer = await sendRaw(
      gw.port,
      `POST /facebook/v21.0/1/events HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\nExpect: 100-Continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    await gw.close();
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(upstream.received.length).toBe(before + 1);
  });
});

describe("a slow or dead collector never fails traffic", () => {
  let hanging: Server;
  let hangingUrl: string;
  beforeAll(async () => {
    hanging = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/v1/traces`;
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
  });

  for (const [name, url] of [
    ["hanging", () => hangingUrl],
    ["dead", () => "http://127.0.0.1:9/v1/traces"],
  ] as const) {
    it(`${name} collector: every request is answered and shutdown still completes`, async () => {
      const gw = await startGateway({
        upstreams: { facebook: upstream.url },
        telemetry: otlpTelemetry(url()),
      });
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          send(gw.url, {
            method: "POST",
            path: "/facebook/x",
            headers: { "content-type": "application/json" },
            body,
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      await gw.close();
    });
  }
});

describe("a room id that is an e-mail address (session 18)", () => {
  it("the span, the log and the metrics name the code and the field, never the id", async () => {
    receiver.requests.length = 0;
    const policy = loadBuiltinPolicy();
    const integration = createVendorIntegration({
      policy,
      credentials: {},
      maxInflatedBytes: 8 * 1024 * 1024,
    });
    const gw = await startGateway(
      {
        upstreams: { zego: upstream.url },
        telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
      },
      {
        policy,
        codecs: integration.codecs,
        hooks: integration.hooks,
        redactOptions: integration.redactOptions,
      },
    );
    const before = upstream.received.length;
    const res = await send(gw.url, {
      path: "/zego/?Action=SendBarrageMessage&RoomId=astrid.solberg%40example.org&UserId=kago_30417&MessageContent=hi&AppId=1234567890&SignatureNonce=1&Timestamp=1767261600&Signature=7a2c0f11145fb760d607a07b54825013&SignatureVersion=2.0",
    });
    const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
    await gw.close(); // flushes spans
    expect(res.status).toBe(400);
    expect(upstream.received[before]).toBeUndefined();
    const span = jsonSpans(receiver.requests)[0];
    if (span === undefined) throw new Error("no span");
    expect(attributesOf(span)).toMatchObject({
      "privacy.decision": "blocked",
      "privacy.error.code": "personal_data_in_identifier",
      "http.response.status_code": 400,
    });
    const told = [
      ...receiver.requests.map((r) => r.body.toString("utf8")),
      ...gw.rawLogs,
      metrics.body,
      res.body.toString("utf8"),
    ].join("\n");
    for (const secret of ["astrid", "solberg", "example.org", "%40example"])
      expect(told).not.toContain(secret);
  });
});
