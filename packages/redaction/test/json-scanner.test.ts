import { describe, expect, it } from "vitest";
import { redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const body = (text: string, recipient = "facebook") => {
  const res = redactJsonBody(r, recipient, text);
  if (!res.ok) throw new Error(`unexpected error ${res.error.code}`);
  return res.transfer.body.kind === "json" ? res.transfer.body.text : "";
};
const errorOf = (text: string, limits = {}) => {
  const res = redactJsonBody(redactorWith({}, limits), "facebook", text);
  return res.ok ? null : res.error;
};

describe("lossless: what is not redacted arrives byte for byte", () => {
  it("keeps big integers, number spellings, white space, key order and escapes", () => {
    const text =
      '{ "id" : 12345678901234567890, "a":1.10,"b":1e2, "c" : -0.0E+5,\n "s":"caf\\u00e9 \\/ \\"q\\"",\t"z":[ ]}';
    expect(body(text)).toBe(text);
  });
  it("removes a dropped member with its comma, first, middle and last", () => {
    expect(body('{"email":"a@b.org","x":1}')).toBe('{"x":1}');
    expect(body('{"x":1, "email":"a@b.org" ,"y":2}')).toBe('{"x":1 ,"y":2}');
    expect(body('{"x":1,"email":"a@b.org"}')).toBe('{"x":1}');
    expect(body('{"email":"a@b.org","phone":"+44 7700 900417"}')).toBe("{}");
    expect(body('{ "email" : "a@b.org" , "ip":"192.0.2.1", "k" : true }')).toBe('{ "k" : true }');
  });
  it("removes array items detected by value, keeping the others exactly", () => {
    expect(body('["ok", "a@b.org", 3, "192.0.2.4"]')).toBe('["ok", 3]');
  });
  it("treats __proto__ and constructor as ordinary keys", () => {
    const text = '{"__proto__":{"email":"a@b.org"},"constructor":"x"}';
    expect(body(text)).toBe('{"__proto__":{},"constructor":"x"}');
    expect(({} as Record<string, unknown>).email).toBeUndefined();
  });
  it("replaces a whole root value that must be dropped with null", () => {
    expect(body('"a@b.org"')).toBe("null");
  });
  it("applies member removals that come after many edits inside the same object", () => {
    // each removal is recorded when the object closes, after the edits of every later member:
    // far out of order, past the insertion sort's budget, so the full sort applies them
    const members = (k: number) => `"x${k}":"a${k}@b.org","y${k}":"mail a${k}@b.org now"`;
    const kept = (k: number) => `"y${k}":"mail [redacted:contact.email] now"`;
    const range = Array.from({ length: 200 }, (_, k) => k);
    expect(body(`{${range.map(members).join(",")}}`)).toBe(`{${range.map(kept).join(",")}}`);
  });
  it("decodes escaped keys before classifying them", () => {
    expect(body('{"\\u0065mail":"x","y":1}')).toBe('{"y":1}');
  });
});

describe("strict validation (RFC 8259) with typed errors", () => {
  it.each([
    ["trailing comma in object", '{"a":1,}'],
    ["trailing comma in array", "[1,2,]"],
    ["leading zero", '{"a":01}'],
    ["bare minus", "[-]"],
    ["fraction without digits", "[1.]"],
    ["exponent without digits", "[1e]"],
    ["invalid escape", '["\\x"]'],
    ["short unicode escape", '["\\u12"]'],
    ["raw control character", '["a\u0001b"]'],
    ["unterminated string", '{"a":"b'],
    ["single quotes", "{'a':1}"],
    ["trailing content", "{} {}"],
    ["missing colon", '{"a" 1}'],
    ["empty input", ""],
    ["NaN", "[NaN]"],
    ["unclosed array", "[1"],
  ])("%s -> invalid_json", (_name, text) => {
    expect(errorOf(text)?.code).toBe("invalid_json");
    expect(errorOf(text)?.status).toBe(400);
  });
  it("lets lone surrogates in escapes pass through", () => {
    expect(body('["\\ud800x"]')).toBe('["\\ud800x"]');
  });
  it("refuses duplicate keys, also when spelled with escapes", () => {
    expect(errorOf('{"a":1,"a":2}')?.code).toBe("duplicate_key");
    expect(errorOf('{"a":1,"\\u0061":2}')?.code).toBe("duplicate_key");
    const many = `{${Array.from({ length: 40 }, (_, k) => `"k${k}":1`).join(",")},"k7":2}`;
    expect(errorOf(many)?.code).toBe("duplicate_key");
  });
  it("gives too_deep for 100,000 levels of nesting, not a stack overflow", () => {
    expect(errorOf(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)?.code).toBe("too_deep");
    expect(errorOf(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`)?.code).toBe("too_deep");
  });
  it("accepts nesting up to the limit", () => {
    expect(errorOf(`${"[".repeat(128)}${"]".repeat(128)}`)).toBeNull();
    expect(errorOf(`${"[".repeat(129)}${"]".repeat(129)}`)?.code).toBe("too_deep");
  });
  it("enforces the key and work limits", () => {
    expect(errorOf('{"a":1,"b":2,"c":3}', { maxKeys: 2 })?.code).toBe("too_many_keys");
    expect(errorOf('{"a":1,"b":2,"c":3}', { maxWork: 5 })?.code).toBe("too_much_work");
  });
  it("never puts a value into an error", () => {
    const e = errorOf('{"email":"secret@example.org",}');
    expect(JSON.stringify(e)).not.toContain("secret");
  });
});

describe("JSON inside strings", () => {
  it("decodes, classifies and re-encodes only when something changed", () => {
    const kept = '{"CloudCustomData":"{\\"network\\":\\"wifi\\", \\"n\\": 1.50}"}';
    expect(body(kept, "tencent")).toBe(kept);
    const out = body('{"CloudCustomData":"{\\"network\\":\\"wifi\\",\\"email\\":\\"a@b.org\\"}"}', "tencent");
    expect(out).toBe('{"CloudCustomData":"{\\"network\\":\\"wifi\\"}"}');
  });
  it("treats a string that only looks like JSON as text", () => {
    expect(body('{"msg":"{ not json, mail a@b.org"}', "tencent")).toBe(
      '{"msg":"{ not json, mail [redacted:contact.email]"}',
    );
  });
  it("refuses JSON nested in strings beyond the limit", () => {
    let inner = '{"a":1}';
    for (let k = 0; k < 6; k++) inner = JSON.stringify({ d: inner });
    expect(errorOf(inner)?.code).toBe("too_deep");
  });
});
