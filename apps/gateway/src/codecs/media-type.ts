/**
 * A small, strict `Content-Type` parser (RFC 9110 section 8.3.1): `type/subtype` plus parameters.
 */

/** A parsed media type: lower-case essence and lower-case parameter names. */
export interface MediaType {
  /** `type/subtype`, lower case. */
  readonly essence: string;
  /** Parameters by lower-case name; values unquoted, case kept. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses a Content-Type header value; `undefined` when it is not a valid media type, or names a
 * parameter twice (session 14).
 */
export function parseMediaType(value: string): MediaType | undefined {
  const parts = value.split(";");
  const essence = (parts.shift() ?? "").trim().toLowerCase();
  const slash = essence.indexOf("/");
  if (slash <= 0 || !TOKEN.test(essence.slice(0, slash)) || !TOKEN.test(essence.slice(slash + 1))) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (const part of parts) {
    const p = part.trim();
    if (p === "") continue;
    const eq = p.indexOf("=");
    if (eq <= 0) return undefined;
    const name = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\(.)/g, "$1");
    if (!TOKEN.test(name)) return undefined;
    // a parameter twice (`charset=latin1; charset=utf-16`): the vendor may read the other one
    if (Object.hasOwn(params, name)) return undefined;
    params[name] = v;
  }
  return { essence, params };
}
