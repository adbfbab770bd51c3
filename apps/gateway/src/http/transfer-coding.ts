/**
 * Transfer codings the gateway accepts on a request: `chunked` alone. Node's parser frames a body
 * sent with `Transfer-Encoding: gzip, chunked` by its chunks but applies no other coding, so the
 * body would reach the engine still compressed, and go out as it arrived (the header stripped as
 * hop-by-hop) with nothing in it inspected.
 */
import type { GatewayErrorCode } from "../errors.js";

/**
 * What the request's `Transfer-Encoding` header lines (in `rawHeaders`, Node's flat name/value
 * list), taken together, call for: `null` when they are absent or exactly `chunked` (any letter
 * case, optional whitespace); `malformed_request` when `chunked` is not the final coding or is
 * applied twice (RFC 9112 section 6.3: the body's length cannot be determined, 400); otherwise
 * `unsupported_transfer_encoding` (a coding besides chunked; RFC 9112 section 6.1: 501).
 */
export function transferCodingRefusal(rawHeaders: readonly string[]): GatewayErrorCode | null {
  const codings: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if ((rawHeaders[i] ?? "").toLowerCase() !== "transfer-encoding") continue;
    for (const token of (rawHeaders[i + 1] ?? "").split(",")) codings.push(token.trim().toLowerCase());
  }
  if (codings.length === 0) return null;
  const chunked = codings.filter((c) => c === "chunked").length;
  if (codings[codings.length - 1] !== "chunked" || chunked !== 1) return "malformed_request";
  return codings.length === 1 ? null : "unsupported_transfer_encoding";
}
