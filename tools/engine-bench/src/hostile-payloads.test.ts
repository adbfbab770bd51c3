import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { hostilePayloads } from "./hostile-payloads.js";
import { transferOf } from "./payloads.js";

describe("hostile payloads", () => {
  const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-bench-secret-0123456789" });
  const payloads = hostilePayloads(16 * 1024);

  it("are valid JSON of about the size asked for, with distinct names", () => {
    expect(new Set(payloads.map((p) => p.name)).size).toBe(payloads.length);
    for (const p of payloads) {
      expect(() => JSON.parse(p.text), p.name).not.toThrow();
      expect(p.text.length, p.name).toBeGreaterThan(16 * 1024 * 0.9);
      expect(p.text.length, p.name).toBeLessThan(16 * 1024 * 1.6);
    }
  });

  it("are handled by the engine with a result, never a crash, and lose what they carry", () => {
    for (const p of payloads) {
      const res = redactor.redact(transferOf(p));
      if (!res.ok) {
        expect(res.error.code, p.name).not.toBe("engine_failure");
        continue;
      }
      const out = res.transfer.body.kind === "json" ? res.transfer.body.text : "";
      expect(out, p.name).not.toMatch(/erik@example\.org|u1@example\.org/);
    }
  });

  // At 16 KB a payload holds a few thousand spans; at 1 MB, over a hundred thousand, which is
  // where a spread into one call once overflowed the stack (engine_failure). Not a timing test.
  it("are answered with a result at 1 MB too, never an engine failure", { timeout: 120_000 }, () => {
    for (const p of hostilePayloads(1024 * 1024)) {
      const res = redactor.redact(transferOf(p));
      expect(res.ok ? "ok" : res.error.code, p.name).not.toBe("engine_failure");
    }
  });
});
