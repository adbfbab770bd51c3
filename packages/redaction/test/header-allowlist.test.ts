/**
 * Which request headers reach a recipient (session 16, red-team rt4 H5, H5b, H6): HTTP's standard
 * ones, the policy-decided personal ones, the vendor catalog's, the policy's `forwardHeaders`;
 * every other header is dropped unread and reported, and other tracing systems' headers always.
 */
import { type CompiledPolicy, type CompiledRecipient, loadBuiltinPolicy } from "@kago/policy";
import { createRedactor, type HeaderPair, type RedactResult, type Transfer } from "@kago/redaction";
import { type RecipientId, VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { SECRET } from "./helpers.js";

/** The built-in policy with `overrides` on every recipient. */
function builtinWith(overrides: Partial<CompiledRecipient>): CompiledPolicy {
  const base = loadBuiltinPolicy();
  const descriptors = Object.fromEntries(Object.entries(overrides).map(([k, value]) => [k, { value }]));
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, r] of base.recipients)
    recipients.set(id, Object.create(r, descriptors) as CompiledRecipient);
  return { ...base, recipients };
}

const builtin = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });
const inspecting = createRedactor({ policy: builtinWith({ unknownHeaders: "inspect" }), secret: SECRET });
const forwarding = createRedactor({
  policy: builtinWith({ forwardHeaders: ["x-kago-tenant", "x-b3-traceid"] }),
  secret: SECRET,
});

/** The recipient's catalog headers, as the gateway passes them. */
function catalogHeaders(recipient: RecipientId) {
  const headers = VENDOR_CATALOG.recipients.get(recipient)?.headers;
  if (headers === undefined) throw new Error(`no recipient ${recipient}`);
  return headers;
}

function send(
  recipient: RecipientId,
  headers: HeaderPair[],
  redactor = builtin,
  withCatalog = true,
): RedactResult & { ok: true } {
  const t: Transfer = {
    recipient,
    method: "POST",
    path: "/v21.0/1/events",
    query: "",
    headers,
    body: { kind: "json", text: '{"data":[{"event_name":"x"}]}' },
  };
  const res = redactor.redact(t, withCatalog ? { headers: catalogHeaders(recipient) } : {});
  if (!res.ok) throw new Error(res.error.code);
  return res;
}

/** The red team's headers (rt4 H5, H5b): every one reached facebook unchanged before session 16. */
const RED_TEAM: HeaderPair[] = [
  ["x-kago-user", "kago_30417"],
  ["x-kago_30417", "1"],
  ["x-request-id", "490154203237518"],
  ["x-forwarded-user", "asolberg"],
  ["x-remote-user", "asolberg"],
  ["remote-user", "asolberg"],
  ["x-auth-request-user", "asolberg"],
  ["x-ms-client-principal-name", "asolberg"],
  ["x-ms-client-principal-id", "5d1e2f8a-3c4b-4e6f-9a0b-1c2d3e4f5a6b"],
  ["x-amzn-oidc-identity", "kago_30417"],
  ["x-ssl-client-s-dn", "CN=Astrid Solberg,O=Kago,C=NO"],
  ["x-client-cert-subject", "CN=Astrid Solberg"],
  ["set-cookie", "sid=5f0c2c1e"],
  ["cookie2", "sid=5f0c2c1e"],
  ["x-session-id", "5f0c2c1e"],
  ["x-csrf-token", "c2f1e0d9"],
  ["x-anonymous-id", "anon-7c1d"],
  ["x-amplitude-device-id", "0c9a8b7e-6d5c-4b3a-9f8e-7d6c5b4a3f2e"],
  ["x-firebase-instance-id", "fWq3x0Zc"],
  ["x-appsflyer-id", "1767225600123-4815162342"],
  ["x-fingerprint", "f0e1d2c3b4a5"],
  ["x-push-token", "fcm:APA91bHun4MxP5egoKMwt2KZFBaFUH"],
  ["x-hardware-id", "R58N12ABCDE"],
  ["x-iccid", "8947080012345678901"],
  ["x-geo", "59.9139;10.7522"],
  ["x-handle", "@astrid90"],
  ["x-customer", "kago_30417"],
  ["x-member-no", "30417"],
  ["x-age", "35"],
  ["x-forwarded-proto", "https"],
];

