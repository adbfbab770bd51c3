/**
 * Session 20 (red team round 10, F3): text in base64 compressed with raw deflate or brotli, gzip
 * or zlib in hex, and UTF-16 text in base64 or hex went to the vendor unread. Now read, and written
 * back the same way; binary, hashes and images stay as they came.
 */
import { createHash } from "node:crypto";
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateRawSync,
} from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBase64Text, encodeBase64Text, mayStartText } from "../src/base64-text.js";
import { mayStartBrotli, mayStartRawDeflate } from "../src/headerless-streams.js";
import { decodeHexText, encodeHexText } from "../src/hex-text.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith } from "./helpers.js";

const doc = '{"note":"mail astrid.solberg@example.org","phone":"13812345678"}';
const budget = { bytes: 1 << 20, location: "body:blob#base64" };

function seededBytes(seed: number, n: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < n; i++) out.push(createHash("sha256").update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
}

const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("decoding compressed and UTF-16 text", () => {
  it("reads raw deflate and brotli in base64, given a budget, and writes a text back the same way", () => {
    for (const [compression, bytes] of [
      ["deflate-raw", deflateRawSync(doc)],
      ["deflate-raw", deflateRawSync(doc, { level: 0 })], // a stored block
      ["deflate-raw", deflateRawSync(doc.repeat(30))], // a dynamic block
      ["brotli", brotliCompressSync(doc)],
      ["brotli", brotliCompressSync(doc.repeat(30))],
    ] as const) {
      for (const url of [false, true]) {
        const value = bytes.toString(url ? "base64url" : "base64");
        const decoded = decodeBase64Text(value, budget);
        expect(decoded?.text.startsWith(doc), value).toBe(true);
        expect(decoded?.form.compression).toBe(compression);
        expect(decoded?.inflated).toBe(decoded?.text.length);
        expect(decodeBase64Text(value)).toBeNull(); // without a budget, compressed bytes are binary
        if (decoded === null) continue;
        const back = Buffer.from(encodeBase64Text('{"n":1}', decoded.form), url ? "base64url" : "base64");
        const inflate = compression === "brotli" ? brotliDecompressSync : inflateRawSync;
        expect(inflate(back).toString()).toBe('{"n":1}');
      }
    }
  });

  it("reads gzip and zlib in hex, in either case, and compresses a changed text again", () => {
    const gz = gzipSync(doc).toString("hex");
    expect(decodeHexText(gz, budget)).toEqual({
      text: doc,
      form: { upper: false, compression: "gzip" },
      inflated: doc.length,
    });
    expect(decodeHexText(gz)).toBeNull(); // without a budget
    const z = decodeHexText(deflateSync(doc).toString("hex").toUpperCase(), budget);
    expect(z?.form).toEqual({ upper: true, compression: "zlib" });
    const back = encodeHexText("{}", { upper: false, compression: "gzip" });
    expect(gunzipSync(Buffer.from(back, "hex")).toString()).toBe("{}");
  });

  it("reads UTF-16 text in base64 and hex, either byte order, with a mark or without", () => {
    for (const [bytes, bigEndian, bom] of [
      [Buffer.from(doc, "utf16le"), false, false],
      [Buffer.from(`\ufeff${doc}`, "utf16le"), false, true],
      [utf16be(doc), true, false],
      [utf16be(`\ufeff张三 ${doc}`), true, true],
    ] as const) {
      const b = decodeBase64Text(bytes.toString("base64"));
      expect(b?.text.endsWith(doc)).toBe(true);
      expect(b?.form.utf16).toEqual({ bigEndian, bom });
      if (b !== null) expect(encodeBase64Text(b.text, b.form)).toBe(bytes.toString("base64"));
      const h = decodeHexText(bytes.toString("hex"));
      expect(h?.form).toEqual({ upper: false, utf16: { bigEndian, bom } });
      if (h !== null) expect(encodeHexText(h.text, h.form)).toBe(bytes.toString("hex"));
    }
    // compressed UTF-16 too
    expect(decodeBase64Text(gzipSync(Buffer.from(doc, "utf16le")).toString("base64"), budget)?.text).toBe(
      doc,
    );
  });

  it("leaves binary as binary: random bytes, hashes, images, short or compressed binary", () => {
    let read = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const bytes = seededBytes(seed, 12 + (seed % 80));
      if (decodeBase64Text(bytes.toString("base64"), budget) !== null) read++;
      if (decodeHexText(bytes.toString("hex"), budget) !== null) read++;
    }
    expect(read).toBe(0);
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), seededBytes(1, 64)]);
    const jpeg = Buffer.concat([Buffer.from("ffd8ffe000104a464946", "hex"), seededBytes(2, 64)]);
    for (const image of [png, jpeg]) expect(decodeBase64Text(image.toString("base64"), budget)).toBeNull();
    // a stream is read with a few bytes after it, not when it is less than half the bytes
    const stream = deflateRawSync(doc);
    const tail = (n: number) => Buffer.concat([stream, seededBytes(5, n)]).toString("base64");
    expect(decodeBase64Text(tail(8), budget)?.text).toBe(doc);
    expect(decodeBase64Text(tail(stream.length + 8), budget)).toBeNull();
    // compressed binary, and compressed text of one or two characters, are no text
    expect(decodeBase64Text(deflateRawSync(seededBytes(3, 64)).toString("base64"), budget)).toBeNull();
    expect(decodeBase64Text(brotliCompressSync(seededBytes(4, 64)).toString("base64"), budget)).toBeNull();
    expect(decodeBase64Text(deflateRawSync("ok").toString("base64"), budget)).toBeNull();
    // UTF-16 that is not well formed (a lone surrogate) or holds a control character
    expect(decodeBase64Text(Buffer.from("ab\ud800cdefgh", "utf16le").toString("base64"))).toBeNull();
    expect(decodeBase64Text(Buffer.from("abcd\u0007efgh", "utf16le").toString("base64"))).toBeNull();
    // hex digits alone are not tried as base64 of a headerless stream, and hex is not tried as one
    const hash = createHash("sha256").update("erik@example.org").digest("hex");
    expect(decodeBase64Text(hash, budget)).toBeNull();
    expect(decodeHexText(deflateRawSync(doc).toString("hex"), budget)).toBeNull();
  });

  it("the gates pass every brotli quality and window, and every deflate level, strategy and window", () => {
    const log = Array.from({ length: 300 }, (_, k) => `${k} user${k}@example.org 张三 ${k * 7} ms`).join(
      "\n",
    );
    for (const text of [doc.slice(0, 42), log]) {
      for (let quality = 0; quality <= 11; quality++)
        for (const window of [10, 16, 22, 24]) {
          const params = {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_LGWIN]: window,
          };
          const stream = brotliCompressSync(text, { params });
          expect(mayStartBrotli(stream, 18, stream.length), `q${quality} w${window}`).toBe(true);
          expect(mayStartBrotli(stream, stream.length, stream.length), `q${quality} w${window}`).toBe(true);
        }
      for (let level = 0; level <= 9; level++)
        for (const strategy of [0, 1, 2, 3, 4])
          for (const windowBits of [9, 15]) {
            const stream = deflateRawSync(text, { level, strategy, windowBits });
            expect(mayStartRawDeflate(stream, stream.length), `l${level} s${strategy} w${windowBits}`).toBe(
              true,
            );
          }
    }
  });

  it("first tests: compressed text passes, nearly all random bytes fail before any zlib call", () => {
    expect(mayStartText(deflateRawSync(doc).toString("base64"))).toBe(true);
    expect(mayStartText(brotliCompressSync(doc).toString("base64"))).toBe(true);
    let deflate = 0;
    let brotli = 0;
    for (let seed = 0; seed < 2000; seed++) {
      const bytes = seededBytes(seed, 48);
      if (mayStartRawDeflate(bytes, 18)) deflate++;
      if (mayStartBrotli(bytes, 18, 48)) brotli++;
    }
    expect(deflate).toBeLessThan(20); // about one in two hundred
    expect(brotli).toBeLessThan(35); // about one in a hundred
  });
});

