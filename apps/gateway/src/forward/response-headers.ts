/**
 * Which of the vendor's response headers the client gets (session 20, red-team round 10 F13).
 *
 * The request side is an allow-list because request headers carry data to the vendor. A response
 * carries the vendor's answer back to the backend that asked, and its own headers (`x-fb-trace-id`,
 * Graph's rate-limit usage headers, `x-log-requestid`, `Retry-After`, `WWW-Authenticate`) are what
 * the vendor SDKs read for errors and back-off, and differ per vendor and API version: an
 * allow-list would break them one by one. What must not pass is a header that makes the client
 * act on its own, as nginx rewrites `Location` and `Refresh` (`proxy_redirect`) and cookie domains:
 * one that sends it to another URL, origin or protocol (around the gateway), or stores state under
 * the gateway's origin, which every recipient shares. Those are rewritten or dropped here; every
 * other header is handed back as the vendor sent it.
 */
import type { IncomingHttpHeaders } from "node:http";
import { isContentLocation, isRedirectStatus, locationThroughGateway, type ReturnPath } from "./redirects.js";

/**
 * Vendor response headers never handed back:
 * - `alt-svc`: offers another host or protocol for the *gateway's* origin (`h2="evil.example:443"`);
 * - `link`: URLs a client may fetch on its own (preconnect, preload, pagination), at the vendor;
 * - `refresh`: a delayed redirect (`0; url=...`) browsers follow;
 * - `set-cookie`, `set-cookie2`: a cookie would be stored for the gateway's host and sent back for
 *   every recipient (the gateway is one origin for all); no catalogued API uses cookies;
 * - `strict-transport-security`, `public-key-pins`, `public-key-pins-report-only`,
 *   `clear-site-data`: policy the vendor sets for its own host, which the client would apply to
 *   the gateway's.
 */
export const CLIENT_STEERING_HEADERS: readonly string[] = [
  "alt-svc",
  "link",
  "refresh",
  "set-cookie",
  "set-cookie2",
  "strict-transport-security",
  "public-key-pins",
  "public-key-pins-report-only",
  "clear-site-data",
];

/**
 * Rewrites the vendor's response headers in place for the client: drops the client-steering
 * headers, and rewrites `Location` and `Content-Location` through the gateway (or drops them).
 * `requested` is the URL the gateway requested, against which a relative location resolves.
 * Returns `"redirect_outside"` when the answer is a redirect whose `Location` leads outside the
 * recipient's upstream: the caller answers 502 instead of the vendor's answer.
 */
export function handBackHeaders(
  status: number,
  headers: IncomingHttpHeaders,
  requested: string,
  back: ReturnPath,
): "redirect_outside" | null {
  for (const name of CLIENT_STEERING_HEADERS) delete headers[name];
  const contentLocation = headers["content-location"];
  if (contentLocation !== undefined) {
    const rewritten = locationThroughGateway(contentLocation, requested, back);
    if (rewritten === null) delete headers["content-location"];
    else headers["content-location"] = rewritten;
  }
  const location = headers.location;
  if (location === undefined) return null;
  const rewritten = locationThroughGateway(location, requested, back);
  if (rewritten !== null) {
    headers.location = rewritten;
    return null;
  }
  if (isRedirectStatus(status) && isContentLocation(location, back)) return null;
  delete headers.location;
  return isRedirectStatus(status) ? "redirect_outside" : null;
}
