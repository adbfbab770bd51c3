/**
 * The LZ4 block format (no frame, no checksum), as SLS uses for `x-log-compresstype: lz4`: the body
 * is one raw block and `x-log-bodyrawsize` carries the decompressed size.
 *
 * Pure TypeScript, following the LZ4 block format description (lz4/doc/lz4_Block_format.md):
 * sequences of a token (literal length nibble, match length nibble), extra length bytes, literals,
 * a 2-byte little-endian offset and extra match length bytes; the last sequence has literals only.
 * The compressor is the classic greedy single-hash-table one; its output honours the end-of-block
 * rules (last 5 bytes literals, last match starting at least 12 bytes before the end), so every
 * conforming decoder (lz4js, liblz4) reads it.
 */
import { VendorCodecError } from "./codec-error.js";

function corrupt(what: string): never {
  throw new VendorCodecError("sls_compression_invalid", `lz4 block: ${what}`);
}

/**
 * Decompresses one LZ4 block whose decompressed size is known. Throws `VendorCodecError` when the
 * block is malformed or does not produce exactly `rawSize` bytes.
 */
export function lz4DecompressBlock(src: Uint8Array, rawSize: number): Uint8Array {
  const dst = new Uint8Array(rawSize);
  let s = 0;
  let d = 0;
  const end = src.length;
  if (end === 0) {
    if (rawSize === 0) return dst;
    corrupt("empty input");
  }
  while (s < end) {
    const token = src[s++] as number;
    let literals = token >>> 4;
    if (literals === 15) {
      let b: number;
      do {
        if (s >= end) corrupt("truncated literal length");
        b = src[s++] as number;
        literals += b;
      } while (b === 255);
    }
    if (literals > end - s) corrupt("literals past input end");
    if (literals > rawSize - d) corrupt("output larger than the declared raw size");
    dst.set(src.subarray(s, s + literals), d);
    s += literals;
    d += literals;
    if (s === end) break; // last sequence: literals only
    if (s + 2 > end) corrupt("truncated offset");
    const offset = (src[s] as number) | ((src[s + 1] as number) << 8);
    s += 2;
    if (offset === 0 || offset > d) corrupt("offset outside the output");
    let match = (token & 0x0f) + 4;
    if ((token & 0x0f) === 15) {
      let b: number;
      do {
        if (s >= end) corrupt("truncated match length");
        b = src[s++] as number;
        match += b;
      } while (b === 255);
    }
    if (match > rawSize - d) corrupt("output larger than the declared raw size");
    let from = d - offset;
    for (let i = 0; i < match; i++) dst[d++] = dst[from++] as number;
  }
  if (d !== rawSize) corrupt("output smaller than the declared raw size");
  return dst;
}

const MIN_MATCH = 4;
const LAST_LITERALS = 5;
const MF_LIMIT = 12;
const HASH_LOG = 16;
const MAX_OFFSET = 65535;

function read32(b: Uint8Array, i: number): number {
  return (
    ((b[i] as number) |
      ((b[i + 1] as number) << 8) |
      ((b[i + 2] as number) << 16) |
      ((b[i + 3] as number) << 24)) >>>
    0
  );
}

function hash(v: number): number {
  return Math.imul(v, 2654435761) >>> (32 - HASH_LOG);
}

/** A growable-free output buffer: sized for the worst case (LZ4's compress bound). */
class Output {
  readonly bytes: Uint8Array;
  pos = 0;
  constructor(inputLength: number) {
    this.bytes = new Uint8Array(inputLength + Math.floor(inputLength / 255) + 16);
  }
  push(value: number): void {
    this.bytes[this.pos++] = value;
  }
  copy(src: Uint8Array, start: number, end: number): void {
    this.bytes.set(src.subarray(start, end), this.pos);
    this.pos += end - start;
  }
}

function writeLength(out: Output, length: number): void {
  let n = length;
  while (n >= 255) {
    out.push(255);
    n -= 255;
  }
  out.push(n);
}

function writeSequence(
  out: Output,
  src: Uint8Array,
  litStart: number,
  litEnd: number,
  offset: number,
  matchLength: number,
): void {
  const literals = litEnd - litStart;
  const matchCode = matchLength - MIN_MATCH;
  out.push((Math.min(literals, 15) << 4) | Math.min(matchCode, 15));
  if (literals >= 15) writeLength(out, literals - 15);
  out.copy(src, litStart, litEnd);
  out.push(offset & 0xff);
  out.push(offset >>> 8);
  if (matchCode >= 15) writeLength(out, matchCode - 15);
}

/** Compresses bytes into one LZ4 block. */
export function lz4CompressBlock(src: Uint8Array): Uint8Array {
  const n = src.length;
  const out = new Output(n);
  const table = new Int32Array(1 << HASH_LOG).fill(-1);
  let anchor = 0;
  let i = 0;
  const matchLimit = n - MF_LIMIT; // a match may start no later than this
  while (i < matchLimit) {
    const seq = read32(src, i);
    const h = hash(seq);
    const candidate = table[h] as number;
    table[h] = i;
    if (candidate < 0 || i - candidate > MAX_OFFSET || read32(src, candidate) !== seq) {
      i++;
      continue;
    }
    let length = MIN_MATCH;
    const maxLength = n - LAST_LITERALS - i;
    while (length < maxLength && src[i + length] === src[candidate + length]) length++;
    writeSequence(out, src, anchor, i, i - candidate, length);
    i += length;
    anchor = i;
  }
  const literals = n - anchor;
  out.push(Math.min(literals, 15) << 4);
  if (literals >= 15) writeLength(out, literals - 15);
  out.copy(src, anchor, n);
  return out.bytes.slice(0, out.pos);
}
