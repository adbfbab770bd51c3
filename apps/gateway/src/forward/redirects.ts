/**
 * The vendor's answer must not send the client around the gateway (session 20, red-team round 10
 * F13). A vendor's 307 / 308 with an absolute `Location` was handed back as it came, and a backend
 * whose HTTP client follows redirects (Node's fetch, axios, requests, Go's net/http do by default)
 * sent the original, unredacted body and headers straight to that host.
 *
 * A `Location` (or `Content-Location`) that leads into the recipient's own upstream (its origin,
 * under its base path) is rewritten to the gateway's address for it: `/<recipient>/<vendor path>`
 * in origin form, the client's own `http://<vendor host>/...` in absolute form (a client that uses
 * the gateway as its proxy comes back through it). Either way the client comes back through the
 * gateway and is inspected again. Any other target is no address the gateway can stand in for:
 * a redirect to it is answered 502 `upstream_redirect`, another header naming it is dropped.
 */

/** Where a transfer came from, so that a location at its upstream can be written as the gateway's. */
export interface ReturnPath {
  /** The upstream base URL of the route (origin and path prefix), as configured. */
  readonly upstreamBase: URL;
  /**
   * What the client wrote before the vendor path: `/<route key>` (origin form), or
   * `<scheme>://<authority>` of its absolute-form target.
   */
  readonly clientPrefix: string;
  /**
   * Hosts the recipient serves its own content from, which a GET or HEAD may be redirected to and
   * followed around the gateway ({@link CONTENT_HOSTS}); empty for any other method.
   */
  readonly contentHosts: readonly string[];
}

/**
 * Where a recipient's API redirects a read to content it serves itself (session 20, red team
 * round 11 F5): Graph's `/{id}/picture` answers 302 to `platform-lookaside.fbsbx.com` (profile
 * pictures) and its media to `*.fbcdn.net`. A GET or HEAD carries no body, and what a client
 * sends there is what it sent the gateway's read; such a redirect, over https, is handed back
 * as it came. Any other redirect outside the upstream stays 502 `upstream_redirect`.
 */
const CONTENT_HOSTS: Readonly<Record<string, readonly string[]>> = {
  facebook: ["fbsbx.com", "fbcdn.net"],
};

/** Methods whose redirect to a recipient's content host is handed back (no body to send on). */
const READS = new Set(["GET", "HEAD"]);

/** The return path of a route: origin form answers under `/<route key>`, absolute form under its own authority. */
export function returnPathOf(
  route: { readonly upstream: string; readonly recipient: string; readonly form: "origin" | "absolute" },
  requestTarget: string,
  upstreamBase: URL,
  method: string,
): ReturnPath {
  const contentHosts = READS.has(method) ? (CONTENT_HOSTS[route.recipient] ?? []) : [];
  if (route.form === "origin") return { upstreamBase, clientPrefix: `/${route.upstream}`, contentHosts };
  return { upstreamBase, clientPrefix: ABSOLUTE_PREFIX.exec(requestTarget)?.[0] ?? "", contentHosts };
}

/** True when `location` is an https URL on one of `back`'s content hosts (or under one), without user-info. */
export function isContentLocation(location: string, back: ReturnPath): boolean {
  if (back.contentHosts.length === 0) return false;
  let target: URL;
  try {
    target = new URL(location);
  } catch {
    return false;
  }
  if (target.protocol !== "https:" || target.username !== "" || target.password !== "") return false;
  const host = target.hostname.toLowerCase();
  return back.contentHosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The scheme and authority of an absolute-form request target (`http://graph.facebook.com`). */
const ABSOLUTE_PREFIX = /^https?:\/\/[^/?#]*/i;

/** Redirect statuses whose `Location` a client follows on its own (RFC 9110 section 15.4). */
export function isRedirectStatus(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * The gateway's address for a location the vendor names, or null when it leads outside the
 * recipient's upstream (another origin, user-info, outside the base path, or no URL at all).
 * A relative location is resolved against the URL the gateway requested, as the client would
 * resolve it against the gateway's.
 */
export function locationThroughGateway(location: string, requested: string, back: ReturnPath): string | null {
  let target: URL;
  try {
    target = new URL(location, new URL(requested));
  } catch {
    return null;
  }
  const base = back.upstreamBase;
  if (target.origin !== base.origin || target.username !== "" || target.password !== "") return null;
  const prefix = base.pathname.replace(/\/+$/, "");
  const path = target.pathname;
  if (prefix !== "" && path !== prefix && !path.startsWith(`${prefix}/`)) return null;
  const vendorPath = path.slice(prefix.length) || "/";
  return `${back.clientPrefix}${vendorPath}${target.search}${target.hash}`;
}
