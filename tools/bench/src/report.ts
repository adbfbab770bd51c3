import type { TargetName } from "./bench-options.js";
import { median } from "./latency-recorder.js";
import type { LoadResult } from "./load-result.js";
import type { RssSummary } from "./rss-sampler.js";
import type { BenchMeasurements } from "./run-bench.js";

/** Median figures of one target at one size and mode. */
export interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Non-2xx responses plus connection errors, summed over rounds. */
  readonly failed: number;
  /** Non-2xx responses alone (refusals): any of these invalidates the run. */
  readonly non2xx: number;
  readonly rounds: number;
  /** Fixed rate only: in some round the target answered under 90% of the rate (it saturated). */
  readonly saturated?: boolean;
}

/** One target of issue 6, checked against this run. */
export interface TargetCheck {
  readonly goal: string;
  /** The measured value, in the goal's unit. */
  readonly value: number;
  readonly met: boolean;
}

/** The summary printed as a table and written as JSON. */
export interface BenchSummary {
  /** size -> target -> medians at saturation. */
  readonly saturation: Record<string, Partial<Record<TargetName, Figures>>>;
  /** size -> rate and target -> medians at the fixed rate. */
  readonly fixedRate: Record<
    string,
    {
      readonly rate: number;
      readonly targets: Partial<Record<TargetName, Figures>>;
      /** Targets whose saturation maximum (req/s, given) is below the rate, so not run at it. */
      readonly skipped: Partial<Record<TargetName, number>>;
    }
  >;
  /** size -> ratios between targets. */
  readonly ratios: Record<
    string,
    {
      /** Gateway (tracing off) req/s over pass-through req/s, at saturation. */
      readonly gatewayOverPassThrough: number | null;
      /** Gateway tracing on over tracing off, req/s at saturation. */
      readonly tracedOverUntraced: number | null;
      /** Gateway p99 minus pass-through p99 at the fixed rate, ms. */
      readonly gatewayAddedP99: number | null;
      /** Same for the gateway with tracing on, ms. */
      readonly tracedAddedP99: number | null;
    }
  >;
  /** size -> target -> req/s with N workers over req/s with 1 (null when not run). */
  readonly scaling: {
    readonly workers: number;
    readonly bySize: Record<
      string,
      Partial<Record<TargetName, { readonly rps: number; readonly speedup: number }>>
    >;
  } | null;
  /** Target -> resident memory (MB) and growth between the first and last round marks. */
  readonly memory: Partial<
    Record<
      TargetName,
      { readonly startMb: number; readonly peakMb: number; readonly endMb: number; readonly growth: number }
    >
  >;
  readonly targets: readonly TargetCheck[];
  /** Reasons the run is invalid (refusals, errors, tracing that exported nothing). */
  readonly failures: readonly string[];
}

function figures(results: readonly LoadResult[] | undefined, rate?: number): Figures | undefined {
  if (!results || results.length === 0) return undefined;
  const base = {
    rps: median(results.map((result) => result.rps)),
    p50: median(results.map((result) => result.p50)),
    p99: median(results.map((result) => result.p99)),
    failed: results.reduce((sum, result) => sum + result.non2xx + result.errors, 0),
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    rounds: results.length,
  };
  return rate === undefined
    ? base
    : { ...base, saturated: results.some((result) => result.rps < 0.9 * rate) };
}

function mapTargets(
  byTarget: Partial<Record<TargetName, LoadResult[]>>,
  rate?: number,
): Partial<Record<TargetName, Figures>> {
  const out: Partial<Record<TargetName, Figures>> = {};
  for (const [name, results] of Object.entries(byTarget) as [TargetName, LoadResult[]][]) {
    const summary = figures(results, rate);
    if (summary) out[name] = summary;
  }
  return out;
}

const MB = 1024 * 1024;

