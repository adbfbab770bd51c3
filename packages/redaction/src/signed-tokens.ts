/**
 * Signed tokens whose claims hold personal data (session 18). A signed JWT (`header.payload.sig`,
 * RFC 7515) or a Facebook `signed_request` (`sig.payload`, HMAC-SHA256 over the payload) carries
 * its claims as base64url JSON anyone can read, and the engine reads them (`encoded-text.ts`).
 * Until session 18 a token whose claims it changed was written back with its old header and
 * signature: the recipient got a token that no longer verifies, which looks forged, and nothing
 * in it said that anything was taken out. Now such a token is replaced whole by the placeholder of
 * the first category it held that the recipient may not receive (`Bearer [redacted:account.id]`,
 * `{"token":"[redacted:account.id]"}`, a log line's words around it kept), and every finding in
 * its claims is reported as a drop: none of them reached the recipient. The credential could not
 * have been used anyway; refusing the transfer instead would lose whole log batches to aliyun for
 * one token in one line. An unsecured JWT (`alg: none`, an empty signature) has no signature to
 * break: its changed payload is written back as before.
 */
import { placeholder, type RedactionContext } from "./context.js";

/** Length of a Facebook `signed_request` signature: 32 bytes of HMAC-SHA256 in unpadded base64url. */
const SIGNED_REQUEST_SIGNATURE = 43;

function isBase64UrlChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/**
 * Where the Facebook `signed_request` whose payload token starts at `payloadStart` in `text`
 * begins, or -1: the token follows a `.` and, before it, a signature of
 * {@link SIGNED_REQUEST_SIGNATURE} base64url characters that starts the text or follows a
 * character no base64 token holds, and the payload's `decoded` text is a JSON object naming its
 * `"algorithm"` (Facebook's payload: `{"algorithm":"HMAC-SHA256","issued_at":...,"user_id":...}`).
 */
export function signedRequestStart(text: string, payloadStart: number, decoded: string): number {
  const start = payloadStart - 1 - SIGNED_REQUEST_SIGNATURE;
  if (start < 0 || text.charCodeAt(payloadStart - 1) !== 46) return -1;
  for (let k = start; k < payloadStart - 1; k++) if (!isBase64UrlChar(text.charCodeAt(k))) return -1;
  const before = start === 0 ? -1 : text.charCodeAt(start - 1);
  // a longer run (standard base64's `+` and `/` too), or a `.` of a token of more segments
  if (isBase64UrlChar(before) || before === 43 || before === 47 || before === 46) return -1;
  return decoded.charCodeAt(0) === 123 && decoded.includes('"algorithm"') ? start : -1;
}

/**
 * The text that stands for a signed token whose claims were read in the look begun at `mark`
 * (`ctx.begin`), when that reading changed them: the placeholder of the first category found
 * there that the recipient may not receive, every finding since `mark` recorded again as a drop.
 * `null` when nothing denied was found (the claims stay as they were).
 */
export function sealedToken(ctx: RedactionContext, mark: number): string | null {
  const denied = ctx.dropSince(mark);
  return denied === null ? null : placeholder(denied.category);
}
