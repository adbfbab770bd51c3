/**
 * `npm run bench -w @kago/engine-bench [-- --rounds N --round-ms MS --warmup-ms MS --json FILE]`:
 * prints engine vs JSON.parse + JSON.stringify throughput for 1 KB, 16 KB and 256 KB payloads.
 */
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { loadBuiltinPolicy } from "@kago/policy";
import { measureOptions } from "./cli-options.js";
import { BENCH_SIZES } from "./output-digests.js";
import { formatRows, runBench } from "./run-bench.js";

const opts = measureOptions({ rounds: 9, roundMs: 300, warmupMs: 1000 });
const loadBefore = loadavg()[0] ?? 0;
const rows = runBench(loadBuiltinPolicy(), BENCH_SIZES, opts);
process.stdout.write(
  `node ${process.version}, ${opts.rounds} rounds of ${opts.roundMs} ms after ${opts.warmupMs} ms warm-up, median\n`,
);
process.stdout.write(`${formatRows(rows)}\n`);
const loadAfter = loadavg()[0] ?? 0;
process.stdout.write(`load average (1 min) ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after\n`);
const minRatio = Math.min(...rows.map((r) => r.ratio));
process.stdout.write(`lowest ratio ${minRatio.toFixed(2)} (target >= 0.80)\n`);
const jsonIdx = process.argv.indexOf("--json");
const jsonFile = jsonIdx === -1 ? undefined : process.argv[jsonIdx + 1];
if (jsonFile !== undefined)
  writeFileSync(jsonFile, `${JSON.stringify({ opts, load: [loadBefore, loadAfter], rows }, null, 2)}\n`);