function memoryFigures(rss: RssSummary) {
  const rounds = rss.marks.filter((mark) => mark.label.includes("round"));
  const first = rounds[0]?.rss ?? rss.start;
  const last = rounds[rounds.length - 1]?.rss ?? rss.end;
  return {
    startMb: rss.start / MB,
    peakMb: rss.peak / MB,
    endMb: rss.end / MB,
    growth: (last - first) / first,
  };
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

function difference(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined ? null : a - b;
}

/** Turn raw measurements into medians, ratios, target checks and failures. */
export function summarise(measured: BenchMeasurements): BenchSummary {
  const saturation: BenchSummary["saturation"] = {};
  const fixedRate: BenchSummary["fixedRate"] = {};
  const ratios: BenchSummary["ratios"] = {};
  const failures: string[] = [];
  for (const { size } of measured.payloads) {
    saturation[size] = mapTargets(measured.saturation[size] ?? {});
    const fixed = measured.fixedRate[size];
    fixedRate[size] = {
      rate: fixed?.rate ?? 0,
      targets: mapTargets(fixed?.results ?? {}, fixed?.rate),
      skipped: fixed?.skipped ?? {},
    };
    const sat = saturation[size];
    const fix = fixedRate[size].targets;
    ratios[size] = {
      gatewayOverPassThrough: ratio(sat.gateway?.rps, sat["pass-through"]?.rps),
      tracedOverUntraced: ratio(sat["gateway-traced"]?.rps, sat.gateway?.rps),
      gatewayAddedP99: difference(fix.gateway?.p99, fix["pass-through"]?.p99),
      tracedAddedP99: difference(fix["gateway-traced"]?.p99, fix["pass-through"]?.p99),
    };
    for (const [mode, byTarget] of [
      ["saturation", sat],
      ["fixed rate", fix],
    ] as const) {
      for (const [name, value] of Object.entries(byTarget)) {
        if (value.non2xx > 0)
          failures.push(`${name} at ${size} (${mode}): ${value.non2xx} non-2xx responses`);
      }
    }
  }

  let scaling: BenchSummary["scaling"] = null;
  if (measured.scaling) {
    const bySize: NonNullable<BenchSummary["scaling"]>["bySize"] = {};
    for (const { size } of measured.payloads) {
      bySize[size] = {};
      for (const [name, results] of Object.entries(measured.scaling.saturation[size] ?? {}) as [
        TargetName,
        LoadResult[],
      ][]) {
        const many = figures(results);
        const one = saturation[size]?.[name];
        if (!many || !one) continue;
        bySize[size][name] = { rps: many.rps, speedup: many.rps / one.rps };
        if (many.non2xx > 0)
          failures.push(`${name} x${measured.scaling.workers} at ${size}: ${many.non2xx} non-2xx responses`);
      }
    }
    scaling = { workers: measured.scaling.workers, bySize };
  }

  const memory: BenchSummary["memory"] = {};
  for (const [name, rss] of Object.entries(measured.memory) as [TargetName, RssSummary][]) {
    memory[name] = memoryFigures(rss);
  }
  if (measured.collector && measured.collector.exports === 0) {
    failures.push("tracing on exported nothing to the stand-in collector");
  }

  const targets: TargetCheck[] = [];
  const check = (goal: string, value: number | null | undefined, met: (v: number) => boolean) => {
    if (value !== null && value !== undefined) targets.push({ goal, value, met: met(value) });
  };
  check(
    "gateway / pass-through req/s at 1KB >= 0.80",
    ratios["1KB"]?.gatewayOverPassThrough,
    (v) => v >= 0.8,
  );
  check(
    "gateway / pass-through req/s at 16KB >= 0.35",
    ratios["16KB"]?.gatewayOverPassThrough,
    (v) => v >= 0.35,
  );
  const skipped1k = fixedRate["1KB"]?.skipped.gateway !== undefined;
  check(
    "gateway added p99 at fixed rate, 1KB <= 1 ms",
    skipped1k ? Number.NaN : ratios["1KB"]?.gatewayAddedP99,
    (v) => v <= 1,
  );
  for (const { size } of measured.payloads) {
    const traced = ratios[size]?.tracedOverUntraced;
    check(
      `tracing cost at ${size} <= 10% of req/s`,
      traced === null || traced === undefined ? null : 1 - traced,
      (v) => v <= 0.1,
    );
  }
  for (const name of ["gateway", "gateway-traced"] as const) {
    check(`${name} RSS growth, first to last round <= 10%`, memory[name]?.growth, (v) => v <= 0.1);
  }
  return { saturation, fixedRate, ratios, scaling, memory, targets, failures };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}

const fmt = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || Number.isNaN(value) ? "-" : value.toFixed(digits);

/** Render the summary as plain-text tables for the terminal. */
export function formatSummary(summary: BenchSummary, measured: BenchMeasurements): string {
  const out: string[] = [];
  const sizes = measured.payloads.map((payload) => payload.size);
  const payloads = measured.payloads.map((p) => `${p.size} = ${p.bytes} B, ${p.events} events`);
  out.push(`Payloads: ${payloads.join("; ")}`);

  const satRows: string[][] = [["saturation", "target", "req/s", "p50 ms", "p99 ms", "failed"]];
  for (const size of sizes) {
    for (const [name, value] of Object.entries(summary.saturation[size] ?? {})) {
      satRows.push([
        size,
        name,
        fmt(value.rps, 0),
        fmt(value.p50, 2),
        fmt(value.p99, 2),
        String(value.failed),
      ]);
    }
  }
  out.push("", table(satRows));

  const fixRows: string[][] = [["fixed rate", "req/s", "target", "p50 ms", "p99 ms", "failed", "kept up"]];
  for (const size of sizes) {
    const entry = summary.fixedRate[size];
    for (const [name, value] of Object.entries(entry?.targets ?? {})) {
      fixRows.push([
        size,
        String(entry?.rate ?? 0),
        name,
        fmt(value.p50, 2),
        fmt(value.p99, 2),
        String(value.failed),
        value.saturated ? "NO (saturated)" : "yes",
      ]);
    }
  }
  for (const size of sizes) {
    const entry = summary.fixedRate[size];
    for (const [name, maximum] of Object.entries(entry?.skipped ?? {})) {
      fixRows.push([
        size,
        String(entry?.rate ?? 0),
        name,
        "-",
        "-",
        "-",
        `NO (max ${fmt(maximum, 0)} req/s)`,
      ]);
    }
  }
  out.push("", table(fixRows));

  const ratioRows: string[][] = [
    ["ratios", "gateway/pass-through", "tracing on/off", "added p99 ms", "added p99 ms (traced)"],
  ];
  for (const size of sizes) {
    const r = summary.ratios[size];
    ratioRows.push([
      size,
      fmt(r?.gatewayOverPassThrough, 3),
      fmt(r?.tracedOverUntraced, 3),
      fmt(r?.gatewayAddedP99, 2),
      fmt(r?.tracedAddedP99, 2),
    ]);
  }
  out.push("", table(ratioRows));

  const memRows: string[][] = [
    ["RSS (process tree)", "start MB", "peak MB", "end MB", "growth round 1->last"],
  ];
  for (const [name, value] of Object.entries(summary.memory)) {
    memRows.push([
      name,
      fmt(value.startMb, 1),
      fmt(value.peakMb, 1),
      fmt(value.endMb, 1),
      `${fmt(value.growth * 100, 1)}%`,
    ]);
  }
  out.push("", table(memRows));

  if (summary.scaling) {
    const rows: string[][] = [
      [`scaling x${summary.scaling.workers} workers`, "target", "req/s", "vs 1 worker"],
    ];
    for (const size of sizes) {
      for (const [name, value] of Object.entries(summary.scaling.bySize[size] ?? {})) {
        rows.push([size, name, fmt(value.rps, 0), `${fmt(value.speedup, 2)}x`]);
      }
    }
    out.push("", table(rows));
  }
  if (measured.collector) {
    out.push(
      "",
      `collector: ${measured.collector.exports} trace exports, ${measured.collector.bytes} bytes received`,
    );
  }

  out.push("", "Targets:");
  for (const target of summary.targets) {
    out.push(`  [${target.met ? "met " : "MISS"}] ${target.goal}: measured ${fmt(target.value, 3)}`);
  }
  if (summary.failures.length > 0) {
    out.push("", "RUN INVALID:");
    for (const failure of summary.failures) out.push(`  ${failure}`);
  }
  return out.join("\n");
}
