/**
 * `node tools/bench/dist/profile-top.js <file.cpuprofile> [n]`: where a CPU profile written by
 * `npm run bench -- --cpu-prof` spent its time, as self time per function and per package.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time per function and per package (or `node:` internals, GC, idle) in a profile, ms. */
export function summariseProfile(profile: CpuProfile): {
  readonly totalMs: number;
  readonly functions: readonly [string, number][];
  readonly packages: readonly [string, number][];
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const url = frame.url;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      /\/(packages|apps|tools)\/([^/]+)\//.exec(url)?.slice(1).join("/") ??
      (url.startsWith("node:") ? "node internals" : url === "" ? `(${frame.functionName || "native"})` : url);
    const name = `${frame.functionName || "(anonymous)"} ${url.replace(/^.*\/(node_modules|packages|apps)\//, "")}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  });
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, functions: sorted(functions), packages: sorted(packages) };
}

const [file, count] = process.argv.slice(2);
if (file) {
  const summary = summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const limit = Number(count ?? 25);
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  process.stdout.write(`total ${(summary.totalMs / 1000).toFixed(1)} s\n\nself time by package:\n`);
  for (const [name, ms] of summary.packages.slice(0, limit)) process.stdout.write(`  ${pct(ms)}  ${name}\n`);
  process.stdout.write("\nself time by function:\n");
  for (const [name, ms] of summary.functions.slice(0, limit)) process.stdout.write(`  ${pct(ms)}  ${name}\n`);
}
