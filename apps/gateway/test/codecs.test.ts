import { gzipSync } from "node:zlib";
import {
  charsetOf,
  decodeText,
  encodeText,
  formCodec,
  jsonCodec,
  parseMediaType,
  textPlainCodec,
} from "@kago/gateway";
import { describe, expect, it } from "vitest";

describe("parseMediaType", () => {
  it("parses essence and parameters, case-insensitive names", () => {
    expect(parseMediaType('Application/JSON; Charset="UTF-8"')).toEqual({
      essence: "application/json",
      params: { charset: "UTF-8" },
    });
    expect(parseMediaType("text/plain")).toEqual({ essence: "text/plain", params: {} });
  });
  it("rejects what is not a media type", () => {
    expect(parseMediaType("json")).toBeUndefined();
    expect(parseMediaType("a/b; x")).toBeUndefined();
    expect(parseMediaType("")).toBeUndefined();
    // a parameter twice: which one the vendor reads is unknown (session 14)
    expect(parseMediaType("text/plain; charset=latin1; Charset=utf-16")).toBeUndefined();
  });
});

describe("charsets", () => {
  it("accepts utf-8, ascii and latin-1 spellings and refuses others", () => {
    expect(charsetOf(undefined)).toBe("utf-8");
    expect(charsetOf("UTF8")).toBe("utf-8");
    expect(charsetOf("latin1")).toBe("iso-8859-1");
    expect(charsetOf("utf-16")).toMatchObject({ code: "unsupported_charset", status: 415 });
  });
  it("decodes strictly and round-trips bytes, BOM included", () => {
    const bytes = Buffer.from('\uFEFF{"a":"é"}', "utf8");
    const text = decodeText(bytes, "utf-8");
    expect(typeof text).toBe("string");
    expect(Buffer.compare(encodeText(text as string, "utf-8") as Buffer, bytes)).toBe(0);
    expect(decodeText(Buffer.from([0x7b, 0xff, 0x7d]), "utf-8")).toMatchObject({ code: "invalid_utf8" });
    expect(decodeText(Buffer.from([0x80]), "us-ascii")).toMatchObject({ code: "invalid_utf8" });
    expect(encodeText("€", "iso-8859-1")).toMatchObject({ code: "encoding_failure" });
  });
  it("reads ISO-8859-1 only as plain ASCII: the vendors read a non-ASCII byte as UTF-8", () => {
    expect(decodeText(Buffer.from('{"a":"b"}'), "iso-8859-1")).toBe('{"a":"b"}');
    for (const bytes of [
      Buffer.from('{"n":"张伟"}', "utf8"),
      Buffer.from([0x41, 0xe9]),
      Buffer.from([0xff, 0xfe]),
    ]) {
      expect(decodeText(bytes, "iso-8859-1")).toMatchObject({ code: "unsupported_charset", status: 415 });
    }
  });
});

/** The codec context of a request to facebook with Content-Type `ct`. */
const ctx = (ct: string) => ({
  recipient: "facebook",
  method: "POST",
  path: "/",
  mediaType: parseMediaType(ct) ?? { essence: "", params: {} },
  headers: [],
});

describe("text and form codecs", () => {
  it("refuse control characters other than tab, CR, LF (UTF-16/32, binary) as invalid_utf8", () => {
    for (const [codec, ct] of [
      [textPlainCodec, "text/plain"],
      [formCodec, "application/x-www-form-urlencoded"],
    ] as const) {
      for (const c of ["\0", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\x7f"]) {
        expect(codec.decode(Buffer.from(`a=1${c}`), ctx(ct)), JSON.stringify(c)).toMatchObject({
          ok: false,
          refusal: { code: "invalid_utf8" },
        });
      }
      expect(codec.decode(Buffer.from("a=1&b\t=2\r\n"), ctx(ct))).toMatchObject({ ok: true });
      expect(codec.decode(Buffer.from("a\0b", "utf16le"), ctx(`${ct}; charset=us-ascii`))).toMatchObject({
        ok: false,
      });
    }
  });
  it("decode a text body that is a form document as a form (session 20), and nothing else", () => {
    const kindOf = (text: string) => {
      const decoded = textPlainCodec.decode(Buffer.from(text), ctx("text/plain"));
      return decoded.ok ? decoded.value.kind : decoded.refusal.code;
    };
    for (const form of [
      "fn=astrid&ln=solberg",
      "ph=4741234567",
      "name=astrid+solberg&x=%E5%BC%A0",
      "a[0][name]=email&a[0][value]=x%40y.org",
      "sig=abc==&n=1",
      "note=hello world&ln=solberg", // a blank in a value of a hand-built form of two pairs
      "a=&b=1\r\n",
      "名=张三&x=1".replace("名", "n"), // raw UTF-8 in a value
    ])
      expect(kindOf(form), form).toBe("form");
    for (const text of [
      "note=hello world", // one pair with a blank: a sentence
      "user=bob action=login", // logfmt
      "hello",
      "=1&a=2", // an empty key
      "a=1&&b=2",
      "a=1&",
      "a=1\nb=2", // a line break inside
      "a=%ZZ&b=1", // no escape
      "a=%FF&b=1", // no UTF-8
      "https://example.org/?a=1&b=2",
      "?a=1&b=2",
      `${"QUJD".repeat(20)}=`, // base64 with its padding
      "a b=1&c=2",
    ])
      expect(kindOf(text), text).toBe("text");
  });
  it("leave control characters in JSON to the engine, which refuses them as invalid JSON", () => {
    expect(jsonCodec.decode(Buffer.from('{"a":"\0"}'), ctx("application/json"))).toMatchObject({ ok: true });
  });
});

describe("jsonCodec", () => {
  it("matches JSON media types with any charset parameter", () => {
    expect(jsonCodec.matches(ctx("application/json; charset=utf-8"))).toBe(true);
    expect(jsonCodec.matches(ctx("application/vnd.api+json"))).toBe(true);
    expect(jsonCodec.matches(ctx("application/xml"))).toBe(false);
  });
  it("decodes to text without parsing: the engine owns parsing", () => {
    const body = Buffer.from('{"n": 12345678901234567890}');
    expect(jsonCodec.decode(body, ctx("application/json"))).toEqual({
      ok: true,
      value: { kind: "json", text: '{"n": 12345678901234567890}' },
    });
    expect(gzipSync(body).length).toBeGreaterThan(0);
  });
});
