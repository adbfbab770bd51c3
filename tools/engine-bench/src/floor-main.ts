/**
 * `npm run floor -w @kago/engine-bench [-- --rounds N --round-ms MS --warmup-ms MS]`: for each
 * benchmark payload, the engine and three reference passes (`floor.ts`: one JavaScript
 * `charCodeAt` pass over the body, one native regular-expression scan of it, `JSON.parse`
 * alone), each as throughput relative to `JSON.parse` + `JSON.stringify` of the same bytes,
 * interleaved round by round. A benchmark: nothing is asserted.
 */
import { loadavg } from "node:os";
import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { measureOptions } from "./cli-options.js";
import { type FloorRow, readEveryCharCode, scanEveryCharNatively } from "./floor.js";
import { measure, median } from "./measure.js";
import { BENCH_SIZES } from "./output-digests.js";
import { payloadsOfSize, transferOf } from "./payloads.js";

const opts = measureOptions({ rounds: 7, roundMs: 200, warmupMs: 500 });
const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-bench-secret-0123456789" });
const loadBefore = loadavg()[0] ?? 0;
let sink = 0;
const rows: FloorRow[] = [];
for (const size of BENCH_SIZES) {
  for (const p of payloadsOfSize(size)) {
    const transfer = transferOf(p);
    const text = p.text;
    const m = measure(
      text.length,
      [
        () => {
          sink += JSON.stringify(JSON.parse(text)).length;
        },
        () => {
          sink += redactor.redact(transfer).ok ? 1 : 0;
        },
        () => {
          sink += readEveryCharCode(text);
        },
        () => {
          sink += scanEveryCharNatively(text) ? 0 : 1;
        },
        () => {
          sink += JSON.parse(text) === null ? 0 : 1;
        },
      ],
      opts,
    );
    const [base = [], ...passes] = m.rounds;
    const ratio = (k: number) => median((passes[k] ?? []).map((rate, r) => rate / (base[r] ?? Number.NaN)));
    rows.push({
      name: p.name,
      bytes: text.length,
      roundTripMBps: m.medians[0] ?? 0,
      engine: ratio(0),
      charCodePass: ratio(1),
      nativeScan: ratio(2),
      parseOnly: ratio(3),
    });
  }
}
if (sink === 0) throw new Error("nothing ran");
process.stdout.write(
  `node ${process.version}, ${opts.rounds} rounds of ${opts.roundMs} ms, median ratio to JSON.parse + JSON.stringify in the same round\n`,
);
const head = ["payload", "bytes", "JSON MB/s", "engine", "JS pass", "regex scan", "parse only"];
process.stdout.write(
  `${head[0]?.padEnd(22)}${head
    .slice(1)
    .map((h) => h.padStart(11))
    .join("")}\n`,
);
for (const r of rows) {
  const cells = [r.roundTripMBps.toFixed(1), r.engine, r.charCodePass, r.nativeScan, r.parseOnly].map((v) =>
    (typeof v === "number" ? v.toFixed(2) : v).padStart(11),
  );
  process.stdout.write(`${r.name.padEnd(22)}${String(r.bytes).padStart(11)}${cells.join("")}\n`);
}
process.stdout.write(
  `load average (1 min) ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after\n`,
);
