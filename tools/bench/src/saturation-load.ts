import autocannon from "autocannon";
import { createLatencyRecorder } from "./latency-recorder.js";
import type { LoadRequest, LoadResult } from "./load-result.js";

/** How hard to push: concurrent keep-alive connections for a number of seconds. */
export interface SaturationOptions {
  readonly connections: number;
  readonly seconds: number;
}

/**
 * Drive a target as fast as it answers (closed loop: each connection sends its next request
 * when the previous response arrives) with autocannon. Latencies are taken from autocannon's
 * per-response event at sub-millisecond resolution, since its histogram keeps whole ms.
 */
export function runSaturation(request: LoadRequest, options: SaturationOptions): Promise<LoadResult> {
  const latencies = createLatencyRecorder();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: request.body,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const ok = result["2xx"];
        resolve({
          rps: ok / result.duration,
          p50: latencies.percentile(50),
          p99: latencies.percentile(99),
          ok,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          seconds: result.duration,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.record(responseTime);
    });
  });
}
