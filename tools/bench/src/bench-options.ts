import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { parseSize } from "./payload.js";

/** The targets a run can drive. */
export const TARGET_NAMES = ["pass-through", "gateway", "gateway-traced"] as const;

/** One target: the baseline proxy, the gateway with tracing off, or with tracing on. */
export type TargetName = (typeof TARGET_NAMES)[number];

/** Everything a bench run is told, after defaults. */
export interface BenchOptions {
  /** Body sizes to measure, bytes. */
  readonly sizes: readonly number[];
  /** Length of one measured load run, s (saturation and fixed rate alike). */
  readonly seconds: number;
  /** Unmeasured warm-up per target and size before the first round, s. */
  readonly warmupSeconds: number;
  /** Interleaved rounds per mode; figures are the median over rounds. */
  readonly rounds: number;
  /** Concurrent connections in saturation mode. */
  readonly connections: number;
  /** Workers for the scaling phase; 1 skips it. */
  readonly workers: number;
  /** Targets to drive (ratios need pass-through and gateway). */
  readonly targets: readonly TargetName[];
  /** Write a CPU profile of the gateway (tracing off) to `<out>/profiles`. */
  readonly cpuProf: boolean;
  /** Directory for the JSON results. */
  readonly outDir: string;
}

/** `--help` text. */
export const USAGE = `Usage: npm run bench -- [flags]

  --quick              smoke test: 1 round of 1 s runs, short warm-up
  --duration <s>       seconds per measured run (default 4)
  --rounds <n>         interleaved rounds per mode, figures are medians (default 3)
  --sizes <list>       body sizes, e.g. 1k,16k,256k (default)
  --connections <n>    connections in saturation mode (default 32)
  --workers <n>        workers for the scaling phase (default: all cores = ${availableParallelism()}; 1 = skip)
  --targets <list>     pass-through,gateway,gateway-traced (default all three)
  --cpu-prof           write a CPU profile of the gateway (tracing off) to <out>/profiles
  --out <dir>          results directory (default bench-results)
  --help               print this text
`;

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`--${name} expects a positive number`);
  return value;
}

/** Parse argv (without node and the script) into options; throws a TypeError on a bad flag. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      quick: { type: "boolean" },
      duration: { type: "string" },
      rounds: { type: "string" },
      sizes: { type: "string" },
      connections: { type: "string" },
      workers: { type: "string" },
      targets: { type: "string" },
      "cpu-prof": { type: "boolean" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) return "help";
  const quick = values.quick ?? false;
  const targets = (values.targets ?? TARGET_NAMES.join(",")).split(",").map((name) => name.trim());
  for (const name of targets) {
    if (!(TARGET_NAMES as readonly string[]).includes(name)) throw new TypeError(`unknown target: ${name}`);
  }
  return {
    sizes: (values.sizes ?? "1k,16k,256k").split(",").map(parseSize),
    seconds: positive("duration", values.duration, quick ? 1 : 4),
    warmupSeconds: quick ? 0.5 : 2,
    rounds: Math.round(positive("rounds", values.rounds, quick ? 1 : 3)),
    connections: Math.round(positive("connections", values.connections, 32)),
    workers: Math.round(positive("workers", values.workers, availableParallelism())),
    targets: targets as TargetName[],
    cpuProf: values["cpu-prof"] ?? false,
    outDir: values.out ?? "bench-results",
  };
}
