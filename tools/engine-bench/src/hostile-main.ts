/**
 * `npm run hostile -w @kago/engine-bench [-- --size BYTES --rounds N --round-ms MS]`: the engine
 * on the hostile payloads (`hostile-payloads.ts`), each against `JSON.parse` + `JSON.stringify`
 * of the same bytes in interleaved rounds. Prints milliseconds per megabyte and the ratio, worst
 * first. A benchmark: nothing is asserted.
 */
import { loadavg } from "node:os";
import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { measureOptions, numberOption } from "./cli-options.js";
import { hostilePayloads } from "./hostile-payloads.js";
import { compareWithJsonRoundTrip } from "./measure.js";
import { transferOf } from "./payloads.js";

const size = numberOption("size", 256 * 1024);
const opts = measureOptions({ rounds: 5, roundMs: 300, warmupMs: 500 });
const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-bench-secret-0123456789" });
const loadBefore = loadavg()[0] ?? 0;
const rows = hostilePayloads(size).map((p) => {
  const transfer = transferOf(p);
  const first = redactor.redact(transfer);
  const outcome = first.ok
    ? first.report.changed
      ? "redacted"
      : "unchanged"
    : `refused ${first.error.code}`;
  const m = compareWithJsonRoundTrip(p.text, () => redactor.redact(transfer), opts);
  return {
    name: p.name,
    bytes: p.text.length,
    outcome,
    msPerMB: m.engineMBps > 0 ? 1000 / m.engineMBps : Number.POSITIVE_INFINITY,
    ratio: m.ratio,
  };
});
rows.sort((a, b) => a.ratio - b.ratio);
process.stdout.write(
  `node ${process.version}, ${opts.rounds} rounds of ${opts.roundMs} ms, median; engine ms per MB and ratio to JSON.parse + JSON.stringify\n`,
);
process.stdout.write(
  `${"payload".padEnd(22)}${"bytes".padStart(9)}  ${"outcome".padEnd(22)}${"ms/MB".padStart(8)}${"ratio".padStart(8)}\n`,
);
for (const r of rows)
  process.stdout.write(
    `${r.name.padEnd(22)}${String(r.bytes).padStart(9)}  ${r.outcome.padEnd(22)}${r.msPerMB.toFixed(1).padStart(8)}${r.ratio.toFixed(3).padStart(8)}\n`,
  );
process.stdout.write(
  `load average (1 min) ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after\n`,
);
