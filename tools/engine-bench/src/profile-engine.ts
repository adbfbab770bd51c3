/**
 * `npm run profile -w @kago/engine-bench [-- --size BYTES --ms MS --payload NAME]`: runs only the engine over the
 * benchmark payloads of one size for a while, under `node --cpu-prof`, so the profile shows the
 * engine alone (no JSON.parse baseline). Summarise the `.cpuprofile` it writes with
 * `node tools/bench/dist/profile-top.js <file>`.
 */
import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor, type Transfer } from "@kago/redaction";
import { numberOption } from "./cli-options.js";
import { payloadsOfSize, transferOf } from "./payloads.js";

const size = numberOption("size", 256 * 1024);
const ms = numberOption("ms", 5000);
const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-bench-secret-0123456789" });
const only = process.argv.indexOf("--payload");
const name = only === -1 ? undefined : process.argv[only + 1];
const transfers: Transfer[] = payloadsOfSize(size)
  .filter((p) => name === undefined || p.name === name)
  .map(transferOf);
let bytes = 0;
let ok = 0;
const start = performance.now();
while (performance.now() - start < ms) {
  for (const t of transfers) {
    const r = redactor.redact(t);
    if (r.ok) ok++;
    bytes += t.body.kind === "json" ? t.body.text.length : 0;
  }
}
const seconds = (performance.now() - start) / 1000;
process.stdout.write(
  `${ok} redactions, ${(bytes / seconds / 1e6).toFixed(1)} MB/s over ${seconds.toFixed(1)} s\n`,
);
