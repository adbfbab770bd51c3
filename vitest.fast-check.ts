/**
 * Makes every fast-check property in every workspace draw the same cases on every run, so a test
 * run (CI's above all) passes or fails for the code it tests, never for the draw (session 16).
 *
 * - Default: the fixed seed below. A failure prints its seed and shrink path, as fast-check always
 *   does, and repeats on the next run.
 * - `FC_SEED=<integer>` runs with that seed (to replay a reported failure, or to try other cases).
 * - `FC_SEED=random` restores fast-check's own behaviour: a fresh seed per property. Use it, with
 *   `FC_RUNS`, to explore; a failure it finds should become a fixed test case.
 * - `FC_RUNS=<n>` overrides how many cases each property draws, where a test does not set its own
 *   `numRuns`.
 */
import fc from "fast-check";

/** The seed every property starts from unless `FC_SEED` says otherwise. */
export const DEFAULT_PROPERTY_SEED = 20_261_201;

function readSeed(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return DEFAULT_PROPERTY_SEED;
  if (value === "random") return undefined;
  if (!/^-?\d+$/.test(value))
    throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return Number(value);
}

function readRuns(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`FC_RUNS must be a positive integer, not ${JSON.stringify(value)}`);
  return Number(value);
}

const seed = readSeed(process.env.FC_SEED);
const numRuns = readRuns(process.env.FC_RUNS);
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed }),
  ...(numRuns === undefined ? {} : { numRuns }),
});
