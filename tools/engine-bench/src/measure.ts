/** Throughput measurement: warm-up, then rounds of fixed duration, the median in MB/s. */

/** Options of {@link measure}. */
export interface MeasureOptions {
  readonly warmupMs: number;
  readonly rounds: number;
  readonly roundMs: number;
}

function runFor(fn: () => void, ms: number): { iterations: number; seconds: number } {
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let iterations = 0;
  let now = start;
  while (now - start < budget) {
    for (let k = 0; k < 8; k++) fn();
    iterations += 8;
    now = process.hrtime.bigint();
  }
  return { iterations, seconds: Number(now - start) / 1e9 };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** What {@link measure} returns: per function, the rate of every round and the median. */
export interface Measured {
  /** `rounds[k][r]`: MB/s of function `k` in round `r`. */
  readonly rounds: readonly (readonly number[])[];
  /** Median MB/s of each function. */
  readonly medians: readonly number[];
}

/**
 * Measures several functions over the same input size, interleaving them round by round so drift
 * hits all alike. Returns the MB/s (10^6 bytes per second) of every round and their medians.
 */
export function measure(bytes: number, fns: readonly (() => void)[], opts: MeasureOptions): Measured {
  for (const fn of fns) runFor(fn, opts.warmupMs);
  const rates: number[][] = fns.map(() => []);
  for (let round = 0; round < opts.rounds; round++) {
    fns.forEach((fn, k) => {
      const { iterations, seconds } = runFor(fn, opts.roundMs);
      rates[k]?.push((bytes * iterations) / seconds / 1e6);
    });
  }
  return { rounds: rates, medians: rates.map(median) };
}

/** What {@link compareWithJsonRoundTrip} returns. */
export interface JsonComparison {
  /** Median MB/s of `JSON.stringify(JSON.parse(text))`. */
  readonly baselineMBps: number;
  /** Median MB/s of the function under test. */
  readonly engineMBps: number;
  /** Median over rounds of engine / baseline in the same round (not a ratio of two medians). */
  readonly ratio: number;
}

/**
 * Measures `run` (which handles `text`) against `JSON.stringify(JSON.parse(text))` of the same
 * bytes, interleaved round by round.
 */
export function compareWithJsonRoundTrip(
  text: string,
  run: () => unknown,
  opts: MeasureOptions,
): JsonComparison {
  let sink = 0;
  const m = measure(
    text.length,
    [
      () => {
        sink += JSON.stringify(JSON.parse(text)).length;
      },
      () => {
        sink += run() === undefined ? 0 : 1;
      },
    ],
    opts,
  );
  if (sink === 0) throw new Error("nothing ran");
  const [baseRounds = [], engineRounds = []] = m.rounds;
  return {
    baselineMBps: m.medians[0] ?? 0,
    engineMBps: m.medians[1] ?? 0,
    // the ratio of each interleaved round (same machine state for both), then the median
    ratio: median(engineRounds.map((e, r) => e / (baseRounds[r] ?? Number.NaN))),
  };
}
