/**
 * Compressed streams without a magic number (session 20): raw deflate (RFC 1951, what zlib's
 * `deflateRaw` and `CompressionStream("deflate-raw")` write) and brotli (RFC 7932). Base64 of
 * either went to the vendor unread; gzip and zlib are known by their headers. A zlib call costs
 * tens of microseconds even on bytes it rejects at once, and these gates run on every base64 or
 * hex string whose bytes are not text, so they first read the stream's opening bits here: a raw
 * deflate stream must begin with a valid block whose first output bytes are text, a brotli
 * stream with a valid window size and a meta-block that is neither empty nor metadata and, when it
 * is stored, holds text. Random bytes (hashes, keys, encrypted data) fail most of these tests; the
 * rest are left to the zlib call, which decides.
 */
import { nextTextByte } from "./text-bytes.js";

/** Reads `bytes[0, length)` bit by bit, least significant bit first (RFC 1951 3.1.1, RFC 7932 2). */
class BitReader {
  private pos = 0;

  constructor(
    private readonly bytes: ArrayLike<number>,
    private readonly length: number,
  ) {}

  /** `n` more bits are there to read. */
  has(n: number): boolean {
    return this.pos + n <= this.length * 8;
  }

  /** The next `n` bits as a number, first bit lowest; call {@link has} first. */
  read(n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++, this.pos++)
      v |= (((this.bytes[this.pos >> 3] as number) >> (this.pos & 7)) & 1) << k;
    return v;
  }

  /** The next `n` bits as {@link read} gives them, without moving past them. */
  peek(n: number): number {
    const at = this.pos;
    const v = this.read(n);
    this.pos = at;
    return v;
  }

  /** Moves past `n` bits. */
  skip(n: number): void {
    this.pos += n;
  }

  /** The next `n` bits of a Huffman code, first bit highest (RFC 1951 3.1.1). */
  code(n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++, this.pos++)
      v = (v << 1) | (((this.bytes[this.pos >> 3] as number) >> (this.pos & 7)) & 1);
    return v;
  }

  /** Skips to the next byte boundary, and returns the byte index it stands at. */
  align(): number {
    this.pos = (this.pos + 7) & ~7;
    return this.pos >> 3;
  }
}

/** Output bytes of a fixed-code block checked as text before the gate says yes. */
const TEXT_PROBE_BYTES = 16;

/**
 * `bytes[0, length)` may begin a raw deflate stream of text: its first block is stored (its
 * length and the length's complement agree, RFC 1951 3.2.4, and the stored bytes begin text),
 * fixed (its first output bytes, up to {@link TEXT_PROBE_BYTES}, decode as text: literals that
 * are text, copies from no further back than the output so far), or dynamic (the code of its
 * code lengths is a complete prefix code, as zlib requires). Bytes that run out before a test is
 * decided pass.
 */
export function mayStartRawDeflate(bytes: ArrayLike<number>, length: number): boolean {
  if (length < 2) return false;
  const bits = new BitReader(bytes, length);
  bits.read(1); // BFINAL
  const type = bits.read(2);
  if (type === 0) return storedText(bytes, length, bits.align());
  if (type === 1) return fixedText(bits);
  if (type === 2) return dynamicHeader(bits);
  return false;
}

function storedText(bytes: ArrayLike<number>, length: number, at: number): boolean {
  if (at + 4 > length) return true;
  const len = (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
  const nlen = (bytes[at + 2] as number) | ((bytes[at + 3] as number) << 8);
  if ((len ^ nlen) !== 0xffff || len === 0) return false;
  let owed = 0;
  for (let k = at + 4; k < Math.min(length, at + 4 + len); k++) {
    owed = nextTextByte(owed, bytes[k] as number);
    if (owed < 0) return false;
  }
  return true;
}

/** Extra bits and base of the fixed code's length symbols 257-285 (RFC 1951 3.2.5). */
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance codes 0-29: base and extra bits (RFC 1951 3.2.5). */
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];

