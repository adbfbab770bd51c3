/**
 * Public PASETOs (session 20). A PASETO (Platform-Agnostic SEcurity Token, paseto-standard's
 * specification) of purpose `public` is `v<n>.public.<base64url(message || signature)>`, with an
 * optional `.<base64url(footer)>`: the message is the token's JSON claims in the clear, signed with
 * the footer (and the header `v<n>.public.`) by the issuer's key. Until session 20 the engine read
 * such a token only as base64 text: a claim it cut was cut inside the signed message (the token
 * went out with a signature that no longer verifies) and the subject claim (`sub`) was not read at
 * all. Now the message is read as a JWT's payload is (`jwt-claims.ts`) and the footer as a JWS's
 * header, and a token whose claims change is replaced whole (`signed-tokens.ts`).
 *
 * The signature's length is fixed by the version: v1 RSASSA-PSS with a 2048-bit key (256 bytes),
 * v2 and v4 Ed25519 (64 bytes), v3 ECDSA over P-384 (96 bytes, `r || s`). Not read: `local`
 * tokens (the message is encrypted), a message that is not a JSON object in UTF-8 (the
 * specification's payloads are JSON objects), base64url that is padded or not canonical.
 */
import { Buffer, isUtf8 } from "node:buffer";
import { decodeBase64Text } from "./base64-text.js";
import { hasControlChar } from "./text-bytes.js";

/** Signature bytes after the message, by version digit (`v1`...`v4`). */
const SIGNATURE_BYTES: Readonly<Record<string, number>> = { "1": 256, "2": 64, "3": 96, "4": 64 };

/**
 * A public PASETO as a whole string: version, the base64url of message and signature, an
 * optional footer. Both segments unpadded base64url, as the specification writes them.
 */
const PUBLIC_PASETO = /^v([1-4])\.public\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?$/;

/** `v<n>.public.`: the header a public PASETO starts with. */
const HEADER_LENGTH = "v2.public.".length;

/** What a public PASETO holds in the clear, and how to write it back. */
export interface PublicPaseto {
  /** The message: the token's JSON claims. */
  readonly message: string;
  /** The footer's text, when it has one that is UTF-8 text (often JSON naming a `kid`). */
  readonly footer: string | undefined;
  /** The token with `message` (and `footer`, when given) in place of its own, signature kept. */
  readonly rewrite: (message: string, footer?: string) => string;
}

/**
 * A cheap first test: `value` at `start` begins like a public PASETO (`v1.public.` to
 * `v4.public.`) and goes on past its header.
 */
function mayStartPaseto(value: string, start = 0): boolean {
  return (
    value.length - start > HEADER_LENGTH &&
    value.charCodeAt(start) === 118 &&
    value.startsWith(".public.", start + 2) &&
    SIGNATURE_BYTES[value.charAt(start + 1)] !== undefined
  );
}

/** `value` read as a public PASETO (see the module rule), or `null`. */
export function publicPaseto(value: string): PublicPaseto | null {
  if (!mayStartPaseto(value)) return null;
  const m = PUBLIC_PASETO.exec(value);
  if (m === null) return null;
  const body = m[2] as string;
  const signatureBytes = SIGNATURE_BYTES[m[1] as string] as number;
  const bytes = Buffer.from(body, "base64url");
  if (bytes.length <= signatureBytes || bytes.toString("base64url") !== body) return null;
  const messageBytes = bytes.subarray(0, bytes.length - signatureBytes);
  // a JSON object in UTF-8: `{` first, `}` last, as the specification's claims are
  if (messageBytes[0] !== 123 || messageBytes[messageBytes.length - 1] !== 125) return null;
  if (!isUtf8(messageBytes)) return null;
  const message = messageBytes.toString("utf8");
  if (hasControlChar(message)) return null;
  const signature = bytes.subarray(messageBytes.length);
  const footer = m[3] === undefined ? undefined : decodeBase64Text(m[3]);
  const prefix = value.slice(0, HEADER_LENGTH);
  return {
    message,
    footer: footer?.text,
    rewrite: (text, footerText) => {
      const signed = Buffer.concat([Buffer.from(text, "utf8"), signature]).toString("base64url");
      const tail =
        m[3] === undefined
          ? ""
          : `.${footerText === undefined ? m[3] : Buffer.from(footerText, "utf8").toString("base64url")}`;
      return prefix + signed + tail;
    },
  };
}

function isBase64UrlChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** The end of the run of base64url characters that starts at `start` in `text`. */
function runEnd(text: string, start: number): number {
  let k = start;
  while (k < text.length && isBase64UrlChar(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Where the public PASETO whose base64url body starts at `bodyStart` in `text` stands, as
 * `[start, end)`, or `null`: `v<n>.public.` just before the body, not glued to a word or a dotted
 * name before it (`x.v2.public.`), and the footer segment after the body when there is one. Free
 * text finds the body as a base64 token of its own (`value-scan.ts`, `TEXT_TOKEN`); what the
 * token is is left to {@link publicPaseto}.
 */
export function pasetoAround(text: string, bodyStart: number): readonly [number, number] | null {
  const start = bodyStart - HEADER_LENGTH;
  if (start < 0 || !mayStartPaseto(text, start)) return null;
  const before = start === 0 ? -1 : text.charCodeAt(start - 1);
  if (isBase64UrlChar(before) || before === 46) return null;
  const body = runEnd(text, bodyStart);
  const footer = text.charCodeAt(body) === 46 ? runEnd(text, body + 1) : body;
  return [start, footer > body + 1 ? footer : body];
}