/** Other tracing systems' headers (rt4 H6), with the baggage the red team put in them. */
const TRACE: HeaderPair[] = [
  ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"],
  ["x-b3-traceid", "4bf92f3577b34da6a3ce929d0e0e4736"],
  ["x-b3-spanid", "00f067aa0ba902b7"],
  ["b3", "4bf92f3577b34da6-00f067aa0ba902b7-1"],
  ["uber-trace-id", "4bf92f3577b34da6:00f067aa0ba902b7:0:1"],
  ["uberctx-user", "asolberg"],
  ["ot-baggage-userid", "kago_30417"],
  ["sentry-trace", "4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1"],
  ["x-cloud-trace-context", "4bf92f3577b34da6a3ce929d0e0e4736/1;o=1"],
  ["x-amzn-trace-id", "Root=1-5759e988-bd862e3fe1be46a994272793;Self=1-1;user=kago_30417"],
  ["x-datadog-trace-id", "1234567890123456789"],
  ["x-datadog-parent-id", "987654321"],
];

/** Everything a value of the red team's could leave in a report. */
const VALUES = [...RED_TEAM, ...TRACE].map(([, value]) => value);

describe("headers a recipient does not need are dropped unread and reported (session 16)", () => {
  it("drops each of the red team's headers to facebook, one at a time", () => {
    for (const header of RED_TEAM) {
      const res = send("facebook", [header]);
      expect(res.transfer.headers, header[0]).toEqual([]);
      expect(res.report.droppedHeaders).toEqual([{ location: `header:${header[0]}`, reason: "unlisted" }]);
      expect(res.report.findings).toEqual([]); // not read: no category found or decided
      expect(res.report.changed).toBe(true);
    }
  });

  it("never puts a value in the report, and a name that is personal data only as its category", () => {
    const res = send("facebook", [...RED_TEAM, ...TRACE, ["x-astrid.solberg@example.org", "1"]]);
    expect(res.transfer.headers).toEqual([]);
    // the report names headers (the gateway's telemetry shows only the names it knows, `{}` else:
    // `x-kago_30417` is a header name here); it holds no value but where a name spells it
    const report = JSON.stringify(res.report);
    const names = [...RED_TEAM, ...TRACE].map(([name]) => name).join(" ");
    for (const value of [...VALUES, "astrid.solberg@example.org", "astrid.solberg"])
      if (value.length > 3 && !names.includes(value)) expect(report, value).not.toContain(value);
    expect(res.report.droppedHeaders.at(-1)).toEqual({
      location: "header:[redacted:contact.email]",
      reason: "unlisted",
    });
  });

  it("drops other tracing systems' headers as `trace`, whatever the policy says", () => {
    for (const redactor of [builtin, inspecting, forwarding]) {
      const res = send("aliyun", TRACE, redactor);
      expect(res.transfer.headers).toEqual([]);
      expect(res.report.droppedHeaders.map((d) => d.reason)).toEqual(TRACE.map(() => "trace"));
    }
  });

  it("lists a header sent twice once", () => {
    const res = send("facebook", [
      ["x-geo", "59.9139;10.7522"],
      ["X-Geo", "59.91;10.75"],
    ]);
    expect(res.report.droppedHeaders).toEqual([{ location: "header:x-geo", reason: "unlisted" }]);
  });
});

