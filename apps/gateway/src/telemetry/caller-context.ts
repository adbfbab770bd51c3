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
 *
 * The ids themselves are checked too (session 20; a red team's round 10, F14): W3C trace and span
 * ids are random, but the gateway copied whatever the caller sent into the span (`traceId`,
 * `parentSpanId`) and the log line, so `00-00000000000000000000013812345678-0000004741234567-01`
 * put the digits of two mobile numbers there. An id that does not look random (a decimal number
 * after its leading zeros, see {@link looksRandom}) makes the transfer start a trace of its own.
 * The caller's context is not kept as a span link either: a link exports the same two ids.
 */
import type { IncomingHttpHeaders } from "node:http";
import { type Context, ROOT_CONTEXT, type TextMapGetter, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";

const propagator = new W3CTraceContextPropagator();

/** Reads the `traceparent` header and nothing else: every other key looks absent. */
const TRACEPARENT_ONLY: TextMapGetter<IncomingHttpHeaders> = {
  keys: (headers) => (headers.traceparent === undefined ? [] : ["traceparent"]),
  get: (headers, key) => (key === "traceparent" ? headers.traceparent : undefined),
};

/**
 * A decimal number written as a hex id: at most 14 digits after the leading zeros (a mobile
 * number with its country code, `8613812345678`, has 13), or (`DECIMAL_WHOLE`) every character of
 * a trace id a digit. A random id reads so about once in 184,000 span ids (or low halves of the
 * trace ids a 64-bit tracer pads with 16 zeros: Jaeger, older Datadog), never in practice for a
 * 128-bit trace id; all 32 characters of one, 3 in 10^7. Longer decimal runs after fewer zeros
 * stay random.
 */
const DECIMAL_SIGNIFICANT = /^0*[1-9][0-9]{0,13}$/;
/**
 * See {@link DECIMAL_SIGNIFICANT}: a trace id made of 32 decimal digits, the first not a zero (a
 * padded 64-bit id is zeros and 16 digits 1 in 1,850 times).
 */
const DECIMAL_WHOLE = /^[1-9][0-9]{31}$/;

/**
 * A long run of leading zeros: 20 or more of a trace id's 32 nibbles (4 more than the 16 a padded
 * 64-bit id has, which its random low half adds once in 65,536), 8 or more of a span id's 16.
 */
const TRACE_ID_ZEROS = /^0{20}/;
const SPAN_ID_ZEROS = /^0{8}/;

/**
 * True when a trace id and span id pair looks like the random ids W3C Trace Context asks for,
 * false for one a caller built from a number or left mostly empty (see the patterns' notes).
 */
export function looksRandom(traceId: string, spanId: string): boolean {
  if (DECIMAL_SIGNIFICANT.test(traceId) || DECIMAL_WHOLE.test(traceId) || TRACE_ID_ZEROS.test(traceId))
    return false;
  return !(DECIMAL_SIGNIFICANT.test(spanId) || SPAN_ID_ZEROS.test(spanId));
}

/**
 * The context whose span is the caller's, from its `traceparent` header (its `tracestate` and
 * `baggage` ignored); the root context when there is none, it is malformed, or its ids do not
 * look random (session 20).
 */
export function callerContext(headers: IncomingHttpHeaders): Context {
  // Without a traceparent there is no parent to extract (the propagator would return ROOT_CONTEXT).
  if (headers.traceparent === undefined) return ROOT_CONTEXT;
  const context = propagator.extract(ROOT_CONTEXT, headers, TRACEPARENT_ONLY);
  const parent = trace.getSpanContext(context);
  if (parent === undefined || looksRandom(parent.traceId, parent.spanId)) return context;
  return ROOT_CONTEXT;
}
