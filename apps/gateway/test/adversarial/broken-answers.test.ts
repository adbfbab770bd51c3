/**
 * Vendor answers that break (session 20, red-team round 10 F4 and F5), from a raw-socket vendor
 * on loopback that reads the whole request before it misbehaves:
 *
 * - an answer that does not parse (a control byte in a header, a status line that is no HTTP,
 *   a 70 KB header, two Content-Lengths, a bad first chunk, a 101 to a request that asked for no
 *   upgrade: F19) after the whole request was written is 502
 *   `upstream_bad_response`: the vendor got the transfer and may have acted on it, so it must
 *   not read as "could not be reached", which backends retry. A reset before any answer stays
 *   `upstream_unreachable`, and so does garbage a server sends before the request was written.
 * - an answer broken after its headers (reset mid-body, a bad chunk, silence past the upstream
 *   timeout) cuts the client's connection as before, and is now recorded as failed: the log line
 *   and span carry `upstream_response_incomplete` with the status the vendor sent, the span's
 *   status is ERROR, and the refusals metric counts it.
 */
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import {
  attributesOf,
  jsonSpans,
  type OtlpReceiver,
  otlpTelemetry,
  startOtlpReceiver,
} from "../support/otlp-receiver.js";
import { CAPI_BODY, FAST, leaksIn } from "./harness.js";

/** What the raw vendor answers, by the first segment after its prefix. */
const ANSWERS: Record<string, string> = {
  "control-byte-header": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Bad: a\x01b\r\n\r\n{}",
  "garbage-status-line": "garbage answer\r\n\r\n",
  "huge-header": `HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Huge: ${"a".repeat(70_000)}\r\n\r\n{}`,
  "two-lengths": "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
  "bad-chunk":
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\nzz\r\n",
  "late-bad-chunk":
    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n",
  "short-body":
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":',
  "stall-body":
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":',
  "whole-answer": "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
};

/** A vendor on raw sockets: reads each request whole (head and Content-Length body), then answers. */
interface RawVendor {
  readonly url: string;
  /** Each request's path and body as received. */
  readonly received: string[];
  close(): Promise<void>;
}

async function startRawVendor(): Promise<RawVendor> {
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let buf = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buf.subarray(0, end).toString("latin1");
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? "0");
      if (buf.length < end + 4 + length) return;
      const path = head.split(" ")[1] ?? "";
      received.push(`${path} ${buf.subarray(end + 4).toString("utf8")}`);
      buf = Buffer.alloc(0);
      const behaviour = path.split("/")[2] ?? "";
      if (behaviour === "switching-protocols") {
        // a 101 to a request that asked for no upgrade; the vendor then keeps the socket open
        socket.write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        return;
      }
      if (behaviour === "reset-after-read") {
        socket.destroy();
        return;
      }
      const answer = ANSWERS[behaviour] ?? ANSWERS["whole-answer"] ?? "";
      if (behaviour === "stall-body") socket.write(answer);
      else if (behaviour === "short-body") {
        socket.write(answer);
        setTimeout(() => socket.destroy(), 30);
      } else if (behaviour === "late-bad-chunk") {
        socket.write(answer);
        setTimeout(() => socket.end("zz\r\n"), 30);
      } else socket.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that writes a banner as soon as a connection opens and never reads (an SSH port). */
