import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { BenchOptions, TargetName } from "./bench-options.js";
import { runFixedRate } from "./fixed-rate-load.js";
import { launchGateway } from "./gateway-launcher.js";
import type { LoadResult } from "./load-result.js";
import { type CapiPayload, createCapiPayload, formatSize } from "./payload.js";
import { type BenchProcess, startChild } from "./processes.js";
import { createRssSampler, type RssSampler, type RssSummary } from "./rss-sampler.js";
import { type CapturedOverIpc, checkForwarded } from "./sanity-check.js";
import { runSaturation } from "./saturation-load.js";

/** All raw measurements of one run, before summarising. */
export interface BenchMeasurements {
  readonly payloads: readonly { readonly size: string; readonly bytes: number; readonly events: number }[];
  /** size -> target -> one result per round. */
  readonly saturation: Record<string, Partial<Record<TargetName, LoadResult[]>>>;
  /** size -> the fixed rate used and target -> one result per round. */
  readonly fixedRate: Record<
    string,
    {
      readonly rate: number;
      readonly results: Partial<Record<TargetName, LoadResult[]>>;
      /** Targets not run at this rate because their saturation maximum (req/s) is below it. */
      readonly skipped: Partial<Record<TargetName, number>>;
    }
  >;
  /** Workers used in the scaling phase, and size -> target -> results with that many workers. */
  readonly scaling: {
    readonly workers: number;
    readonly saturation: Record<string, Partial<Record<TargetName, LoadResult[]>>>;
  } | null;
  /** Target -> resident memory of its process tree over the run. */
  readonly memory: Partial<Record<TargetName, RssSummary>>;
  /** Export requests the stand-in collector received (tracing on must export). */
  readonly collector: { readonly exports: number; readonly bytes: number } | null;
  /** Where CPU profiles were written, if asked. */
  readonly profileDir: string | null;
}

interface RunningTarget {
  readonly name: TargetName;
  readonly process: BenchProcess;
  readonly prefix: string;
  readonly sampler: RssSampler;
}

const RECIPIENT = "facebook";

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % Math.max(1, items.length);
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function push<T>(record: Partial<Record<TargetName, T[]>>, name: TargetName, value: T): void {
  const list = record[name] ?? [];
  list.push(value);
  record[name] = list;
}

function targetUrl(target: RunningTarget, payload: CapiPayload): string {
  return `http://127.0.0.1:${target.process.port}/${RECIPIENT}${payload.path}`;
}

async function startTargets(
  names: readonly TargetName[],
  upstream: BenchProcess,
  collector: BenchProcess | null,
  workers: number,
  profileDir: string | null,
): Promise<RunningTarget[]> {
  const started: RunningTarget[] = [];
  const suffix = workers > 1 ? `w${workers}` : "";
  for (const name of names) {
    const prefix = `/${{ "pass-through": "pt", gateway: "gw", "gateway-traced": "gwt" }[name]}${suffix}`;
    const base = `http://127.0.0.1:${upstream.port}${prefix}`;
    const process =
      name === "pass-through"
        ? await startChild({ role: "pass-through", workers, upstreams: { [RECIPIENT]: base } })
        : await launchGateway({
            facebookUpstream: base,
            otlpEndpoint:
              name === "gateway-traced" && collector ? `http://127.0.0.1:${collector.port}` : null,
            workers,
            nodeFlags:
              name === "gateway" && profileDir && workers === 1
                ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]
                : [],
          });
    started.push({ name, process, prefix, sampler: createRssSampler(process.pid) });
    log(`  started ${name}${workers > 1 ? ` x${workers} workers` : ""} on port ${process.port}`);
  }
  return started;
}

/** Send one request through each target and check what the upstream received. */
async function sanityCheck(
  targets: readonly RunningTarget[],
  upstream: BenchProcess,
  payloads: readonly CapiPayload[],
): Promise<void> {
  for (const target of targets) {
    for (const payload of payloads) {
      const captured = upstream.ask<CapturedOverIpc>({ type: "capture", prefix: `${target.prefix}/` });
      const response = await fetch(targetUrl(target, payload), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: payload.body,
      });
      const answer = await response.text();
      if (response.status < 200 || response.status >= 300) {
        throw new Error(
          `sanity: ${target.name} answered ${response.status} to a ${formatSize(payload.body.length)} batch: ${answer.slice(0, 300)}`,
        );
      }
      const problems = checkForwarded(
        payload,
        await captured,
        target.name === "pass-through" ? "byte-identical" : "redacted",
      );
      if (problems.length > 0) throw new Error(`sanity: ${target.name}: ${problems.join("; ")}`);
    }
    log(`  sanity ok: ${target.name} (${target.name === "pass-through" ? "byte-identical" : "redacted"})`);
  }
}

async function saturationRounds(
  targets: readonly RunningTarget[],
  payloads: readonly CapiPayload[],
  sizes: readonly string[],
  rounds: number,
  options: BenchOptions,
  label: string,
): Promise<Record<string, Partial<Record<TargetName, LoadResult[]>>>> {
  const results: Record<string, Partial<Record<TargetName, LoadResult[]>>> = {};
  for (const size of sizes) results[size] = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, payload] of payloads.entries()) {
      const size = sizes[index] as string;
      for (const target of rotate(targets, round + index)) {
        const result = await runSaturation(
          { url: targetUrl(target, payload), body: payload.body },
          { connections: options.connections, seconds: options.seconds },
        );
        push(results[size] as Partial<Record<TargetName, LoadResult[]>>, target.name, result);
        log(
          `  ${label} round ${round + 1}/${rounds} ${size.padEnd(5)} ${target.name.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p99 ${result.p99.toFixed(2)} ms${result.non2xx + result.errors > 0 ? `  non-2xx ${result.non2xx} errors ${result.errors}` : ""}`,
        );
      }
    }
    for (const target of targets) target.sampler.mark(`${label} round ${round + 1}`);
  }
  return results;
}

