/**
 * Text hidden in hexadecimal: a string value that is the hex encoding of UTF-8 text
 * (`6572696b406578616d706c652e6f7267` is `erik@example.org`, `7b22656d61696c223a...` a JSON
 * document). Some SDKs and backends hex-encode payloads and log extras, so the engine reads what
 * such a string encodes as it reads base64 (`base64-text.ts`).
 *
 * Accepted as encoded text, all of:
 * - at least {@link MIN_HEX_LENGTH} characters, an even number, of hex digits whose letters are
 *   all lower case or all upper case (so a changed text is written back in the sender's case);
 * - the bytes are valid UTF-8 with no control character but tab, line feed and carriage return,
 *   or (session 20) UTF-16 of such text, or, given an inflation budget, a gzip member or zlib
 *   stream of either (`decoded-bytes.ts`; `1f8b08...` went to the vendor unread before).
 * Anything else (a hash, a random id, binary) is not encoded text: a SHA-256 digest's 32 random
 * bytes are text with a chance of about 10^-13, and most fail on their first bytes.
 */
import { Buffer } from "node:buffer";
import {
  type BytesForm,
  type InflateBudget,
  mayStartTextBytes,
  readTextBytes,
  writeTextBytes,
} from "./decoded-bytes.js";

/** Shortest string read as hex: 12 characters carry 6 bytes (`a@b.cn`). */
export const MIN_HEX_LENGTH = 12;

/**
 * How a hex string is written: its letters in upper case or in lower case, and how its bytes hold
 * the text (compressed or not, UTF-8 or UTF-16: `BytesForm`).
 */
export interface HexForm extends BytesForm {
  readonly upper: boolean;
}

/** Text a hex string encodes, and how it was written. */
export interface HexText {
  readonly text: string;
  readonly form: HexForm;
  /** Bytes inflated to read it (0 when it was not compressed). */
  readonly inflated: number;
}

/** The value of a hex digit in either case, or -1. */
function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32; // `A`-`F` to `a`-`f`
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Bits of a hex digit's case: 1 for a lower-case letter, 2 for an upper-case one, 0 for a digit. */
function caseBits(c: number): number {
  return c >= 97 ? 1 : c >= 65 ? 2 : 0;
}

/**
 * Hex is not tried as raw deflate or brotli (`decoded-bytes.ts`), only as gzip and zlib: hashes
 * in hex fill vendor payloads (every hashed field of a Meta event), one in fifty passes the gates
 * on its first bytes, and each of those costs a zlib call of about 100 microseconds, for an
 * encoding no SDK is known to write.
 */
const NO_HEADERLESS = 0;

/** Scratch for the bytes of a string's first {@link PREFIX_DIGITS} digits (see {@link mayStartHexText}). */
const prefix = new Uint8Array(12);
/** Digits decoded by the first test: 24 carry 12 bytes. */
const PREFIX_DIGITS = 24;

/**
 * A cheap first test, before any decoding or copying: `value[start, end)` is long enough and of
 * even length, its first 8 characters are hex digits of one case, and the bytes of its first
 * {@link PREFIX_DIGITS} digits can begin encoded text (`mayStartTextBytes`: UTF-8 or UTF-16 text,
 * a gzip member or zlib stream; not a headerless stream: see {@link NO_HEADERLESS}). Words fail
 * on their first letters past `f`; hashes and ids mostly fail on their first bytes (`6711de5c`:
 * `11` is a control character).
 */
export function mayStartHexText(value: string, start = 0, end = value.length): boolean {
  const length = end - start;
  if (length < MIN_HEX_LENGTH || length % 2 !== 0) return false;
  let cases = 0;
  let n = 0;
  for (let q = start; q < Math.min(end, start + PREFIX_DIGITS); q += 2) {
    const a = value.charCodeAt(q);
    const b = value.charCodeAt(q + 1);
    const hi = nibble(a);
    const lo = nibble(b);
    if (hi < 0 || lo < 0) return false;
    cases |= caseBits(a) | caseBits(b);
    prefix[n++] = (hi << 4) | lo;
  }
  return cases !== 3 && mayStartTextBytes(prefix, n, NO_HEADERLESS);
}

const LOWER_HEX = /^[0-9a-f]+$/;
const UPPER_HEX = /^[0-9A-F]+$/;

/**
 * The text `value` encodes when it is hex in one case of text (see the module rule), compressed
 * text included given an inflation `budget` (`readTextBytes`); else `null`.
 */
export function decodeHexText(value: string, budget?: InflateBudget): HexText | null {
  if (!mayStartHexText(value)) return null;
  const upper = !LOWER_HEX.test(value);
  if (upper && !UPPER_HEX.test(value)) return null;
  const found = readTextBytes(Buffer.from(value, "hex"), budget, false);
  return found === null
    ? null
    : { text: found.text, form: { upper, ...found.form }, inflated: found.inflated };
}

/** `text` as hex in `form`'s case, its bytes spelled and compressed as the original's were. */
export function encodeHexText(text: string, form: HexForm): string {
  const hex = writeTextBytes(text, form).toString("hex");
  return form.upper ? hex.toUpperCase() : hex;
}