async function startBannerServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    socket.pause();
    socket.write("SSH-2.0-OpenSSH_9.6\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

let vendor: RawVendor;
let banner: { url: string; close(): Promise<void> };
let receiver: OtlpReceiver;
let gw: TestGateway;

beforeAll(async () => {
  vendor = await startRawVendor();
  banner = await startBannerServer();
  receiver = await startOtlpReceiver();
  gw = await startGateway({
    ...FAST,
    upstreamTimeoutMs: 400,
    // room for a body the loopback socket cannot take whole while nobody reads it
    maxBodyBytes: 16 * 1024 * 1024,
    maxInflatedBytes: 16 * 1024 * 1024,
    upstreams: { facebook: `${vendor.url}/fb`, "facebook:ssh": `${banner.url}/fb` },
    telemetry: otlpTelemetry(`${receiver.endpoint}/v1/traces`),
  });
});
afterAll(async () => {
  await gw.close();
  await vendor.close();
  await banner.close();
  await receiver.close();
});

/**
 * A fresh trace id per case, sent as the caller's `traceparent`: the log line and the span carry
 * it, while their paths show a case's segment only as `{}`.
 */
const traceIds = new Map<string, string>();
function traceparent(behaviour: string): string {
  const id = randomBytes(16).toString("hex");
  traceIds.set(behaviour, id);
  return `00-${id}-${randomBytes(8).toString("hex")}-01`;
}

const post = (behaviour: string, upstream = "facebook", body: string = CAPI_BODY) =>
  send(gw.url, {
    method: "POST",
    path: `/${upstream}/${behaviour}/events`,
    headers: { "content-type": "application/json", traceparent: traceparent(behaviour) },
    body,
  });

/** What a client reading the whole response sees: status, or the error that cut it short. */
function readToEnd(behaviour: string): Promise<{ status: number; body: string; error: string | null }> {
  const url = new URL(gw.url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/facebook/${behaviour}/events`,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", traceparent: traceparent(behaviour) },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c.toString("utf8");
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, error: null }));
        res.on("error", (err) => resolve({ status: res.statusCode ?? 0, body, error: err.message }));
      },
    );
    req.on("error", (err) => resolve({ status: 0, body: "", error: err.message }));
    req.end(CAPI_BODY);
  });
}

/** The transfer log line of a case, found by its trace id. */
async function logLineFor(behaviour: string): Promise<Record<string, unknown>> {
  const traceId = traceIds.get(behaviour);
  for (let i = 0; i < 50; i++) {
    const line = gw.logs.find((l) => l.event === "transfer" && l.traceId === traceId);
    if (line !== undefined) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no log line for ${behaviour}`);
}

describe("an answer that does not parse, after the whole request was written", () => {
  for (const behaviour of [
    "control-byte-header",
    "garbage-status-line",
    "huge-header",
    "two-lengths",
    // the head parses, the body does not, before a byte of it was sent on
    "bad-chunk",
    // a protocol switch nobody asked for: the client waited forever, unrecorded (F19)
    "switching-protocols",
  ]) {
    it(`${behaviour}: 502 upstream_bad_response, logged as such; the vendor had the request`, async () => {
      const before = vendor.received.length;
      const res = await post(behaviour);
      expect({ status: res.status, code: errorCode(res) }).toEqual({
        status: 502,
        code: "upstream_bad_response",
      });
      expect(String((res.json as { error: { message: string } }).error.message)).toContain(
        "may have been delivered",
      );
      expect(vendor.received.length).toBe(before + 1);
      const line = await logLineFor(behaviour);
      expect({ status: line.status, errorCode: line.errorCode }).toEqual({
        status: 502,
        errorCode: "upstream_bad_response",
      });
    });
  }

  it("near miss: a vendor that reads the request and resets without a byte stays upstream_unreachable", async () => {
    const res = await post("reset-after-read");
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
  });

  it("near miss: garbage from a server before the request was written stays upstream_unreachable", {
    timeout: 15_000,
  }, async () => {
    // More than the loopback socket buffers while the server reads nothing: never written whole.
    const big = JSON.stringify({
      data: [{ event_name: "Purchase", custom_data: { pad: "a".repeat(12 << 20) } }],
    });
    const res = await post("banner", "facebook:ssh", big);
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
  });

  it("near miss: a whole answer passes as it came", async () => {
    const res = await post("whole-answer");
    expect({ status: res.status, body: res.body.toString("utf8") }).toEqual({ status: 200, body: "{}" });
    const line = await logLineFor("whole-answer");
    expect(line.errorCode).toBeNull();
  });
});

describe("an answer broken after its headers were passed on", () => {
  for (const behaviour of ["short-body", "stall-body", "late-bad-chunk"]) {
    it(`${behaviour}: the client's connection is cut; logged 200 with upstream_response_incomplete`, {
      timeout: 5_000,
    }, async () => {
      const res = await readToEnd(behaviour);
      expect(res.status).toBe(200);
      expect(res.error).not.toBeNull();
      const line = await logLineFor(behaviour);
      expect({ status: line.status, errorCode: line.errorCode }).toEqual({
        status: 200,
        errorCode: "upstream_response_incomplete",
      });
    });
  }

  it("near miss: a client leaving mid-answer is not recorded as the vendor's failure", {
    timeout: 5_000,
  }, async () => {
    const url = new URL(gw.url);
    await new Promise<void>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: "/facebook/stall-body/events",
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json", traceparent: traceparent("client-gone") },
        },
        (res) => {
          res.once("data", () => {
            req.destroy();
            resolve();
          });
        },
      );
      req.on("error", () => {});
      req.end(CAPI_BODY);
    });
    const line = await logLineFor("client-gone");
    expect({ status: line.status, errorCode: line.errorCode }).toEqual({ status: 200, errorCode: null });
    // still none once the upstream timeout has passed (the vendor stays silent)
    await new Promise((r) => setTimeout(r, 600));
    expect(gw.logs.filter((l) => l.traceId === traceIds.get("client-gone"))).toHaveLength(1);
  });

  it("spans carry the code and ERROR with the vendor's status; the metric counts it; nothing leaks", async () => {
    const metrics = await send(gw.adminUrl ?? "", { path: "/metrics" });
    expect(metrics.body.toString("utf8")).toMatch(
      /kago_gateway_refusals_total\{recipient="facebook",code="upstream_response_incomplete"\} 3\b/,
    );
    expect(metrics.body.toString("utf8")).toMatch(
      /kago_gateway_refusals_total\{recipient="facebook",code="upstream_bad_response"\} 6\b/,
    );
    await gw.close();
    const spans = jsonSpans(receiver.requests);
    const of = (behaviour: string) => spans.filter((s) => s.traceId === traceIds.get(behaviour));
    for (const behaviour of ["short-body", "stall-body", "late-bad-chunk"]) {
      const [span] = of(behaviour);
      if (span === undefined) throw new Error(`no span for ${behaviour}`);
      expect(attributesOf(span)).toMatchObject({
        "http.response.status_code": 200,
        "privacy.error.code": "upstream_response_incomplete",
        "error.type": "upstream_response_incomplete",
      });
      expect(span.status?.code).toBe(2); // ERROR
    }
    const [whole] = of("whole-answer");
    expect(whole?.status?.code ?? 0).not.toBe(2);
    const [bad] = of("huge-header");
    expect(bad?.status?.code).toBe(2);
    expect(leaksIn(vendor.received.join("\n"))).toEqual([]);
  });
});
