/** Collects response times at sub-millisecond resolution and answers percentiles. */
export interface LatencyRecorder {
  /** Record one response time, in milliseconds (fractions kept). */
  record(milliseconds: number): void;
  /** Number of values recorded. */
  readonly count: number;
  /** The p-th percentile (0-100, nearest rank), in milliseconds; NaN when empty. */
  percentile(p: number): number;
}

/**
 * A recorder that keeps every value in a growable Float64Array. A bench round records at most a
 * few hundred thousand values, so exact nearest-rank percentiles are cheap; autocannon's own
 * histogram rounds to whole milliseconds, too coarse to judge a 1 ms p99 budget.
 */
export function createLatencyRecorder(initialCapacity = 65_536): LatencyRecorder {
  let values = new Float64Array(initialCapacity);
  let count = 0;
  let sorted: Float64Array | undefined;
  return {
    record(milliseconds) {
      if (count === values.length) {
        const grown = new Float64Array(values.length * 2);
        grown.set(values);
        values = grown;
      }
      values[count] = milliseconds;
      count += 1;
      sorted = undefined;
    },
    get count() {
      return count;
    },
    percentile(p) {
      if (count === 0) return Number.NaN;
      sorted ??= values.slice(0, count).sort();
      const rank = Math.min(count, Math.max(1, Math.ceil((p / 100) * count)));
      return sorted[rank - 1] as number;
    },
  };
}

/** Median of a non-empty list (mean of the middle two for even lengths); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
