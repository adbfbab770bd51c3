import { describe, expect, it } from "vitest";
import { createCapiPayload, formatSize, parseSize } from "./payload.js";

describe("createCapiPayload", () => {
  for (const target of [1024, 16 * 1024, 256 * 1024]) {
    it(`builds a valid Conversions API batch of about ${formatSize(target)}`, () => {
      const payload = createCapiPayload({ targetBytes: target });
      expect(payload.body.length).toBeLessThanOrEqual(target);
      expect(payload.body.length).toBeGreaterThanOrEqual(target - Math.max(40, target * 0.02) - 20);
      const parsed = JSON.parse(payload.body.toString("utf8")) as {
        data: { user_data: Record<string, unknown>; custom_data: Record<string, unknown> }[];
      };
      expect(parsed.data).toHaveLength(payload.events);
      for (const event of parsed.data) {
        expect(Object.keys(event.user_data).sort()).toEqual(["client_ip_address", "em", "fbp", "ph"]);
        expect(event.custom_data.connection_type).toMatch(/^(wifi|3g|4g|5g)$/);
      }
      const text = payload.body.toString("utf8");
      expect(payload.personalValues).toHaveLength(payload.events * 4);
      for (const value of [...payload.personalValues, ...payload.operationalValues.slice(2)]) {
        expect(text).toContain(value);
      }
      expect(payload.path).toContain(payload.operationalValues[0]);
    });
  }

  it("is reproducible for a seed and differs between seeds", () => {
    const a = createCapiPayload({ targetBytes: 4096, seed: 7 });
    expect(createCapiPayload({ targetBytes: 4096, seed: 7 }).body.equals(a.body)).toBe(true);
    expect(createCapiPayload({ targetBytes: 4096, seed: 8 }).body.equals(a.body)).toBe(false);
  });
});

describe("parseSize / formatSize", () => {
  it("reads the sizes the CLI takes and prints them back", () => {
    expect(["1k", "16KB", "256kib", "2048", "1m"].map(parseSize)).toEqual([
      1024, 16384, 262144, 2048, 1048576,
    ]);
    expect([1024, 16384, 262144, 1000].map(formatSize)).toEqual(["1KB", "16KB", "256KB", "1000B"]);
    expect(() => parseSize("lots")).toThrow(/not a size/);
  });
});
