/**
 * Prometheus metrics, on a registry of the gateway's own (so gateways in one process never share
 * counters). Labels are bounded sets: recipient ids of the policy (or `none`), decisions,
 * taxonomy category keys, error codes of the documented tables, reasons a header is dropped.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { TransferRecord } from "./telemetry/record.js";

/** The gateway's metrics. */
export interface GatewayMetrics {
  /** The registry to expose. */
  readonly registry: Registry;
  /** Counts one finished transfer. */
  record(r: TransferRecord): void;
  /** Prometheus text exposition of every metric. */
  exposition(): Promise<string>;
}

/** Names of the gateway's metrics. */
export const METRIC_NAMES = {
  transfers: "kago_gateway_transfers_total",
  removedValues: "kago_gateway_removed_values_total",
  refusals: "kago_gateway_refusals_total",
  droppedHeaders: "kago_gateway_dropped_headers_total",
  duration: "kago_gateway_transfer_duration_seconds",
} as const;

/** Creates the metrics; `defaultMetrics` adds the process metrics (CPU, memory, event loop). */
export function createMetrics(options: { readonly defaultMetrics: boolean }): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: "kago_gateway_" });
  const transfers = new Counter({
    name: METRIC_NAMES.transfers,
    help: "Transfers by recipient and decision (forwarded, redacted, blocked).",
    labelNames: ["recipient", "decision"] as const,
    registers: [registry],
  });
  const removed = new Counter({
    name: METRIC_NAMES.removedValues,
    help: "Values removed or transformed, by recipient and category.",
    labelNames: ["recipient", "category"] as const,
    registers: [registry],
  });
  const refusals = new Counter({
    name: METRIC_NAMES.refusals,
    help: "Refusals and upstream failures, by recipient and error code.",
    labelNames: ["recipient", "code"] as const,
    registers: [registry],
  });
  const droppedHeaders = new Counter({
    name: METRIC_NAMES.droppedHeaders,
    help: "Request headers not forwarded by their name, by recipient and reason (unlisted, trace).",
    labelNames: ["recipient", "reason"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: METRIC_NAMES.duration,
    help: "Time from request to the end of the response, by recipient and decision.",
    labelNames: ["recipient", "decision"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  // Label sets bound once per combination (the sets are bounded: see above), so a transfer does
  // not hash its labels again for every metric it touches.
  const byDecision = new Map<
    string,
    { transfers: ReturnType<typeof transfers.labels>; duration: ReturnType<typeof duration.labels> }
  >();
  const byCategory = new Map<string, ReturnType<typeof removed.labels>>();
  const bind = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
    let bound = cache.get(key);
    if (bound === undefined) {
      bound = make();
      cache.set(key, bound);
    }
    return bound;
  };
  return {
    registry,
    record(r) {
      const recipient = r.recipient ?? "none";
      const decision = bind(byDecision, `${recipient}\n${r.decision}`, () => ({
        transfers: transfers.labels({ recipient, decision: r.decision }),
        duration: duration.labels({ recipient, decision: r.decision }),
      }));
      decision.transfers.inc();
      decision.duration.observe(r.durationSeconds);
      for (const category in r.countsByCategoryRemoved) {
        const n = r.countsByCategoryRemoved[category] ?? 0;
        bind(byCategory, `${recipient}\n${category}`, () => removed.labels({ recipient, category })).inc(n);
      }
      for (const reason in r.droppedHeaders)
        droppedHeaders.inc({ recipient, reason }, r.droppedHeaders[reason] ?? 0);
      if (r.errorCode !== null) refusals.inc({ recipient, code: r.errorCode });
    },
    exposition: () => registry.metrics(),
  };
}
