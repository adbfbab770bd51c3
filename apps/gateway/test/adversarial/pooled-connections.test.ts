/**
 * Pooled vendor connections (session 20, red-team round 10 F12): a vendor (or its load balancer)
 * that drops an idle keep-alive connection without announcing it turned the next transfer into
 * 502 `upstream_unreachable`. The gateway now closes a pooled connection idle for
 * `POOLED_SOCKET_IDLE_MS`, and sends a request once more, on another connection, when a reused
 * connection fails before any answer. A fresh connection's reset is still reported.
 */
import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { POOLED_SOCKET_IDLE_MS } from "@kago/gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import { CAPI_BODY, FAST } from "./harness.js";

const ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

/**
 * A vendor on raw sockets that answers one request per connection and keeps the connection
 * open, unannounced; the next request on it is met, as `mode` says, by a reset before it is read
 * (the connection was stale), or the vendor serves it. Counts the requests it read whole.
 */
interface PoolVendor {
  readonly url: string;
  mode: "stale-after-one" | "serve";
  /** Requests read whole, with the connection number they came on. */
  readonly received: Array<{ connection: number; path: string }>;
  /** Connections the peer (the gateway) closed. */
  closedByPeer: number;
  /** Closes every open connection from the vendor's side (announced: a FIN). */
  endAll(): void;
  close(): Promise<void>;
}

async function startPoolVendor(): Promise<PoolVendor> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const vendor: PoolVendor = {
    url: "",
    mode: "stale-after-one",
    received: [],
    closedByPeer: 0,
    endAll: () => {
      for (const s of sockets) s.end();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((socket) => {
    const connection = ++connections;
    let served = 0;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("end", () => {
      vendor.closedByPeer++;
    });
    socket.on("error", () => {});
    let buf = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      if (served > 0 && vendor.mode === "stale-after-one") {
        socket.resetAndDestroy();
        return;
      }
      buf = Buffer.concat([buf, chunk]);
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buf.subarray(0, end).toString("latin1");
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? "0");
      if (buf.length < end + 4 + length) return;
      buf = buf.subarray(end + 4 + length);
      served++;
      vendor.received.push({ connection, path: head.split(" ")[1] ?? "" });
      if (head.includes("/reset-fresh/")) {
        socket.resetAndDestroy();
        return;
      }
      socket.write(ANSWER);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return Object.assign(vendor, { url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` });
}

let vendor: PoolVendor;
let gw: TestGateway;

beforeAll(async () => {
  vendor = await startPoolVendor();
  gw = await startGateway({ ...FAST, upstreams: { facebook: `${vendor.url}/fb` } });
});
afterAll(async () => {
  await gw.close();
  await vendor.close();
});

const post = (segment: string) =>
  send(gw.url, {
    method: "POST",
    path: `/facebook/${segment}/events`,
    headers: { "content-type": "application/json" },
    body: CAPI_BODY,
  });

const get = (segment: string) => send(gw.url, { method: "GET", path: `/facebook/${segment}/events` });

describe("pooled vendor connections", () => {
  it("an idempotent request on a connection the vendor dropped is sent again on a new one, once", async () => {
    vendor.mode = "stale-after-one";
    vendor.received.length = 0;
    const first = await get("first");
    expect(first.status).toBe(200);
    // the pooled connection is now stale: the vendor resets it on the next request
    const second = await get("second");
    expect(second.status).toBe(200);
    expect(vendor.received.map((r) => r.path)).toEqual(["/fb/first/events", "/fb/second/events"]);
    const [a, b] = vendor.received;
    expect(b?.connection).not.toBe(a?.connection);
    const lines = gw.logs.filter((l) => l.event === "transfer").slice(-2);
    expect(lines.map((l) => [l.status, l.errorCode])).toEqual([
      [200, null],
      [200, null],
    ]);
  });

  it("near miss: a reset on a fresh connection is reported, not sent again", async () => {
    vendor.mode = "serve";
    vendor.received.length = 0;
    // a fresh connection: the vendor closes the pooled one first, and the gateway sees it go
    vendor.endAll();
    await new Promise((r) => setTimeout(r, 100));
    const res = await post("reset-fresh");
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
    expect(vendor.received.map((r) => r.path)).toEqual(["/fb/reset-fresh/events"]);
  });

  it("closes a pooled connection idle for POOLED_SOCKET_IDLE_MS", {
    timeout: POOLED_SOCKET_IDLE_MS + 5_000,
  }, async () => {
    vendor.mode = "serve";
    const before = vendor.closedByPeer;
    expect((await post("idle")).status).toBe(200);
    await new Promise((r) => setTimeout(r, POOLED_SOCKET_IDLE_MS / 2));
    expect(vendor.closedByPeer).toBe(before);
    await new Promise((r) => setTimeout(r, POOLED_SOCKET_IDLE_MS / 2 + 1_000));
    expect(vendor.closedByPeer).toBe(before + 1);
  });
});
