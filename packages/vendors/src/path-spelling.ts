/**
 * The spelling of a vendor path the catalog matches (session 16). A vendor's server reads some
 * spellings of a path as the same path: RFC 3986 section 2.3 makes `%65vents` and `events` equal,
 * servlet-style servers drop `;params` from a segment (`events;x`), and a server may compare path
 * words without case (`Events`). The catalog matched the raw path, so each of these spellings
 * made the endpoint `unknown` (the generic rules only) while the vendor may well have read the
 * catalogued endpoint: a red team sent Meta CAPI `app_data.extinfo` whole that way. The catalog
 * now matches the path as the most lenient of those servers reads it: unreserved escapes
 * decoded, segment parameters dropped, letters compared without case (the compiled patterns
 * carry the `i` flag). Applying an endpoint's plan to a spelling its vendor rejects costs
 * nothing; leaving it unapplied to one the vendor accepts leaks.
 *
 * Spellings no server folds the same way are refused before matching, by the gateway: a
 * `#fragment` and an empty segment (`//`), which its forwarder used to fold silently. An encoded
 * slash (`%2F`) is reserved and stays as written (RFC 3986: not the same as `/`).
 *
 * A Graph batch's sub-request URL is read by Meta's batch handler, not forwarded by the gateway,
 * so there nothing can be refused: its patterns (`spelledPathSource`) also take `//`, a
 * `#fragment` and an absolute URL, as a URL parser folds them.
 */

/**
 * A percent-escape of an unreserved character (RFC 3986 section 2.3: ALPHA, DIGIT, `-`, `.`, `_`,
 * `~`), which names the same character as the character itself. Read with the `i` flag: hex digits
 * may be either case.
 */
const UNRESERVED_ESCAPE = /%(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|3[0-9]|2d|2e|5f|7e)/gi;

/**
 * A segment parameter: `;` and what follows it up to the next `/` (`events;x`, `1;jsessionid=a`),
 * which servlet-style servers drop before routing.
 */
const SEGMENT_PARAMETER = /;[^/]*/g;

/**
 * The path as the catalog matches it: unreserved escapes decoded, segment parameters dropped.
 * Cheap when there is nothing to fold (two character tests).
 */
export function matchingPath(path: string): string {
  let out = path;
  if (out.includes("%"))
    out = out.replace(UNRESERVED_ESCAPE, (percent) =>
      String.fromCharCode(Number.parseInt(percent.slice(1), 16)),
    );
  if (out.includes(";")) out = out.replace(SEGMENT_PARAMETER, "");
  return out;
}

/** An unreserved character (RFC 3986 section 2.3). */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * The RegExp source (for a RegExp with the `i` flag) matching every spelling of the literal path
 * text `literal` that `matchingPath` or a URL parser folds to it: each unreserved character also
 * as its escape (`e` or `%65`), each `/` repeated (`//`) and, after a literal character, after
 * optional segment parameters (`events;x/`). A `/` that opens `literal` follows a template segment
 * (`[^/?#]+`), which takes parameters itself: a second reader of them there would make a failed
 * match cost the square of the segment's length.
 */
export function spelledPathSource(literal: string): string {
  let source = "";
  for (const char of literal) {
    if (char === "/") source += source === "" ? "/+" : "(?:;[^/?#]*)?/+";
    else if (UNRESERVED.test(char))
      source += `(?:${char.replace(/[.]/g, "\\.")}|%${char.charCodeAt(0).toString(16).padStart(2, "0")})`;
    else source += char.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  }
  return source;
}
