import { gzipSync } from "node:zlib";
import { charsetOf, decodeText, encodeText, jsonCodec, parseMediaType } from "@kago/gateway";
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
});

describe("jsonCodec", () => {
  const ctx = (ct: string) => ({
    recipient: "facebook",
    method: "POST",
    path: "/",
    mediaType: parseMediaType(ct) ?? { essence: "", params: {} },
    headers: [],
  });
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
