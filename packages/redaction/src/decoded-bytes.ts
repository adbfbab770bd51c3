/**
 * The text in the bytes a base64 or hex string decodes to (`base64-text.ts`, `hex-text.ts`): UTF-8
 * or UTF-16 text (`text-bytes.ts`), or, given an inflation budget, such text compressed, and how to
 * write a changed text back the same way.
 *
 * Compressed text is known by its header (a gzip member, `1F 8B 08`; a zlib stream, `78 01`,
 * `78 5E`, `78 9C`, `78 DA`) or, since session 20, tried as raw deflate and then brotli when the
 * bytes are neither text nor framed (`headerless-streams.ts` gates both on their first bits, and
 * file signatures such as PNG's or JPEG's rule both out). A changed text is compressed again the
 * same way; the bytes differ from the sender's (no compressor is asked to reproduce another's), as
 * for gzip since session 6.
 */
import type { Buffer } from "node:buffer";
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateRawSync,
  inflateSync,
} from "node:zlib";
import { abort } from "./context.js";
import { mayStartBrotli, mayStartRawDeflate } from "./headerless-streams.js";
import { bytesOfText, nextTextByte, textOfBytes, type Utf16Form, utf16Of } from "./text-bytes.js";

/** What compressed a text's bytes: framed (gzip, zlib) or headerless (raw deflate, brotli). */
export type Compression = "gzip" | "zlib" | "deflate-raw" | "brotli";

/** How decoded bytes hold their text: compressed or not, UTF-8 or UTF-16. */
export interface BytesForm {
  /** Absent when the bytes are the text itself. */
  readonly compression?: Compression;
  /** Absent for UTF-8. */
  readonly utf16?: Utf16Form;
}

/** How far compressed text may inflate, and where the value stands (for the refusal past it). */
export interface InflateBudget {
  readonly bytes: number;
  readonly location: string;
}

/** Text found in decoded bytes, how they held it, and what reading it inflated. */
export interface BytesText {
  readonly text: string;
  readonly form: BytesForm;
  /** Bytes inflated to read it (0 when it was not compressed). */
  readonly inflated: number;
}

/** Fewest bytes tried as a headerless stream: 12 bytes hold `4741234567` raw-deflated. */
export const MIN_HEADERLESS_BYTES = 12;

/**
 * A cheap first test on the first `length` decoded bytes of a string, before it is decoded
 * whole: they may begin text (UTF-8 without a control character, or UTF-16), a gzip member or
 * zlib stream, or, when the string decodes to `size` bytes, at least {@link MIN_HEADERLESS_BYTES},
 * a raw deflate or brotli stream (see the module rule).
 */
export function mayStartTextBytes(bytes: ArrayLike<number>, length: number, size: number): boolean {
  let owed = 0;
  for (let k = 0; k < length && owed >= 0; k++) owed = nextTextByte(owed, bytes[k] as number);
  if (owed >= 0) return true;
  if (framedCompression(bytes, length) !== undefined || utf16Of(bytes, length - (length % 2)) !== null)
    return true;
  return (
    size >= MIN_HEADERLESS_BYTES && !isFileSignature(bytes, length) && mayStartHeaderless(bytes, length, size)
  );
}

function mayStartHeaderless(bytes: ArrayLike<number>, length: number, size: number): boolean {
  return mayStartRawDeflate(bytes, length) || mayStartBrotli(bytes, length, size);
}

/**
 * The text `raw` holds (see the module rule), or `null`. Without a `budget` compressed bytes are
 * binary; `headerless: false` skips raw deflate and brotli (a string of hex digits read as base64).
 * Past the budget the transfer is refused: `too_much_work` at the budget's location.
 */
export function readTextBytes(
  raw: Buffer,
  budget: InflateBudget | undefined,
  headerless: boolean,
): BytesText | null {
  const framed = budget === undefined ? undefined : framedCompression(raw, raw.length);
  if (framed !== undefined && budget !== undefined) {
    const expanded = inflated(raw, framed, budget);
    // text may begin like a zlib header too (`x ` is `78 20`): what does not inflate is read as it is
    if (expanded !== null) return textIn(expanded.buffer, framed);
  }
  const plain = textOfBytes(raw);
  if (plain !== null) return { text: plain.text, form: formOf(undefined, plain.utf16), inflated: 0 };
  if (
    budget === undefined ||
    !headerless ||
    raw.length < MIN_HEADERLESS_BYTES ||
    isFileSignature(raw, raw.length)
  )
    return null;
  if (mayStartRawDeflate(raw, raw.length)) {
    const found = headerlessText(raw, "deflate-raw", budget);
    if (found !== null) return found;
  }
  return mayStartBrotli(raw, raw.length, raw.length) ? headerlessText(raw, "brotli", budget) : null;
}

/**
 * Text `raw` inflates to as a headerless stream, at least {@link MIN_HEADERLESS_TEXT} bytes, the
 * stream taking at least half of `raw` (what follows it is ignored, as by the vendor's
 * inflater): random bytes that pass the gates now and then end as a raw deflate stream after a
 * few characters (one in about twenty thousand 32-byte strings did, with 8 of its bytes).
 */
