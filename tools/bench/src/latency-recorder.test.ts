import { describe, expect, it } from "vitest";
import { createLatencyRecorder, median } from "./latency-recorder.js";

describe("createLatencyRecorder", () => {
  it("answers nearest-rank percentiles at sub-millisecond resolution, past its first capacity", () => {
    const recorder = createLatencyRecorder(4);
    // 1000 values 0.01 .. 10.00 ms, recorded out of order
    for (let i = 1000; i >= 1; i -= 1) recorder.record(i / 100);
    expect(recorder.count).toBe(1000);
    expect(recorder.percentile(50)).toBeCloseTo(5.0, 10);
    expect(recorder.percentile(99)).toBeCloseTo(9.9, 10);
    expect(recorder.percentile(100)).toBeCloseTo(10.0, 10);
    recorder.record(50);
    expect(recorder.percentile(100)).toBe(50);
  });

  it("is NaN when empty", () => {
    expect(createLatencyRecorder().percentile(99)).toBeNaN();
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
