import { Agent, request as httpRequest } from "node:http";
import { performance } from "node:perf_hooks";
import { createLatencyRecorder } from "./latency-recorder.js";
import type { LoadRequest, LoadResult } from "./load-result.js";

/** A fixed request rate held for a number of seconds. */
export interface FixedRateOptions {
  /** Requests per second to send, evenly spaced. */
  readonly rate: number;
  readonly seconds: number;
}

/** A fixed-rate run's result, plus how late the generator itself sent. */
export interface FixedRateResult extends LoadResult {
  /** The rate asked for, req/s. */
  readonly targetRate: number;
  /** 99th percentile of (actual send time - scheduled time), ms: the generator's own lag. */
  readonly sendLagP99: number;
}

/**
 * Drive a target at a fixed rate, open loop: requests go out on a schedule (every 1/rate s,
 * checked each millisecond) whether or not earlier ones have been answered, over a pool of
 * keep-alive sockets. Latency runs from the moment a request is handed to the HTTP client
 * (including any wait for a free socket) to the end of its response.
 *
 * Not autocannon's `overallRate`: its limiter lets each connection send its per-second quota
 * back to back and then idle until the next second, so its tail latency is that of a burst at
 * full concurrency, not of a steady half load.
 */
export function runFixedRate(request: LoadRequest, options: FixedRateOptions): Promise<FixedRateResult> {
  const url = new URL(request.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies = createLatencyRecorder();
  const lag = createLatencyRecorder();
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  let sent = 0;
  let finished = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const settle = () => {
      finished += 1;
      if (finished < total) return;
      agent.destroy();
      const seconds = (performance.now() - start) / 1000;
      resolve({
        rps: ok / seconds,
        p50: latencies.percentile(50),
        p99: latencies.percentile(99),
        ok,
        non2xx,
        errors,
        seconds,
        targetRate: options.rate,
        sendLagP99: lag.percentile(99),
      });
    };
    const fire = (scheduled: number) => {
      const began = performance.now();
      lag.record(began - scheduled);
      let counted = false;
      const fail = () => {
        if (counted) return;
        counted = true;
        errors += 1;
        settle();
      };
      const outgoing = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            accept: "application/json",
            "content-length": request.body.length,
          },
          timeout: 10_000,
        },
        (response) => {
          response.on("data", () => {});
          response.on("error", fail);
          response.on("end", () => {
            if (counted) return;
            counted = true;
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) {
              ok += 1;
              latencies.record(performance.now() - began);
            } else non2xx += 1;
            settle();
          });
        },
      );
      outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
      outgoing.on("error", fail);
      outgoing.end(request.body);
    };
    const pump = () => {
      const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
      while (sent < due) {
        fire(start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(pump, 1);
    };
    pump();
  });
}
