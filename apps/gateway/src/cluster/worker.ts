/**
 * The worker side of `--workers <n>`: a worker is a whole gateway, except that the admin port is
 * the primary's (a worker's own would be shared round-robin, so each scrape would see one random
 * worker); the worker answers the primary's metrics requests over IPC instead.
 */
import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";
import type { GatewayConfig } from "../config.js";

/** True in a worker forked by the cluster primary. */
export function isClusterWorker(): boolean {
  return cluster.isWorker;
}

/** The configuration a worker runs with: the given one without an admin server. */
export function workerConfig(config: GatewayConfig): GatewayConfig {
  return { ...config, adminPort: null };
}

/** Lets the primary's `AggregatorRegistry` collect this worker's metrics (over IPC). */
export function shareMetricsWithPrimary(registry: Registry): void {
  // Constructing one installs prom-client's IPC listener in the worker (idempotent).
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}
