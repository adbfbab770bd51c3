/**
 * Malformed framing and request smuggling shapes, over raw sockets: each is refused with a JSON
 * 400 (`malformed_request`), 431, or 501 for a transfer coding besides chunked, nothing reaches
 * the upstream, and the gateway serves on.
 */
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sendRaw } from "../support/client.js";
import {
  CAPI_BODY,
  EMAIL,
  expectNoLeak,
  expectRawRefusal,
  expectServesNext,
  type Rig,
  rawExchange,
  rawRequest,
  startRig,
} from "./harness.js";

let rig: Rig;
beforeAll(async () => {
  rig = await startRig({ maxHeaderBytes: 8 * 1024 });
});
afterAll(() => rig.close());
afterEach(async () => {
  await expectServesNext(rig);
});

const H = "Host: gateway.test";
const JSON_CT = "Content-Type: application/json";
// A second request hidden in the body: if the gateway and the upstream framed the body
// differently, it would arrive upstream as a request of its own, carrying a personal value.
const SMUGGLED = `GET /aliyun/x?email=${encodeURIComponent(EMAIL)} HTTP/1.1\r\n${H}\r\n\r\n`;

/** The status lines and `Connection` headers of the answers read off a socket, lower-cased, in order. */
function statusAndConnection(answers: string): string[] {
  return (answers.match(/HTTP\/1\.1 \d+|connection: [a-z-]+/gi) ?? []).map((m) => m.toLowerCase());
}

const smuggling: ReadonlyArray<readonly [string, string]> = [
  [
    "Content-Length with Transfer-Encoding (CL.TE)",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Content-Length: 6", "Transfer-Encoding: chunked"],
      `0\r\n\r\n${SMUGGLED}`,
    ),
  ],
  [
    "Transfer-Encoding before Content-Length (TE.CL)",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: chunked", "Content-Length: 4"],
      `${Buffer.byteLength(SMUGGLED).toString(16)}\r\n${SMUGGLED}\r\n0\r\n\r\n`,
    ),
  ],
  [
    "two different Content-Lengths",
    rawRequest("POST /facebook/x HTTP/1.1", [H, JSON_CT, "Content-Length: 2", "Content-Length: 40"], "{}"),
  ],
  [
    "two equal Content-Lengths",
    rawRequest("POST /facebook/x HTTP/1.1", [H, JSON_CT, "Content-Length: 2", "Content-Length: 2"], "{}"),
  ],
  [
    "a signed Content-Length",
    rawRequest("POST /facebook/x HTTP/1.1", [H, JSON_CT, "Content-Length: +2"], "{}"),
  ],
  [
    "Content-Length as a list",
    rawRequest("POST /facebook/x HTTP/1.1", [H, JSON_CT, "Content-Length: 2, 2"], "{}"),
  ],
  [
    "an unknown transfer coding (xchunked)",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: xchunked"],
      "2\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "chunked not the final coding",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: chunked, identity"],
      "2\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "two Transfer-Encoding lines",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: chunked", "Transfer-Encoding: identity"],
      "2\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "whitespace before the colon (Transfer-Encoding : chunked)",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding : chunked"],
      "2\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "an overflowing chunk size",
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: chunked"],
      "FFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "chunks delimited by bare LF",
    rawRequest("POST /facebook/x HTTP/1.1", [H, JSON_CT, "Transfer-Encoding: chunked"], "2\n{}\n0\n\n"),
  ],
  ["an obs-folded header", rawRequest("GET /facebook/x HTTP/1.1", [H, "X-Note: one", " two"])],
  ["a NUL byte in a header value", rawRequest("GET /facebook/x HTTP/1.1", [H, "X-Note: a\0b"])],
  ["a bare CR in a header value", rawRequest("GET /facebook/x HTTP/1.1", [H, "X-Note: a\rb"])],
  ["bare LF line endings", "GET /facebook/x HTTP/1.1\nHost: gateway.test\n\n"],
  ["no Host header in HTTP/1.1", rawRequest("GET /facebook/x HTTP/1.1", [])],
  ["two Host headers", rawRequest("GET /facebook/x HTTP/1.1", [H, "Host: graph.facebook.com"])],
  ["a space in the request target", rawRequest("GET /facebook/a b HTTP/1.1", [H])],
  ["the HTTP/2 connection preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"],
];

