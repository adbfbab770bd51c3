/**
 * The SLS request compression on its own (session 15): what PutWebtracking's JSON body goes
 * through, as PutLogs' protobuf does.
 */
import { compressSlsBody, decompressSlsBody, VendorCodecError } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { requireCjs } from "../../test/real-clients.js";

// lz4js 0.2.0: an independent implementation of the block format.
const lz4js = requireCjs("lz4js") as {
  decompressBlock(src: Uint8Array, dst: Uint8Array, sIndex: number, sLength: number, dIndex: number): number;
};

const json = new TextEncoder().encode(
  JSON.stringify({
    __topic__: "web",
    __logs__: Array.from({ length: 20 }, (_, i) => ({ page: `/room/${i}`, action: "click_gift" })),
  }),
);

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof VendorCodecError ? e.code : "other";
  }
  return "none";
};

describe("compressSlsBody / decompressSlsBody", () => {
  it.each(["lz4", "deflate", "none"] as const)("%s: a JSON body round-trips, its raw size checked", (c) => {
    const body = compressSlsBody(json, c);
    if (c !== "none") expect(body.length).toBeLessThan(json.length);
    const out = decompressSlsBody(body, {
      compressType: c === "none" ? undefined : c,
      bodyRawSize: String(json.length),
    });
    expect(out.compression).toBe(c);
    expect(Buffer.from(out.raw).equals(Buffer.from(json))).toBe(true);
    expect(
      codeOf(() => decompressSlsBody(body, { compressType: c, bodyRawSize: String(json.length - 1) })),
    ).toMatch(/^sls_(rawsize_mismatch|compression_invalid)$/);
  });

  it("writes lz4 blocks another decoder reads", () => {
    const block = compressSlsBody(json, "lz4");
    const dst = new Uint8Array(json.length);
    expect(lz4js.decompressBlock(block, dst, 0, block.length, 0)).toBe(json.length);
    expect(Buffer.from(dst).equals(Buffer.from(json))).toBe(true);
  });

  it("refuses zstd, which it cannot read, and an lz4 body without its raw size", () => {
    expect(codeOf(() => decompressSlsBody(json, { compressType: "zstd", bodyRawSize: "10" }))).toBe(
      "sls_compression_unsupported",
    );
    expect(codeOf(() => decompressSlsBody(compressSlsBody(json, "lz4"), { compressType: "lz4" }))).toBe(
      "sls_rawsize_mismatch",
    );
  });
});
