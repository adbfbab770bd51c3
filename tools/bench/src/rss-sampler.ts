import { readdirSync, readFileSync } from "node:fs";

/** A process and all its descendants (e.g. cluster workers), found by scanning `/proc`. */
export function findProcessTree(rootPid: number): readonly number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised command name: state, ppid, ...
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** Resident memory (VmRSS) of the given processes together, in bytes. */
export function readRss(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

/** Resident-memory samples of one process tree over a run, with named marks. */
export interface RssSampler {
  /** Take a sample now and remember it under `label` (e.g. `after round 1`). */
  mark(label: string): number;
  /** Stop the periodic sampling and return what was seen. */
  stop(): RssSummary;
}

/** What an {@link RssSampler} saw, in bytes. */
export interface RssSummary {
  readonly start: number;
  readonly peak: number;
  readonly end: number;
  readonly samples: number;
  readonly marks: readonly { readonly label: string; readonly rss: number }[];
}

/**
 * Sample the resident memory of `pid` and its descendants every `intervalMs`. The process tree
 * is looked up again at each mark (cheap enough there), not at every sample, to keep the
 * sampler's own CPU use off the load generator's core.
 */
export function createRssSampler(pid: number, intervalMs = 500): RssSampler {
  let pids = findProcessTree(pid);
  const start = readRss(pids);
  let peak = start;
  let last = start;
  let samples = 1;
  const marks: { label: string; rss: number }[] = [];
  const sample = () => {
    last = readRss(pids);
    peak = Math.max(peak, last);
    samples += 1;
    return last;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    mark(label) {
      pids = findProcessTree(pid);
      const rss = sample();
      marks.push({ label, rss });
      return rss;
    },
    stop() {
      clearInterval(timer);
      sample();
      return { start, peak, end: last, samples, marks };
    },
  };
}