const r = redactorWith();

describe("compressed and UTF-16 text in a transfer (tencent may get network status, not contacts)", () => {
  const variants: [string, string, (out: string) => string][] = [
    [
      "raw deflate in base64",
      deflateRawSync(doc).toString("base64"),
      (o) => inflateRawSync(Buffer.from(o, "base64")).toString(),
    ],
    [
      "brotli in base64",
      brotliCompressSync(doc).toString("base64"),
      (o) => brotliDecompressSync(Buffer.from(o, "base64")).toString(),
    ],
    ["gzip in hex", gzipSync(doc).toString("hex"), (o) => gunzipSync(Buffer.from(o, "hex")).toString()],
    [
      "UTF-16LE in base64",
      Buffer.from(doc, "utf16le").toString("base64"),
      (o) => Buffer.from(o, "base64").toString("utf16le"),
    ],
    [
      "UTF-16LE in hex",
      Buffer.from(doc, "utf16le").toString("hex"),
      (o) => Buffer.from(o, "hex").toString("utf16le"),
    ],
  ];

  it.each(variants)("redacts JSON as %s and writes it back the same way", (_, value, read) => {
    const res = redactJsonBody(r, "tencent", JSON.stringify({ blob: value, network: "wifi" }));
    const out = JSON.parse(bodyOf(res)).blob as string;
    expect(read(out)).toBe('{"note":"mail [redacted:contact.email]"}');
    const encoding = findingsOf(res)[0]?.[0]?.includes("#hex") ? "hex" : "base64";
    expect(findingsOf(res)).toEqual([
      [`body:blob#${encoding}#json.note~text`, "contact.email", "drop", "text"],
      [`body:blob#${encoding}#json.phone`, "contact.phone", "drop", "key"],
      ["body:network", "network.status", "keep", "key"],
    ]);
    expect(encoding).toBe(value.startsWith("1f8b") || /^[0-9a-f]+$/.test(value) ? "hex" : "base64");
  });

  it("reads them as tokens in a log line too", () => {
    const token = deflateRawSync('{"email":"astrid.solberg@example.org"}').toString("base64");
    const res = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ message: `upload failed payload=${token} (retry 2)` }),
    );
    const out = JSON.parse(bodyOf(res)).message as string;
    const inner = /payload=(\S+) /.exec(out)?.[1] ?? "";
    expect(inflateRawSync(Buffer.from(inner, "base64")).toString()).toBe("{}");
  });

  it("forwards what may all be sent, and binary, byte for byte", () => {
    const body = JSON.stringify({
      a: deflateRawSync('{"network":"wifi"}').toString("base64"),
      b: brotliCompressSync("connected over wifi, all good").toString("base64"),
      c: Buffer.from("hello from the lobby", "utf16le").toString("base64"),
      d: seededBytes(7, 48).toString("base64"),
      e: createHash("sha256").update("13812345678").digest("hex"),
    });
    expect(bodyOf(redactJsonBody(r, "tencent", body))).toBe(body);
  });

  it("refuses a raw deflate or brotli stream that inflates past the bound", () => {
    const small = redactorWith({}, { maxInflatedBytes: 1000 });
    const log = Array.from({ length: 40 }, (_, k) => `${k} connected over wifi in ${k * 7} ms`).join("\n");
    for (const stream of [deflateRawSync(Buffer.alloc(9 * 1024 * 1024, "a")), brotliCompressSync(log)]) {
      const refused = redactJsonBody(
        stream.length > 9000 ? r : small,
        "tencent",
        JSON.stringify({ Data: stream.toString("base64") }),
      );
      expect(refused.ok).toBe(false);
      if (!refused.ok)
        expect(refused.error).toMatchObject({ code: "too_much_work", location: "body:Data#base64" });
    }
  });
});