function medianRps(results: readonly LoadResult[] | undefined): number {
  const values = (results ?? []).map((result) => result.rps).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/**
 * Run the whole benchmark: stand-ins and targets each in their own process, a sanity check
 * per target, warm-up, interleaved saturation rounds, interleaved fixed-rate rounds at half the
 * pass-through's maximum, then (with more than one worker) the scaling phase.
 */
export async function runBench(options: BenchOptions): Promise<BenchMeasurements> {
  const payloads = options.sizes.map((targetBytes) => createCapiPayload({ targetBytes }));
  const sizes = options.sizes.map(formatSize);
  const profileDir = options.cpuProf ? resolve(options.outDir, "profiles") : null;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const helpers: BenchProcess[] = [];
  let targets: RunningTarget[] = [];
  try {
    log("starting stand-in upstream, collector and targets");
    const upstream = await startChild({ role: "upstream", workers: 1, upstreams: {} });
    helpers.push(upstream);
    const collector = options.targets.includes("gateway-traced")
      ? await startChild({ role: "collector", workers: 1, upstreams: {} })
      : null;
    if (collector) helpers.push(collector);
    targets = await startTargets(options.targets, upstream, collector, 1, profileDir);
    await sanityCheck(targets, upstream, payloads);

    log(`warm-up: ${options.warmupSeconds} s per target and size`);
    for (const payload of payloads) {
      for (const target of targets) {
        await runSaturation(
          { url: targetUrl(target, payload), body: payload.body },
          { connections: options.connections, seconds: options.warmupSeconds },
        );
      }
    }
    for (const target of targets) target.sampler.mark("after warm-up");

    log(`saturation: ${options.connections} connections, ${options.rounds} x ${options.seconds} s rounds`);
    const saturation = await saturationRounds(
      targets,
      payloads,
      sizes,
      options.rounds,
      options,
      "saturation",
    );

    log("fixed rate: half of the pass-through's maximum per size");
    const fixedRate: BenchMeasurements["fixedRate"] = {};
    for (const size of sizes) {
      const baseline = medianRps(saturation[size]?.["pass-through"]);
      const fastest = Math.max(...targets.map((target) => medianRps(saturation[size]?.[target.name])));
      fixedRate[size] = {
        rate: Math.max(1, Math.round((baseline > 0 ? baseline : fastest) / 2)),
        results: {},
        skipped: {},
      };
    }
    for (let round = 0; round < options.rounds; round += 1) {
      for (const [index, payload] of payloads.entries()) {
        const size = sizes[index] as string;
        const entry = fixedRate[size] as BenchMeasurements["fixedRate"][string];
        for (const target of rotate(targets, round + index)) {
          // A target whose maximum is below the rate would only queue without bound: its tail
          // latency is then the length of the run, not a property of the target. Say so instead.
          const maximum = medianRps(saturation[size]?.[target.name]);
          if (maximum < entry.rate * 1.1) {
            entry.skipped[target.name] = maximum;
            continue;
          }
          const result = await runFixedRate(
            { url: targetUrl(target, payload), body: payload.body },
            { rate: entry.rate, seconds: options.seconds },
          );
          push(entry.results, target.name, result);
          log(
            `  fixed rate round ${round + 1}/${options.rounds} ${size.padEnd(5)} ${target.name.padEnd(15)} ${entry.rate} req/s  p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms${result.non2xx + result.errors > 0 ? `  non-2xx ${result.non2xx} errors ${result.errors}` : ""}`,
          );
        }
      }
      for (const target of targets) target.sampler.mark(`fixed rate round ${round + 1}`);
    }

    const collectorStats = collector
      ? await collector.ask<{ exports: number; bytes: number }>({ type: "collector-stats" })
      : null;
    const memory: BenchMeasurements["memory"] = {};
    for (const target of targets) {
      memory[target.name] = target.sampler.stop();
      await target.process.stop();
    }
    targets = [];

    let scaling: BenchMeasurements["scaling"] = null;
    const scaled = options.targets.filter((name) => name !== "gateway-traced");
    if (options.workers > 1 && scaled.length > 0) {
      log(`scaling: ${options.workers} workers`);
      targets = await startTargets(scaled, upstream, null, options.workers, null);
      await sanityCheck(targets, upstream, payloads);
      for (const payload of payloads) {
        for (const target of targets) {
          await runSaturation(
            { url: targetUrl(target, payload), body: payload.body },
            { connections: options.connections, seconds: options.warmupSeconds },
          );
        }
      }
      const rounds = Math.max(1, options.rounds - 1);
      scaling = {
        workers: options.workers,
        saturation: await saturationRounds(targets, payloads, sizes, rounds, options, "scaling"),
      };
    }
    return {
      payloads: payloads.map((payload, index) => ({
        size: sizes[index] as string,
        bytes: payload.body.length,
        events: payload.events,
      })),
      saturation,
      fixedRate,
      scaling,
      memory,
      collector: collectorStats,
      profileDir,
    };
  } finally {
    for (const target of targets) {
      target.sampler.stop();
      await target.process.stop();
    }
    for (const helper of helpers) await helper.stop();
  }
}