/** The next symbol of the fixed literal/length code (RFC 1951 3.2.6), or -1 when the bits run out. */
function fixedSymbol(bits: BitReader): number {
  if (!bits.has(7)) return -1;
  const c7 = bits.code(7);
  if (c7 <= 0b0010111) return 256 + c7;
  if (!bits.has(1)) return -1;
  const c8 = (c7 << 1) | bits.code(1);
  if (c8 <= 0b10111111) return c8 - 0b00110000;
  if (c8 <= 0b11000111) return 280 + c8 - 0b11000000;
  if (!bits.has(1)) return -1;
  return 144 + ((c8 << 1) | bits.code(1)) - 0b110010000;
}

function fixedText(bits: BitReader): boolean {
  const out: number[] = [];
  let owed = 0;
  while (out.length < TEXT_PROBE_BYTES) {
    const symbol = fixedSymbol(bits);
    if (symbol < 0) return out.length > 0;
    if (symbol === 256) return out.length > 0; // the block ends: text if it held some
    if (symbol < 256) {
      owed = nextTextByte(owed, symbol);
      if (owed < 0) return false;
      out.push(symbol);
      continue;
    }
    if (symbol > 285) return false;
    const extra = LENGTH_EXTRA[symbol - 257] as number;
    if (!bits.has(extra + 5)) return out.length > 0;
    const copy = (LENGTH_BASE[symbol - 257] as number) + bits.read(extra);
    const code = bits.code(5);
    if (code > 29) return false;
    const distanceExtra = code < 4 ? 0 : (code >> 1) - 1;
    if (!bits.has(distanceExtra)) return out.length > 0;
    const distance = (DISTANCE_BASE[code] as number) + bits.read(distanceExtra);
    if (distance > out.length) return false;
    for (let k = 0; k < copy && out.length < TEXT_PROBE_BYTES; k++) {
      const byte = out[out.length - distance] as number;
      owed = nextTextByte(owed, byte);
      if (owed < 0) return false;
      out.push(byte);
    }
  }
  return true;
}

function dynamicHeader(bits: BitReader): boolean {
  if (!bits.has(14)) return true;
  const literals = bits.read(5) + 257;
  const distances = bits.read(5) + 1;
  const lengths = bits.read(4) + 4;
  if (literals > 286 || distances > 30) return false;
  // Kraft sum of the code length code, in units of 2^-7: complete when it is exactly 128
  let kraft = 0;
  for (let k = 0; k < lengths; k++) {
    if (!bits.has(3)) return true;
    const n = bits.read(3);
    if (n > 0) kraft += 1 << (7 - n);
  }
  return kraft === 128;
}

/** Fewest bytes of text a brotli stream is tried for: `a@b.cn`. */
const MIN_BROTLI_TEXT = 6;
/**
 * Most bytes of text one byte of a brotli stream is taken to stand for. Text compresses by ten or
 * twenty, a repetitive log by a few hundred; random bytes read as a brotli header mostly spell
 * sizes of kilobytes to megabytes for a few dozen bytes, and fail here (a zlib call costs about
 * 100 microseconds). A stream denser than this is forwarded unread.
 */
const MAX_BROTLI_RATIO = 256;
/** Bytes brotli adds to text it cannot compress (stream and meta-block headers), with room to spare. */
const BROTLI_OVERHEAD = 16;

/**
 * `bytes[0, length)` may begin a brotli stream of text (RFC 7932 9.1, 9.2): a valid window size,
 * then a first meta-block that is not the empty last one, nor metadata, whose length is not
 * spelled with a leading zero nibble, is at least {@link MIN_BROTLI_TEXT} bytes and at most
 * {@link MAX_BROTLI_RATIO} times the whole stream (`size`, which holds the meta-block's compressed
 * bytes), at least about half of `size` when it is the last one (text grows by a few bytes at
 * most when compressed), and which, when stored uncompressed, begins with text, and when
 * compressed, has a valid first prefix code ({@link compressedHeader}). Bytes that run out before
 * a test is decided pass.
 */
