/**
 * The API action a query-routed request names (session 16): Zego's `?Action=SendPeerMessage`
 * (and an `X-TC-Action` header, as Tencent Cloud names it). Every endpoint of such a vendor
 * shares the path `/`, so the action alone picks the endpoint and its plan.
 *
 * The catalog compared the raw key and took the first pair, so `?Act%69on=SendPeerMessage`,
 * `?%41ction=...` (every server decodes the key), `?Action=x&Action=SendPeerMessage` (a server
 * that reads the last pair) and `?action=SendPeerMessage` (one that ignores case) made the
 * endpoint `unknown` while the vendor may have read `SendPeerMessage`: a red team sent a ZIM push
 * title with the sender's name that way. Keys are now compared decoded, and a request whose
 * action more than one reading could differ on is ambiguous, for the gateway to refuse: the
 * action given twice (two pairs, or a pair and the header), a key that is `Action` only without
 * case (Zego's documentation does not say whether its servers fold case; no client of it writes
 * `action`), a pair carrying `;` (old servers split pairs there), or a value other than a plain
 * name (`SendPeerMessage%00`: a server that cuts at NUL or trims reads the name).
 */

/** What a request says its action is. */
export type ActionReading =
  | { readonly kind: "named"; readonly action: string }
  | { readonly kind: "absent" }
  | { readonly kind: "ambiguous" };

/** The routing key, as the vendors document it. */
const ACTION_KEY = "Action";

/** The header Tencent Cloud API 3.0 names the action in. */
const ACTION_HEADER = "x-tc-action";

/**
 * An action name: letters and digits, `_` and `.` (`SendPeerMessage`, `DescribeUserNum`). An empty
 * value names no action (no endpoint); anything else is a spelling a server may read as a name.
 */
const ACTION_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

/** A percent-escape, decoded one at a time so that an invalid one elsewhere stays as written. */
const ESCAPE = /%[0-9a-f]{2}/gi;

/** `text` with its valid percent-escapes decoded as Latin-1 (enough to compare to ASCII) and `+` as space. */
function decodeLoosely(text: string): string {
  const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
  return spaced.includes("%")
    ? spaced.replace(ESCAPE, (percent) => String.fromCharCode(Number.parseInt(percent.slice(1), 16)))
    : spaced;
}

/**
 * Reads the action of a request from its raw query and its headers. One cheap test (the query
 * holding `action` or an escape) skips the pairs of a query that cannot name it.
 */
export function readAction(
  query: string,
  headers: ReadonlyArray<readonly [string, string]> = [],
): ActionReading {
  const named: string[] = [];
  if (/action|%/i.test(query)) {
    for (const pair of query.split("&")) {
      for (const piece of pair.split(";")) {
        const eq = piece.indexOf("=");
        const key = decodeLoosely(eq < 0 ? piece : piece.slice(0, eq));
        if (key.toLowerCase() !== ACTION_KEY.toLowerCase()) continue;
        if (key !== ACTION_KEY || piece !== pair) return { kind: "ambiguous" };
        named.push(eq < 0 ? "" : decodeLoosely(piece.slice(eq + 1)));
      }
    }
  }
  for (const [name, value] of headers) if (name.toLowerCase() === ACTION_HEADER) named.push(value);
  if (named.length === 0) return { kind: "absent" };
  const [action] = named;
  if (named.length > 1 || action === undefined || (action !== "" && !ACTION_NAME.test(action)))
    return { kind: "ambiguous" };
  return { kind: "named", action };
}
