import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { median } from "./measure.js";
import { payloadsOfSize } from "./payloads.js";

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
  it("are deterministic", () => {
    expect(payloadsOfSize(2048)).toEqual(payloadsOfSize(2048));
  });
  it("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
