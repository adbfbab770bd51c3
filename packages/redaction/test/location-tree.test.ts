/**
 * The location tree kept across calls, and the key prediction it drives: objects that repeat the
 * keys of the last object at the same path template in the same order are read by comparing text
 * in place. These cases make sure nothing the slow path refuses or decides slips through the
 * fast one, within one body and across calls.
 */
import { compileFieldPlanFromTags } from "@kago/redaction";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RedactionContext } from "../src/context.js";
import { bodyLocations, type LocNode, MAX_TREE_ENTRIES } from "../src/json/location-tree.js";
import { redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const outcome = (text: string) => {
  const res = redactJsonBody(r, "facebook", text);
  return res.ok ? (res.transfer.body.kind === "json" ? res.transfer.body.text : "") : res.error.code;
};

describe("key prediction within one body", () => {
  it("refuses a key repeated after a run of predicted keys", () => {
    expect(outcome('[{"a":1,"b":2},{"a":1,"b":2,"a":3}]')).toBe("duplicate_key");
    expect(outcome('[{"a":1,"b":2,"c":3},{"a":1,"c":2,"c":3}]')).toBe("duplicate_key");
    expect(outcome('[{"a":1,"b":2,"c":3},{"c":1,"b":2,"a":3,"b":4}]')).toBe("duplicate_key");
  });
  it("refuses a duplicate whose first spelling was predicted and second escaped", () => {
    expect(outcome('[{"ab":1,"x":2},{"ab":1,"x":2,"\\u0061b":3}]')).toBe("duplicate_key");
  });
  it("does not take a longer key for a predicted shorter one", () => {
    // "email" predicted at position 0; "emailing" shares its first five characters
    expect(outcome('[{"email":"a@b.org","k":1},{"emailing":"yes","k":1}]')).toBe(
      '[{"k":1},{"emailing":"yes","k":1}]',
    );
  });
  it("classifies keys the same whether predicted, reordered or new", () => {
    const text =
      '[{"email":"a@b.org","k":1},{"email":"c@d.org","k":2},{"k":3,"email":"e@f.org"},{"k":4,"x":5}]';
    expect(outcome(text)).toBe('[{"k":1},{"k":2},{"k":3},{"k":4,"x":5}]');
  });
  it("reads nested objects and JSON in strings of every item by their own templates", () => {
    const item = (k: number) =>
      `{"u":{"email":"a${k}@b.org","n":${k}},"s":"{\\"email\\":\\"x@y.org\\",\\"n\\":${k}}"}`;
    const text = `[${[1, 2, 3].map(item).join(",")}]`;
    const expected = (k: number) => `{"u":{"n":${k}},"s":"{\\"n\\":${k}}"}`;
    expect(outcome(text)).toBe(`[${[1, 2, 3].map(expected).join(",")}]`);
  });
});

describe("the tree kept across calls", () => {
  it("gives every call its own findings and locations", () => {
    const first = redactJsonBody(r, "facebook", '{"user":{"email":"a@b.org","n":1}}');
    const second = redactJsonBody(r, "facebook", '{"user":{"email":"c@d.org","n":2}}');
    if (!first.ok || !second.ok) throw new Error("unexpected refusal");
    expect(second.report.findings).toEqual(first.report.findings);
    expect(second.report.findings[0]?.location).toBe("body:user.email");
  });
  it("refuses a duplicate in a later call whose earlier call taught the sequence", () => {
    expect(outcome('{"p":{"a":1,"b":2}}')).toBe('{"p":{"a":1,"b":2}}');
    expect(outcome('{"p":{"a":1,"b":2,"a":2}}')).toBe("duplicate_key");
  });
  it("still decides a key by itself after the same template saw other keys", () => {
    expect(outcome('{"q":{"x":1,"y":2}}')).toBe('{"q":{"x":1,"y":2}}');
    expect(outcome('{"q":{"x":1,"phone":"+44 7700 900417"}}')).toBe('{"q":{"x":1}}');
  });
  it("keeps classifying under keys that are themselves personal data", () => {
    const text = '{"m":{"a@b.org":"+44 7700 900417","ok":1}}';
    expect(outcome(text)).toBe('{"m":{"ok":1}}');
    expect(outcome(text)).toBe('{"m":{"ok":1}}');
  });
  it("does not remember keys that are personal data beyond the call", () => {
    const root = bodyLocations(undefined);
    outcome('{"mbox":{"a@b.org":1,"+44 7700 900417":2,"plain_key":3}}');
    // the root value hangs under the "no segment" mark, its members below it
    const node = root.children.get("\u0000")?.children.get("mbox");
    expect([...(node?.members.keys() ?? [])]).toEqual(["plain_key"]);
    expect(node?.first).toBeNull(); // the first key was personal data: not kept as a prediction either
  });
});

describe("what the kept tree holds after a call", () => {
  it("holds no call's context (it would keep everything the call recorded alive)", () => {
    outcome('{"held":{"email":"a@b.org","items":[{"n":1}]}}');
    const seen: unknown[] = [];
    const walk = (node: LocNode) => {
      seen.push(...Object.values(node));
      for (const member of node.members.values()) seen.push(...Object.values(member));
      for (const child of node.children.values()) walk(child);
      for (const child of node.nested.values()) walk(child);
    };
    walk(bodyLocations(undefined));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.some((value) => value instanceof RedactionContext)).toBe(false);
  });
});

describe("the kept tree's bound", () => {
  it("starts over once a tree holds more than its bound", () => {
    const before = bodyLocations(undefined);
    const keys = Array.from({ length: MAX_TREE_ENTRIES + 1 }, (_, k) => `"k${k}":${k}`);
    expect(outcome(`{${keys.join(",")}}`)).toBe(`{${keys.join(",")}}`);
    const after = bodyLocations(undefined);
    expect(after).not.toBe(before);
    expect(after.members.size).toBe(0);
  });
});

describe("the kept tree never changes an outcome", () => {
  // a small key pool (plain, personal by name, personal as data, escaped) so shapes repeat,
  // alternate and collide; values that are kept, removed, or hold more objects
  const key = fc.constantFrom(
    "id",
    "name",
    "email",
    "phone",
    "note",
    "a@b.org",
    "n\\u0061me",
    "x",
    "relative_url",
  );
  const value = fc.constantFrom(
    '"ok"',
    '"a@b.org"',
    '"+44 7700 900417"',
    "1",
    "true",
    '"call +44 7700 900417"',
    "null",
  );
  const member = fc.tuple(key, fc.oneof(value, value, fc.constant('{"email":"c@d.org","k":1}')));
  const object = fc
    .array(member, { maxLength: 5 })
    .map((ms) => `{${ms.map(([k, v]) => `"${k}":${v}`).join(",")}}`);
  const body = fc
    .array(object, { minLength: 1, maxLength: 6 })
    .map((items) => `{"data":[${items.join(",")}],"meta":${items[0]}}`);

  it("gives every sequence of bodies the outcome a fresh tree gives", () => {
    const shared = redactorWith();
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 5 }), (bodies) => {
        for (const text of bodies) {
          const kept = shared.redact(transfer("facebook", { body: { kind: "json", text } }));
          // an empty plan object of its own: the same decisions, but a location tree never used before
          const fresh = shared.redact(transfer("facebook", { body: { kind: "json", text } }), {
            plan: compileFieldPlanFromTags([]),
          });
          expect(kept).toEqual(fresh);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
