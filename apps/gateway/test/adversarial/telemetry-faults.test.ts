/**
 * The trace collector down, blackholed or failing: traffic is unaffected (every request is
 * answered and redacted), and shutdown still completes.
 */
import { createServer as createHttpServer } from "node:http";
import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../support/client.js";
import { startGateway } from "../support/gateway.js";
import { deadPort, startUpstream, type TestUpstream } from "../support/upstream.js";
import { CAPI_BODY, FAST, leaksIn, upstreamText } from "./harness.js";

let upstream: TestUpstream;
let blackhole: Server;
const held = new Set<Socket>();
let failing: ReturnType<typeof createHttpServer>;
let failingPort: number;
let blackholePort: number;
let deadCollectorPort: number;
let failingCalls = 0;

beforeAll(async () => {
  upstream = await startUpstream();
  // Accepts connections and never reads or answers a byte.
  blackhole = createServer({ pauseOnConnect: true }, (s) => {
    held.add(s);
  });
  await new Promise<void>((resolve) => blackhole.listen(0, "127.0.0.1", resolve));
  blackholePort = (blackhole.address() as AddressInfo).port;
  failing = createHttpServer((req, res) => {
    failingCalls++;
    req.resume();
    req.on("end", () => res.writeHead(503, { "retry-after": "1" }).end("overloaded"));
  });
  await new Promise<void>((resolve) => failing.listen(0, "127.0.0.1", resolve));
  failingPort = (failing.address() as AddressInfo).port;
  deadCollectorPort = await deadPort();
});
afterAll(async () => {
  for (const s of held) s.destroy();
  await new Promise<void>((resolve) => blackhole.close(() => resolve()));
  failing.closeAllConnections();
  await new Promise<void>((resolve) => failing.close(() => resolve()));
  await upstream.close();
});

describe("collector faults never touch traffic", () => {
  for (const [name, port, protocol, reached] of [
    ["down (connection refused)", () => deadCollectorPort, "http/protobuf", () => true],
    ["blackholed (accepts, never answers)", () => blackholePort, "http/protobuf", () => held.size > 0],
    ["blackholed, JSON exporter", () => blackholePort, "http/json", () => held.size > 0],
    ["answering 503", () => failingPort, "http/json", () => failingCalls > 0],
  ] as const) {
    it(name, async () => {
      upstream.received.length = 0;
      const gw = await startGateway({
        ...FAST,
        upstreams: { facebook: `${upstream.url}/fb` },
        telemetry: {
          exporter: "otlp",
          protocol,
          url: `http://127.0.0.1:${String(port())}/v1/traces`,
          serviceName: "kago-adversarial",
          exportTimeoutMs: 500,
        },
      });
      try {
        // More spans than one batch, sent in two waves so the exporter is busy in between.
        for (let wave = 0; wave < 2; wave++) {
          const results = await Promise.all(
            Array.from({ length: 25 }, () =>
              send(gw.url, {
                method: "POST",
                path: "/facebook/v21.0/1/events",
                headers: { "content-type": "application/json" },
                body: CAPI_BODY,
              }),
            ),
          );
          expect(results.map((r) => r.status)).toEqual(Array(25).fill(200));
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(upstream.received).toHaveLength(50);
        expect(leaksIn(upstreamText(upstream))).toEqual([]);
      } finally {
        await gw.close();
      }
      // The fault was really met: the exporter reached the broken collector.
      expect(reached()).toBe(true);
    });
  }
});
