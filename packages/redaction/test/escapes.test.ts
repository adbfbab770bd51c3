/**
 * Personal data hidden behind an encoding: JSON `\u` escapes (in values, keys and JSON inside
 * strings) and percent-encoding (single and double, in queries, forms and JSON strings). The
 * detectors must see the decoded text; untouched strings keep their bytes.
 */
import { describe, expect, it } from "vitest";
import { inspectingRedactor, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

function bodyOf(text: string, recipient = "facebook"): string {
  const res = redactJsonBody(r, recipient, text);
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return res.transfer.body.kind === "json" ? res.transfer.body.text : "";
}

/** The JSON text decoded, so an assertion sees what a vendor's parser sees. */
function decoded(text: string): string {
  return JSON.stringify(JSON.parse(text));
}

describe("JSON \\u escapes are decoded before the detectors run", () => {
  it.each([
    ['{"note":"a\\u0040b.com"}', "a@b.com"],
    ['{"note":"\\u0069ngrid@example.org"}', "ingrid@example.org"],
    ['{"note":"\\u002b44 7700 900417"}', "+44 7700 900417"],
    ['{"note":"192\\u002e0\\u002e2\\u002e7"}', "192.0.2.7"],
    ['{"note":"\\u0031\\u0039\\u0032.0.2.7"}', "192.0.2.7"],
    ['{"note":"02\\u003a42\\u003aac\\u003a11\\u003a00\\u003a02"}', "02:42:ac:11:00:02"],
  ])("a whole value %s", (text, literal) => {
    const out = bodyOf(text);
    expect(decoded(out).toLowerCase()).not.toContain(literal.toLowerCase());
    expect(out).toBe("{}");
  });

  it("free text with an escaped @ is redacted and re-encoded as a whole", () => {
    const out = bodyOf('{"note":"write to a\\u0040b.com, \\"soon\\"\\n"}');
    expect(out).toBe('{"note":"write to [redacted:contact.email], \\"soon\\"\\n"}');
  });

  it("an escaped string without personal data keeps its bytes", () => {
    const text = '{"note":"caf\\u00e9 \\u0040home \\"x\\"","n":"\\u0031\\u0032"}';
    expect(bodyOf(text)).toBe(text);
  });

  it("a key spelled with escapes classifies like the plain key", () => {
    expect(bodyOf('{"\\u0065mail":"nobody-at-all","k":1}')).toBe('{"k":1}');
    // a phone's value: "12" is a count since session 17 (keyed-scalars.ts)
    expect(bodyOf('{"ph\\u006fne":"41234567","k":1}')).toBe('{"k":1}');
  });

  it("JSON inside a string whose braces and @ are escaped", () => {
    const out = bodyOf('{"CloudCustomData":"\\u007b\\"x\\":\\"a\\u0040b.com\\",\\"k\\":1}"}');
    expect(decoded(out)).not.toContain("a@b.com");
    expect(JSON.parse(JSON.parse(out).CloudCustomData)).toEqual({ k: 1 });
  });

  it("a tag/value pair whose value is escaped", () => {
    const out = bodyOf('{"items":[{"Key":"note","Value":"x\\u0040example.org"},{"Key":"k","Value":"v"}]}');
    expect(decoded(out)).not.toContain("x@example.org");
  });
});

describe("percent-encoding is decoded before the detectors run (once and twice)", () => {
  it("a query value: %40 once (whole value) and %2540 twice (span)", () => {
    const once = r.redact(transfer("facebook", { query: "a=1&note=x%40example.org&b=%2B" }));
    expect(once.ok && once.transfer.query).toBe("a=1&b=%2B");
    const twice = r.redact(transfer("facebook", { query: "a=1&note=x%2540example.org&b=2" }));
    expect(twice.ok && twice.transfer.query).toBe(
      `a=1&note=${encodeURIComponent("[redacted:contact.email]")}&b=2`,
    );
  });

  it("a form body with a double-encoded phone and IP", () => {
    const text = "ev=Purchase&t=call%2520%252B44%25207700%2520900417&ip=see+192%252E0%252E2%252E7";
    const res = r.redact(transfer("facebook", { body: { kind: "form", text } }));
    expect(res.ok).toBe(true);
    const out = res.ok && res.transfer.body.kind === "form" ? res.transfer.body.text : "";
    const seen = decodeURIComponent(decodeURIComponent(out.replaceAll("+", " ")));
    expect(seen).not.toContain("+44 7700 900417");
    expect(seen).not.toContain("192.0.2.7");
    expect(out.startsWith("ev=Purchase&")).toBe(true);
  });

  it("a URL in a JSON string: only the encoded span is replaced, the rest keeps its encoding", () => {
    const out = bodyOf('{"u":"https://shop.example/p?e=x%40example.org&q=a%20b"}');
    expect(out).toBe('{"u":"https://shop.example/p?e=[redacted:contact.email]&q=a%20b"}');
  });

  it("a URL with UTF-8 escapes before the value maps the span back exactly", () => {
    const out = bodyOf('{"u":"/caf%C3%A9?who=x%2540example.org!"}');
    expect(out).toBe('{"u":"/caf%C3%A9?who=[redacted:contact.email]!"}');
  });

  it("a header value encoded twice", () => {
    const res = inspectingRedactor().redact(
      transfer("facebook", { headers: [["x-note", "see x%2540example.org"]] }),
    );
    const note = res.ok ? res.transfer.headers.find(([n]) => n === "x-note") : undefined;
    expect(note?.[1]).toBe("see [redacted:contact.email]");
  });

  it("broken escapes stay as written and do not refuse a JSON string", () => {
    const text = '{"u":"100% sure %zz %E9 %4"}';
    expect(bodyOf(text)).toBe(text);
  });
});