describe("the headers that stay", () => {
  it("HTTP's standard headers reach facebook as they came, nothing dropped (near misses)", () => {
    const standard: HeaderPair[] = [
      ["content-type", "application/json"],
      ["accept", "application/json"],
      ["accept-encoding", "gzip, deflate"],
      ["authorization", "Bearer EAAExampleTokenForTests0001"],
      ["date", "Tue, 01 Dec 2026 00:50:00 GMT"],
      ["cache-control", "no-cache"],
      ["pragma", "no-cache"],
      ["if-none-match", '"5f0c2c1e"'],
      ["content-md5", "0123456789ABCDEF0123456789ABCDEF"],
      ["host", "graph.facebook.com"],
    ];
    const res = send("facebook", standard);
    expect(res.transfer.headers).toEqual(standard);
    expect(res.report.droppedHeaders).toEqual([]);
    expect(res.report.changed).toBe(false);
  });

  it("keeps the headers whose category the policy decides, decided as before", () => {
    const res = send("facebook", [
      ["cookie", "_fbp=fb.1.1767225600123.4815162342; kago_sid=7b1e2c9d"],
      ["x-forwarded-for", "192.0.2.44"],
      ["user-agent", "kago-backend/1.4 (node)"],
    ]);
    expect(res.transfer.headers).toEqual([]);
    expect(res.report.droppedHeaders).toEqual([]);
    expect(res.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:cookie._fbp", "cookie"],
      ["header:cookie.kago_sid", "cookie"],
      ["header:x-forwarded-for", "network.ip_address"],
      ["header:user-agent", "device.attribute.software_version"],
    ]);
    // aliyun may receive device information: the user agent arrives
    const aliyun = send("aliyun", [["user-agent", "kago-android/2.8.1"]]);
    expect(aliyun.transfer.headers).toEqual([["user-agent", "kago-android/2.8.1"]]);
  });

  it("keeps each recipient's own headers from the catalog, and only that recipient's", () => {
    const sls: HeaderPair[] = [
      ["authorization", "LOG LTAI5tExampleKeyId:6nJ0mUOB5SPVsQ8HnT0wD7Nmz0I="],
      ["x-log-apiversion", "0.6.0"],
      ["x-log-bodyrawsize", "296"],
      ["x-log-signaturemethod", "hmac-sha1"],
      ["x-log-compresstype", "lz4"],
      ["x-log-date", "20261201T005000Z"],
      ["x-log-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
      ["x-acs-signature-nonce", "4b9c0f3e"],
      ["x-acs-security-token", "CAIS8gF1q6Ft5B2yfSjIr5bSEsKAgep"],
    ];
    expect(send("aliyun", sls).transfer.headers).toEqual(sls);
    const tc3: HeaderPair[] = [
      [
        "authorization",
        "TC3-HMAC-SHA256 Credential=AKID/2026-12-01/im/tc3_request, SignedHeaders=content-type;host",
      ],
      ["x-tc-action", "SendMessage"],
      ["x-tc-timestamp", "1764550200"],
      ["x-tc-version", "2021-06-01"],
      ["x-tc-region", "ap-singapore"],
      ["x-tc-requestclient", "SDK_NODEJS_4.1.220"],
      ["x-tc-language", "en-US"],
    ];
    expect(send("tencent", tc3).transfer.headers).toEqual(tc3);
    // another recipient's headers are not this one's
    const crossed = send("facebook", [sls[1] as HeaderPair, tc3[1] as HeaderPair]);
    expect(crossed.transfer.headers).toEqual([]);
    expect(crossed.report.droppedHeaders.map((d) => d.location)).toEqual([
      "header:x-log-apiversion",
      "header:x-tc-action",
    ]);
    // without the catalog's list the engine forwards the standard headers only
    expect(send("aliyun", sls, builtin, false).transfer.headers).toEqual(sls.slice(0, 1));
  });

  it("still reads a vendor header's name and value", () => {
    const res = send("aliyun", [
      ["x-log-astrid.solberg@example.org", "1"],
      ["x-log-topic", "mail astrid.solberg@example.org"],
    ]);
    expect(res.transfer.headers).toEqual([["x-log-topic", "mail [redacted:contact.email]"]]);
    expect(res.report.droppedHeaders).toEqual([]);
    expect(res.report.findings.map((f) => f.location)).toEqual([
      "header:[redacted:contact.email]",
      "header:x-log-topic~text",
    ]);
  });
});

describe("the policy's settings", () => {
  it("forwardHeaders passes a deployment's header, still read like any field", () => {
    const res = send("facebook", [
      ["x-kago-tenant", "acme"],
      ["x-kago-tenant", "astrid.solberg@example.org"],
      ["x-kago-user", "kago_30417"],
    ]);
    expect(res.transfer.headers).toEqual([]);
    const passed = send(
      "facebook",
      [
        ["x-kago-tenant", "acme"],
        ["x-kago-tenant", "astrid.solberg@example.org"],
        ["x-kago-user", "kago_30417"],
      ],
      forwarding,
    );
    expect(passed.transfer.headers).toEqual([["x-kago-tenant", "acme"]]);
    expect(passed.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:x-kago-tenant", "contact.email"],
    ]);
    expect(passed.report.droppedHeaders).toEqual([{ location: "header:x-kago-user", reason: "unlisted" }]);
  });

  it("unknownHeaders: inspect reads the other headers as before session 16", () => {
    const res = send(
      "facebook",
      [
        ["x-kago-user", "kago_30417"],
        ["x-user-id", "kago_30417"],
        ["x-note", "call +47 412 34 567"],
      ],
      inspecting,
    );
    expect(res.transfer.headers).toEqual([
      ["x-kago-user", "kago_30417"],
      ["x-note", "call [redacted:contact.phone]"],
    ]);
    expect(res.report.droppedHeaders).toEqual([]);
    expect(res.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:x-user-id", "account.id"],
      ["header:x-note~text", "contact.phone"],
    ]);
  });
});