function headerlessText(
  raw: Buffer,
  compression: "deflate-raw" | "brotli",
  budget: InflateBudget,
): BytesText | null {
  const expanded = inflated(raw, compression, budget);
  if (expanded === null || expanded.length < MIN_HEADERLESS_TEXT) return null;
  return expanded.consumed * 2 < raw.length ? null : textIn(expanded.buffer, compression);
}

/** Fewest bytes of text read from a headerless stream: `a@b.cn`. */
const MIN_HEADERLESS_TEXT = 6;

/** `text` as bytes of `form`: spelled and compressed as the sender's were. */
export function writeTextBytes(text: string, form: BytesForm): Buffer {
  const bytes = bytesOfText(text, form.utf16);
  return form.compression === undefined ? bytes : COMPRESS[form.compression](bytes);
}

const COMPRESS: Record<Compression, (bytes: Buffer) => Buffer> = {
  gzip: (bytes) => gzipSync(bytes),
  zlib: (bytes) => deflateSync(bytes),
  "deflate-raw": (bytes) => deflateRawSync(bytes),
  brotli: (bytes) => brotliCompressSync(bytes, BROTLI_REWRITE),
};

/** Each compression's inflater, bounded by `maxOutputLength`. */
const INFLATE: Record<Compression, (bytes: Buffer, options: InflateOptions) => Buffer> = {
  gzip: gunzipSync,
  zlib: inflateSync,
  "deflate-raw": inflateRawSync,
  brotli: brotliDecompressSync,
};

/**
 * Brotli's quality for a changed text: 5, not the default 11, which costs about a second per
 * megabyte of text (and a text may inflate to the whole budget).
 */
const BROTLI_REWRITE = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

function textIn(expanded: Buffer, compression: Compression): BytesText | null {
  const found = textOfBytes(expanded);
  return found === null
    ? null
    : { text: found.text, form: formOf(compression, found.utf16), inflated: expanded.length };
}

function formOf(compression: Compression | undefined, utf16: Utf16Form | undefined): BytesForm {
  if (compression === undefined) return utf16 === undefined ? {} : { utf16 };
  return utf16 === undefined ? { compression } : { compression, utf16 };
}

/** What framed `bytes[0, length)`, judged by its header: a gzip member or a zlib stream; else `undefined`. */
function framedCompression(bytes: ArrayLike<number>, length: number): "gzip" | "zlib" | undefined {
  if (length < 3) return undefined;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8) return "gzip";
  const cmf = bytes[0] as number;
  const flg = bytes[1] as number;
  if ((cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0) return "zlib";
  return undefined;
}

/**
 * Files that are no compressed text, by their signature: PNG, JPEG, GIF, WebP/WAV (RIFF), ZIP,
 * PDF, Ogg, and ISO media (MP4, HEIC, AVIF: `ftyp` at byte 4). Images are the usual large
 * binary in base64; their first bits can pass the headerless gates.
 */
function isFileSignature(bytes: ArrayLike<number>, length: number): boolean {
  if (length < 8) return false;
  const first =
    ((bytes[0] as number) << 24) |
    ((bytes[1] as number) << 16) |
    ((bytes[2] as number) << 8) |
    (bytes[3] as number);
  const second =
    ((bytes[4] as number) << 24) |
    ((bytes[5] as number) << 16) |
    ((bytes[6] as number) << 8) |
    (bytes[7] as number);
  return FILE_SIGNATURES.includes(first >>> 0) || first >>> 8 === 0xffd8ff || second >>> 0 === 0x66747970;
}

/** First four bytes of PNG, GIF, RIFF, ZIP, PDF and Ogg files. */
const FILE_SIGNATURES = [0x89504e47, 0x47494638, 0x52494646, 0x504b0304, 0x25504446, 0x4f676753];

/** What a stream inflated to, and how many of its bytes the stream took. */
interface Inflated {
  readonly buffer: Buffer;
  readonly length: number;
  readonly consumed: number;
}

interface InflateOptions {
  readonly maxOutputLength: number;
  readonly info: true;
}

/**
 * `bytes` inflated, or `null` when they are not a whole stream of that kind. Past the budget the
 * transfer is refused: `too_much_work` at its location.
 */
function inflated(bytes: Buffer, compression: Compression, budget: InflateBudget): Inflated | null {
  if (budget.bytes < 1) abort("too_much_work", budget.location);
  try {
    // `info: true` makes node:zlib answer with its engine too, whose `bytesWritten` is the input read
    const answer = INFLATE[compression](bytes, { maxOutputLength: budget.bytes, info: true }) as unknown as {
      readonly buffer: Buffer;
      readonly engine: { readonly bytesWritten: number };
    };
    return { buffer: answer.buffer, length: answer.buffer.length, consumed: answer.engine.bytesWritten };
  } catch (e) {
    if (e instanceof RangeError) abort("too_much_work", budget.location);
    return null;
  }
}
