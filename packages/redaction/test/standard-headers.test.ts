/**
 * HTTP's standard headers read by their grammar, and the Authorization credential read whole
 * (session 20, red team round 10 F1): a bare mobile, an IMEI or a name in `Accept`,
 * `Accept-Encoding`, `Cache-Control`, `Pragma`, `Date`, `Content-MD5`, `Content-Type` or after
 * `Bearer` reached facebook; what HTTP clients and the vendor SDKs send still passes byte for byte.
 */
import { createHash } from "node:crypto";
import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor, type HeaderPair, type RedactResult } from "@kago/redaction";
import { type RecipientId, VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { fitStandardHeader } from "../src/standard-header-grammar.js";
import { SECRET } from "./helpers.js";

const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });

function send(recipient: RecipientId, headers: HeaderPair[]): RedactResult & { ok: true } {
  const catalog = VENDOR_CATALOG.recipients.get(recipient)?.headers;
  if (catalog === undefined) throw new Error(`no recipient ${recipient}`);
  const res = redactor.redact(
    {
      recipient,
      method: "POST",
      path: "/v21.0/1/events",
      query: "",
      headers,
      body: { kind: "json", text: '{"data":[{"event_name":"x"}]}' },
    },
    { headers: catalog },
  );
  if (!res.ok) throw new Error(res.error.code);
  return res;
}

const md5 = createHash("md5").update("{}").digest();

/** Values HTTP clients and the vendor SDKs send: each must arrive as written. */
const SENT_BY_CLIENTS: HeaderPair[] = [
  ["accept", "application/json, text/plain, */*"],
  ["accept", "*/*"],
  ["accept", "application/json;q=0.9, text/*;q=0.1"],
  ["accept", "application/vnd.github.v3+json"],
  ["accept-encoding", "gzip, compress, deflate, br"],
  ["accept-encoding", "gzip,deflate"],
  ["accept-encoding", "br;q=1.0, gzip;q=0.8, *;q=0.1"],
  ["accept-encoding", "identity"],
  ["cache-control", "no-cache"],
  ["cache-control", "max-age=0, no-store"],
  ["pragma", "no-cache"],
  ["date", "Tue, 01 Dec 2026 09:00:00 GMT"],
  ["date", "Tue, 1 Dec 2026 09:00:00 GMT"],
  ["date", "Tuesday, 01-Dec-26 09:00:00 GMT"],
  ["date", "Tue Dec  1 09:00:00 2026"],
  ["content-md5", md5.toString("base64")],
  ["content-md5", md5.toString("hex")],
  ["content-md5", md5.toString("hex").toUpperCase()],
  ["content-type", "application/json; charset=UTF-8"],
  ["content-type", "application/x-www-form-urlencoded;charset=utf-8"],
  ["content-type", "application/x-protobuf"],
  ["content-type", "multipart/form-data; boundary=--------------------------123456789012345678901234"],
  ["authorization", "Bearer EAAGm0PX4ZCpsBAKZCjR0Uy3nP5vZBZC7wZAhZBZCZAq1x2ZB3ZBC4D5E6F7G8H9I0J"],
  ["authorization", "Bearer 1234567890123456|Ab1cD2eF3gH4iJ5kL6mN7oP8qR9"],
  ["authorization", "LOG LTAI5tAbCdEfGhIjKlMn:ZG9udGNhcmU0d2hhdGl0aXM="],
  [
    "authorization",
    "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c",
  ],
  ["authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l"],
  ["authorization", "Bearer 1700000000"],
];