export function mayStartBrotli(bytes: ArrayLike<number>, length: number, size = length): boolean {
  if (length < 2) return false;
  const bits = new BitReader(bytes, length);
  if (bits.read(1) === 1 && bits.read(3) === 0 && bits.read(3) === 1) return false; // WBITS 0010001: invalid
  const last = bits.read(1) === 1;
  if (last && bits.read(1) === 1) return false; // the last meta-block, empty: nothing in the stream
  const nibbles = bits.read(2);
  if (nibbles === 3) return false; // metadata: no compressor of text starts with it
  if (!bits.has((nibbles + 4) * 4 + 1)) return true;
  let spelled = 0; // the meta-block's length less one
  for (let k = 0; k < nibbles + 4; k++) spelled = bits.read(4) * 2 ** (4 * k) + spelled;
  if (nibbles > 0 && spelled < 2 ** (4 * (nibbles + 3))) return false; // a leading zero nibble
  const output = spelled + 1;
  if (output < MIN_BROTLI_TEXT || output > size * MAX_BROTLI_RATIO) return false;
  if (last) return output * 2 + BROTLI_OVERHEAD >= size && compressedHeader(bits);
  if (bits.read(1) === 0) return compressedHeader(bits);
  let owed = 0;
  const at = bits.align();
  for (let k = at; k < Math.min(length, at + output); k++) {
    owed = nextTextByte(owed, bytes[k] as number);
    if (owed < 0) return false;
  }
  return true;
}

/**
 * A compressed meta-block's header up to its first prefix code (RFC 7932 9.2: the block type
 * counts, the distance parameters, the literal context mode, the tree counts and context map
 * run-length size) and that code's code length code ({@link mayBePrefixCode}). Random bytes fail
 * here more often than anywhere (brotli's own error for them is `CL_SPACE`).
 */
function compressedHeader(bits: BitReader): boolean {
  for (let category = 0; category < 3; category++) {
    const types = countOf(bits); // NBLTYPESL, NBLTYPESI, NBLTYPESD
    if (types < 0) return true;
    if (types >= 2) return mayBePrefixCode(bits); // the block type code comes first
  }
  if (!bits.has(8)) return true;
  bits.skip(8); // NPOSTFIX, NDIRECT, the literal context mode of the one block type
  for (let category = 0; category < 2; category++) {
    const trees = countOf(bits); // NTREESL, NTREESD
    if (trees < 0 || !bits.has(5)) return true;
    if (trees >= 2) {
      if (bits.read(1) === 1) bits.skip(4); // RLEMAX
      return mayBePrefixCode(bits); // the context map's code comes first
    }
  }
  return mayBePrefixCode(bits);
}

/** A count of 1 to 256 in brotli's variable-length code (RFC 7932 9.2), or -1 when the bits run out. */
function countOf(bits: BitReader): number {
  if (!bits.has(4)) return -1;
  if (bits.read(1) === 0) return 1;
  const n = bits.read(3);
  if (n === 0) return 2;
  return bits.has(n) ? (1 << n) + bits.read(n) + 1 : -1;
}

/** Bits and value of each 4-bit peek of a code length code length (RFC 7932 3.5, brotli's decoder). */
const CODE_LENGTH_BITS = [2, 2, 2, 3, 2, 2, 2, 4, 2, 2, 2, 3, 2, 2, 2, 4];
const CODE_LENGTH_VALUE = [0, 4, 3, 2, 0, 4, 3, 1, 0, 4, 3, 2, 0, 4, 3, 5];

/**
 * A prefix code may begin at the reader (RFC 7932 3.4, 3.5): a simple one, or a complex one whose
 * code length code is complete (its lengths fill the code space exactly) or has a single code.
 */
function mayBePrefixCode(bits: BitReader): boolean {
  if (!bits.has(2)) return true;
  const skip = bits.read(2);
  if (skip === 1) return true; // simple: a few symbols, checked by the zlib call
  let space = 32;
  let codes = 0;
  for (let k = skip; k < 18; k++) {
    if (!bits.has(4)) return true;
    const peek = bits.peek(4);
    bits.skip(CODE_LENGTH_BITS[peek] as number);
    const length = CODE_LENGTH_VALUE[peek] as number;
    if (length === 0) continue;
    space -= 32 >> length;
    codes++;
    if (space <= 0) break;
  }
  return codes === 1 || space === 0;
}
