/**
 * Text hidden in base64: a string value that is the canonical base64 or base64url encoding of
 * UTF-8 text (`ZXJpa0BleGFtcGxlLm9yZw==` is `erik@example.org`, `eyJlbWFpbCI6...` a JSON
 * document). Backends put JSON or text into vendor fields this way (Tencent IM custom data,
 * analytics extras), so the engine reads what such a string encodes as it reads JSON in a string.
 *
 * Accepted as encoded text, all of:
 * - at least {@link MIN_BASE64_LENGTH} characters of one alphabet, standard (`+` `/`) or URL-safe
 *   (`-` `_`), with `=` padding or without, no white space (line-wrapped MIME base64 is not read);
 *   a string of letters and digits alone is taken as standard;
 * - canonical: the decoded bytes encode back to exactly the same string (no stray bits, no
 *   impossible length), so re-encoding an edited text keeps the sender's form;
 * - the bytes are valid UTF-8 with no control character but tab, line feed and carriage return.
 * Anything else (binary such as an image or a protobuf, an id or a hash, an ordinary word) is not
 * encoded text and is left to the other checks. Compressed text in base64 (gzip, `H4sI...`) is
 * binary too: it is not inflated here, and passes as it came (a known limit).
 *
 * A JSON Web Token in compact form (`header.payload.signature`, RFC 7515: three base64url
 * segments, the header a JSON object naming its `alg`) carries its claims in the payload:
 * {@link jwsPayload} finds that segment, which is read like any base64 string.
 */
import { Buffer, isUtf8 } from "node:buffer";

/** Shortest string read as base64: 8 characters carry 6 bytes (`a@b.cn`). */
export const MIN_BASE64_LENGTH = 8;

/** How a base64 string is written: its alphabet and whether it is padded with `=`. */
export interface Base64Form {
  readonly url: boolean;
  readonly padded: boolean;
}

/** Text a base64 string encodes, and how it was written. */
export interface Base64Text {
  readonly text: string;
  readonly form: Base64Form;
}

/** The 6-bit value of each base64 and base64url character, -1 for any other ASCII character. */
const SEXTET = new Int8Array(128).fill(-1);
for (let k = 0; k < 64; k++)
  SEXTET["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(k)] = k;
SEXTET[45] = 62; // '-'
SEXTET[95] = 63; // '_'

function sextet(c: number): number {
  return c < 128 ? (SEXTET[c] as number) : -1;
}

/**
 * A cheap first test, before any decoding or copying: `value[start, end)` is long enough to be
 * read as base64, and its first 8 characters are base64 characters whose 6 bytes can begin UTF-8
 * text without a control character (a JWT's header, `eyJ...`, passes). Ids, hashes, timestamps
 * and words, which fill vendor payloads, mostly fail it at once (`6711de5c` starts with the bytes
 * `EB BD 75`: a three-byte sequence cut short).
 */
export function mayStartText(value: string, start = 0, end = value.length): boolean {
  if (end - start < MIN_BASE64_LENGTH) return false;
  let expect = 0; // continuation bytes still owed by the last lead byte
  for (let q = start; q < start + 8; q += 4) {
    const a = sextet(value.charCodeAt(q));
    const b = sextet(value.charCodeAt(q + 1));
    const c = sextet(value.charCodeAt(q + 2));
    const d = sextet(value.charCodeAt(q + 3));
    if (a < 0 || b < 0) return false;
    // `=` padding ends the bytes early; any other character is not base64
    if ((c < 0 && value.charCodeAt(q + 2) !== 61) || (d < 0 && value.charCodeAt(q + 3) !== 61)) return false;
    const bytes = c < 0 ? 1 : d < 0 ? 2 : 3;
    for (let k = 0; k < bytes; k++) {
      const byte = k === 0 ? (a << 2) | (b >> 4) : k === 1 ? ((b & 15) << 4) | (c >> 2) : ((c & 3) << 6) | d;
      if (expect > 0) {
        if ((byte & 0xc0) !== 0x80) return false;
        expect--;
      } else if (byte < 0x80) {
        if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f) return false;
      } else if (byte >= 0xc2 && byte <= 0xdf) expect = 1;
      else if (byte >= 0xe0 && byte <= 0xef) expect = 2;
      else if (byte >= 0xf0 && byte <= 0xf4) expect = 3;
      else return false;
    }
    if (bytes < 3) return true;
  }
  return true;
}

const STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]+={0,2}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the control characters text does not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * The text `value` encodes when it is canonical base64 or base64url of UTF-8 text (see the module
 * rule), else `null`.
 */
export function decodeBase64Text(value: string): Base64Text | null {
  if (!mayStartText(value)) return null;
  // both alphabets share the letters and digits: one of them must cover the whole string
  const url = !STANDARD.test(value);
  if (url && !URL_SAFE.test(value)) return null;
  // A length of 4n with no `=` is both forms at once: standard base64 is taken as padded (what
  // most encoders write), base64url as unpadded (what JWTs and most URL-safe encoders write).
  const padded = value.charCodeAt(value.length - 1) === 61 || (!url && value.length % 4 === 0);
  if (padded ? value.length % 4 !== 0 : value.length % 4 === 1) return null;
  const bytes = Buffer.from(value, url ? "base64url" : "base64");
  if (!isUtf8(bytes)) return null;
  const form: Base64Form = { url, padded };
  if (encodeBase64Text(bytes, form) !== value) return null;
  const text = bytes.toString("utf8");
  return CONTROL.test(text) ? null : { text, form };
}

/** `text` (or its UTF-8 bytes) encoded in `form`: the same alphabet and padding as the original. */
export function encodeBase64Text(text: string | Buffer, form: Base64Form): string {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  if (!form.url) {
    const out = bytes.toString("base64");
    return form.padded ? out : out.replace(/=+$/, "");
  }
  const out = bytes.toString("base64url");
  return form.padded && out.length % 4 !== 0 ? out + "=".repeat(4 - (out.length % 4)) : out;
}

const JWS = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/**
 * Where the payload segment of a compact JWS (`header.payload.signature`) stands in `value`, and
 * the form its payload must be written in (base64url, unpadded), or `null` when `value` is not a
 * JWS: three base64url segments, the first encoding a JSON object with an `"alg"` member.
 */
export function jwsPayload(value: string): { start: number; end: number; form: Base64Form } | null {
  const m = JWS.exec(value);
  if (m === null) return null;
  const dot = value.indexOf(".");
  const header = decodeBase64Text(value.slice(0, dot));
  if (header === null || header.text.charCodeAt(0) !== 123 || !header.text.includes('"alg"')) return null;
  const start = dot + 1;
  return { start, end: start + (m[1] as string).length, form: JWS_FORM };
}

const JWS_FORM: Base64Form = { url: true, padded: false };

/** Text a string encodes in base64 (or a JWT's payload), and how to write a changed text back. */
export interface EncodedText {
  readonly text: string;
  /** The string with its encoded part holding `text` instead, in the same form. */
  readonly rewrite: (text: string) => string;
}

/** What `value` encodes (a base64 string, or a JWT's payload), read as described above, or `null`. */
export function encodedText(value: string): EncodedText | null {
  if (!mayStartText(value)) return null;
  const jws = jwsPayload(value);
  if (jws === null) {
    const decoded = decodeBase64Text(value);
    return decoded === null
      ? null
      : { text: decoded.text, rewrite: (t) => encodeBase64Text(t, decoded.form) };
  }
  const decoded = decodeBase64Text(value.slice(jws.start, jws.end));
  if (decoded === null) return null;
  return {
    text: decoded.text,
    rewrite: (t) => value.slice(0, jws.start) + encodeBase64Text(t, jws.form) + value.slice(jws.end),
  };
}
