/**
 * Bodies whose bytes would reach the vendor without the engine having read them: an unchanged
 * body goes out as it arrived, so every byte of it must have been decoded and inspected. Gzip
 * header fields, padding and data after a compressed stream, brotli metadata, a Latin-1 label on
 * UTF-8 text, UTF-16 / UTF-32 and binary data sent as text. Each is refused with its code and
 * nothing reaches the upstream, or arrives without the unread bytes; the gateway serves on.
 */
import {
  brotliCompressSync,
  brotliDecompressSync,
  crc32,
  deflateRawSync,
  deflateSync,
  gzipSync,
} from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  EMAIL,
  expectNoLeak,
  expectRefused,
  expectServesNext,
  IP,
  JSON_CT,
  PHONE,
  postEvent,
  type Rig,
  startRig,
} from "./harness.js";

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(() => rig.close());
afterEach(async () => {
  await expectServesNext(rig);
});

/** A body with nothing to redact: unchanged, it goes out as received. */
const CLEAN = '{"data":[{"event_name":"Purchase","custom_data":{"connection_type":"wifi"}}]}';
const SECRET = `${EMAIL} ${IP} ${PHONE}`;

/** The one body the upstream received. */
function received(): Buffer {
  expect(rig.upstream.received).toHaveLength(1);
  return rig.upstream.received[0]?.body ?? Buffer.alloc(0);
}

/** A gzip member of `text` with optional header fields (RFC 1952 section 2.3). */
function gzipWith(
  text: string,
  fields: { extra?: string; name?: string; comment?: string; hcrc?: boolean; ftext?: boolean },
): Buffer {
  const plain = gzipSync(text);
  const header = Buffer.from(plain.subarray(0, 10));
  const parts: Buffer[] = [];
  let flags = fields.ftext === true ? 0x01 : 0;
  if (fields.extra !== undefined) {
    flags |= 0x04;
    const data = Buffer.from(fields.extra, "latin1");
    const sub = Buffer.concat([Buffer.from("KG"), Buffer.from([data.length & 0xff, data.length >> 8]), data]);
    parts.push(Buffer.from([sub.length & 0xff, sub.length >> 8]), sub);
  }
  if (fields.name !== undefined) {
    flags |= 0x08;
    parts.push(Buffer.from(`${fields.name}\0`, "latin1"));
  }
  if (fields.comment !== undefined) {
    flags |= 0x10;
    parts.push(Buffer.from(`${fields.comment}\0`, "latin1"));
  }
  if (fields.hcrc === true) flags |= 0x02;
  header[3] = flags;
  const head = Buffer.concat([header, ...parts]);
  const hcrc = Buffer.alloc(fields.hcrc === true ? 2 : 0);
  if (fields.hcrc === true) hcrc.writeUInt16LE(crc32(head) & 0xffff);
  return Buffer.concat([head, hcrc, plain.subarray(10)]);
}

/**
 * A brotli stream (RFC 7932) of a metadata meta-block holding `metadata`, bytes every decoder
 * skips, then `text` as an uncompressed meta-block.
 */
function brotliWithMetadata(metadata: string, text: string): Buffer {
  const out: number[] = [];
  let cur = 0;
  let n = 0;
  const bits = (value: number, count: number): void => {
    for (let i = 0; i < count; i++) {
      cur |= ((value >> i) & 1) << n;
      if (++n === 8) {
        out.push(cur);
        cur = 0;
        n = 0;
      }
    }
  };
  const bytes = (b: Buffer): void => {
    if (n > 0) bits(0, 8 - n);
    out.push(...b);
  };
  const meta = Buffer.from(metadata);
  const body = Buffer.from(text);
  bits(0, 1); // WBITS 16
  bits(0, 1); // ISLAST 0
  bits(3, 2); // MNIBBLES 0: a metadata meta-block
  bits(0, 1); // reserved
  bits(1, 2); // MSKIPBYTES 1
  bits(meta.length - 1, 8);
  bytes(meta);
  bits(0, 1); // ISLAST 0
  bits(0, 2); // MNIBBLES 4
  bits(body.length - 1, 16);
  bits(1, 1); // ISUNCOMPRESSED
  bytes(body);
  bits(1, 1); // ISLAST
  bits(1, 1); // ISLASTEMPTY
  if (n > 0) bits(0, 8 - n);
  return Buffer.from(out);
}

