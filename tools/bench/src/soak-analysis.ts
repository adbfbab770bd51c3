/**
 * Telling heap growth from a leak in a soak run. A garbage-collected heap saws up and down; what
 * is still live after a collection is the low point of the saw. The run (after its warm-up) is cut
 * into windows by requests served; each window's floor is its lowest heap sample. A heap that
 * only warms up (caches filling, JIT code) rises early and then holds its floor; a leak raises the
 * floor with every window, in proportion to the requests served.
 */

/** One sample of the gateway under load. */
export interface HeapSample {
  /** Requests answered so far. */
  readonly requests: number;
  /** V8 heap in use (bytes), as the gateway's own metrics report it. */
  readonly heapUsed: number;
}

/** One window of the run after warm-up. */
export interface SoakWindow {
  /** Requests answered at the window's first and last sample. */
  readonly fromRequests: number;
  readonly toRequests: number;
  /** The lowest heap sample in the window (bytes): what stayed live. */
  readonly floor: number;
}

/** How {@link analyseSoak} judges. */
export interface SoakCriteria {
  /** Windows to cut the run after warm-up into (at least 3). */
  readonly windows: number;
  /** Share of the samples (by requests) that is warm-up and not judged, 0 to < 1. */
  readonly warmupFraction: number;
  /** The floor may grow by this share from the first judged window to the last, e.g. 0.1. */
  readonly tolerance: number;
}

/** The verdict of a soak run. */
export interface SoakAnalysis {
  readonly windows: readonly SoakWindow[];
  /** (last floor - first floor) / first floor. */
  readonly floorGrowth: number;
  /** Least-squares slope of the floors, in bytes per 100,000 requests. */
  readonly bytesPer100kRequests: number;
  /** Steps between consecutive windows in which the floor rose, of all steps. */
  readonly risingSteps: number;
  readonly steps: number;
  /**
   * `flat`: the floor grew by no more than the tolerance; `growing`: it grew more and rose in most
   * steps (a leak's signature); `inconclusive`: it grew more but not steadily (rerun longer).
   */
  readonly verdict: "flat" | "growing" | "inconclusive";
}

/** Judges a soak run's heap samples (ordered by time). Throws when there are too few to judge. */
export function analyseSoak(samples: readonly HeapSample[], criteria: SoakCriteria): SoakAnalysis {
  if (criteria.windows < 3) throw new RangeError("analyseSoak: at least 3 windows");
  if (!(criteria.warmupFraction >= 0 && criteria.warmupFraction < 1))
    throw new RangeError("analyseSoak: warmupFraction must be in [0, 1)");
  const last = samples[samples.length - 1];
  if (last === undefined) throw new RangeError("analyseSoak: no samples");
  const warmupEnd = last.requests * criteria.warmupFraction;
  const judged = samples.filter((s) => s.requests >= warmupEnd);
  if (judged.length < criteria.windows * 2)
    throw new RangeError(`analyseSoak: ${judged.length} samples after warm-up, need ${criteria.windows * 2}`);
  const windows: SoakWindow[] = [];
  for (let w = 0; w < criteria.windows; w++) {
    const part = judged.slice(
      Math.floor((w * judged.length) / criteria.windows),
      Math.floor(((w + 1) * judged.length) / criteria.windows),
    );
    const first = part[0] as HeapSample;
    const end = part[part.length - 1] as HeapSample;
    windows.push({
      fromRequests: first.requests,
      toRequests: end.requests,
      floor: Math.min(...part.map((s) => s.heapUsed)),
    });
  }
  const firstFloor = (windows[0] as SoakWindow).floor;
  const lastFloor = (windows[windows.length - 1] as SoakWindow).floor;
  const floorGrowth = (lastFloor - firstFloor) / firstFloor;
  let risingSteps = 0;
  for (let w = 1; w < windows.length; w++)
    if ((windows[w] as SoakWindow).floor > (windows[w - 1] as SoakWindow).floor) risingSteps++;
  const steps = windows.length - 1;
  const verdict =
    floorGrowth <= criteria.tolerance ? "flat" : risingSteps * 4 >= steps * 3 ? "growing" : "inconclusive";
  return {
    windows,
    floorGrowth,
    bytesPer100kRequests: slope(windows) * 100_000,
    risingSteps,
    steps,
    verdict,
  };
}

/** Least-squares slope of the floors against the middle of each window's requests. */
function slope(windows: readonly SoakWindow[]): number {
  const xs = windows.map((w) => (w.fromRequests + w.toRequests) / 2);
  const ys = windows.map((w) => w.floor);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let k = 0; k < xs.length; k++) {
    num += ((xs[k] as number) - mx) * ((ys[k] as number) - my);
    den += ((xs[k] as number) - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** Reads one gauge's value from a Prometheus text exposition (the first sample of that name). */
export function readGauge(exposition: string, name: string): number | null {
  for (const line of exposition.split("\n")) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== " " && rest[0] !== "{") continue;
    const value = Number(rest.slice(rest.lastIndexOf(" ") + 1));
    return Number.isFinite(value) ? value : null;
  }
  return null;
}
