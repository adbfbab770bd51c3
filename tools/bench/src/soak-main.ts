/**
 * `npm run soak`: the gateway under steady load for minutes, to tell heap growth from a leak.
 *
 * The gateway runs from its own CLI with its admin port on; a stand-in upstream answers in its
 * own process. A few connections send Conversions API batches back to back, each batch with its
 * own personal values (200 seeds) and every tenth with a custom_data key never seen before (so
 * the engine's kept location tree meets its bound and starts over, as it would under a stream of
 * ever-new keys). Every second the gateway's own `/metrics` gives its V8 heap in use; the run is
 * judged by {@link analyseSoak}. Prints the windows and the verdict, writes the samples as JSON,
 * and exits 1 when the floor grows steadily.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { launchGateway } from "./gateway-launcher.js";
import { createCapiPayload, formatSize, parseSize } from "./payload.js";
import { freePort, startChild, stopAllProcesses } from "./processes.js";
import { analyseSoak, type HeapSample, readGauge } from "./soak-analysis.js";

const HEAP_GAUGE = "kago_gateway_nodejs_heap_size_used_bytes";

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface SoakOptions {
  readonly minutes: number;
  readonly connections: number;
  readonly bytes: number;
  readonly outDir: string;
  /** Tracing on, exporting OTLP/HTTP to a stand-in collector. */
  readonly traced: boolean;
}

const USAGE = `npm run soak -- [--minutes 3] [--connections 4] [--size 16k] [--traced] [--out bench-results]\n`;

function parseOptions(argv: readonly string[]): SoakOptions | "help" {
  let minutes = 3;
  let connections = 4;
  let bytes = 16 * 1024;
  let outDir = "bench-results";
  let traced = false;
  for (let k = 0; k < argv.length; k++) {
    const flag = argv[k];
    const value = argv[k + 1];
    if (flag === "--help" || flag === "-h") return "help";
    if (flag === "--traced") {
      traced = true;
      continue;
    }
    if (value === undefined) throw new Error(`${flag}: missing value`);
    k++;
    if (flag === "--minutes") minutes = Number(value);
    else if (flag === "--connections") connections = Number(value);
    else if (flag === "--size") bytes = parseSize(value);
    else if (flag === "--out") outDir = value;
    else throw new Error(`unknown flag ${flag}`);
  }
  if (!(minutes > 0) || !(connections >= 1 && Number.isInteger(connections)))
    throw new Error("--minutes must be > 0 and --connections a positive integer");
  return { minutes, connections, bytes, outDir, traced };
}

/** Request bodies: 200 batches with their own values; `fresh(n)` adds a key no batch had before. */
function bodies(bytes: number): { path: string; body: (n: number) => string } {
  const batches = Array.from({ length: 200 }, (_, k) =>
    createCapiPayload({ targetBytes: bytes, seed: k + 1 }),
  );
  const texts = batches.map((b) => b.body.toString("utf8"));
  return {
    path: (batches[0] as { path: string }).path,
    body: (n) => {
      const text = texts[n % texts.length] as string;
      return n % 10 === 0 ? text.replace('"content_type":', `"soak_key_${n}":1,"content_type":`) : text;
    },
  };
}

async function main(): Promise<number> {
  let options: SoakOptions | "help";
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const loadBefore = loadavg()[0] ?? 0;
  const upstream = await startChild({ role: "upstream", workers: 1, upstreams: {} });
  const collector = options.traced
    ? await startChild({ role: "collector", workers: 1, upstreams: {} })
    : null;
  const adminPort = await freePort();
  const gateway = await launchGateway({
    facebookUpstream: `http://127.0.0.1:${upstream.port}/facebook`,
    otlpEndpoint: collector === null ? null : `http://127.0.0.1:${collector.port}`,
    workers: 1,
    nodeFlags: [],
    adminPort,
  });
  const { path, body } = bodies(options.bytes);
  const url = `http://127.0.0.1:${gateway.port}/facebook${path}`;
  const deadline = Date.now() + options.minutes * 60_000;
  let sent = 0;
  let requests = 0;
  let failures = 0;
  const samples: HeapSample[] = [];

  const client = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const n = sent++;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body(n),
      });
      await response.arrayBuffer();
      if (response.status === 200) requests++;
      else failures++;
    }
  };
  const sampler = async (): Promise<void> => {
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      const text = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
      const heapUsed = readGauge(text, HEAP_GAUGE);
      if (heapUsed !== null) samples.push({ requests, heapUsed });
      if (samples.length % 15 === 0)
        process.stderr.write(`  ${samples.length} s: ${requests} requests, heap ${mb(heapUsed ?? 0)} MB\n`);
    }
  };
  process.stderr.write(
    `soak: ${options.minutes} min, ${options.connections} connections, ${formatSize(options.bytes)} batches, tracing ${options.traced ? "on" : "off"}\n`,
  );
  await Promise.all([sampler(), ...Array.from({ length: options.connections }, client)]);
  await gateway.stop();
  await upstream.stop();
  await collector?.stop();

  const analysis = analyseSoak(samples, { windows: 6, warmupFraction: 0.2, tolerance: 0.1 });
  const lines = [
    `requests: ${requests} answered 200, ${failures} other`,
    "window  requests            heap floor MB",
    ...analysis.windows.map(
      (w, k) =>
        `${String(k + 1).padStart(6)}  ${`${w.fromRequests}-${w.toRequests}`.padEnd(18)}  ${mb(w.floor)}`,
    ),
    `floor growth first -> last window: ${(analysis.floorGrowth * 100).toFixed(1)}% (tolerance 10%), ` +
      `rose in ${analysis.risingSteps} of ${analysis.steps} steps, ` +
      `slope ${mb(analysis.bytesPer100kRequests)} MB per 100k requests`,
    `verdict: ${analysis.verdict}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `soak-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  const loadAfter = loadavg()[0] ?? 0;
  writeFileSync(
    file,
    `${JSON.stringify({ startedAt, options, requests, failures, loadBefore, loadAfter, analysis, samples }, null, 2)}\n`,
  );
  process.stdout.write(
    `results: ${file} (load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)})\n`,
  );
  return analysis.verdict === "growing" || failures > 0 ? 1 : 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stopAllProcesses().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    void stopAllProcesses().finally(() => process.exit(1));
  },
);
