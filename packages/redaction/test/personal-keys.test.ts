/**
 * Keys that are themselves personal data: a JSON object keyed by e-mail address, a query
 * parameter or cookie named by one. The member goes whole when the recipient may not receive the
 * category, and the key never reaches a location: reports, error locations and everything built
 * from them name `[redacted:<category>]` instead.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personalValue } from "./arbitraries.js";
import { redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith({ "contact.email": { operator: "hash" } });
const EMAIL = "ingrid@example.org";
const MAC = "a4:83:e7:2b:19:0c"; // device: aliyun may receive it

function ok(res: ReturnType<typeof r.redact>) {
  if (!res.ok) throw new Error(res.error.code);
  return { body: res.transfer.body.kind === "json" ? res.transfer.body.text : "", res };
}

describe("object keys that are personal data", () => {
  it("drops a member keyed by a denied category whole, whatever its operator, and locates it by category", () => {
    const { body, res } = ok(
      redactJsonBody(
        r,
        "facebook",
        JSON.stringify({ scores: { [EMAIL]: 5, "ola@example.org": { n: [1] }, k: 1 } }),
      ),
    );
    expect(body).toBe('{"scores":{"k":1}}');
    expect(res.report.findings).toEqual([
      {
        location: 'body:scores["[redacted:contact.email]"]',
        category: "contact.email",
        action: "drop",
        detector: "value",
        fallbackFrom: "hash", // a key cannot be hashed in place: it could collide with a sibling
      },
    ]);
    expect(res.report.countsByCategory["contact.email"]).toBe(2);
  });

  it("keeps a member keyed by a permitted category, and never names the key in a location", () => {
    const text = JSON.stringify({ byMac: { [MAC]: { rssi: -40, owner: EMAIL } } });
    const { body, res } = ok(redactJsonBody(r, "aliyun", text));
    expect(body).toMatch(/^\{"byMac":\{"a4:83:e7:2b:19:0c":\{"rssi":-40,"owner":"[0-9a-f]{64}"\}\}\}$/);
    expect(res.report.findings.map((f) => [f.location, f.category, f.action])).toEqual([
      ['body:byMac["[redacted:device.identifier.mac]"]', "device.identifier.mac", "keep"],
      ['body:byMac["[redacted:device.identifier.mac]"].owner', "contact.email", "hash"],
    ]);
    expect(JSON.stringify(res.report)).not.toContain(MAC);
  });

  it("finds personal data inside a key, not only a whole one", () => {
    const { body, res } = ok(redactJsonBody(r, "facebook", JSON.stringify({ [`user:${EMAIL}`]: 1, k: 2 })));
    expect(body).toBe('{"k":2}');
    expect(res.report.findings[0]).toMatchObject({ category: "contact.email", detector: "text" });
  });

  it("reads keys that are base64 of personal data (a map keyed by encoded addresses) the same way", () => {
    const encoded = Buffer.from(EMAIL).toString("base64");
    const letters = "bEBleGFtcGxlLmNvbQ"; // l@example.com, unpadded: no digit for a detector to stop at
    const { body, res } = ok(
      redactJsonBody(r, "facebook", JSON.stringify({ scores: { [encoded]: 5, [letters]: 6, k: 1 } })),
    );
    expect(body).toBe('{"scores":{"k":1}}');
    expect(res.report.findings[0]).toMatchObject({
      location: 'body:scores["[redacted:contact.email]"]',
      category: "contact.email",
    });
    expect(JSON.stringify(res.report)).not.toContain(encoded);
    const query = r.redact(transfer("facebook", { query: `${encodeURIComponent(encoded)}=1&k=2` }));
    expect(query.ok && query.transfer.query).toBe("k=2");
  });

  it("reads ids made of digits as ids, and does not name one that has the form of an IMEI or a phone number", () => {
    const text =
      '{"rooms":{"13800138000":{"owner":"a@b.org"},"918273645501234x":2,"918273645501234":{"owner":"c@d.org"}}}';
    const { body, res } = ok(redactJsonBody(redactorWith(), "facebook", text));
    expect(body).toBe('{"rooms":{"13800138000":{},"918273645501234x":2,"918273645501234":{}}}');
    expect(res.report.findings.map((f) => f.location)).toEqual([
      'body:rooms["[redacted:contact.phone]"].owner',
      'body:rooms["[redacted:device.identifier.imei]"].owner',
    ]);
  });

  it("keeps keys out of error locations and refuses a repeated personal key", () => {
    const limited = redactorWith({}, { maxDepth: 3 });
    const deep = limited.redact(
      transfer("aliyun", { body: { kind: "json", text: JSON.stringify({ a: { [MAC]: [[[1]]] } }) } }),
    );
    expect(deep.ok).toBe(false);
    if (!deep.ok) {
      expect(deep.error.code).toBe("too_deep");
      expect(JSON.stringify(deep.error)).not.toContain(MAC);
    }
    const dup = redactJsonBody(r, "facebook", `{"${EMAIL}":1,"${EMAIL}":2}`);
    expect(dup.ok ? "ok" : dup.error.code).toBe("duplicate_key");
  });

  it("names keys inside personal containers by category too, dropped or hashed", () => {
    for (const redactor of [r, redactorWith()]) {
      const { body, res } = ok(
        redactJsonBody(redactor, "facebook", JSON.stringify({ em: { [EMAIL]: 1 }, k: 1 })),
      );
      expect(body).not.toContain(EMAIL);
      expect(JSON.stringify(res.report)).not.toContain(EMAIL);
    }
  });
});

describe("query parameters, cookies and headers named by personal data", () => {
  it("removes the pair, keeps the others as written", () => {
    const { res } = ok(r.redact(transfer("facebook", { query: `a=1&${encodeURIComponent(EMAIL)}=x&b=%20` })));
    expect(res.transfer.query).toBe("a=1&b=%20");
    expect(res.report.findings[0]).toMatchObject({
      location: 'query:["[redacted:contact.email]"]',
      category: "contact.email",
      action: "drop",
    });
    const cookies = ok(r.redact(transfer("facebook", { headers: [["cookie", `${EMAIL}=yes`]] })));
    expect(JSON.stringify(cookies.res.transfer.headers)).not.toContain(EMAIL);
    expect(cookies.res.report.findings.map((f) => f.location)).toEqual([
      'header:cookie["[redacted:contact.email]"]',
    ]);
    const named = ok(
      r.redact(
        transfer("aliyun", {
          headers: [
            ["x-seen-192.0.2.44", "1"],
            ["x-ok", "2"],
          ],
        }),
      ),
    );
    expect(named.res.transfer.headers).toEqual([["x-ok", "2"]]);
    expect(named.res.report.findings.map((f) => [f.location, f.action])).toEqual([
      ["header:[redacted:network.ip_address]", "drop"],
    ]);
  });
});

describe("property: a planted personal key survives neither in the body nor in the report", () => {
  it("holds for keys at any depth, with any value", () => {
    fc.assert(
      fc.property(
        personalValue.filter((p) => p.category !== "device.identifier.mac"),
        fc.integer({ min: 0, max: 4 }),
        fc.jsonValue({ maxDepth: 2 }),
        (plant, depth, value) => {
          let doc: unknown = { [plant.literal]: value, keep: "x" };
          for (let k = 0; k < depth; k++) doc = k % 2 === 0 ? { wrap: doc } : [doc];
          const res = redactJsonBody(r, "facebook", JSON.stringify(doc));
          if (!res.ok) throw new Error(res.error.code);
          const out = res.transfer.body.kind === "json" ? res.transfer.body.text : "";
          // digits alone (an IMEI's form) are an id in a key: kept, but never named in the report
          if (plant.category === "device.identifier.imei") expect(out).toContain(plant.literal);
          else expect(out).not.toContain(JSON.stringify(plant.literal).slice(1, -1));
          expect(out).toContain('"keep":"x"');
          expect(JSON.stringify(res.report)).not.toContain(plant.literal);
        },
      ),
      { numRuns: 300 },
    );
  });
});
