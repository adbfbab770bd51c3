/**
 * The engine's JSON scanner against `JSON.parse`, the parser a vendor runs. The gateway reads a
 * body with its own scanner and forwards the bytes; if the two parsers disagreed on where a
 * string ends or which text is a key, personal data could ride past the engine inside text the
 * engine took for something else. So, over vendor-like documents broken at random (quotes,
 * backslashes, brackets and escapes inserted, deleted or overwritten):
 *
 * - the engine accepts exactly what `JSON.parse` accepts: text it rejects is refused
 *   (`invalid_json`, or `duplicate_key` when one comes before the syntax error), and text it
 *   accepts is redacted or refused only for a duplicate key;
 * - what it forwards parses, and no planted e-mail address is in any key or string of it as
 *   `JSON.parse` reads it, JSON nested in strings included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenText, PLANTED_EMAIL } from "./arbitraries.js";
import { redactJsonBody, redactorWith } from "./helpers.js";

/** Documents shaped like the vendors' payloads, each holding e-mail addresses facebook may not get. */
const SEEDS = [
  JSON.stringify({
    __topic__: "app",
    __logs__: [
      { event: "open", user_email: "astrid.0@example.org", message: "user ola.1@example.org left" },
      { ts: "1767261600001", note: "contact erik.2@example.org", n: [1, -0.5e3, true, null] },
    ],
  }),
  JSON.stringify({
    From_Account: "kago_1",
    MsgBody: [
      { MsgType: "TIMTextElem", MsgContent: { Text: "mail me: sigrid@example.org" } },
      { MsgType: "TIMCustomElem", MsgContent: { Data: JSON.stringify({ contact: "nils@example.org" }) } },
    ],
    CloudCustomData: JSON.stringify({ a: ["lars@example.org"] }),
  }),
  '{"a":"x\\u00e9\\n\\"q\\"","b\\u0040":"kari\\u0040example.org","c":[{},[],"\\\\"]}',
];

/** What the mutations write: JSON's structural characters, escapes and pieces of addresses. */
const PIECES = [...'{}[],: \n@.0a\u0000"\\', '\\"', "\\\\", "\\u0040"];

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every key and string of a parsed value, and of JSON text held in its strings, at any depth. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    out.push(value);
    const t = value.trim();
    if ((t.startsWith("{") || t.startsWith("[")) && parses(t)) textsOf(JSON.parse(t), out);
  } else if (Array.isArray(value)) {
    for (const item of value) textsOf(item, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      textsOf(item, out);
    }
  }
  return out;
}

const redactor = redactorWith();

describe("the JSON scanner against JSON.parse, on broken vendor documents", () => {
  const broken = brokenText(SEEDS, PIECES);

  it("accepts exactly what JSON.parse accepts", () => {
    fc.assert(
      fc.property(broken, (text) => {
        const res = redactJsonBody(redactor, "facebook", text);
        // A duplicate key may be met before the syntax error: refused either way.
        if (!parses(text)) expect(res.ok ? "ok" : res.error.code).toMatch(/^(invalid_json|duplicate_key)$/);
        else if (!res.ok) expect(res.error.code).toBe("duplicate_key");
      }),
      { numRuns: 3000 },
    );
  });

  it("forwards text that parses, with no planted address in it as JSON.parse reads it", () => {
    fc.assert(
      fc.property(broken, (text) => {
        const res = redactJsonBody(redactor, "facebook", text);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        const out = res.transfer.body.text;
        expect(parses(out)).toBe(true);
        expect(textsOf(JSON.parse(out)).filter((s) => PLANTED_EMAIL.test(s))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the planted addresses in the unbroken seeds (the check above can fail)", () => {
    for (const seed of SEEDS) {
      expect(textsOf(JSON.parse(seed)).some((s) => PLANTED_EMAIL.test(s))).toBe(true);
      const res = redactJsonBody(redactor, "facebook", seed);
      expect(res.ok).toBe(true);
      if (res.ok && res.transfer.body.kind === "json")
        expect(textsOf(JSON.parse(res.transfer.body.text)).some((s) => PLANTED_EMAIL.test(s))).toBe(false);
    }
  });
});
