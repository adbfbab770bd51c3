/**
 * Text hidden in hexadecimal: a string value that is the hex encoding of UTF-8 text
 * (`6572696b406578616d706c652e6f7267` is `erik@example.org`, `7b22656d61696c223a...` a JSON
 * document). Some SDKs and backends hex-encode payloads and log extras, so the engine reads what
 * such a string encodes as it reads base64 (`base64-text.ts`).
 *
 * Accepted as encoded text, all of:
 * - at least {@link MIN_HEX_LENGTH} characters, an even number, of hex digits whose letters are
 *   all lower case or all upper case (so a changed text is written back in the sender's case);
 * - the bytes are valid UTF-8 with no control character but tab, line feed and carriage return.
 * Anything else (a hash, a random id, binary) is not encoded text: a SHA-256 digest's 32 random
 * bytes are text with a chance of about 10^-13, and most fail on their first bytes.
 */
import { Buffer, isUtf8 } from "node:buffer";
import { hasControlChar, nextTextByte } from "./text-bytes.js";

/** Shortest string read as hex: 12 characters carry 6 bytes (`a@b.cn`). */
export const MIN_HEX_LENGTH = 12;

/** How a hex string is written: its letters in upper case or in lower case. */
export interface HexForm {
  readonly upper: boolean;
}

/** Text a hex string encodes, and how it was written. */
export interface HexText {
  readonly text: string;
  readonly form: HexForm;
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
 * A cheap first test, before any decoding or copying: `value[start, end)` is long enough and of
 * even length, and its first 8 characters are hex digits of one case whose 4 bytes can begin UTF-8
 * text without a control character. Words fail on their first letters past `f`; hashes and ids
 * mostly fail on their first bytes (`6711de5c`: `11` is a control character).
 */
export function mayStartHexText(value: string, start = 0, end = value.length): boolean {
  const length = end - start;
  if (length < MIN_HEX_LENGTH || length % 2 !== 0) return false;
  let cases = 0;
  let owed = 0; // continuation bytes still owed by the last lead byte
  for (let q = start; q < start + 8; q += 2) {
    const a = value.charCodeAt(q);
    const b = value.charCodeAt(q + 1);
    const hi = nibble(a);
    const lo = nibble(b);
    if (hi < 0 || lo < 0) return false;
    cases |= caseBits(a) | caseBits(b);
    owed = nextTextByte(owed, (hi << 4) | lo);
    if (owed < 0) return false;
  }
  return cases !== 3;
}

const LOWER_HEX = /^[0-9a-f]+$/;
const UPPER_HEX = /^[0-9A-F]+$/;

/** The text `value` encodes when it is hex of UTF-8 text in one case (see the module rule); else `null`. */
export function decodeHexText(value: string): HexText | null {
  if (!mayStartHexText(value)) return null;
  const upper = !LOWER_HEX.test(value);
  if (upper && !UPPER_HEX.test(value)) return null;
  const bytes = Buffer.from(value, "hex");
  if (!isUtf8(bytes)) return null;
  const text = bytes.toString("utf8");
  if (hasControlChar(text)) return null;
  return { text, form: { upper } };
}

/** `text` as hex in `form`'s case. */
export function encodeHexText(text: string, form: HexForm): string {
  const hex = Buffer.from(text, "utf8").toString("hex");
  return form.upper ? hex.toUpperCase() : hex;
}
