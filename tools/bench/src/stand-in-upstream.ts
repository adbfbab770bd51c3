import { createServer, type Server } from "node:http";

/** What the stand-in upstream captured of one request (for the redaction sanity check). */
export interface CapturedRequest {
  /** Method and path as received. */
  readonly method: string;
  readonly url: string;
  /** The body bytes as received. */
  readonly body: Buffer;
}

/** A stand-in vendor endpoint: answers every request 200 with a small Conversions API reply. */
export interface StandInUpstream {
  /** The HTTP server; call `listen` on it. */
  readonly server: Server;
  /** Capture the next request whose path starts with `prefix`; resolves with it. */
  captureNext(prefix: string): Promise<CapturedRequest>;
  /** Requests answered so far, by first path segment (`/pt`, `/gw`, ...). */
  counts(): Record<string, number>;
}

const REPLY = Buffer.from('{"events_received":1,"messages":[],"fbtrace_id":"ABenchTraceId0000000000"}');

/**
 * Create the stand-in upstream. It drains request bodies without parsing them (so its own cost
 * is the same for every target) and only buffers a body when a capture is armed for its prefix.
 */
export function createStandInUpstream(): StandInUpstream {
  const waiting = new Map<string, (captured: CapturedRequest) => void>();
  const counts: Record<string, number> = {};
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    const url = req.url ?? "/";
    const segment = `/${url.split("/")[1] ?? ""}`;
    let armed: ((captured: CapturedRequest) => void) | undefined;
    for (const [prefix, resolve] of waiting) {
      if (url.startsWith(prefix)) {
        armed = resolve;
        waiting.delete(prefix);
        break;
      }
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      if (armed) chunks.push(chunk);
    });
    req.on("end", () => {
      counts[segment] = (counts[segment] ?? 0) + 1;
      armed?.({ method: req.method ?? "", url, body: Buffer.concat(chunks) });
      res.writeHead(200, { "content-type": "application/json", "content-length": REPLY.length });
      res.end(REPLY);
    });
  });
  server.headersTimeout = 60_000;
  return {
    server,
    captureNext(prefix) {
      return new Promise((resolve) => waiting.set(prefix, resolve));
    },
    counts: () => ({ ...counts }),
  };
}
