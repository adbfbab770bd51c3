/** Runs the engine benchmark: every payload kind at every size, engine vs JSON round trip. */
import type { CompiledPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { compareWithJsonRoundTrip, type MeasureOptions } from "./measure.js";
import { payloadsOfSize, transferOf } from "./payloads.js";

/** One row of the result. */
export interface BenchRow {
  readonly payload: string;
  readonly bytes: number;
  readonly baselineMBps: number;
  readonly engineMBps: number;
  /** Median over rounds of engine / baseline in the same round: the target is >= 0.8. */
  readonly ratio: number;
  readonly findings: number;
}

/** Runs the benchmark and returns one row per payload and size. */
export function runBench(policy: CompiledPolicy, sizes: readonly number[], opts: MeasureOptions): BenchRow[] {
  const redactor = createRedactor({ policy, secret: "engine-bench-secret-0123456789" });
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    for (const p of payloadsOfSize(size)) {
      const transfer = transferOf(p);
      const check = redactor.redact(transfer);
      if (!check.ok) throw new Error(`engine refused ${p.name}: ${check.error.code}`);
      if (!check.report.changed)
        throw new Error(`engine changed nothing in ${p.name}: the payload is not realistic`);
      const findings = Object.values(check.report.countsByAction).reduce((a, b) => a + (b ?? 0), 0);
      const m = compareWithJsonRoundTrip(p.text, () => redactor.redact(transfer), opts);
      rows.push({
        payload: p.name,
        bytes: p.text.length,
        baselineMBps: m.baselineMBps,
        engineMBps: m.engineMBps,
        ratio: m.ratio,
        findings,
      });
    }
  }
  return rows;
}

/** The rows as an aligned text table. */
export function formatRows(rows: readonly BenchRow[]): string {
  const head = ["payload", "bytes", "findings", "JSON.parse+stringify MB/s", "engine MB/s", "ratio"];
  const body = rows.map((r) => [
    r.payload,
    String(r.bytes),
    String(r.findings),
    r.baselineMBps.toFixed(1),
    r.engineMBps.toFixed(1),
    r.ratio.toFixed(2),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((b) => (b[k] as string).length)));
  const line = (cells: string[]) => cells.map((c, k) => c.padStart(widths[k] as number)).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}
