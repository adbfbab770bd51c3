import { describe, expect, it } from "vitest";
import { readEveryCharCode, scanEveryCharNatively } from "./floor.js";
import { payloadsOfSize } from "./payloads.js";

describe("the floor's reference passes", () => {
  const texts = payloadsOfSize(16 * 1024).map((p) => p.text);

  it("the JavaScript pass reads every character: it counts every digit of the body", () => {
    for (const text of texts) expect(readEveryCharCode(text)).toBe(text.replace(/[^0-9]/g, "").length);
    expect(readEveryCharCode("a1b22c333")).toBe(6);
  });

  it("the native scan must read to the end of a valid JSON body: the character it looks for is never there", () => {
    for (const text of texts) expect(scanEveryCharNatively(text)).toBe(false);
    expect(scanEveryCharNatively(`${texts[0]}\u0001`)).toBe(true);
  });
});
