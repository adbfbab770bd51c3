/**
 * Routing: which recipient a request is for, and the vendor path and query it carries.
 *
 * Origin form `/<recipient>/<path>?<query>` names the recipient in its first path segment, or
 * `/<recipient>:<name>/...` one of its named upstreams (`--upstream tencent:sms=<url>`: a
 * recipient whose APIs live on several hosts).
 * Absolute form `http://<vendor host>/<path>` (clients that use the gateway as an HTTP proxy) is
 * routed by host against the policy's recipient hosts. Anything else is refused: the gateway is
 * never an open proxy.
 */
import type { CompiledPolicy } from "@kago/policy";
import { type Refusal, refusal } from "./errors.js";

/** Where a request goes: the recipient, and the raw (percent-encoded) vendor path and query. */
export interface Route {
  /** Recipient id of the policy. */
  readonly recipient: string;
  /**
   * Which upstream: the recipient id, or `<recipient>:<name>` when the first segment named one of
   * the recipient's named upstreams (`/tencent:sms/...`). The policy applies by recipient alike.
   */
  readonly upstream: string;
  /** Raw vendor path (after the `/<recipient>` prefix in origin form), `""` when there is none. */
  readonly path: string;
  /** Raw query without the `?`, `""` when there is none. */
  readonly query: string;
  /** How the request named its recipient. */
  readonly form: "origin" | "absolute";
}

/** An absolute-form target: scheme, authority, then path and query (a fragment is refused before). */
const ABSOLUTE = /^(https?):\/\/([^/?#]*)([^#]*)$/i;
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(;[^/]*)?(\/|$)/i;

/**
 * True when a raw path could climb out of the base URL's prefix on some upstream: a dot segment
 * (`..`, `%2e%2e`, `..;x` as servlet containers read it) once encoded slashes (`%2F`),
 * backslashes (raw, `%5C`), double encoding (`%252e`) and overlong UTF-8 dots (`%c0%ae`) are
 * read as an upstream that decodes them would read them.
 */
export function climbsOut(path: string): boolean {
  let probe = path;
  for (let i = 0; i < 4 && /%25/i.test(probe); i++) probe = probe.replace(/%25/gi, "%");
  if (probe.includes("\\") || /%5c/i.test(probe)) return true;
  probe = probe.replace(/%2f/gi, "/").replace(/%c0%ae/gi, ".");
  return DOT_SEGMENT.test(probe);
}

function splitQuery(target: string): { path: string; query: string } {
  const q = target.indexOf("?");
  return q < 0 ? { path: target, query: "" } : { path: target.slice(0, q), query: target.slice(q + 1) };
}

/** The host of an authority (`user@host:port`, `[v6]:port`), lower case, without port. */
export function hostOfAuthority(authority: string): string {
  const at = authority.lastIndexOf("@");
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  if (hostPort.startsWith("[")) {
    const end = hostPort.indexOf("]");
    return (end < 0 ? hostPort : hostPort.slice(0, end + 1)).toLowerCase();
  }
  const colon = hostPort.indexOf(":");
  return (colon < 0 ? hostPort : hostPort.slice(0, colon)).toLowerCase();
}

/**
 * Resolves a request target (the raw `req.url`) to a route, or the refusal to answer. Paths with
 * dot segments or backslashes are refused: after the base URL is prepended they could climb out
 * of the recipient's path prefix upstream. A fragment and an empty path segment are refused too
 * (session 16): the vendor catalog matches the path as it is forwarded, and a server may fold
 * either away and read a catalogued endpoint the catalog did not see. Slashes that open the
 * vendor path are one (a base URL with a trailing `/`), in the path matched and forwarded alike.
 */
export function resolveRoute(policy: CompiledPolicy, target: string): Route | Refusal {
  // RFC 9112 section 3.2: a request target carries no fragment; a client strips it.
  if (target.includes("#")) return refusal("bad_request_target");
  let route: Route;
  if (target.startsWith("/")) {
    const { path: full, query } = splitQuery(target);
    const slash = full.indexOf("/", 1);
    const segment = slash < 0 ? full.slice(1) : full.slice(1, slash);
    const key = segment.toLowerCase();
    const recipient = policy.recipients.get(recipientOfRouteKey(key));
    if (recipient === undefined || !ROUTE_KEY.test(key)) return refusal("unknown_recipient");
    route = {
      recipient: recipient.id,
      upstream: key,
      path: slash < 0 ? "" : full.slice(slash),
      query,
      form: "origin",
    };
  } else {
    const m = ABSOLUTE.exec(target);
    if (m === null) return refusal("bad_request_target");
    const recipient = policy.recipientForHost(hostOfAuthority(m[2] ?? ""));
    if (recipient === undefined) return refusal("host_not_allowed");
    const { path, query } = splitQuery(m[3] ?? "");
    route = { recipient: recipient.id, upstream: recipient.id, path, query, form: "absolute" };
  }
  if (climbsOut(route.path)) return refusal("bad_request_target");
  // A base URL ending in `/` joined to a path (`http://gw/tencent/` + `/`, `.../aliyun/` +
  // `/logstores/...`, what the Tencent Cloud and SLS SDKs send when so configured) is the path
  // without it: folded here, so the catalog matches the path the vendor receives (session 16,
  // red-team round 5). An empty segment anywhere else is refused.
  if (route.path.startsWith("//")) route = { ...route, path: route.path.replace(LEADING_SLASHES, "/") };
  if (route.path.includes("//")) return refusal("empty_path_segment");
  return route;
}

/** The slashes a vendor path starts with. */
const LEADING_SLASHES = /^\/+/;

/** A route key as the first path segment may write it: `<recipient>` or `<recipient>:<name>`. */
const ROUTE_KEY = /^[a-z0-9_-]+(:[a-z0-9_-]+)?$/;

/** The recipient id of a route key (`tencent:sms` -> `tencent`). */
export function recipientOfRouteKey(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? key : key.slice(0, colon);
}

/** True when `resolveRoute` returned a refusal. */
export function isRefusal(value: Route | Refusal): value is Refusal {
  return "code" in value;
}

/** An upstream request target: the origin to connect to and the raw path and query to send. */
export interface UpstreamTarget {
  /** `http(s)://host[:port]` of the recipient's upstream. */
  readonly origin: string;
  /** Raw path and query sent upstream, exactly as joined (no normalisation). */
  readonly pathAndQuery: string;
}

/**
 * The upstream target: the base URL with its path prefix kept, then the vendor path and query,
 * byte for byte. Base `http://127.0.0.1:9000/fb` and path `/v24.0/1/events` give
 * `http://127.0.0.1:9000/fb/v24.0/1/events`.
 */
export function upstreamTarget(base: URL, path: string, query: string): UpstreamTarget {
  const prefix = base.pathname.replace(/\/+$/, "");
  const joined = `${prefix}${path}` || "/";
  return { origin: base.origin, pathAndQuery: query === "" ? joined : `${joined}?${query}` };
}
