import { describe, expect, it } from "vitest";
import { analyseSoak, type HeapSample, readGauge } from "./soak-analysis.js";

const MB = 1024 * 1024;
const criteria = { windows: 5, warmupFraction: 0.2, tolerance: 0.1 };

/** A garbage-collected heap: a saw from `floor` up by 20 MB every 50 samples. */
function saw(count: number, floorAt: (k: number) => number): HeapSample[] {
  return Array.from({ length: count }, (_, k) => ({
    requests: k * 100,
    heapUsed: floorAt(k) + ((k % 50) / 50) * 20 * MB,
  }));
}

describe("analyseSoak", () => {
  it("calls a saw with a steady floor flat", () => {
    const a = analyseSoak(
      saw(1000, () => 40 * MB),
      criteria,
    );
    expect(a.verdict).toBe("flat");
    expect(a.floorGrowth).toBeCloseTo(0, 5);
  });

  it("does not count warm-up growth that levels off", () => {
    const a = analyseSoak(
      saw(1000, (k) => (k < 150 ? 20 * MB + k * 0.2 * MB : 50 * MB)),
      criteria,
    );
    expect(a.verdict).toBe("flat");
  });

  it("calls a floor that rises with the requests served growing, with its slope", () => {
    // 1 KB per request: 100 requests per sample
    const a = analyseSoak(
      saw(1000, (k) => 40 * MB + k * 100 * 1024),
      criteria,
    );
    expect(a.verdict).toBe("growing");
    expect(a.risingSteps).toBe(a.steps);
    expect(a.bytesPer100kRequests / (100_000 * 1024)).toBeCloseTo(1, 1);
  });

  it("calls a single late jump inconclusive, not a leak", () => {
    const a = analyseSoak(
      saw(1000, (k) => (k < 800 ? 40 * MB : 60 * MB)),
      criteria,
    );
    expect(a.verdict).toBe("inconclusive");
  });

  it("refuses to judge too few samples", () => {
    expect(() =>
      analyseSoak(
        saw(5, () => MB),
        criteria,
      ),
    ).toThrow(/samples after warm-up/);
  });
});

describe("readGauge", () => {
  const text = [
    "# HELP kago_gateway_nodejs_heap_size_used_bytes Process heap size used from Node.js in bytes.",
    "# TYPE kago_gateway_nodejs_heap_size_used_bytes gauge",
    "kago_gateway_nodejs_heap_size_used_bytes 12345678",
    'kago_gateway_nodejs_heap_space_size_used_bytes{space="old"} 999',
  ].join("\n");

  it("reads a gauge by its exact name", () => {
    expect(readGauge(text, "kago_gateway_nodejs_heap_size_used_bytes")).toBe(12345678);
    expect(readGauge(text, "kago_gateway_nodejs_heap_space_size_used_bytes")).toBe(999);
    expect(readGauge(text, "kago_gateway_nodejs_heap")).toBeNull();
  });
});