describe("request smuggling and malformed framing: 400 malformed_request, nothing forwarded", () => {
  for (const [name, bytes] of smuggling) {
    it(name, async () => {
      const res = await rawExchange(rig.gw.port, [bytes]);
      expectRawRefusal(rig, res, 400, "malformed_request");
      expect(res.headers.connection).toBe("close");
    });
  }
});

describe("framing the gateway accepts is re-framed, never passed through", () => {
  it("pipelined requests are each inspected on their own", async () => {
    const clean = rawRequest("GET /zego/?Action=Ping HTTP/1.1", [H]);
    const personal = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.1",
      [H, JSON_CT, `Content-Length: ${Buffer.byteLength(CAPI_BODY)}`, "Connection: close"],
      CAPI_BODY,
    );
    // Both in one write; read until the gateway closes after the second answer.
    const answers = await sendRaw(rig.gw.port, clean + personal);
    expect(answers.match(/^HTTP\/1\.1 \d+/gm)).toEqual(["HTTP/1.1 200", "HTTP/1.1 200"]);
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/zego/?Action=Ping", "/fb/v21.0/1/events"]);
    expectNoLeak(rig);
  });

  it("pipelined requests before a malformed one are answered, then the refusal (session 16)", async () => {
    const clean = rawRequest("GET /zego/?Action=Ping HTTP/1.1", [H]);
    const personal = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.1",
      [H, JSON_CT, `Content-Length: ${Buffer.byteLength(CAPI_BODY)}`],
      CAPI_BODY,
    );
    // A red team's H8: the socket was destroyed at the parser error, so the two transfers already
    // forwarded got no answer (and a client retrying them sent them twice).
    const answers = await sendRaw(rig.gw.port, `${clean}${personal}garbage\r\n\r\n`);
    expect(answers.match(/^HTTP\/1\.1 \d+/gm)).toEqual(["HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 400"]);
    expect(answers.slice(answers.lastIndexOf("HTTP/1.1 400"))).toContain('"code":"malformed_request"');
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/zego/?Action=Ping", "/fb/v21.0/1/events"]);
    // one log line each (the refusal's may be written before the last transfer's)
    expect(
      rig.gw.logs
        .slice(-3)
        .map((l) => String(l.errorCode ?? "-"))
        .sort(),
    ).toEqual(["-", "-", "malformed_request"]);
    expectNoLeak(rig);
  });

  it("an HTTP/1.0 request pipelined behind an answer of unknown length is not forwarded (session 18)", async () => {
    // The vendor's answer has no length, so HTTP/1.0 can only end it by closing the connection;
    // the transfer behind it was forwarded and never answered (a red team's H8, HTTP/1.0 variant).
    const event = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.0",
      [JSON_CT, "Connection: keep-alive", `Content-Length: ${Buffer.byteLength(CAPI_BODY)}`],
      CAPI_BODY,
    );
    const logged = rig.gw.logs.length;
    const answers = await sendRaw(rig.gw.port, event + event);
    expect(statusAndConnection(answers)).toEqual(["http/1.1 200", "connection: close"]);
    expect(rig.upstream.received).toHaveLength(1);
    await vi.waitFor(() => expect(rig.gw.logs.length).toBeGreaterThanOrEqual(logged + 2));
    // one log line each, in no fixed order
    expect(
      rig.gw.logs
        .slice(logged)
        .map((l) => `${String(l.errorCode ?? "-")} ${String(l.status)}`)
        .sort(),
    ).toEqual(["- 200", "pipelined_after_close 0"]);
    expectNoLeak(rig);
  });

  it("an HTTP/1.0 pair on a kept-alive connection is answered twice when the first answer has a length", async () => {
    const broken = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.0",
      [JSON_CT, "Connection: keep-alive", "Content-Length: 1"],
      "{",
    );
    const event = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.0",
      [JSON_CT, `Content-Length: ${Buffer.byteLength(CAPI_BODY)}`],
      CAPI_BODY,
    );
    const answers = await sendRaw(rig.gw.port, broken + event);
    expect(statusAndConnection(answers)).toEqual([
      "http/1.1 400",
      "connection: keep-alive",
      "http/1.1 200",
      "connection: close",
    ]);
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/fb/v21.0/1/events"]);
    expectNoLeak(rig);
  });

  it("a request pipelined behind a refusal that closes the connection is not forwarded (session 18)", async () => {
    // The refusal is answered before the body is read, so it closes the connection; the transfer
    // behind it was forwarded and never answered (a retrying client sent it twice).
    const refused = rawRequest("POST /nosuch/x HTTP/1.1", [H, JSON_CT, "Content-Length: 2"], "{}");
    const personal = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.1",
      [H, JSON_CT, `Content-Length: ${Buffer.byteLength(CAPI_BODY)}`],
      CAPI_BODY,
    );
    const logged = rig.gw.logs.length;
    const answers = await sendRaw(rig.gw.port, refused + personal);
    expect(answers.match(/^HTTP\/1\.1 \d+/gm)).toEqual(["HTTP/1.1 404"]);
    expect(rig.upstream.received).toHaveLength(0);
    await vi.waitFor(() => expect(rig.gw.logs.length).toBeGreaterThanOrEqual(logged + 2));
    const lines = rig.gw.logs.slice(logged);
    expect(lines.map((l) => [l.errorCode, l.status])).toEqual([
      ["unknown_recipient", 404],
      ["pipelined_after_close", 0],
    ]);
    expect(lines[1]?.recipient).toBe("facebook");
    expectNoLeak(rig);
  });

  it("chunk extensions and trailers carrying personal data never reach the upstream", async () => {
    const body = '{"connection_type":"wifi"}';
    const res = await rawExchange(rig.gw.port, [
      rawRequest(
        "POST /facebook/x HTTP/1.1",
        [H, JSON_CT, "Transfer-Encoding: chunked", "Trailer: X-Email"],
        `${body.length.toString(16)};email="${EMAIL}"\r\n${body}\r\n0\r\nX-Email: ${EMAIL}\r\n\r\n`,
      ),
    ]);
    expect(res.status).toBe(200);
    expect(rig.upstream.received).toHaveLength(1);
    expect(rig.upstream.received[0]?.body.toString("utf8")).toBe(body);
    expect(rig.upstream.received[0]?.headers["content-length"]).toBe(String(body.length));
    expect(rig.upstream.received[0]?.headers["transfer-encoding"]).toBeUndefined();
    expectNoLeak(rig);
  });
});

