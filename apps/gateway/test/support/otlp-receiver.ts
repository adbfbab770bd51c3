/**
 * An OTLP/HTTP receiver inside the test: accepts POST /v1/traces (JSON or protobuf), keeps the
 * raw bodies, and answers 200 as a collector does.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One export request the receiver got. */
export interface OtlpRequest {
  readonly path: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A running receiver. */
export interface OtlpReceiver {
  readonly endpoint: string;
  readonly requests: OtlpRequest[];
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1:0. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const requests: OtlpRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({
        path: req.url ?? "",
        contentType: String(req.headers["content-type"] ?? ""),
        body: Buffer.concat(chunks),
      });
      const json = String(req.headers["content-type"] ?? "").includes("json");
      res.writeHead(200, { "content-type": json ? "application/json" : "application/x-protobuf" });
      res.end(json ? "{}" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A span as OTLP/JSON carries it (the parts the tests read). */
export interface OtlpJsonSpan {
  readonly name: string;
  readonly kind: number;
  readonly traceId?: string;
  readonly parentSpanId?: string;
  readonly traceState?: string;
  /** The span's status (`code` 2 is ERROR). */
  readonly status?: { readonly code?: number };
  readonly attributes: ReadonlyArray<{
    readonly key: string;
    readonly value: {
      readonly stringValue?: string;
      readonly intValue?: string | number;
      readonly arrayValue?: { readonly values?: ReadonlyArray<{ readonly stringValue?: string }> };
    };
  }>;
}

/** Every span of every OTLP/JSON request received. */
export function jsonSpans(requests: readonly OtlpRequest[]): OtlpJsonSpan[] {
  const spans: OtlpJsonSpan[] = [];
  for (const r of requests) {
    if (!r.contentType.includes("json")) continue;
    const doc = JSON.parse(r.body.toString("utf8")) as {
      resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: OtlpJsonSpan[] }> }>;
    };
    for (const rs of doc.resourceSpans ?? [])
      for (const ss of rs.scopeSpans ?? []) spans.push(...(ss.spans ?? []));
  }
  return spans;
}

/** A span's attributes as a plain object (strings, numbers, string arrays). */
export function attributesOf(span: OtlpJsonSpan): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const { key, value } of span.attributes) {
    if (value.stringValue !== undefined) out[key] = value.stringValue;
    else if (value.intValue !== undefined) out[key] = Number(value.intValue);
    else if (value.arrayValue !== undefined)
      out[key] = (value.arrayValue.values ?? []).map((v) => v.stringValue ?? "");
  }
  return out;
}

/**
 * A gateway's telemetry settings that export its spans over OTLP/HTTP to `url` (a receiver's
 * `${endpoint}/v1/traces`), as the tests that read spans configure it.
 */
export function otlpTelemetry(url: string, protocol: "http/json" | "http/protobuf" = "http/json") {
  return {
    exporter: "otlp" as const,
    protocol,
    url,
    serviceName: "kago-gateway-test",
    exportTimeoutMs: 2_000,
  };
}
