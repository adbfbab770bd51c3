/**
 * Text a string value encodes: base64 or base64url (compressed or not, line-wrapped or not), a
 * JWT's payload and protected header (`base64-text.ts`), a public PASETO's message and footer
 * (`paseto.ts`, session 20), or hex (`hex-text.ts`). One entry point for every place the engine
 * reads encoded text: whole values, tokens in free text, URL path segments, keys.
 */
import {
  type Base64Form,
  decodeBase64Text,
  encodeBase64Text,
  JWS_FORM,
  jwsPayload,
  mayStartText,
} from "./base64-text.js";
import type { InflateBudget } from "./decoded-bytes.js";
import { decodeHexText, encodeHexText, mayStartHexText } from "./hex-text.js";
import { publicPaseto } from "./paseto.js";

/** How a string encodes its text; it names the path segment of what is found inside (`#base64`, `#hex`). */
export type TextEncoding = "base64" | "hex";

/** Text a string encodes, and how to write a changed text back. */
export interface EncodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Bytes inflated to read it (0 when it was not compressed). */
  readonly inflated: number;
  /**
   * The string with its encoded part holding `text` instead, in the same form, and its
   * {@link EncodedText.covered} part holding `covered` when that is given.
   */
  readonly rewrite: (text: string, covered?: string) => string;
  /**
   * The text is a token's claims set (a JWT's payload, session 18; a public PASETO's message,
   * session 20), read with `JWT_PAYLOAD_PLAN`.
   */
  readonly claims: boolean;
  /**
   * Other text of the token that its signature covers, read as its claims are (session 20): a
   * JWS's protected header (`{"alg":"HS256","kid":...}`), a PASETO's footer. A change there breaks
   * the signature as one in the claims does.
   */
  readonly covered?: string;
  /**
   * A signature covers the text (a signed JWT's payload): a changed text cannot be written back
   * honestly, since the token would no longer verify (session 18, `signed-tokens.ts`).
   */
  readonly signed: boolean;
}

/**
 * A cheap first test, before any decoding: `value[start, end)` may be base64 or hex of text (see
 * `mayStartText` and `mayStartHexText`). A public PASETO does not pass it: free text finds its body
 * as a token (`value-scan.ts`, `redactTextTokens`), whole value or not.
 */
export function mayStartEncodedText(value: string, start = 0, end = value.length): boolean {
  return mayStartText(value, start, end) || mayStartHexText(value, start, end);
}

/**
 * What `value` encodes (a base64 string, a JWT's payload, a public PASETO's message, or a hex
 * string), or `null`. Base64 is tried before hex: a string of hex digits that is also canonical
 * base64 of text is read as base64. `budget`: see `decodeBase64Text`.
 */
export function encodedText(value: string, budget?: InflateBudget): EncodedText | null {
  return (
    pasetoText(value) ?? (mayStartText(value) ? base64Text(value, budget) : null) ?? hexText(value, budget)
  );
}

function pasetoText(value: string): EncodedText | null {
  const paseto = publicPaseto(value);
  if (paseto === null) return null;
  return {
    text: paseto.message,
    encoding: "base64",
    inflated: 0,
    rewrite: paseto.rewrite,
    claims: true,
    signed: true,
    ...(paseto.footer === undefined ? {} : { covered: paseto.footer }),
  };
}

function hexText(value: string, budget: InflateBudget | undefined): EncodedText | null {
  const decoded = decodeHexText(value, budget);
  return decoded === null
    ? null
    : {
        text: decoded.text,
        encoding: "hex",
        inflated: decoded.inflated,
        rewrite: (t) => encodeHexText(t, decoded.form),
        claims: false,
        signed: false,
      };
}

function base64Text(value: string, budget: InflateBudget | undefined): EncodedText | null {
  const jws = jwsPayload(value);
  if (jws === null) {
    const decoded = decodeBase64Text(value, budget);
    return decoded === null
      ? null
      : {
          text: decoded.text,
          encoding: "base64",
          inflated: decoded.inflated,
          rewrite: (t) => encodeBase64Text(t, decoded.form),
          claims: false,
          signed: false,
        };
  }
  const decoded = decodeBase64Text(value.slice(jws.start, jws.end), budget);
  if (decoded === null) return null;
  // the payload's bytes as they were (compressed, UTF-16), in the JWS's alphabet
  const form: Base64Form = { ...decoded.form, ...jws.form };
  return {
    text: decoded.text,
    encoding: "base64",
    inflated: decoded.inflated,
    rewrite: (t, header) =>
      (header === undefined ? value.slice(0, jws.start) : `${encodeBase64Text(header, JWS_FORM)}.`) +
      encodeBase64Text(t, form) +
      value.slice(jws.end),
    claims: true,
    signed: jws.signed,
    covered: jws.header,
  };
}