describe("transfer codings other than chunked: refused unread, nothing forwarded", () => {
  // A gzip chunk: Node would dechunk it and hand the engine compressed bytes it cannot read.
  const gz = gzipSync(`contact ${EMAIL}`);
  const chunk = Buffer.concat([
    Buffer.from(`${gz.length.toString(16)}\r\n`),
    gz,
    Buffer.from("\r\n0\r\n\r\n"),
  ]);
  for (const [coding, type] of [
    ["gzip, chunked", "text/plain; charset=iso-8859-1"],
    ["gzip, chunked", "application/json"],
    ["deflate, chunked", "text/plain"],
    ["x-gzip,chunked", "text/plain"],
    ["identity, chunked", "text/plain"],
  ] as const) {
    it(`Transfer-Encoding: ${coding} (${type}): 501 unsupported_transfer_encoding`, async () => {
      const head = rawRequest("POST /facebook/v21.0/1/events HTTP/1.1", [
        H,
        `Content-Type: ${type}`,
        `Transfer-Encoding: ${coding}`,
      ]);
      const res = await rawExchange(rig.gw.port, [Buffer.concat([Buffer.from(head), chunk])]);
      expectRawRefusal(rig, res, 501, "unsupported_transfer_encoding");
      expect(res.headers.connection).toBe("close");
    });
  }
  it("the codings on two header lines (gzip, then chunked): 501 unsupported_transfer_encoding", async () => {
    const head = rawRequest("POST /facebook/v21.0/1/events HTTP/1.1", [
      H,
      "Content-Type: text/plain",
      "Transfer-Encoding: gzip",
      "Transfer-Encoding: chunked",
    ]);
    const res = await rawExchange(rig.gw.port, [Buffer.concat([Buffer.from(head), chunk])]);
    expectRawRefusal(rig, res, 501, "unsupported_transfer_encoding");
  });
  it("chunked twice: 400 malformed_request", async () => {
    const res = await rawExchange(rig.gw.port, [
      rawRequest(
        "POST /facebook/x HTTP/1.1",
        [H, JSON_CT, "Transfer-Encoding: chunked, chunked"],
        "2\r\n{}\r\n0\r\n\r\n",
      ),
    ]);
    expectRawRefusal(rig, res, 400, "malformed_request");
  });
  it("chunked alone, in any letter case, is dechunked, inspected and forwarded", async () => {
    for (const coding of ["chunked", "Chunked", " CHUNKED "]) {
      rig.upstream.received.length = 0;
      const half = Math.floor(CAPI_BODY.length / 2);
      const parts = [CAPI_BODY.slice(0, half), CAPI_BODY.slice(half)];
      const res = await rawExchange(rig.gw.port, [
        rawRequest(
          "POST /facebook/v21.0/1/events HTTP/1.1",
          [H, JSON_CT, `Transfer-Encoding: ${coding}`],
          `${parts.map((p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`).join("")}0\r\n\r\n`,
        ),
      ]);
      expect(res.status).toBe(200);
      expect(rig.upstream.received).toHaveLength(1);
      expect(rig.upstream.received[0]?.headers["transfer-encoding"]).toBeUndefined();
      expectNoLeak(rig);
    }
  });
});

it("a chunk extension that is no token or quoted string: 400 malformed_request, nothing forwarded", async () => {
  const res = await rawExchange(rig.gw.port, [
    rawRequest(
      "POST /facebook/x HTTP/1.1",
      [H, JSON_CT, "Transfer-Encoding: chunked"],
      `2;email=${EMAIL}\r\n{}\r\n0\r\n\r\n`,
    ),
  ]);
  expectRawRefusal(rig, res, 400, "malformed_request");
});

describe("oversized heads: 431 headers_too_large, nothing forwarded", () => {
  it("one huge header", async () => {
    const res = await rawExchange(rig.gw.port, [
      rawRequest("GET /facebook/x HTTP/1.1", [H, `X-Pad: ${"a".repeat(16 * 1024)}`, `X-Email: ${EMAIL}`]),
    ]);
    expectRawRefusal(rig, res, 431, "headers_too_large");
  });
  it("many small headers", async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => `X-H${String(i)}: v`);
    const res = await rawExchange(rig.gw.port, [rawRequest("GET /facebook/x HTTP/1.1", [H, ...many])]);
    expectRawRefusal(rig, res, 431, "headers_too_large");
  });
  it("a huge request target", async () => {
    const res = await rawExchange(rig.gw.port, [
      rawRequest(`GET /facebook/x?pad=${"a".repeat(16 * 1024)}&email=${EMAIL} HTTP/1.1`, [H]),
    ]);
    expectRawRefusal(rig, res, 431, "headers_too_large");
  });
});
