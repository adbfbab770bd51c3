/**
 * The engine's form reader against `URLSearchParams`, the reader a vendor's server runs (WHATWG
 * `application/x-www-form-urlencoded` parsing). Over form bodies broken at random (`&`, `=`, `%`
 * and half escapes, `+`, brackets inserted, deleted or overwritten), what the engine forwards
 * holds no planted address in any key or value as `URLSearchParams` reads it; a body the engine
 * cannot read is refused with `invalid_form_encoding`, never forwarded unread.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenText, PLANTED_EMAIL } from "./arbitraries.js";
import { redactorWith, transfer } from "./helpers.js";

const SEEDS = [
  "event=open&email=astrid.0%40example.org&n=1",
  "a=1&user_name=Ingrid+Solberg&msg=hi+erik%40example.org",
  "data=%7B%22email%22%3A%22kari%40example.org%22%7D&x=2",
  "note=contact%20nils%2540example.org&user%5Bemail%5D=lars%40example.org",
];

const PIECES = [
  "&",
  "=",
  "%",
  "%4",
  "%40",
  "@",
  "+",
  "%25",
  "%3D",
  "%26",
  ";",
  "[",
  "]",
  "#",
  "?",
  ".",
  "a",
  "&&",
  "==",
];

/** Every key and value `URLSearchParams` reads from `text`. */
function readByVendor(text: string): string[] {
  return [...new URLSearchParams(text)].flat();
}

const r = redactorWith();

describe("the form reader against URLSearchParams, on broken form bodies", () => {
  const broken = brokenText(SEEDS, PIECES);

  it("forwards nothing URLSearchParams reads as a planted address, or refuses", () => {
    fc.assert(
      fc.property(broken, (text) => {
        const res = r.redact(transfer("facebook", { body: { kind: "form", text } }));
        if (!res.ok) {
          expect(res.error.code).toBe("invalid_form_encoding");
          return;
        }
        const out = res.transfer.body.kind === "form" ? res.transfer.body.text : "";
        expect(readByVendor(out).filter((s) => PLANTED_EMAIL.test(s))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the planted addresses in the unbroken seeds (the check above can fail)", () => {
    for (const seed of SEEDS) {
      expect(readByVendor(seed).some((s) => PLANTED_EMAIL.test(s))).toBe(true);
      const res = r.redact(transfer("facebook", { body: { kind: "form", text: seed } }));
      expect(res.ok).toBe(true);
      if (res.ok && res.transfer.body.kind === "form")
        expect(readByVendor(res.transfer.body.text).some((s) => PLANTED_EMAIL.test(s))).toBe(false);
    }
  });
});
