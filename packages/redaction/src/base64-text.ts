/**
 * Text hidden in base64: a string value that is the canonical base64 or base64url encoding of
 * UTF-8 text (`ZXJpa0BleGFtcGxlLm9yZw==` is `erik@example.org`, `eyJlbWFpbCI6...` a JSON
 * document). Backends put JSON or text into vendor fields this way (Tencent IM custom data,
 * analytics extras), so the engine reads what such a string encodes as it reads JSON in a string.
 *
 * Accepted as encoded text, all of:
 * - at least {@link MIN_BASE64_LENGTH} characters of one alphabet, standard (`+` `/`) or URL-safe
 *   (`-` `_`), with `=` padding or without, no white space but the line breaks of line-wrapped
 *   base64 (MIME, PEM: lines of one width, see `lineWrapOf`), which a changed text keeps;
 *   a string of letters and digits alone is taken as standard;
 * - canonical: the decoded bytes encode back to exactly the same string (no stray bits, no
 *   impossible length), so re-encoding an edited text keeps the sender's form;
 * - the bytes are valid UTF-8 with no control character but tab, line feed and carriage return,
 *   or (session 20) UTF-16 of such text (`text-bytes.ts`).
 * Anything else (binary such as an image or a protobuf, an id or a hash, an ordinary word) is not
 * encoded text and is left to the other checks.
 *
 * Compressed text in base64 is read too, when the caller gives an inflation budget
 * (`decoded-bytes.ts`): bytes that start like a gzip member (`H4sI...`) or a zlib stream (`eJ...`,
 * `eN...`), or, since session 20, bytes that are no text and pass the gates of a raw deflate or
 * brotli stream (`headerless-streams.ts`; not tried for a string of hex digits alone, a hash),
 * and inflate to such text within the budget; a changed text is compressed again the same way. A
 * stream that inflates past the budget is refused (`too_much_work`): it could be read, but not
 * within the limits.
 *
 * A JSON Web Token in compact form (`header.payload.signature`, RFC 7515: three base64url
 * segments, the header a JSON object naming its `alg`) carries its claims in the payload:
 * {@link jwsPayload} finds that segment, which is read like any base64 string.
 */
import { Buffer } from "node:buffer";
import {
  type BytesForm,
  type InflateBudget,
  mayStartTextBytes,
  readTextBytes,
  writeTextBytes,
} from "./decoded-bytes.js";

/** Shortest string read as base64: 8 characters carry 6 bytes (`a@b.cn`). */
export const MIN_BASE64_LENGTH = 8;

/**
 * How a base64 string is written: its alphabet, whether it is padded with `=`, and how its bytes
 * hold the text (compressed or not, UTF-8 or UTF-16: `BytesForm`).
 */
export interface Base64Form extends BytesForm {
  readonly url: boolean;
  readonly padded: boolean;
  /** Line-wrapped (MIME, PEM): lines of `width` characters joined by `eol`; absent when on one line. */
  readonly wrap?: LineWrap;
}

/** How line-wrapped base64 is laid out. */
export interface LineWrap {
  readonly width: number;
  readonly eol: "\n" | "\r\n";
  /** The line breaks the string ends with (often one `eol`), kept as they were. */
  readonly tail: string;
}

/**
 * The layout of `value` when it is line-wrapped base64, and its lines joined: every line but the
 * last exactly `width` characters (a multiple of 4, at least 16: MIME writes 76, PEM 64), the
 * last one no longer, one `eol` throughout, any line breaks at the end; `null` when it holds no
 * line feed or breaks that layout. A single line with line breaks after it counts too.
 */
