/**
 * Slow, oversized and vanishing clients over raw sockets: a slow client gets 408 and holds
 * nobody up, a body over the limit is refused before it is read, a client that aborts
 * mid-upload leaves nothing forwarded and no socket behind.
 */
import { connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { send } from "../support/client.js";
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
  rig = await startRig({ maxBodyBytes: 64 * 1024 });
});
afterAll(() => rig.close());
afterEach(async () => {
  await expectServesNext(rig);
});

const H = "Host: gateway.test";
const bytes = (s: string): string[] => [...s];

describe("slow clients: 408 request_timeout, nothing forwarded", () => {
  it("headers sent one byte at a time", async () => {
    const req = rawRequest(
      "POST /facebook/v21.0/1/events HTTP/1.1",
      [H, "Content-Type: application/json", `X-Email: ${EMAIL}`, `Content-Length: ${CAPI_BODY.length}`],
      CAPI_BODY,
    );
    const res = await rawExchange(rig.gw.port, bytes(req), { gapMs: 20, timeoutMs: 10_000 });
    expectRawRefusal(rig, res, 408, "request_timeout");
  });

  it("a body sent one byte at a time", async () => {
    const head = rawRequest("POST /facebook/v21.0/1/events HTTP/1.1", [
      H,
      "Content-Type: application/json",
      `Content-Length: ${CAPI_BODY.length}`,
    ]);
    const res = await rawExchange(rig.gw.port, [head, ...bytes(CAPI_BODY)], { gapMs: 20, timeoutMs: 10_000 });
    expectRawRefusal(rig, res, 408, "request_timeout");
    expect(rig.gw.logs.some((l) => l.event === "transfer" && l.errorCode === "request_timeout")).toBe(true);
  });

  it("slow clients hold nobody up: others are answered while they trickle", async () => {
    // A longer headers timeout than the rig's, so a loaded CI machine cannot blur the order.
    const roomy = await startRig({ headersTimeoutMs: 1_500 });
    try {
      await holdsNobodyUp(roomy);
    } finally {
      await roomy.close();
    }
  });
});

/** Normal requests are answered while slow clients trickle, before any slow one is cut off. */
async function holdsNobodyUp(rig: Rig): Promise<void> {
  const order: string[] = [];
  const slow = Array.from({ length: 5 }, () =>
    rawExchange(rig.gw.port, bytes(rawRequest("GET /zego/?Action=Ping HTTP/1.1", [H, `X-Email: ${EMAIL}`])), {
      gapMs: 30,
      timeoutMs: 10_000,
    }).then((r) => {
      order.push("slow");
      return r;
    }),
  );
  const fast = await Promise.all(
    Array.from({ length: 10 }, () =>
      send(rig.gw.url, { path: "/zego/?Action=Ping" }).then((r) => {
        order.push("fast");
        return r;
      }),
    ),
  );
  expect(fast.map((r) => r.status)).toEqual(Array(10).fill(200));
  const slowResults = await Promise.all(slow);
  for (const r of slowResults)
    expect({ status: r.status, code: r.code }).toEqual({ status: 408, code: "request_timeout" });
  // Every fast request was answered before any slow client was cut off.
  expect(order.slice(0, 10)).toEqual(Array(10).fill("fast"));
  expect(rig.upstream.received).toHaveLength(10);
  expectNoLeak(rig);
}

describe("bodies over the limit: 413 body_too_large, nothing forwarded", () => {
  it("a declared Content-Length over the limit is refused before the body is sent", async () => {
    // Only the head is written: the answer cannot depend on reading the body.
    const res = await rawExchange(rig.gw.port, [
      rawRequest("POST /facebook/x HTTP/1.1", [
        H,
        "Content-Type: application/json",
        "Content-Length: 10485760",
      ]),
    ]);
    expectRawRefusal(rig, res, 413, "body_too_large");
    expect(res.headers.connection).toBe("close");
  });

  it("a chunked body that grows over the limit", async () => {
    const chunk = `{"pad":"${"x".repeat(16 * 1024)}","email":"${EMAIL}"}`;
    const parts = [
      rawRequest("POST /facebook/x HTTP/1.1", [
        H,
        "Content-Type: application/json",
        "Transfer-Encoding: chunked",
      ]),
      ...Array.from({ length: 8 }, () => `${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`),
      "0\r\n\r\n",
    ];
    const res = await rawExchange(rig.gw.port, parts, { gapMs: 5 });
    expectRawRefusal(rig, res, 413, "body_too_large");
  });
});

function tcpHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;
}

async function settle(check: () => boolean, guardMs = 5_000): Promise<void> {
  const until = Date.now() + guardMs;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

describe("clients aborting mid-upload", () => {
  it("nothing is forwarded, every transfer is closed out, and no socket is left behind", async () => {
    await settle(() => false, 100);
    const baseline = tcpHandles();
    const before = rig.gw.logs.filter((l) => l.event === "transfer").length;
    const n = 30;
    await Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(rig.gw.port, "127.0.0.1", () => {
              socket.write(
                rawRequest("POST /facebook/v21.0/1/events HTTP/1.1", [
                  H,
                  "Content-Type: application/json",
                  `Content-Length: ${String(CAPI_BODY.length * 4)}`,
                ]),
              );
              socket.write(CAPI_BODY.slice(0, 60), () => setTimeout(() => socket.destroy(), 20));
            });
            socket.on("close", () => resolve());
            socket.on("error", () => {});
          }),
      ),
    );
    const aborted = () =>
      rig.gw.logs.slice(before).filter((l) => l.event === "transfer" && l.errorCode === "client_aborted");
    await settle(() => aborted().length === n && tcpHandles() <= baseline);
    expect(rig.upstream.received).toHaveLength(0);
    expect(aborted()).toHaveLength(n);
    for (const line of aborted()) expect(line.status).toBe(0);
    expect(tcpHandles()).toBeLessThanOrEqual(baseline);
  });
});
