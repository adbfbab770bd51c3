/** Command-line options of the benchmark drivers. */
import type { MeasureOptions } from "./measure.js";

/** The positive number after `--<name>` on the command line, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  const v = k === -1 ? undefined : Number(process.argv[k + 1]);
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : fallback;
}

/** `--rounds`, `--round-ms` and `--warmup-ms`, each defaulting to the driver's own choice. */
export function measureOptions(defaults: MeasureOptions): MeasureOptions {
  return {
    rounds: numberOption("rounds", defaults.rounds),
    roundMs: numberOption("round-ms", defaults.roundMs),
    warmupMs: numberOption("warmup-ms", defaults.warmupMs),
  };
}