function lineWrapOf(value: string): { readonly wrap: LineWrap; readonly flat: string } | null {
  const lf = value.indexOf("\n");
  if (lf === -1) return null;
  const eol = lf > 0 && value.charCodeAt(lf - 1) === 13 ? "\r\n" : "\n";
  let end = value.length;
  while (end > 0 && (value.charCodeAt(end - 1) === 10 || value.charCodeAt(end - 1) === 13)) end--;
  const lines = value.slice(0, end).split(eol);
  const width = (lines[0] as string).length;
  if (width < 16 || width % 4 !== 0) return null;
  for (let k = 0; k < lines.length; k++) {
    const n = (lines[k] as string).length;
    if (k < lines.length - 1 ? n !== width : n === 0 || n > width) return null;
  }
  return { wrap: { width, eol, tail: value.slice(end) }, flat: lines.join("") };
}

/** `flat` base64 laid out as `wrap` says. */
function wrapLines(flat: string, wrap: LineWrap): string {
  const lines: string[] = [];
  for (let k = 0; k < flat.length; k += wrap.width) lines.push(flat.slice(k, k + wrap.width));
  return lines.join(wrap.eol) + wrap.tail;
}

/** Text a base64 string encodes, and how it was written. */
export interface Base64Text {
  readonly text: string;
  readonly form: Base64Form;
  /** Bytes inflated to read it (0 when it was not compressed). */
  readonly inflated: number;
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

/** Scratch for the bytes of a string's first {@link PREFIX_CHARS} characters (see {@link mayStartText}). */
const prefix = new Uint8Array(18);
/** Characters decoded by the first test: 24 carry 18 bytes, enough for the headerless gates. */
const PREFIX_CHARS = 24;

/**
 * A cheap first test, before any decoding or copying: `value[start, end)` is long enough to be
 * read as base64, its first 8 characters are base64 characters, and the bytes of its first
 * {@link PREFIX_CHARS} can begin encoded text (`mayStartTextBytes`: UTF-8 or UTF-16 text, a gzip
 * member or zlib stream, and, from 16 characters on, a raw deflate or brotli stream). A JWT's
 * header, `eyJ...`, passes. Ids, hashes, timestamps and words, which fill vendor payloads, mostly
 * fail it at once (`6711de5c` starts with the bytes `EB BD 75`: a three-byte sequence cut short).
 */
export function mayStartText(value: string, start = 0, end = value.length): boolean {
  if (end - start < MIN_BASE64_LENGTH) return false;
  const length = prefixBytes(value, start, Math.min(end, start + PREFIX_CHARS));
  return length > 0 && mayStartTextBytes(prefix, length, Math.floor(((end - start) * 3) / 4));
}

/**
 * Decodes `value[start, end)` into {@link prefix}: the number of bytes, or -1 when the first 8
 * characters are not base64 (`=` padding may end them). Past those, decoding stops at the first
 * character that is not base64 (a line break of wrapped base64, a JWT's dot).
 */
function prefixBytes(value: string, start: number, end: number): number {
  let n = 0;
  for (let q = start; q + 4 <= end; q += 4) {
    const a = sextet(value.charCodeAt(q));
    const b = sextet(value.charCodeAt(q + 1));
    const c = sextet(value.charCodeAt(q + 2));
    const d = sextet(value.charCodeAt(q + 3));
    const head = q - start < 8;
    if (a < 0 || b < 0) return head ? -1 : n;
    // `=` padding ends the bytes early; any other character is not base64
    if ((c < 0 && value.charCodeAt(q + 2) !== 61) || (d < 0 && value.charCodeAt(q + 3) !== 61))
      return head ? -1 : n;
    prefix[n++] = (a << 2) | (b >> 4);
    if (c < 0) return n;
    prefix[n++] = ((b & 15) << 4) | (c >> 2);
    if (d < 0) return n;
    prefix[n++] = ((c & 3) << 6) | d;
  }
  return n;
}

const STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const URL_SAFE = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * The text `value` encodes when it is canonical base64 or base64url of UTF-8 text, or, given an
 * inflation `budget`, of such text compressed (see the module rule); else `null`. Without a
 * budget, compressed bytes are binary.
 */
export function decodeBase64Text(value: string, budget?: InflateBudget): Base64Text | null {
  if (!mayStartText(value)) return null;
  const wrapped = lineWrapOf(value);
  if (wrapped !== null) {
    const flat = decodeBase64Text(wrapped.flat, budget);
    return flat === null ? null : { ...flat, form: { ...flat.form, wrap: wrapped.wrap } };
  }
  // both alphabets share the letters and digits: one of them must cover the whole string
  const url = !STANDARD.test(value);
  if (url && !URL_SAFE.test(value)) return null;
  // A length of 4n with no `=` is both forms at once: standard base64 is taken as padded (what
  // most encoders write), base64url as unpadded (what JWTs and most URL-safe encoders write).
  const padded = value.charCodeAt(value.length - 1) === 61 || (!url && value.length % 4 === 0);
  if (padded ? value.length % 4 !== 0 : value.length % 4 === 1) return null;
  const raw = Buffer.from(value, url ? "base64url" : "base64");
  if (encodeBase64Bytes(raw, { url, padded }) !== value) return null;
  // a string of hex digits alone is no base64 of a headerless stream (hashes fill vendor payloads)
  const found = readTextBytes(raw, budget, !HEX_DIGITS.test(value));
  return found === null
    ? null
    : { text: found.text, form: { url, padded, ...found.form }, inflated: found.inflated };
}

/** Hex digits alone: a hash or an id in hex, read as base64 only when its bytes are text or framed. */
const HEX_DIGITS = /^[0-9A-Fa-f]+$/;

/**
 * `text` encoded in `form`: spelled and compressed as the original was (`writeTextBytes`), in the
 * same alphabet and padding.
 */
export function encodeBase64Text(text: string, form: Base64Form): string {
  const flat = encodeBase64Bytes(writeTextBytes(text, form), form);
  return form.wrap === undefined ? flat : wrapLines(flat, form.wrap);
}

/** `bytes` in base64 of `form`'s alphabet and padding. */
function encodeBase64Bytes(bytes: Buffer, form: Base64Form): string {
  if (!form.url) {
    const out = bytes.toString("base64");
    return form.padded ? out : out.replace(/=+$/, "");
  }
  const out = bytes.toString("base64url");
  return form.padded && out.length % 4 !== 0 ? out + "=".repeat(4 - (out.length % 4)) : out;
}

const JWS = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/;

/** Where a JWS's payload stands, how it is written, and whether a signature covers it. */
export interface JwsPayload {
  readonly start: number;
  readonly end: number;
  /** base64url, unpadded. */
  readonly form: Base64Form;
  /**
   * The signature segment is not empty: a changed payload no longer verifies (session 18). An
   * unsecured JWS (`alg: none`, `header.payload.`) has nothing to break.
   */
  readonly signed: boolean;
  /**
   * The text of the JOSE protected header (the first segment): a JSON object, covered by the
   * signature as the payload is (session 20: read as the claims are, `encoded-text.ts`).
   */
  readonly header: string;
}

/**
 * Where the payload segment of a compact JWS (`header.payload.signature`) stands in `value`, or
 * `null` when `value` is not a JWS: three base64url segments, the first encoding a JSON object
 * with an `"alg"` member.
 */
export function jwsPayload(value: string): JwsPayload | null {
  const m = JWS.exec(value);
  if (m === null) return null;
  const dot = value.indexOf(".");
  const header = decodeBase64Text(value.slice(0, dot));
  if (header === null || header.text.charCodeAt(0) !== 123 || !header.text.includes('"alg"')) return null;
  const start = dot + 1;
  const end = start + (m[1] as string).length;
  return { start, end, form: JWS_FORM, signed: end + 1 < value.length, header: header.text };
}

/** How a JWS writes its segments: base64url, unpadded. */
export const JWS_FORM: Base64Form = { url: true, padded: false };
