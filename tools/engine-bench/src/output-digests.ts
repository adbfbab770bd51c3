/**
 * Fingerprints of the engine's output on the benchmark payloads: a sha256 over the redacted body
 * and the report of every payload at every bench size. A speed change to the engine must leave
 * these unchanged (`src/output-digests.test.ts` compares them with `testdata/valid-output-digests.json`,
 * recorded at commit 4c44610, before this round of speed work).
 */
import { createHash } from "node:crypto";
import type { CompiledPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { payloadsOfSize, transferOf } from "./payloads.js";

/** The sizes the bench runs (1 KB, 16 KB, 256 KB). */
export const BENCH_SIZES: readonly number[] = [1024, 16 * 1024, 256 * 1024];

/** `"<payload>@<size>"` -> sha256 (hex) of the output body text, a newline and the report as JSON. */
export function outputDigests(policy: CompiledPolicy): Record<string, string> {
  const redactor = createRedactor({ policy, secret: "engine-bench-secret-0123456789" });
  const out: Record<string, string> = {};
  for (const size of BENCH_SIZES) {
    for (const p of payloadsOfSize(size)) {
      const r = redactor.redact(transferOf(p));
      const body = r.ok
        ? r.transfer.body.kind === "json"
          ? r.transfer.body.text
          : ""
        : `refused ${r.error.code}`;
      const report = r.ok ? JSON.stringify(r.report) : "";
      out[`${p.name}@${size}`] = createHash("sha256").update(`${body}\n${report}`).digest("hex");
    }
  }
  return out;
}
