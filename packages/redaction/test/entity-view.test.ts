/** HTML character references: a value written with `&#64;` or `&commat;` is found and replaced where it is written. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entityView } from "../src/entity-view.js";
import { personalValue } from "./arbitraries.js";
import { redactJsonBody, redactorWith } from "./helpers.js";

describe("entityView", () => {
  it("decodes numeric references (decimal, hex, `;` optional) and the named ones finders need", () => {
    expect(entityView("erik&#64;example&#x2E;org")?.text).toBe("erik@example.org");
    expect(entityView("erik&#64example.org")?.text).toBe("erik@example.org");
    expect(entityView("erik&commat;example&period;org")?.text).toBe("erik@example.org");
    expect(entityView("&plus;44&nbsp;7700&nbsp;900417")?.text).toBe("+44\u00a07700\u00a0900417");
    expect(entityView("a &amp; b")?.text).toBe("a & b");
  });

  it("keeps what is not a reference it knows, and maps every decoded unit back to its source", () => {
    expect(entityView("AT&T and R&D")).toBeNull();
    expect(entityView("&unknown; &#0; &#xD800; &#99999999;")).toBeNull();
    const view = entityView("a&#64;b");
    expect(view?.text).toBe("a@b");
    expect(Array.from(view?.at ?? [])).toEqual([0, 1, 6, 7]);
  });
});

const r = redactorWith();

function textOut(recipient: string, text: string): string {
  const res = redactJsonBody(r, recipient, JSON.stringify({ note: text }));
  expect(res.ok).toBe(true);
  return res.ok && res.transfer.body.kind === "json"
    ? (JSON.parse(res.transfer.body.text).note as string)
    : "";
}

describe("character references in a transfer (facebook may get network status only)", () => {
  it("replaces a value written with references, keeping the text around it", () => {
    expect(textOut("facebook", "mail erik&#64;example&#46;org now")).toBe(
      "mail [redacted:contact.email] now",
    );
    expect(textOut("facebook", "mail erik&commat;example&period;org now")).toBe(
      "mail [redacted:contact.email] now",
    );
    expect(textOut("facebook", "call &#43;44&nbsp;7700&nbsp;900417 today")).toBe(
      "call [redacted:contact.phone] today",
    );
  });

  it("leaves text whose references hold nothing exactly as it came", () => {
    for (const text of ["Tom &amp; Jerry", "AT&T", "&lt;b&gt;bold&lt;/b&gt;", "caf&#233;"])
      expect(textOut("facebook", text)).toBe(text);
  });

  it("property: a planted value with any of its characters written as references does not survive", () => {
    fc.assert(
      fc.property(personalValue, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (p, picks) => {
        const written = [...p.literal].map((ch, k) => (picks[k] ? `&#${ch.codePointAt(0)};` : ch)).join("");
        const out = textOut("facebook", `before ${written} after`);
        expect(out).toBe(`before [redacted:${p.category}] after`);
      }),
      { numRuns: 500 },
    );
  });
});
