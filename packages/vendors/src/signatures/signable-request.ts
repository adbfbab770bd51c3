/**
 * The request shape the signature functions read: what will go upstream, after redaction.
 */
import { timingSafeEqual } from "node:crypto";

/** A request to sign or inspect. Header names are lower case; order and repeats are kept. */
export interface SignableRequest {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The vendor path as sent upstream (no gateway prefix), raw, without the query. */
  readonly path: string;
  /** The raw query without `?` (`""` when none). */
  readonly query: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** The body bytes exactly as they go upstream (after compression). */
  readonly body: Uint8Array;
}

/** Why a signature could not be checked or recomputed. Messages never carry a value or secret. */
export class SignatureError extends Error {
  readonly code: "signature_unparseable" | "signature_mismatch";

  constructor(code: SignatureError["code"], message: string) {
    super(message);
    this.name = "SignatureError";
    this.code = code;
  }
}

/** The first value of a header, by lower-case name. */
export function headerValue(request: Pick<SignableRequest, "headers">, name: string): string | undefined {
  for (const [key, value] of request.headers) if (key === name) return value;
  return undefined;
}

/** Returns headers with `name` set to `value`: replaced in place (first occurrence, others removed), or appended. */
export function withHeader(
  headers: ReadonlyArray<readonly [string, string]>,
  name: string,
  value: string,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let done = false;
  for (const [key, v] of headers) {
    if (key !== name) out.push([key, v]);
    else if (!done) {
      out.push([key, value]);
      done = true;
    }
  }
  if (!done) out.push([name, value]);
  return out;
}

/** Splits a raw query into decoded [key, value] pairs (`+` is a space). Throws on malformed escapes. */
export function decodeQuery(query: string): Array<[string, string]> {
  if (query === "") return [];
  return query
    .split("&")
    .filter((p) => p !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const k = eq < 0 ? pair : pair.slice(0, eq);
      const v = eq < 0 ? "" : pair.slice(eq + 1);
      const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
      return [dec(k), dec(v)];
    });
}

/** True when two signatures are the same text, compared in constant time (no timing oracle). */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
