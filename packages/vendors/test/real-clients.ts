/**
 * Test helpers: the real vendor npm clients (CommonJS) and a loopback server that captures what they send.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export const requireCjs = createRequire(import.meta.url);

/** One request a client sent. */
export interface Captured {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Starts a loopback server answering `answer` and recording every request; call `close()` after. */
export async function startCapture(answer = '{"ok":true}'): Promise<{
  port: number;
  requests: Captured[];
  close: () => Promise<void>;
}> {
  const requests: Captured[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * A capturing server for one test file: started before its first test, closed after its last.
 * Read `port` and `requests` inside tests.
 */
export function useCapture(answer?: string): { readonly port: number; readonly requests: Captured[] } {
  let capture: Awaited<ReturnType<typeof startCapture>> | undefined;
  beforeAll(async () => {
    capture = await startCapture(answer);
  });
  afterAll(async () => {
    await capture?.close();
  });
  const started = () => {
    if (capture === undefined) throw new Error("useCapture: read port and requests inside a test");
    return capture;
  };
  return {
    get port() {
      return started().port;
    },
    get requests() {
      return started().requests;
    },
  };
}
