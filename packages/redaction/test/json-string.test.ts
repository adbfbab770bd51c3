/**
 * The engine's JSON string codec: what it encodes decodes back to the same string, its output is
 * valid JSON text that is also well-formed UTF-16 (no raw control characters, no lone surrogates),
 * and only the characters JSON requires are escaped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeJsonString, encodeJsonString } from "../src/json/json-string.js";

const anyUnits = fc.string({ unit: "binary", maxLength: 40 });
const lone = fc.string({
  unit: fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff", "a", "\u0000", "\u001f", '"', "\\", "/", "é"),
  maxLength: 20,
});

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("JSON string codec", () => {
  it("round-trips every string, lone surrogates and control characters included", () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, lone), (s) => {
        const encoded = encodeJsonString(s);
        expect(decodeJsonString(encoded.slice(1, -1))).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });
  it("writes no raw control character and no lone surrogate", () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, lone), (s) => {
        const encoded = encodeJsonString(s);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what must not appear raw
        expect(encoded).not.toMatch(/[\u0000-\u001f]/);
        expect(encoded).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 3000 },
    );
  });
  it("escapes only what JSON requires, with the short forms", () => {
    expect(encodeJsonString('a"b\\c/d\n\t\u0001\u007f')).toBe('"a\\"b\\\\c/d\\n\\t\\u0001\u007f"');
    expect(encodeJsonString("x\ud800y")).toBe('"x\\ud800y"');
    expect(encodeJsonString("😀")).toBe('"😀"');
  });
  it("decodes every escape form", () => {
    expect(decodeJsonString('\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\ud83d\\ude00')).toBe('"\\/\b\f\n\r\tA😀');
  });
});
