/**
 * An edited query or form value keeps the sender's encoding of what did not change: `+` for a
 * space, raw `;` and `=`, escapes in either case; only the changed part is percent-encoded anew.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reencodeValue } from "../src/pair-encoding.js";
import { redactorWith, transfer } from "./helpers.js";

const decode = (raw: string) => decodeURIComponent(raw.replaceAll("+", " "));

describe("reencodeValue", () => {
  it("copies the unchanged start and end as written and encodes only the part between", () => {
    const raw = "hello+world%2c+erik%40example.org+bye";
    const next = "hello world, [redacted:contact.email] bye";
    expect(reencodeValue(raw, decode(raw), next)).toBe("hello+world%2c+%5Bredacted%3Acontact.email%5D+bye");
    const semi = "1;email=erik@example.org;b=2";
    expect(reencodeValue(semi, semi, "1;email=[redacted:contact.email];b=2")).toBe(
      "1;email=%5Bredacted%3Acontact.email%5D;b=2",
    );
  });

  it("counts a multi-byte escape as one character and never splits a surrogate pair", () => {
    const raw = "%E5%90%8D%E5%89%8D+erik%40example.org+%F0%9F%98%80";
    expect(reencodeValue(raw, decode(raw), "名前 [redacted:contact.email] 😀")).toBe(
      "%E5%90%8D%E5%89%8D+%5Bredacted%3Acontact.email%5D+%F0%9F%98%80",
    );
    // two emoji sharing their high surrogate: the changed one is encoded whole
    const pair = "%F0%9F%98%80%F0%9F%98%81";
    expect(reencodeValue(pair, "😀😁", "😀😂")).toBe("%F0%9F%98%80%F0%9F%98%82");
    expect(reencodeValue("%F0%9F%98%81x", "😁x", "😂x")).toBe("%F0%9F%98%82x");
  });

  it("property: the result decodes to the new text, and what was kept is written as it came", () => {
    // each character written raw where that is safe, as `+` for a space, or as escapes
    const piece = fc
      .tuple(fc.constantFrom(..."ab ;=@.-_~!'()*é名😀%&+/?#"), fc.integer({ min: 0, max: 2 }))
      .map(([ch, how]) => {
        const escaped = encodeURIComponent(ch);
        const raw =
          how === 0 && /^[a-z;=@.~!'()*é名😀/?-]$/u.test(ch) ? ch : how === 1 && ch === " " ? "+" : escaped;
        return { ch, raw: how === 2 ? escaped.toLowerCase() : raw };
      });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.array(piece, { maxLength: 12 }),
        fc.string({ maxLength: 6, unit: "grapheme" }),
        fc.array(piece, { maxLength: 12 }),
        (before, cut, inserted, after) => {
          const all = [...before, ...cut, ...after];
          const raw = all.map((p) => p.raw).join("");
          const decoded = all.map((p) => p.ch).join("");
          expect(decode(raw)).toBe(decoded);
          const head = before.map((p) => p.ch).join("");
          const tail = after.map((p) => p.ch).join("");
          const next = head + inserted + tail;
          const out = reencodeValue(raw, decoded, next);
          expect(decode(out)).toBe(next);
          expect(out.startsWith(before.map((p) => p.raw).join(""))).toBe(true);
          // the end too, unless the shared start already reaches into it (`+%20` cut to one space)
          let shared = 0;
          while (shared < next.length && decoded[shared] === next[shared]) shared++;
          if (shared + tail.length <= Math.min(decoded.length, next.length))
            expect(out.endsWith(after.map((p) => p.raw).join(""))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("edited query and form values in a transfer (aliyun may not get e-mail addresses)", () => {
  const r = redactorWith();
  it("keeps raw `;` and `=` separators, `+` spaces and the sender's escapes around a replacement", () => {
    const q = r.redact(
      transfer("aliyun", { query: "a=1;note=erik%40example.org;b=2&m=hi+erik%40example.org+%E2%9C%93" }),
    );
    expect(q.ok && q.transfer.query).toBe(
      "a=1;note=%5Bredacted%3Acontact.email%5D;b=2&m=hi+%5Bredacted%3Acontact.email%5D+%E2%9C%93",
    );
    const form = r.redact(
      transfer("aliyun", {
        body: { kind: "form", text: "note=call+me%3a+erik%40example.org%2c+thanks&x=1" },
      }),
    );
    expect(form.ok && form.transfer.body).toEqual({
      kind: "form",
      text: "note=call+me%3a+%5Bredacted%3Acontact.email%5D%2c+thanks&x=1",
    });
  });
});
