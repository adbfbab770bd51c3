/**
 * Pooled vendor connections (session 20, red-team round 10 F12), against raw-socket vendors on
 * loopback (a 101 answer, F19, is in `broken-answers.test.ts`):
 * - a vendor that closes idle keep-alive connections without announcing it (as load balancers
 *   do) turned the next transfer into a 502: the gateway now closes a pooled connection idle for
 *   `--upstream-idle-ms` (below such timeouts) first;
 * - a pooled connection found dead on the next request: an idempotent request is sent again on a
 *   fresh connection, a POST the vendor received whole is not (no duplicate delivery), and a
 *   fresh connection's reset is reported.
 */
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import { FAST } from "./harness.js";

const END_OF_HEAD = "\r\n\r\n";
const OK = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";

/** A raw vendor: `onRequest` gets each complete request (its head) and the socket's request count. */
interface RawVendor {
  readonly url: string;
  /** Request lines received, in order. */
  readonly requests: string[];
  /** Connections accepted. */
  connections: number;
  /** Connections the gateway closed (their end arrived at the vendor). */
  closedByGateway: number;
  close(): Promise<void>;
}

async function startRawVendor(
  onRequest: (socket: Socket, head: string, nth: number) => void,
): Promise<RawVendor> {
  const sockets = new Set<Socket>();
  const vendor: RawVendor = {
    url: "",
    requests: [],
    connections: 0,
    closedByGateway: 0,
    close: async () => {},
  };
  const server: Server = createServer((socket) => {
    vendor.connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    socket.on("end", () => {
      vendor.closedByGateway++;
      socket.end();
    });
    let buffer = "";
    let nth = 0;
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        const end = buffer.indexOf(END_OF_HEAD);
        if (end < 0) return;
        const head = buffer.slice(0, end);
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffer.length < end + END_OF_HEAD.length + length) return;
        buffer = buffer.slice(end + END_OF_HEAD.length + length);
        vendor.requests.push(head.split("\r\n")[0] ?? "");
        onRequest(socket, head, ++nth);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return Object.assign(vendor, {
    url: `http://127.0.0.1:${String(port)}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

const running: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const r of running.splice(0).reverse()) await r.close();
});

async function rig(
  onRequest: (socket: Socket, head: string, nth: number) => void,
  overrides: Parameters<typeof startGateway>[0] = {},
): Promise<{ vendor: RawVendor; gw: TestGateway }> {
  const vendor = await startRawVendor(onRequest);
  running.push(vendor);
  const gw = await startGateway({ ...FAST, upstreams: { facebook: `${vendor.url}/fb` }, ...overrides });
  running.push(gw);
  return { vendor, gw };
}

const postEvent = (gw: TestGateway, i: number) =>
  send(gw.url, {
    method: "POST",
    path: "/facebook/v21.0/1/events",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ data: [{ event_name: `e${String(i)}` }] }),
  });

describe("pooled vendor connections", () => {
  it("a pooled connection idle for --upstream-idle-ms is closed by the gateway, and the next transfer opens another", async () => {
    const { vendor, gw } = await rig((socket) => socket.write(OK), { upstreamIdleMs: 100 });
    expect((await postEvent(gw, 1)).status).toBe(200);
    // ten times the limit: a vendor that closes connections idle as long never gets to
    await new Promise((r) => setTimeout(r, 1_000));
    expect(vendor.closedByGateway).toBe(1);
    expect((await postEvent(gw, 2)).status).toBe(200);
    expect({ connections: vendor.connections, requests: vendor.requests.length }).toEqual({
      connections: 2,
      requests: 2,
    });
  });

  it("without the limit reached, the connection is reused", async () => {
    const { vendor, gw } = await rig((socket) => socket.write(OK), { upstreamIdleMs: 60_000 });
    expect((await postEvent(gw, 1)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect((await postEvent(gw, 2)).status).toBe(200);
    expect({ connections: vendor.connections, closed: vendor.closedByGateway }).toEqual({
      connections: 1,
      closed: 0,
    });
  });

  it("an idle limit does not cut a vendor that is slow to answer", async () => {
    const { gw } = await rig((socket) => setTimeout(() => socket.write(OK), 300), { upstreamIdleMs: 50 });
    expect((await postEvent(gw, 0)).status).toBe(200);
  });

  /** A vendor that answers the first request of each connection and drops the connection on a later one. */
  const dropsReusedConnections = (socket: Socket, _head: string, nth: number): void => {
    if (nth === 1) socket.write(OK);
    else socket.destroy();
  };

  it("a GET on a pooled connection the vendor dropped is sent again on a fresh one: 200", async () => {
    const { vendor, gw } = await rig(dropsReusedConnections);
    expect((await send(gw.url, { path: "/facebook/v21.0/1/insights?x=1" })).status).toBe(200);
    const second = await send(gw.url, { path: "/facebook/v21.0/1/insights?x=2" });
    expect(second.status).toBe(200);
    expect(vendor.connections).toBe(2);
    expect(vendor.requests.filter((r) => r.includes("x=2"))).toHaveLength(2);
  });

  it("a POST the vendor received whole before dropping the connection is not sent twice: 502", async () => {
    const { vendor, gw } = await rig(dropsReusedConnections);
    expect((await postEvent(gw, 1)).status).toBe(200);
    const second = await postEvent(gw, 2);
    expect({ status: second.status, code: errorCode(second) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
    expect(vendor.requests).toHaveLength(2);
    expect(vendor.connections).toBe(1);
    // the pool is not poisoned: the next transfer gets a fresh connection
    expect((await postEvent(gw, 3)).status).toBe(200);
  });

  it("near miss: a GET reset on a fresh connection is reported, not sent again: 502", async () => {
    const { vendor, gw } = await rig((socket) => socket.resetAndDestroy());
    const res = await send(gw.url, { path: "/facebook/v21.0/1/insights?x=1" });
    expect({ status: res.status, code: errorCode(res) }).toEqual({
      status: 502,
      code: "upstream_unreachable",
    });
    expect({ connections: vendor.connections, requests: vendor.requests.length }).toEqual({
      connections: 1,
      requests: 1,
    });
  });
});
