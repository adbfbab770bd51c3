/**
 * What decoded bytes must be to count as text: UTF-8 with no control character but tab, line
 * feed and carriage return, or (session 20) UTF-16 of such text. Shared by the readers of encoded
 * text (`base64-text.ts`, `hex-text.ts`, `decoded-bytes.ts`).
 */
import { Buffer, isUtf8 } from "node:buffer";

/**
 * One more byte at the start of what should be text: given the continuation bytes still owed by
 * the last lead byte (`owed`, 0 at the start), the number owed after `byte`, or -1 when `byte`
 * cannot continue UTF-8 text (a stray continuation, a control character, an invalid lead).
 */
export function nextTextByte(owed: number, byte: number): number {
  if (owed > 0) return (byte & 0xc0) === 0x80 ? owed - 1 : -1;
  if (byte < 0x80) return (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f ? -1 : 0;
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return -1;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the control characters text does not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when decoded `text` holds a control character other than tab, line feed and carriage return. */
export function hasControlChar(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * How decoded bytes spell their text: UTF-8 (absent), or UTF-16 in either byte order, with a
 * byte order mark or without (session 20: UTF-16 text in base64 or hex went unread).
 */
export interface Utf16Form {
  readonly bigEndian: boolean;
  readonly bom: boolean;
}

/** Text read from decoded bytes, and how they spell it (`utf16` absent for UTF-8). */
export interface BytesText {
  readonly text: string;
  readonly utf16?: Utf16Form;
}

/**
 * The text `bytes` hold: UTF-8 with no control character but tab, line feed and carriage return,
 * else UTF-16 of such text ({@link utf16Of}); `null` for anything else (binary).
 */
export function textOfBytes(bytes: Buffer): BytesText | null {
  const text = isUtf8(bytes) ? bytes.toString("utf8") : null;
  // ASCII in UTF-16 is valid UTF-8 too, with a NUL after every character
  return text === null || hasControlChar(text) ? utf16Text(bytes) : { text };
}

/** `text` spelled as `utf16` says (UTF-8 when it is absent). */
export function bytesOfText(text: string, utf16: Utf16Form | undefined): Buffer {
  if (utf16 === undefined) return Buffer.from(text, "utf8");
  const units = Buffer.from(utf16.bom ? `\ufeff${text}` : text, "utf16le");
  return utf16.bigEndian ? units.swap16() : units;
}

/**
 * The byte order of UTF-16 at the start of `bytes[0, length)`, or `null`: a byte order mark
 * (`FF FE` little-endian, `FE FF` big-endian), or, without one, ASCII text with a zero byte on
 * every other position of its first {@link UTF16_PROBE_UNITS} code units (fewer when there are
 * fewer). Text that starts in another script without a mark is not told from binary.
 */
export function utf16Of(bytes: ArrayLike<number>, length: number): Utf16Form | null {
  if (length < 2 || length % 2 !== 0) return null;
  const a = bytes[0] as number;
  const b = bytes[1] as number;
  if (a === 0xff && b === 0xfe) return { bigEndian: false, bom: true };
  if (a === 0xfe && b === 0xff) return { bigEndian: true, bom: true };
  const bigEndian = a === 0;
  const units = Math.min(length / 2, UTF16_PROBE_UNITS);
  for (let k = 0; k < units; k++) {
    const high = bytes[2 * k + (bigEndian ? 0 : 1)] as number;
    const low = bytes[2 * k + (bigEndian ? 1 : 0)] as number;
    if (high !== 0 || low === 0 || low >= 0x80 || nextTextByte(0, low) !== 0) return null;
  }
  return { bigEndian, bom: false };
}

/** Code units of ASCII text, each with its zero byte, that mark UTF-16 without a byte order mark. */
const UTF16_PROBE_UNITS = 4;

/** UTF-16 text in `bytes` (see {@link utf16Of}): well-formed, no control character; else `null`. */
function utf16Text(bytes: Buffer): BytesText | null {
  const utf16 = utf16Of(bytes, bytes.length);
  if (utf16 === null) return null;
  const units = bytes.subarray(utf16.bom ? 2 : 0);
  const text = (utf16.bigEndian ? Buffer.from(units).swap16() : units).toString("utf16le");
  if (text.length === 0 || LONE_SURROGATE.test(text) || hasControlChar(text)) return null;
  return { text, utf16 };
}

/** A surrogate code unit without its pair: the bytes are no UTF-16 text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
