/**
 * Header hygiene: what never travels to a vendor, and the request headers handed to the engine.
 */
import type { HeaderPair } from "@kago/redaction";

/** Hop-by-hop headers (RFC 9110 section 7.6.1, plus the legacy proxy ones): never forwarded. */
export const HOP_BY_HOP: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/**
 * Internal trace context (W3C Trace Context and Baggage): the gateway continues the caller's trace
 * itself, so these never reach the engine or a vendor. Other tracing systems' headers (B3, Jaeger,
 * Datadog, ...) the engine drops and reports (`isTraceHeader` of @kago/redaction, session 16).
 */
export const TRACE_CONTEXT: ReadonlySet<string> = new Set(["traceparent", "tracestate", "baggage"]);

/**
 * Headers the gateway sets itself on the way out, or consumes, and so keeps away from the
 * engine: `Host` (the upstream's), the framing (`Content-Length`), `Content-Encoding`
 * (re-applied to the redacted body), `Expect` (the gateway already holds the whole body) and the
 * caller's token (`X-Kago-Caller-Token`, for the gateway only).
 */
export const GATEWAY_OWNED: ReadonlySet<string> = new Set([
  "host",
  "content-length",
  "content-encoding",
  "expect",
  "x-kago-caller-token",
]);

/** Header names listed in the `Connection` header(s): hop-by-hop for this request. */
export function connectionListed(rawHeaders: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] ?? "").toLowerCase() !== "connection") continue;
    for (const token of (rawHeaders[i + 1] ?? "").split(",")) {
      const name = token.trim().toLowerCase();
      if (name !== "") out.add(name);
    }
  }
  return out;
}

/**
 * The end-to-end request headers, lower-cased, in arrival order with repeats kept, without
 * hop-by-hop, `Connection`-listed, trace-context and gateway-owned headers.
 */
export function forwardableHeaders(rawHeaders: readonly string[]): HeaderPair[] {
  const listed = connectionListed(rawHeaders);
  const out: HeaderPair[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] ?? "").toLowerCase();
    if (HOP_BY_HOP.has(name) || TRACE_CONTEXT.has(name) || GATEWAY_OWNED.has(name) || listed.has(name))
      continue;
    out.push([name, rawHeaders[i + 1] ?? ""]);
  }
  return out;
}

/** The first value of a header in a pair list, if any. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | undefined {
  return headers.find(([n]) => n === name)?.[1];
}