describe("compressed bytes the decoder does not read: 400 malformed_encoding, nothing forwarded", () => {
  const gzip = { ...JSON_CT, "content-encoding": "gzip" };
  it("a gzip header with FNAME, FCOMMENT or FEXTRA holding personal data", async () => {
    for (const fields of [{ name: EMAIL }, { comment: SECRET }, { extra: SECRET }]) {
      const body = gzipWith(CLEAN, fields);
      expect(body.includes(EMAIL)).toBe(true);
      expectRefused(rig, await postEvent(rig, body, gzip), 400, "malformed_encoding");
      expectRefused(
        rig,
        await postEvent(rig, body, { ...JSON_CT, "content-encoding": "x-gzip" }),
        400,
        "malformed_encoding",
      );
    }
  });
  it("zero padding after a gzip member, then a second member Node would never decode", async () => {
    const body = Buffer.concat([gzipSync(CLEAN), Buffer.alloc(2), gzipSync(SECRET)]);
    expectRefused(
      rig,
      await postEvent(rig, body, { "content-type": "text/plain", "content-encoding": "gzip" }),
      400,
      "malformed_encoding",
    );
  });
  it("zero padding after a gzip member, then cleartext", async () => {
    const body = Buffer.concat([gzipSync(CLEAN), Buffer.alloc(4), Buffer.from(SECRET)]);
    expectRefused(rig, await postEvent(rig, body, gzip), 400, "malformed_encoding");
  });
  it("a lone zero byte after a gzip member", async () => {
    expectRefused(
      rig,
      await postEvent(rig, Buffer.concat([gzipSync(CLEAN), Buffer.alloc(1)]), gzip),
      400,
      "malformed_encoding",
    );
  });
  it("cleartext after a zlib, a raw deflate and a brotli stream", async () => {
    for (const [coding, encode] of [
      ["deflate", deflateSync],
      ["deflate", deflateRawSync],
      ["br", brotliCompressSync],
    ] as const) {
      const body = Buffer.concat([encode(CLEAN), Buffer.from(SECRET)]);
      expectRefused(
        rig,
        await postEvent(rig, body, { ...JSON_CT, "content-encoding": coding }),
        400,
        "malformed_encoding",
      );
    }
  });
  it("a gzip trailer whose CRC or size does not match", async () => {
    for (const at of [-8, -4]) {
      const body = gzipSync(CLEAN);
      const i = body.length + at;
      body[i] = (body[i] ?? 0) ^ 0xff;
      expectRefused(rig, await postEvent(rig, body, gzip), 400, "malformed_encoding");
    }
  });
});

describe("empty gzip members beside others: 400 empty_gzip_member, nothing forwarded (session 20, F15)", () => {
  /** An empty gzip member whose MTIME field holds `four` (4 bytes), as the red team built them. */
  const emptyMember = (four: string): Buffer => {
    const member = Buffer.from(gzipSync(Buffer.alloc(0)));
    member.write(four.padEnd(4, " ").slice(0, 4), 4, "latin1");
    return member;
  };
  const spelled = (text: string): Buffer[] =>
    Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => emptyMember(text.slice(i * 4, i * 4 + 4)));

  it("an e-mail address in the MTIME fields of empty members before, after or between the document's", async () => {
    const gzip = { ...JSON_CT, "content-encoding": "gzip" };
    const half = CLEAN.length >> 1;
    for (const body of [
      Buffer.concat([...spelled(EMAIL), gzipSync(CLEAN)]),
      Buffer.concat([gzipSync(CLEAN), ...spelled(EMAIL)]),
      Buffer.concat([gzipSync(CLEAN.slice(0, half)), emptyMember("x"), gzipSync(CLEAN.slice(half))]),
      // one empty member is enough to refuse: it is no whole body
      Buffer.concat([emptyMember("astr"), gzipSync(CLEAN)]),
      Buffer.concat([emptyMember("astr"), emptyMember("id")]),
    ])
      expectRefused(rig, await postEvent(rig, body, gzip), 400, "empty_gzip_member");
  });

  it("near misses: an empty body as one empty member, and a body split over two members, go out byte for byte", async () => {
    const half = CLEAN.length >> 1;
    for (const [body, ct] of [
      [gzipSync(Buffer.alloc(0)), { "content-type": "text/plain" }],
      [Buffer.concat([gzipSync(CLEAN.slice(0, half)), gzipSync(CLEAN.slice(half))]), JSON_CT],
    ] as const) {
      rig.upstream.received.length = 0;
      const res = await postEvent(rig, body, { ...ct, "content-encoding": "gzip" });
      expect(res.status).toBe(200);
      expect(received().equals(body)).toBe(true);
    }
  });
});

describe("compressed bodies that are read whole still pass", () => {
  it("plain gzip, x-gzip, zlib and raw deflate bodies go out byte for byte", async () => {
    for (const [coding, body] of [
      ["gzip", gzipSync(CLEAN)],
      ["x-gzip", gzipSync(CLEAN)],
      ["gzip", gzipWith(CLEAN, { ftext: true, hcrc: true })],
      ["deflate", deflateSync(CLEAN)],
      ["deflate", deflateRawSync(CLEAN)],
    ] as const) {
      rig.upstream.received.length = 0;
      const res = await postEvent(rig, body, { ...JSON_CT, "content-encoding": coding });
      expect(res.status).toBe(200);
      expect(received().equals(body)).toBe(true);
      expect(rig.upstream.received[0]?.headers["content-encoding"]).toBe(coding);
    }
  });
  it("a gzip body with personal data is redacted and compressed again", async () => {
    const body = gzipSync(JSON.stringify({ data: [{ user_data: { em: EMAIL, client_ip_address: IP } }] }));
    const res = await postEvent(rig, body, { ...JSON_CT, "content-encoding": "gzip" });
    expect(res.status).toBe(200);
    expect(received().equals(body)).toBe(false);
    expectNoLeak(rig);
  });
  it("brotli metadata holding personal data never reaches the vendor: brotli is always compressed again", async () => {
    const body = brotliWithMetadata(SECRET, CLEAN);
    expect(brotliDecompressSync(body).toString()).toBe(CLEAN);
    expect(body.includes(EMAIL)).toBe(true);
    const res = await postEvent(rig, body, { ...JSON_CT, "content-encoding": "br" });
    expect(res.status).toBe(200);
    const sent = received();
    expect(rig.upstream.received[0]?.headers["content-encoding"]).toBe("br");
    expect(sent.includes(EMAIL)).toBe(false);
    expect(brotliDecompressSync(sent).toString()).toBe(CLEAN);
    expectNoLeak(rig);
  });
});

