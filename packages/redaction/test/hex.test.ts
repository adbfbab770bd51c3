/**
 * Text hidden in hex: what a hex string encodes is read like any value (at `#hex` in locations),
 * and a changed text is encoded back in the sender's letter case.
 */
import { createHash, randomBytes } from "node:crypto";
import { compileFieldPlanFromTags } from "@kago/redaction";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeHexText, encodeHexText, mayStartHexText } from "../src/hex-text.js";
import { hasControlChar } from "../src/text-bytes.js";
import { personalValue } from "./arbitraries.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const hex = (text: string) => Buffer.from(text).toString("hex");
const unhex = (value: string) => Buffer.from(value, "hex").toString("utf8");

describe("decodeHexText", () => {
  it("reads UTF-8 text in lower or upper case hex and says which", () => {
    expect(decodeHexText(hex("erik@example.org"))).toEqual({
      text: "erik@example.org",
      form: { upper: false },
      inflated: 0,
    });
    expect(decodeHexText(hex("张三 13800138000").toUpperCase())).toEqual({
      text: "张三 13800138000",
      form: { upper: true },
      inflated: 0,
    });
    // digits alone fit either case: read, and written back in lower case
    expect(decodeHexText("313233343536")).toEqual({ text: "123456", form: { upper: false }, inflated: 0 });
    expect(decodeHexText(hex("tab\tline\r\n"))?.text).toBe("tab\tline\r\n");
  });

  it("is not fooled by hashes, ids, binary, mixed case, odd or short lengths, or control characters", () => {
    const refused = [
      createHash("sha256").update("erik@example.org").digest("hex"), // em as Meta wants it
      createHash("md5").update("x").digest("hex"),
      "6711de5c0a8b4c2e", // an id
      randomBytes(32).toString("hex"),
      "6572696B406578616d706c652e6f7267", // erik@example.org with its case mixed
      `${hex("erik@example.org")}0`, // odd length
      hex("a@b.c"), // 10 characters: too short to carry an address
      hex("erik\u0000@example.org"),
      hex("bell\u0007 at the end"),
      "ffff6578616d706c65", // not UTF-8
      "0x6572696b406578616d706c652e6f7267", // a prefix is not hex
    ];
    for (const value of refused) expect(decodeHexText(value), value).toBeNull();
  });

  it("first test: passes what decodes to text, fails most hashes on their first bytes", () => {
    expect(mayStartHexText(hex("erik@example.org"))).toBe(true);
    expect(mayStartHexText(`xx${hex("erik@example.org")}`, 2)).toBe(true);
    expect(mayStartHexText("6711de5c0a8b4c2e")).toBe(false);
    let passed = 0;
    for (let k = 0; k < 1000; k++)
      if (mayStartHexText(createHash("sha256").update(String(k)).digest("hex"))) passed++;
    expect(passed).toBeLessThan(100); // a tenth of random digests get as far as decoding, none further
  });

  it("reads back every text it could be given, in both cases, and writes it as it was", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6, unit: "grapheme" }), fc.boolean(), (text, upper) => {
        fc.pre(!hasControlChar(text));
        const value = encodeHexText(text, { upper });
        const decoded = decodeHexText(value);
        const hasLetter = /[a-f]/i.test(value);
        expect(decoded).toEqual({ text, form: { upper: upper && hasLetter }, inflated: 0 });
        expect(encodeHexText(text, decoded?.form ?? { upper: false })).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});

const r = redactorWith();

