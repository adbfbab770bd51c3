import { lz4CompressBlock, lz4DecompressBlock, VendorCodecError } from "@kago/vendors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requireCjs } from "../../test/real-clients.js";

// lz4js 0.2.0: an independent pure-JS implementation of the same block format.
const lz4js = requireCjs("lz4js") as {
  compressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    table: Uint32Array,
  ): number;
  decompressBlock(src: Uint8Array, dst: Uint8Array, sIndex: number, sLength: number, dIndex: number): number;
  compressBound(n: number): number;
};

function theirCompress(src: Uint8Array): Uint8Array {
  const dst = new Uint8Array(lz4js.compressBound(src.length));
  const n = lz4js.compressBlock(src, dst, 0, src.length, new Uint32Array(1 << 16));
  return dst.subarray(0, n);
}

function theirDecompress(src: Uint8Array, size: number): Uint8Array {
  const dst = new Uint8Array(size);
  const n = lz4js.decompressBlock(src, dst, 0, src.length, 0);
  return dst.subarray(0, n);
}

// Byte arrays with repetition, so that matches (short, long, overlapping) occur.
const repetitive = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom(new TextEncoder().encode("event=screen_view;")),
    ),
    {
      maxLength: 60,
    },
  )
  .chain((parts) =>
    fc.array(fc.nat({ max: Math.max(parts.length - 1, 0) }), { maxLength: 200 }).map((order) => {
      const chunks = parts.length === 0 ? [] : order.map((i) => parts[i] as Uint8Array);
      return Uint8Array.from(chunks.flatMap((c) => [...c]));
    }),
  );

describe("lz4 block codec", () => {
  it("our blocks decompress with lz4js, and lz4js blocks decompress with ours", () => {
    fc.assert(
      fc.property(repetitive, (data) => {
        const ours = lz4CompressBlock(data);
        expect(Buffer.from(theirDecompress(ours, data.length)).equals(Buffer.from(data))).toBe(true);
        expect(Buffer.from(lz4DecompressBlock(ours, data.length)).equals(Buffer.from(data))).toBe(true);
        const theirs = theirCompress(data);
        // lz4js returns 0 (store uncompressed) for inputs too short to compress.
        if (theirs.length > 0) {
          expect(Buffer.from(lz4DecompressBlock(theirs, data.length)).equals(Buffer.from(data))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("compresses repetitive data and handles long literal and match runs", () => {
    const data = new Uint8Array(200_000);
    for (let i = 0; i < data.length; i++) data[i] = i < 1000 ? (i * 7919) % 251 : (data[i % 1000] as number);
    const block = lz4CompressBlock(data);
    expect(block.length).toBeLessThan(data.length / 20);
    expect(Buffer.from(lz4DecompressBlock(block, data.length)).equals(Buffer.from(data))).toBe(true);
  });

  it("rejects malformed blocks and a wrong declared size", () => {
    const block = lz4CompressBlock(new TextEncoder().encode("abcabcabcabcabcabcabcabcabc!"));
    const fails = (f: () => unknown) => expect(f).toThrow(VendorCodecError);
    fails(() => lz4DecompressBlock(block, 5));
    fails(() => lz4DecompressBlock(block, 100));
    fails(() => lz4DecompressBlock(Uint8Array.of(0x1f, 0x61, 0x05, 0x00), 30)); // offset past output
    fails(() => lz4DecompressBlock(Uint8Array.of(0xf0), 30)); // truncated length
    fails(() => lz4DecompressBlock(new Uint8Array(0), 1));
  });
});
