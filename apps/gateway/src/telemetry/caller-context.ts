/**
 * The caller's trace context, as the parent of the transfer's span: its `traceparent` only.
 *
 * `tracestate` is left out (session 16). It is free-form `key=value` text any system on the way
 * may write, the OpenTelemetry SDK copies a parent's `tracestate` into every span it exports
 * (`traceState` in OTLP), and the gateway cannot inspect it: a red team's
 * `tracestate: kago=<an e-mail address>` reached the collector verbatim on every span, refusals
 * included. Dropping it costs the vendor-specific sampling hints some tracers put there; the
 * trace and parent span ids, and the sampled flag, still join the transfer to the caller's trace.
 * `baggage` is not read either. None of the three is forwarded to a vendor (`http/headers.ts`).
 */
import type { IncomingHttpHeaders } from "node:http";
import { type Context, ROOT_CONTEXT, type TextMapGetter } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";

const propagator = new W3CTraceContextPropagator();

/** Reads the `traceparent` header and nothing else: every other key looks absent. */
const TRACEPARENT_ONLY: TextMapGetter<IncomingHttpHeaders> = {
  keys: (headers) => (headers.traceparent === undefined ? [] : ["traceparent"]),
  get: (headers, key) => (key === "traceparent" ? headers.traceparent : undefined),
};

/**
 * The context whose span is the caller's, from its `traceparent` header (its `tracestate` and
 * `baggage` ignored); the root context when there is none or it is malformed.
 */
export function callerContext(headers: IncomingHttpHeaders): Context {
  // Without a traceparent there is no parent to extract (the propagator would return ROOT_CONTEXT).
  if (headers.traceparent === undefined) return ROOT_CONTEXT;
  return propagator.extract(ROOT_CONTEXT, headers, TRACEPARENT_ONLY);
}
