/**
 * Properties: a planted value survives no escaping form. Random characters of the planted value
 * (or of a personal key) are written as JSON `\u` escapes; in queries and forms random characters
 * are percent-encoded once or twice. The output is then read through the views a reader (and the
 * contract runner) would use: JSON parsed, percent-decoded once and twice.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lower, PERSONAL_KEYS, personalValue } from "./arbitraries.js";
import { redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

/** The contents of a JSON string literal for `s`, with the characters picked by `mask` as `\uXXXX`. */
function escapeSome(s: string, mask: readonly boolean[]): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    out += mask[i % mask.length]
      ? `\\u${s.charCodeAt(i).toString(16).padStart(4, "0")}`
      : JSON.stringify(ch).slice(1, -1);
  }
  return out;
}

/** `s` percent-encoded for a query, each character encoded 0, 1 or 2 times as `levels` says. */
function percentSome(s: string, levels: readonly number[]): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const level = levels[i % levels.length] as number;
    const once = encodeURIComponent(ch);
    // a non-ASCII character as its UTF-8 bytes, which encodeURIComponent always escapes
    const hex =
      ch.charCodeAt(0) < 128 ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : once;
    if (level === 0) out += once;
    else if (level === 1) out += hex;
    else out += hex.replaceAll("%", "%25");
  }
  return out;
}

/** The contract runner's lenient decoding: valid runs decoded, one more round for `%25XX`. */
function pctDecode(s: string, plusIsSpace: boolean): string {
  const once = (x: string): string => {
    const t = plusIsSpace ? x.replace(/\+/g, " ") : x;
    try {
      return decodeURIComponent(t);
    } catch {
      return t.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
        try {
          return decodeURIComponent(m);
        } catch {
          return m;
        }
      });
    }
  };
  let out = once(s);
  if (/%[0-9A-Fa-f]{2}/.test(out) && /%25[0-9A-Fa-f]{2}/i.test(s)) out = once(out);
  return out;
}

const mask = fc.array(fc.boolean(), { minLength: 1, maxLength: 24 });
const levels = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 24 });
const filler = fc.string({ unit: fc.constantFrom(..."abc xyz"), maxLength: 6 });

describe("no escaping form hides a planted value", () => {
  it("JSON: \\u escapes of random characters, whole value or in free text", () => {
    fc.assert(
      fc.property(personalValue, mask, filler, filler, fc.boolean(), (p, m, a, b, inText) => {
        const inner = inText ? `${a} ${p.literal} ${b}` : p.literal;
        const text = `{"k":1,"note":"${escapeSome(inner, m)}"}`;
        const res = redactJsonBody(r, "facebook", text);
        expect(res.ok).toBe(true);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        const parsed = JSON.stringify(JSON.parse(res.transfer.body.text)).toLowerCase();
        expect(parsed).not.toContain(p.literal.toLowerCase());
        expect(parsed).toContain('"k":1');
      }),
      { numRuns: 300 },
    );
  });

  it("JSON: a personal key with random characters escaped classifies like the plain key", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERSONAL_KEYS), mask, lower, (key, m, v) => {
        const text = `{"${escapeSome(key, m)}":"PLANT${v}","k":1}`;
        const res = redactJsonBody(r, "facebook", text);
        expect(res.ok && res.transfer.body).toEqual({ kind: "json", text: '{"k":1}' });
      }),
      { numRuns: 200 },
    );
  });

  it("JSON inside a JSON string, its characters escaped", () => {
    fc.assert(
      fc.property(personalValue, mask, (p, m) => {
        const inner = `{"note":${JSON.stringify(p.literal)},"k":1}`;
        const text = `{"d":"${escapeSome(inner, m)}"}`;
        const res = redactJsonBody(r, "facebook", text);
        expect(res.ok).toBe(true);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        const d = JSON.parse(res.transfer.body.text).d as string;
        expect(d.toLowerCase()).not.toContain(p.literal.toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it("queries and forms: random characters percent-encoded once or twice", () => {
    fc.assert(
      fc.property(
        personalValue,
        levels,
        filler,
        fc.boolean(),
        fc.constantFrom("query", "form"),
        (p, l, a, inText, kind) => {
          const value = percentSome(inText ? `${a} ${p.literal}` : p.literal, l);
          const raw = `ev=Purchase&note=${value}&n=2`;
          const res = r.redact(
            kind === "query"
              ? transfer("facebook", { query: raw })
              : transfer("facebook", { body: { kind: "form", text: raw } }),
          );
          expect(res.ok).toBe(true);
          if (!res.ok) return;
          const out =
            kind === "query"
              ? res.transfer.query
              : res.transfer.body.kind === "form"
                ? res.transfer.body.text
                : "";
          for (const plus of [false, true]) {
            const seen = out.split("&").map((pair) => pctDecode(pair, plus));
            expect(seen.join("&").toLowerCase()).not.toContain(p.literal.toLowerCase());
          }
          expect(out.startsWith("ev=Purchase&")).toBe(true);
          expect(out.endsWith("&n=2")).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
