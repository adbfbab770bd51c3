/**
 * Caller authentication: only Kago's backends may send through the gateway. A deployment lists
 * the SHA-256 hashes of its caller tokens; a caller presents its token in `X-Kago-Caller-Token`
 * (or `Proxy-Authorization: Bearer <token>`, for clients that use the gateway as their HTTP
 * proxy). Neither header ever reaches the engine, a log or the vendor.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** The header a caller sends its token in. */
export const CALLER_TOKEN_HEADER = "x-kago-caller-token";

/** Checks a request's caller token. */
export interface CallerAuth {
  /** True when the request carries a token whose hash is listed. */
  authenticate(headers: IncomingHttpHeaders): boolean;
}

function presentedToken(headers: IncomingHttpHeaders): string | undefined {
  const direct = headers[CALLER_TOKEN_HEADER];
  if (typeof direct === "string" && direct !== "") return direct;
  const proxy = headers["proxy-authorization"];
  if (typeof proxy === "string") {
    const m = /^bearer\s+(\S+)\s*$/i.exec(proxy);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

/**
 * Builds the check from hex SHA-256 hashes of the accepted tokens, or returns `null` when the
 * list is empty (authentication off). The presented token is hashed and compared with every
 * listed hash in constant time (no early exit), so timing tells nothing about the list.
 */
export function createCallerAuth(hashes: readonly string[]): CallerAuth | null {
  if (hashes.length === 0) return null;
  const listed = hashes.map((h) => Buffer.from(h, "hex"));
  return {
    authenticate(headers) {
      const token = presentedToken(headers);
      if (token === undefined) return false;
      const digest = createHash("sha256").update(token, "utf8").digest();
      let match = false;
      for (const h of listed) match = timingSafeEqual(h, digest) || match;
      return match;
    },
  };
}