describe("standard headers by their grammar (session 20, red team round 10 F1)", () => {
  it("forwards what clients and SDKs send as written, unread", () => {
    for (const header of SENT_BY_CLIENTS) {
      const res = send("facebook", [header]);
      expect(res.transfer.headers, header.join(": ")).toEqual([header]);
      expect(res.report.droppedHeaders, header.join(": ")).toEqual([]);
      expect(res.report.findings, header.join(": ")).toEqual([]);
    }
  });

  const values = ["13812345678", "490154203237518", "Astrid Solberg"];
  it.each([
    ["accept", (v: string) => `application/json; u=${v}`, "application/json"],
    ["accept", (v: string) => `application/json;q=${v}`, "application/json"],
    [
      "accept",
      (v: string) => `application/json, text/plain; x=${v}, */*`,
      "application/json, text/plain, */*",
    ],
    ["accept-encoding", (v: string) => `gzip, x-${v}`, "gzip"],
    ["accept-encoding", (v: string) => `gzip;q=${v}, br`, "br"],
    ["cache-control", (v: string) => `no-cache, user=${v}`, "no-cache"],
    ["pragma", (v: string) => `no-cache, u=${v}`, "no-cache"],
    ["content-type", (v: string) => `application/json; u="${v}"`, "application/json"],
    ["content-type", (v: string) => `application/json; charset=${v}`, "application/json"],
  ])("%s keeps only what fits its grammar", (name, form, kept) => {
    for (const v of values) {
      const res = send("facebook", [[name, form(v)]]);
      expect(res.transfer.headers, v).toEqual([[name, kept]]);
      expect(res.report.droppedHeaders).toEqual([{ location: `header:${name}`, reason: "malformed" }]);
    }
  });

  it.each([
    ["date", (v: string) => `Tue, 01 Dec 2026 09:00:00 GMT ${v}`],
    ["date", (v: string) => v],
    ["content-md5", (v: string) => v],
    ["cache-control", (v: string) => `user=${v}`],
    ["authorization", (v: string) => `Bearer ${v}`],
  ])("%s that does not fit goes whole", (name, form) => {
    for (const v of values) {
      const res = send("facebook", [[name, form(v)]]);
      expect(res.transfer.headers, v).toEqual([]);
    }
  });

  it.each([
    // red team round 11 F6: values real clients send, kept as written
    ["accept", "text/html,application/xhtml+xml,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"],
    ["accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"],
    ["accept", "application/json; version=2"],
    ["accept", "application/json;odata.metadata=minimal"],
    ["content-type", "application/json;odata=verbose"],
    ["content-type", "application/json;"],
    ["accept-encoding", "gzip, deflate, sdch"],
    ["cache-control", "no-cache, no-store, must-revalidate"],
    ["cache-control", "max-age=31536000"],
    ["cache-control", "private"],
    ["date", "Thu, 01 Jan 2026 10:00:00 UTC"],
    ["date", "Thu, 01 Jan 2026 10:00:00 -0000"],
    ["date", "2026-01-01T10:00:00Z"],
    ["date", "2026-01-01T10:00:00.123+08:00"],
  ])("%s: %s fits", (name, value) => {
    const kept: HeaderPair = [name, value];
    expect(send("facebook", [kept]).transfer.headers).toEqual([kept]);
  });

  it.each([
    ["accept", "application/json; version=13812345678", "application/json"],
    ["accept", "application/json; user=astrid", "application/json"],
    ["cache-control", "max-age=13812345678", null],
  ])("near miss: %s: %s loses what does not fit", (name, value, left) => {
    expect(send("facebook", [[name, value]]).transfer.headers).toEqual(left === null ? [] : [[name, left]]);
  });

  it("drops a media type whose subtype is a number, keeps a registered-looking one", () => {
    expect(send("facebook", [["content-type", "application/13812345678+json"]]).transfer.headers).toEqual([]);
    expect(send("facebook", [["accept", "application/13812345678+json, */*"]]).transfer.headers).toEqual([
      ["accept", "*/*"],
    ]);
    const kept: HeaderPair = ["content-type", "application/vnd.kafka.json.v2+json"];
    expect(send("facebook", [kept]).transfer.headers).toEqual([kept]);
  });

  it("takes no digest written as text or as a decimal number for a checksum", () => {
    const text = Buffer.from("13812345678abcde").toString("base64"); // 16 printable bytes
    expect(text).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(send("facebook", [["content-md5", text]]).transfer.headers).toEqual([]);
    expect(send("facebook", [["content-md5", "13812345678000000000000000000000"]]).transfer.headers).toEqual(
      [],
    );
  });

  it("keeps a delta of seconds, drops one long enough to be a phone number", () => {
    expect(send("facebook", [["cache-control", "max-age=86400"]]).transfer.headers).toEqual([
      ["cache-control", "max-age=86400"],
    ]);
    expect(send("facebook", [["cache-control", "max-age=13812345678"]]).transfer.headers).toEqual([]);
  });

  it("drops an Authorization token that is a phone number or an IMEI, recording its category", () => {
    const phone = send("facebook", [["authorization", "Bearer 13812345678"]]);
    expect(phone.transfer.headers).toEqual([]);
    expect(phone.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:authorization", "contact.phone"],
    ]);
    expect(phone.report.droppedHeaders).toEqual([]);
    const imei = send("facebook", [["authorization", "Token id=490154203237518, sig=abc"]]);
    expect(imei.transfer.headers).toEqual([]);
    expect(imei.report.findings.map((f) => f.category)).toEqual(["device.identifier.imei"]);
  });

  it("drops an Authorization with a space inside its credential as malformed", () => {
    const res = send("facebook", [["authorization", "Bearer Astrid Solberg"]]);
    expect(res.transfer.headers).toEqual([]);
    expect(res.report.droppedHeaders).toEqual([{ location: "header:authorization", reason: "malformed" }]);
    expect(res.report.findings).toEqual([]);
  });

  it("reads the vendor's own headers as before (a name in x-log-topic)", () => {
    const res = send("aliyun", [["x-log-topic", "Astrid Solberg"]]);
    expect(res.transfer.headers).toEqual([["x-log-topic", "[redacted:account.profile.name]"]]);
  });

  it("says which part of a list fits", () => {
    expect(fitStandardHeader("accept-encoding", "gzip, deflate")).toEqual({ kind: "fits" });
    expect(fitStandardHeader("accept-encoding", "gzip, x-1")).toEqual({ kind: "trimmed", value: "gzip" });
    expect(fitStandardHeader("accept-encoding", "x-1")).toEqual({ kind: "trimmed", value: null });
    expect(fitStandardHeader("accept", "")).toEqual({ kind: "trimmed", value: null });
  });
});