describe("hex in a transfer (tencent may get account ids and network status, not contacts)", () => {
  it("drops a member whose hex is a whole e-mail address, naming where it stood", () => {
    const res = redactJsonBody(r, "tencent", JSON.stringify({ Data: hex("erik@example.org"), Desc: "gift" }));
    expect(bodyOf(res)).toBe('{"Desc":"gift"}');
    expect(findingsOf(res)).toEqual([["body:Data#hex", "contact.email", "drop", "value"]]);
  });

  it("redacts JSON encoded in hex and encodes it back in the same case", () => {
    const doc = '{"network":"wifi","contact":"erik@example.org","n":1.10}';
    for (const upper of [false, true]) {
      const value = encodeHexText(doc, { upper });
      const res = redactJsonBody(r, "tencent", JSON.stringify({ Data: value }));
      expect(JSON.parse(bodyOf(res)).Data).toBe(encodeHexText('{"network":"wifi","n":1.10}', { upper }));
      expect(findingsOf(res)).toEqual([
        ["body:Data#hex#json.network", "network.status", "keep", "key"],
        ["body:Data#hex#json.contact", "contact.email", "drop", "value"],
      ]);
    }
  });

  it("replaces a span of text encoded in hex, and reads hex tokens inside a log line", () => {
    const whole = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ Text: hex("call me on +44 7700 900123 tonight") }),
    );
    expect(unhex(JSON.parse(bodyOf(whole)).Text)).toBe("call me on [redacted:contact.phone] tonight");
    expect(findingsOf(whole)).toEqual([["body:Text#hex~text", "contact.phone", "drop", "text"]]);
    const token = hex('{"uid":42,"email":"erik@example.org"}');
    const line = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ message: `upload failed payload=${token} (retry 2)` }),
    );
    expect(JSON.parse(bodyOf(line)).message).toBe(`upload failed payload=${hex('{"uid":42}')} (retry 2)`);
    expect(findingsOf(line)).toEqual([
      ["body:message#hex#json.uid", "account.id", "keep", "key"],
      ["body:message#hex#json.email", "contact.email", "drop", "key"],
    ]);
  });

  it("leaves hex whose text may all be sent, hashes and mixed-case hex exactly as they came", () => {
    const body = JSON.stringify({
      Data: hex('{"network":"wifi"}'),
      Digest: createHash("sha256").update("erik@example.org").digest("hex"),
      Mixed: "6572696B406578616d706c652e6f7267",
    });
    const res = redactJsonBody(r, "tencent", body);
    expect(bodyOf(res)).toBe(body);
    expect(findingsOf(res)).toEqual([["body:Data#hex#json.network", "network.status", "keep", "key"]]);
  });

  it("reads hex in query parameters, form bodies, keys, and base64 inside hex", () => {
    const q = r.redact(transfer("tencent", { query: `a=1&d=${hex("erik@example.org")}` }));
    expect(q.ok && q.transfer.query).toBe("a=1");
    const form = r.redact(
      transfer("tencent", { body: { kind: "form", text: `d=${hex("to erik@example.org")}&a=1` } }),
    );
    expect(form.ok && form.transfer.body).toEqual({
      kind: "form",
      text: `d=${hex("to [redacted:contact.email]")}&a=1`,
    });
    const keyed = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ seen: { [hex("erik@example.org")]: 1 }, k: 2 }),
    );
    expect(bodyOf(keyed)).toBe('{"seen":{},"k":2}');
    const nested = hex(Buffer.from("note: erik@example.org").toString("base64"));
    const res = redactJsonBody(r, "tencent", JSON.stringify({ d: nested }));
    const out = JSON.parse(bodyOf(res)).d as string;
    expect(Buffer.from(unhex(out), "base64").toString("utf8")).toBe("note: [redacted:contact.email]");
    expect(findingsOf(res)).toEqual([["body:d#hex#base64~text", "contact.email", "drop", "text"]]);
  });

  it("applies an endpoint plan's #hex child to the text", () => {
    const plan = compileFieldPlanFromTags([{ path: "ext#hex#json.who", category: "contact.email" }]);
    const res = r.redact(
      transfer("tencent", {
        body: { kind: "json", text: JSON.stringify({ ext: hex('{"who":"someone","n":1}') }) },
      }),
      { plan },
    );
    expect(res.ok).toBe(true);
    if (!res.ok || res.transfer.body.kind !== "json") return;
    expect(unhex(JSON.parse(res.transfer.body.text).ext)).toBe('{"n":1}');
    expect(res.report.findings.map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:ext#hex#json.who", "contact.email", "schema"],
    ]);
  });

  it("property: a planted value in hex text, whole or as a token in a sentence, does not survive", () => {
    fc.assert(
      fc.property(personalValue, fc.boolean(), fc.boolean(), (p, upper, inSentence) => {
        const encoded = encodeHexText(`contact ${p.literal} thanks`, { upper });
        const note = inSentence ? `see ${encoded} later` : encoded;
        const out = JSON.parse(bodyOf(redactJsonBody(r, "facebook", JSON.stringify({ note, k: 1 }))));
        expect(out.k).toBe(1);
        const written = inSentence ? (out.note as string).slice(4, -6) : (out.note as string);
        expect(written).toBe(encodeHexText(`contact [redacted:${p.category}] thanks`, { upper }));
      }),
      { numRuns: 500 },
    );
  });
});
