/**
 * A real upstream HTTP server on 127.0.0.1:0 that records every request it receives.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the upstream saw it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

/** A running recording upstream. */
export interface TestUpstream {
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedRequest[];
  /** Milliseconds to wait before answering (to simulate a slow vendor). */
  delayMs: number;
  close(): Promise<void>;
}

/** Starts an upstream answering 200 with a small JSON body (or after `delayMs`). */
export async function startUpstream(): Promise<TestUpstream> {
  const received: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const state = { delayMs: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      });
      const answer = (): void => {
        const body = JSON.stringify({ ok: true, n: received.length });
        res.writeHead(200, { "content-type": "application/json", "x-upstream": "test" });
        res.end(body);
      };
      if (state.delayMs > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          answer();
        }, state.delayMs);
        timers.add(t);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (bound then released). */
export async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