describe("a Latin-1 label on bytes the vendor reads as UTF-8", () => {
  // UTF-8 Chinese and full-width characters: read as Latin-1 they are mojibake no detector sees.
  const chinese = JSON.stringify({
    data: [
      {
        event_name: "Purchase",
        custom_data: { note: "我是张伟，电话一三八一二三四五六七八，邮箱 mira＠example.org" },
      },
    ],
  });
  for (const label of ["iso-8859-1", "latin1", "ISO_8859-1"]) {
    for (const type of ["application/json", "text/plain", "application/x-www-form-urlencoded"]) {
      it(`${type}; charset=${label} with non-ASCII bytes: 415 unsupported_charset`, async () => {
        expectRefused(
          rig,
          await postEvent(rig, chinese, { "content-type": `${type}; charset=${label}` }),
          415,
          "unsupported_charset",
        );
      });
    }
  }
  it("a gzip stream labelled Latin-1 text or form: 415 unsupported_charset", async () => {
    const body = gzipSync(`contact ${SECRET}`);
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      expectRefused(
        rig,
        await postEvent(rig, body, { "content-type": `${type}; charset=iso-8859-1` }),
        415,
        "unsupported_charset",
      );
    }
  });
  it("a UTF-16 byte-order mark under a Latin-1 label: 415 unsupported_charset", async () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SECRET, "utf16le")]);
    expectRefused(
      rig,
      await postEvent(rig, body, { "content-type": "text/plain; charset=iso-8859-1" }),
      415,
      "unsupported_charset",
    );
  });
  it("a pure-ASCII body labelled Latin-1 is inspected and forwarded, label kept", async () => {
    const body = JSON.stringify({ data: [{ event_name: "Purchase", user_data: { em: EMAIL } }] });
    const res = await postEvent(rig, body, { "content-type": "application/json; charset=iso-8859-1" });
    expect(res.status).toBe(200);
    expect(JSON.parse(received().toString("latin1"))).toEqual({
      data: [{ event_name: "Purchase", user_data: {} }],
    });
    expect(rig.upstream.received[0]?.headers["content-type"]).toBe("application/json; charset=iso-8859-1");
    expectNoLeak(rig);
  });
});

describe("text and form bodies that are not text: 400 invalid_utf8, nothing forwarded", () => {
  const capi = JSON.stringify({ data: [{ event_name: "Purchase", user_data: { em: EMAIL, fn: "Mira" } }] });
  const utf16be = (s: string): Buffer => Buffer.from(s, "utf16le").swap16();
  const utf32le = (s: string): Buffer =>
    Buffer.concat(
      [...s].map((c) => {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(c.codePointAt(0) ?? 0);
        return b;
      }),
    );
  const bodies: ReadonlyArray<readonly [string, Buffer]> = [
    ["UTF-16LE without a byte-order mark", Buffer.from(capi, "utf16le")],
    ["UTF-16BE without a byte-order mark", utf16be(capi)],
    ["UTF-32LE without a byte-order mark", utf32le(capi)],
    ["one NUL in ASCII text", Buffer.from(`contact\0${EMAIL}`)],
    ["an escape and a form feed", Buffer.from(`contact \x1b[0m\x0c${EMAIL}`)],
  ];
  for (const [name, body] of bodies) {
    for (const type of ["text/plain", "text/plain; charset=us-ascii", "application/x-www-form-urlencoded"]) {
      it(`${name} as ${type}`, async () => {
        expectRefused(rig, await postEvent(rig, body, { "content-type": type }), 400, "invalid_utf8");
      });
    }
  }
  it("JSON with a raw NUL stays the engine's refusal: 400 invalid_json", async () => {
    expectRefused(rig, await postEvent(rig, Buffer.from(capi, "utf16le")), 400, "invalid_json");
  });
  it("tabs, CR and LF are text: inspected, kept, redacted", async () => {
    const text = `order\t42\r\nplaced by ${EMAIL}\nfrom ${IP}\n`;
    const res = await postEvent(rig, text, { "content-type": "text/plain; charset=utf-8" });
    expect(res.status).toBe(200);
    const sent = received().toString("utf8");
    expect(sent.startsWith("order\t42\r\nplaced by ")).toBe(true);
    expectNoLeak(rig);
  });
});
