/**
 * `npm run ab -w @kago/engine-bench -- <dir> <dir> [...]`: an interleaved comparison of engine
 * builds made by `scripts/snapshot.sh`, on the bench payloads. Each build's outputs are compared
 * with the first's before timing (a speed change must not change a decision); then, per payload,
 * every build and the `JSON.parse` + `JSON.stringify` baseline run in turn, round by round, so
 * machine drift hits all alike. Prints each build's median ratio to the baseline and to the first
 * build. Separate runs on a shared host move a ratio by about 0.05; this is how a change is judged.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { payloadsOfSize, transferOf } from "./payloads.js";

interface Engine {
  readonly name: string;
  readonly redact: (transfer: unknown) => unknown;
}

async function load(dir: string): Promise<Engine> {
  const at = (pkg: string) => pathToFileURL(resolve(dir, "node_modules/@kago", pkg, "dist/index.js")).href;
  const redaction = (await import(at("redaction"))) as {
    createRedactor(options: { policy: unknown; secret: string }): { redact(t: unknown): unknown };
  };
  const policy = (await import(at("policy"))) as { loadBuiltinPolicy(): unknown };
  const redactor = redaction.createRedactor({
    policy: policy.loadBuiltinPolicy(),
    secret: "engine-bench-secret-0123456789",
  });
  return { name: dir, redact: (t) => redactor.redact(t) };
}

function rate(fn: () => unknown, ms: number): number {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  return n / (performance.now() - start);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write("usage: npm run ab -w @kago/engine-bench -- <dir> <dir> [...]\n");
  process.exit(2);
}
const engines = await Promise.all(dirs.map(load));
process.stdout.write(
  `${"payload".padEnd(22)} ${"bytes".padStart(7)}  ${engines.map((_engine, k) => `#${k + 1} /json`.padStart(9) + (k > 0 ? `  #${k + 1}/#1` : "")).join(" ")}\n`,
);
for (const size of [1024, 16384, 262144]) {
  for (const payload of payloadsOfSize(size)) {
    const transfer = transferOf(payload);
    const reference = JSON.stringify(engines[0]?.redact(transfer));
    const same = engines.map((e) => JSON.stringify(e.redact(transfer)) === reference);
    const baseline = () => JSON.stringify(JSON.parse(payload.text));
    for (const e of engines) rate(() => e.redact(transfer), 300);
    rate(baseline, 300);
    const toJson: number[][] = engines.map(() => []);
    const toFirst: number[][] = engines.map(() => []);
    for (let round = 0; round < 7; round++) {
      const json = rate(baseline, 150);
      const rates = engines.map((e) => rate(() => e.redact(transfer), 150));
      rates.forEach((r, k) => {
        toJson[k]?.push(r / json);
        toFirst[k]?.push(r / (rates[0] as number));
      });
    }
    const cells = engines.map((_, k) => {
      const ratio = median(toJson[k] ?? [])
        .toFixed(2)
        .padStart(9);
      return k === 0
        ? ratio
        : `${ratio}  ${median(toFirst[k] ?? [])
            .toFixed(2)
            .padStart(5)}x${same[k] ? "" : " OUTPUT DIFFERS"}`;
    });
    process.stdout.write(
      `${payload.name.padEnd(22)} ${String(payload.text.length).padStart(7)}  ${cells.join(" ")}\n`,
    );
  }
}
