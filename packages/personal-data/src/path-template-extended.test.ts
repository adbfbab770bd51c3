import {
  appendBase64,
  appendElement,
  appendForm,
  appendHex,
  appendJson,
  appendKey,
  appendPosition,
  formatPathTemplate,
  type PathSegment,
  parsePathTemplate,
} from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const EXT = { extended: true } as const;

describe("path templates: extended syntax ([N], #form, #base64 and #hex)", () => {
  it("spells a tuple position and a form document", () => {
    expect(appendPosition(appendKey("app_data", "extinfo"), 5)).toBe("app_data.extinfo[5]");
    const batch = appendKey(appendForm(appendKey(appendElement(appendJson("batch")), "body")), "data");
    expect(appendKey(appendKey(appendElement(appendJson(batch)), "user_data"), "ph")).toBe(
      "batch#json[].body#form.data#json[].user_data.ph",
    );
    expect(appendKey(appendJson(appendBase64(appendKey(appendElement("MsgBody"), "Data"))), "contact")).toBe(
      "MsgBody[].Data#base64#json.contact",
    );
    expect(appendKey(appendJson(appendHex("extra")), "email")).toBe("extra#hex#json.email");
    expect(() => appendPosition("a", -1)).toThrow(RangeError);
    expect(() => appendPosition("a", 1.5)).toThrow(RangeError);
  });

  it("parses them only when asked to, so consumers that cannot express them fail closed", () => {
    expect(parsePathTemplate("app_data.extinfo[5]")).toBeNull();
    expect(parsePathTemplate("body#form.data")).toBeNull();
    expect(parsePathTemplate("Data#base64#json.contact")).toBeNull();
    expect(parsePathTemplate("Data#base64#json.contact", EXT)).toEqual([
      { kind: "key", key: "Data" },
      { kind: "base64" },
      { kind: "json" },
      { kind: "key", key: "contact" },
    ]);
    expect(parsePathTemplate("extra#hex#json.email")).toBeNull();
    expect(parsePathTemplate("extra#hex#json.email", EXT)).toEqual([
      { kind: "key", key: "extra" },
      { kind: "hex" },
      { kind: "json" },
      { kind: "key", key: "email" },
    ]);
    expect(parsePathTemplate("app_data.extinfo[5]", EXT)).toEqual([
      { kind: "key", key: "app_data" },
      { kind: "key", key: "extinfo" },
      { kind: "position", index: 5 },
    ]);
    expect(parsePathTemplate("batch#json[].body#form.data#json[].user_data.ph", EXT)).toEqual([
      { kind: "key", key: "batch" },
      { kind: "json" },
      { kind: "element" },
      { kind: "key", key: "body" },
      { kind: "form" },
      { kind: "key", key: "data" },
      { kind: "json" },
      { kind: "element" },
      { kind: "key", key: "user_data" },
      { kind: "key", key: "ph" },
    ]);
    // A position at the root, and the key "5" (object form of the same tuple) stay distinct.
    expect(parsePathTemplate("[0]", EXT)).toEqual([{ kind: "position", index: 0 }]);
    expect(parsePathTemplate("extinfo.5", EXT)).toEqual([
      { kind: "key", key: "extinfo" },
      { kind: "key", key: "5" },
    ]);
  });

  it("rejects malformed positions and codings", () => {
    for (const bad of [
      "a[05]",
      "a[-1]",
      "a[1.5]",
      "a[1",
      "a.[1]",
      "a[99999999999999999999]",
      "a#for",
      "a#base6",
      "a.#base64",
      "a#he",
      "a.#hex",
      "a.#form",
      "a[ 1]",
    ])
      expect(parsePathTemplate(bad, EXT), bad).toBeNull();
  });

  it("round-trips any list of segments, extended ones included", () => {
    const segment: fc.Arbitrary<PathSegment> = fc.oneof(
      fc.string({ maxLength: 6 }).map((key) => ({ kind: "key" as const, key })),
      fc
        .constantFrom("5", "[5]", "#form", "#base64", "#hex", "0")
        .map((key) => ({ kind: "key" as const, key })),
      fc.constant({ kind: "element" as const }),
      fc.constant({ kind: "value" as const }),
      fc.constant({ kind: "json" as const }),
      fc.constant({ kind: "form" as const }),
      fc.constant({ kind: "base64" as const }),
      fc.constant({ kind: "hex" as const }),
      fc.nat({ max: 100_000 }).map((index) => ({ kind: "position" as const, index })),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        expect(parsePathTemplate(formatPathTemplate(segments), EXT)).toEqual(segments);
      }),
      { numRuns: 3000 },
    );
  });
});
