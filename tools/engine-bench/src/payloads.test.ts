import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { median } from "./measure.js";
import { payloadsOfSize, transferOf } from "./payloads.js";

describe("benchmark payloads", () => {
  const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-bench-secret-0123456789" });
  it.each([1024, 16 * 1024, 256 * 1024])("are valid JSON near %i bytes and carry personal data", (size) => {
    for (const p of payloadsOfSize(size)) {
      expect(p.text.length).toBeGreaterThanOrEqual(size);
      expect(p.text.length).toBeLessThan(size * 1.6);
      expect(() => JSON.parse(p.text)).not.toThrow();
      const r = redactor.redact({
        recipient: p.recipient,
        method: "POST",
        path: p.path,
        query: "",
        headers: [],
        body: { kind: "json", text: p.text },
      });
      expect(r.ok && r.report.categoriesRemoved.length).toBeGreaterThan(0);
    }
  });
  it("lose the users' names on the way to aliyun, in their fields and in the log messages", () => {
    const sls = payloadsOfSize(16 * 1024).find((p) => p.name === "sls-webtracking");
    const r = sls && redactor.redact(transferOf(sls));
    const out = r?.ok && r.transfer.body.kind === "json" ? r.transfer.body.text : "";
    expect(sls?.text).toMatch(/user astrid reported/);
    expect(out).toMatch(/"message":"user \[redacted:account\.profile\.name\] reported/);
    for (const name of ["ingrid", "ola", "kari", "lars", "sigrid", "nils", "astrid", "erik", "solberg"])
      expect(out.toLowerCase()).not.toContain(name);
  });
  it("are deterministic", () => {
    expect(payloadsOfSize(2048)).toEqual(payloadsOfSize(2048));
  });
  it("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
