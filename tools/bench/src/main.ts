/**
 * `npm run bench`: the gateway against a plain pass-through proxy, on this machine. Prints the
 * tables to stdout, progress to stderr, and writes the full results as JSON.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseBenchOptions, USAGE } from "./bench-options.js";
import { stopAllProcesses } from "./processes.js";
import { formatSummary, summarise } from "./report.js";
import { runBench } from "./run-bench.js";

async function main(): Promise<number> {
  let options: ReturnType<typeof parseBenchOptions>;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const loadBefore = loadavg();
  const measured = await runBench(options);
  const summary = summarise(measured);
  process.stdout.write(`${formatSummary(summary, measured)}\n`);

  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = {
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryMb: Math.round(totalmem() / 1024 / 1024),
    // Other work on the machine skews every figure; the 1-minute load average says how much.
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadavg(),
  };
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), seconds, machine, options, summary, measured }, null, 2)}\n`,
  );
  process.stdout.write(
    `\nresults: ${file} (run took ${seconds.toFixed(0)} s; load average before ${loadBefore[0]?.toFixed(2)}, after ${machine.loadAverageAfter[0]?.toFixed(2)})\n`,
  );
  if (measured.profileDir) process.stdout.write(`cpu profiles: ${measured.profileDir}\n`);
  return summary.failures.length > 0 ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the bench's processes\n`);
    void stopAllProcesses().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
