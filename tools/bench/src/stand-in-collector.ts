import { createServer, type Server } from "node:http";

/** A stand-in OTLP/HTTP collector: accepts trace exports and discards them. */
export interface StandInCollector {
  /** The HTTP server; call `listen` on it. */
  readonly server: Server;
  /** Export requests and body bytes received so far (proof that tracing really exported). */
  stats(): { readonly exports: number; readonly bytes: number };
}

/**
 * Create the stand-in collector. It answers `POST /v1/traces` with 200 and an empty
 * ExportTraceServiceResponse (an empty body is valid for both protobuf and JSON encodings).
 */
export function createStandInCollector(): StandInCollector {
  let exports = 0;
  let bytes = 0;
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on("end", () => {
      if (req.url?.startsWith("/v1/traces")) exports += 1;
      const json = (req.headers["content-type"] ?? "").includes("json");
      res.writeHead(200, { "content-type": json ? "application/json" : "application/x-protobuf" });
      res.end(json ? "{}" : undefined);
    });
  });
  return { server, stats: () => ({ exports, bytes }) };
}
