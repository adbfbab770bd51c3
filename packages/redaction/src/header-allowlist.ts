/**
 * Which request headers may reach a recipient at all (session 16): deny by default. A red team
 * sent facebook one header each and found that any header the key table could not name and whose
 * value had no detectable shape went through: `X-Kago-User: kago_30417`, a header named
 * `X-kago_30417`, auth-proxy identities (`X-Forwarded-User`, `X-MS-CLIENT-PRINCIPAL-NAME`), a
 * client certificate's `CN=<name>`, cookies under other names (`Set-Cookie`, `Cookie2`),
 * analytics and SIM ids (`X-Amplitude-Device-Id`, `X-Iccid`), `X-Geo: 59.9139;10.7522`, and other
 * tracing systems' headers (`X-B3-TraceId`, `uberctx-user`, `sentry-trace`). No list of names can
 * close that class; a list of what vendors need can: HTTP's standard request headers that carry no
 * personal data by design, the headers whose category the policy decides (`user-agent`, `cookie`,
 * `x-forwarded-for`...), each recipient's own headers from the vendor catalog (SLS `x-log-*`,
 * TC3 `x-tc-*`), and the names a deployment's policy adds (`forwardHeaders`). Every other header
 * is dropped unread and reported as a dropped header, unless the policy says `unknownHeaders:
 * inspect`; other tracing systems' headers are dropped either way.
 */
import { CATEGORY_HEADERS, FRAMING_HEADERS, IP_LIST_HEADERS } from "./headers.js";

/** A recipient's own request headers, as the vendor catalog lists them: names and name prefixes, lower case. */
export interface HeaderNames {
  /** Exact names (`x-sdk-client`). */
  readonly names: readonly string[];
  /** Name prefixes (`x-log-`): every header whose name starts with one. */
  readonly prefixes: readonly string[];
}

/**
 * HTTP's own request headers a vendor may need, whose values carry no personal data by design
 * (RFC 9110, 9111, 7232): content description and negotiation, credentials, conditionals and
 * caching, the message date; plus {@link FRAMING_HEADERS} (the gateway sets them). Each is still
 * read as before (operational headers by the structural detectors). Not here, so dropped:
 * `x-request-id` and its kind (a correlation id lets a vendor join its records to Kago's logs,
 * and a red team sent an IMEI as one), `from`, `via`, `x-forwarded-proto`/`-host`/`-port` (the
 * vendor's API needs none of them).
 */
const HTTP_STANDARD: readonly string[] = [
  "accept",
  "accept-encoding",
  "authorization",
  "cache-control",
  "content-encoding",
  "content-md5",
  "content-type",
  "date",
  "if-match",
  "if-modified-since",
  "if-none-match",
  "if-range",
  "if-unmodified-since",
  "origin",
  "pragma",
  "range",
];

/**
 * The headers every recipient may be sent: {@link HTTP_STANDARD}, the framing, and the headers
 * whose whole value is one category the policy decides (`user-agent`, `referer`,
 * `accept-language`, `forwarded`, `cookie`, the IP lists): a deployment that grants the category
 * gets them, Kago's policy removes them as before, with their category in the report.
 */
export const STANDARD_HEADERS: ReadonlySet<string> = new Set([
  ...HTTP_STANDARD,
  ...FRAMING_HEADERS,
  ...CATEGORY_HEADERS.keys(),
  ...IP_LIST_HEADERS,
  "cookie",
]);

/**
 * Trace context of tracing systems: W3C (`traceparent`, `tracestate`, `baggage`), B3
 * (`b3`, `x-b3-*`), Jaeger (`uber-trace-id`, `uberctx-*` baggage), OpenTracing (`ot-tracer-*`,
 * `ot-baggage-*`), Sentry, AWS X-Ray, Google Cloud Trace, Datadog, Envoy, New Relic, Elastic.
 * They let a vendor join its records to Kago's internal traces, and their baggage carries what a
 * service put there (`uberctx-user: asolberg`, an X-Ray `user=` field). Never forwarded, whatever
 * the policy says: the gateway continues the trace itself.
 */
const TRACE_HEADER = new Set([
  "traceparent",
  "tracestate",
  "baggage",
  "b3",
  "uber-trace-id",
  "sentry-trace",
  "x-amzn-trace-id",
  "x-cloud-trace-context",
  "grpc-trace-bin",
  "x-ot-span-context",
  "newrelic",
  "elastic-apm-traceparent",
]);

/** Name prefixes of {@link TRACE_HEADER}'s systems: B3, Jaeger and OpenTracing baggage, Datadog, New Relic. */
const TRACE_HEADER_PREFIXES: readonly string[] = [
  "x-b3-",
  "uberctx-",
  "ot-tracer-",
  "ot-baggage-",
  "x-datadog-",
  "x-newrelic-",
];

/** Whether `name` (lower case) is a tracing system's header. */
export function isTraceHeader(name: string): boolean {
  return TRACE_HEADER.has(name) || TRACE_HEADER_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Why a header was not forwarded: its name is not admitted (`unlisted`, `trace`), or, since
 * session 20, its value (or part of it) does not fit its standard grammar (`malformed`:
 * `standard-header-grammar.ts`, `authorization-credential.ts`).
 */
export type HeaderDropReason = "unlisted" | "trace" | "malformed";

/** What the engine does with a header's name: forward (and read) it, or drop it and why. */
export type HeaderAdmission = "listed" | "inspect" | "unlisted" | "trace";

/** The compiled header rules of one transfer: the recipient's headers and the policy's settings. */
export interface HeaderGate {
  /** What happens to a header named `name` (lower case). */
  admit(name: string): HeaderAdmission;
}

/**
 * Compiles the header rules: the vendor's own headers (`vendor`, from the catalog; none when the
 * catalog does not know the recipient), the deployment's `forward` names, and what to do with the
 * rest (`unknown`). Once per recipient, at start-up.
 */
export function compileHeaderGate(
  vendor: HeaderNames | undefined,
  forward: readonly string[],
  unknown: "drop" | "inspect",
): HeaderGate {
  const names = new Set([...STANDARD_HEADERS, ...(vendor?.names ?? []), ...forward]);
  const prefixes = vendor?.prefixes ?? [];
  const rest: HeaderAdmission = unknown === "inspect" ? "inspect" : "unlisted";
  return {
    admit(name) {
      if (isTraceHeader(name)) return "trace";
      if (names.has(name) || prefixes.some((prefix) => name.startsWith(prefix))) return "listed";
      return rest;
    },
  };
}
