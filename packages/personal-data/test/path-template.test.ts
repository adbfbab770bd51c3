import {
  appendElement,
  appendJson,
  appendKey,
  appendRecordValue,
  formatPathTemplate,
  type PathSegment,
  parsePathTemplate,
} from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("path templates", () => {
  it("spells the documented forms", () => {
    expect(appendKey(appendKey(appendElement("data"), "user_data"), "em")).toBe("data[].user_data.em");
    expect(appendKey(appendJson("CloudCustomData"), "network")).toBe("CloudCustomData#json.network");
    expect(appendRecordValue("custom_data")).toBe("custom_data.*");
    expect(appendRecordValue("")).toBe("*");
    expect(appendElement("")).toBe("[]");
    expect(appendKey("", "a.b")).toBe('["a.b"]');
    expect(appendKey("headers", "*")).toBe('headers["*"]');
    expect(appendKey("m", 'q"uote')).toBe('m["q\\"uote"]');
    expect(appendKey("m", "")).toBe('m[""]');
    expect(appendKey("m", "x-log-apiversion")).toBe("m.x-log-apiversion");
    expect(appendKey("m", "昵称")).toBe("m.昵称");
  });

  it("parses what it formats", () => {
    expect(parsePathTemplate("data[].user_data.em")).toEqual([
      { kind: "key", key: "data" },
      { kind: "element" },
      { kind: "key", key: "user_data" },
      { kind: "key", key: "em" },
    ]);
    expect(parsePathTemplate("")).toEqual([]);
  });

  it("rejects malformed templates", () => {
    for (const bad of [
      "a..b",
      ".a",
      "a.",
      "a[",
      "a[x]",
      "a.[]",
      'a.["b.c"]',
      '["plain"]',
      "a#js",
      "a*",
      "a.#json",
      'a["x',
    ])
      expect(parsePathTemplate(bad), bad).toBeNull();
  });

  it("round-trips any list of segments", () => {
    const segment: fc.Arbitrary<PathSegment> = fc.oneof(
      fc.string({ maxLength: 6 }).map((key) => ({ kind: "key" as const, key })),
      fc
        .constantFrom(".", "*", "[", "]", "#", "~", ":", '"', "\\", " ")
        .map((key) => ({ kind: "key" as const, key })),
      fc.constant({ kind: "element" as const }),
      fc.constant({ kind: "value" as const }),
      fc.constant({ kind: "json" as const }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        expect(parsePathTemplate(formatPathTemplate(segments))).toEqual(segments);
      }),
      { numRuns: 3000 },
    );
  });
});
