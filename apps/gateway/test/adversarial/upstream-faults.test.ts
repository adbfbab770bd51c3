/**
 * Vendor faults: refused connections (502), a vendor too slow to answer (504), resets before
 * and during the response, a vendor that stalls mid-body, redirects (never followed, and since
 * session 20 never handed back when they lead outside the upstream). The
 * faulty vendor is a real server on loopback; after each case the gateway serves a healthy
 * recipient again.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import { deadPort, startUpstream, type TestUpstream } from "../support/upstream.js";
import { CAPI_BODY, EMAIL, FAST, leaksIn } from "./harness.js";

type Behaviour = "slow" | "reset-before" | "reset-mid" | "stall-mid" | "redirect-302" | "redirect-307";

/** A vendor that misbehaves according to the first segment after its prefix. */
interface FaultyVendor {
  readonly url: string;
  readonly received: string[];
  close(): Promise<void>;
}

async function startFaultyVendor(redirectTo: string): Promise<FaultyVendor> {
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString("utf8");
    });
    req.on("end", () => {
      received.push(`${req.url ?? ""} ${body}`);
      const behaviour = (req.url ?? "").split("/")[2] as Behaviour;
      switch (behaviour) {
        case "slow":
          return; // never answers
        case "reset-before":
          req.socket.destroy();
          return;
        case "reset-mid":
          res.writeHead(200, { "content-type": "application/json" });
          res.write('{"events_received":');
          setTimeout(() => req.socket.destroy(), 30);
          return;
        case "stall-mid":
          res.writeHead(200, { "content-type": "application/json" });
          res.write('{"events_received":');
          return; // never finishes
        case "redirect-302":
        case "redirect-307":
          res.writeHead(behaviour === "redirect-302" ? 302 : 307, {
            location: `${redirectTo}/stolen?email=${encodeURIComponent(EMAIL)}`,
            "content-type": "text/plain",
          });
          res.end("moved");
          return;
        default:
          res.writeHead(200, { "content-type": "application/json" }).end("{}");
      }
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
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

let healthy: TestUpstream;
let elsewhere: TestUpstream;
let vendor: FaultyVendor;
let gw: TestGateway;

beforeAll(async () => {
  healthy = await startUpstream();
  elsewhere = await startUpstream();
  vendor = await startFaultyVendor(elsewhere.url);
  const dead = await deadPort();
  gw = await startGateway({
    ...FAST,
    upstreamTimeoutMs: 400,
    upstreams: {
      facebook: `${vendor.url}/fb`,
      aliyun: `http://127.0.0.1:${String(dead)}/aliyun`,
      zego: `${healthy.url}/zego`,
    },
  });
});
afterAll(async () => {
  await gw.close();
  await vendor.close();
  await healthy.close();
  await elsewhere.close();
});

async function expectServesNext(): Promise<void> {
  healthy.received.length = 0;
  const res = await send(gw.url, { path: "/zego/?Action=Ping" });
  expect(res.status).toBe(200);
  expect(healthy.received.map((r) => r.url)).toEqual(["/zego/?Action=Ping"]);
}

const post = (behaviour: string) =>
  send(gw.url, {
    method: "POST",
    path: `/facebook/${behaviour}/events`,
    headers: { "content-type": "application/json" },
    body: CAPI_BODY,
  });

/** What a client reading the whole response sees: status, or the error that cut it short. */
function readToEnd(path: string): Promise<{ status: number; body: string; error: string | null }> {
  const url = new URL(gw.url);
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c.toString("utf8");
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, error: null }));
        res.on("error", (err) => resolve({ status: res.statusCode ?? 0, body, error: err.message }));
        res.on("aborted", () => resolve({ status: res.statusCode ?? 0, body, error: "aborted" }));
      },
    );
    req.on("error", (err) => resolve({ status: 0, body: "", error: err.message }));
    req.end(CAPI_BODY);
  });
}

describe("vendor faults", () => {
  it("vendor refusing connections: 502 upstream_unreachable", async () => {
    const res = await send(gw.url, {
      method: "POST",
      path: "/aliyun/logstores/app/track",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
    await expectServesNext();
  });

  it("vendor too slow to send headers: 504 upstream_timeout", async () => {
    const res = await post("slow");
    expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 504, code: "upstream_timeout" });
    expect(leaksIn(vendor.received.join("\n"))).toEqual([]);
    await expectServesNext();
  });

  it("vendor resetting before its response: 502 upstream_unreachable", async () => {
    const res = await post("reset-before");
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
    await expectServesNext();
  });

  it("vendor resetting mid-response: the client connection is cut, not completed", {
    timeout: 5_000,
  }, async () => {
    const res = await readToEnd("/facebook/reset-mid/events");
    expect(res.status).toBe(200);
    expect(res.error).not.toBeNull();
    expect(res.body).toBe('{"events_received":');
    await expectServesNext();
  });

  it("vendor stalling mid-body: the client connection is cut after the upstream timeout", {
    timeout: 5_000,
  }, async () => {
    const res = await readToEnd("/facebook/stall-mid/events");
    expect(res.status).toBe(200);
    expect(res.error).not.toBeNull();
    await expectServesNext();
  });

  for (const kind of ["redirect-302", "redirect-307"]) {
    it(`${kind} to another host: never followed, never handed back (502 upstream_redirect)`, async () => {
      elsewhere.received.length = 0;
      const res = await post(kind);
      // Until session 20 the redirect was handed back as it came, and a client that follows
      // redirects re-sent the unredacted request there (upstream-redirects.test.ts).
      expect({ status: res.status, code: errorCode(res) }).toEqual({
        status: 502,
        code: "upstream_redirect",
      });
      expect(res.headers.location).toBeUndefined();
      await new Promise((r) => setTimeout(r, 100));
      expect(elsewhere.received).toHaveLength(0);
      await expectServesNext();
    });
  }

  it("nothing personal reached the faulty vendor in any case", () => {
    expect(vendor.received.length).toBeGreaterThan(0);
    expect(leaksIn(vendor.received.join("\n"))).toEqual([]);
  });
});
