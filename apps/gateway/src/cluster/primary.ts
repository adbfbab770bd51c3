/**
 * `--workers <n>` (n > 1): the node:cluster primary. It serves no transfer itself: it forks N
 * workers, each a whole gateway listening on the shared main port (the primary hands out
 * connections), restarts a worker that dies, drains every worker on SIGTERM / SIGINT, and serves
 * the admin port with every worker's metrics summed (prom-client's `AggregatorRegistry`).
 */
import cluster, { type Worker } from "node:cluster";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { AggregatorRegistry, type PrometheusContentType } from "prom-client";
import { closeLogger } from "../logging.js";

/** What the primary needs to know. */
export interface ClusterPrimaryOptions {
  readonly workers: number;
  /** Admin (metrics) port of the primary, or `null` for none; `0` = ephemeral. */
  readonly adminPort: number | null;
  readonly adminHost: string;
  /** How long a worker may drain after SIGTERM before it is killed (ms). */
  readonly shutdownGraceMs: number;
  /** Extra environment of every worker (e.g. the HMAC secret the primary generated). */
  readonly workerEnv: Readonly<Record<string, string>>;
  readonly logger: Logger;
}

/** Restarts allowed within {@link RESTART_WINDOW_MS} before the primary gives up (a crash loop). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 30_000;
/** Time a worker has beyond the gateway's own grace to exit after SIGTERM. */
const KILL_MARGIN_MS = 5_000;

function serveAggregatedMetrics(aggregator: AggregatorRegistry<PrometheusContentType>): Server {
  return createServer((req, res) => {
    if (req.method === "GET" && (req.url === "/metrics" || req.url?.startsWith("/metrics?"))) {
      aggregator.clusterMetrics().then(
        (text) => {
          res.writeHead(200, { "content-type": aggregator.contentType });
          res.end(text);
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("see /metrics\n");
  });
}

/**
 * Runs the cluster primary until every worker has stopped after a signal; the process then exits
 * 0 (1 when a worker crash-looped, or when a worker did not drain in time and was killed).
 */
export function runClusterPrimary(options: ClusterPrimaryOptions): void {
  const { logger } = options;
  const aggregator = new AggregatorRegistry<PrometheusContentType>();
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  let listening = 0;

  const fork = (): Worker => cluster.fork({ ...options.workerEnv });

  cluster.on("listening", (worker) => {
    listening++;
    logger.info(
      { event: "worker_listening", worker: worker.id, pid: worker.process.pid },
      "worker listening",
    );
    if (listening === options.workers) {
      logger.info({ event: "cluster_ready", workers: options.workers }, "every worker is listening");
    }
  });

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) finish();
      return;
    }
    logger.error(
      { event: "worker_exit", worker: worker.id, pid: worker.process.pid, code, signal },
      "a worker exited; starting a new one",
    );
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - RESTART_WINDOW_MS) restarts.shift();
    // A worker that exits 2 hit a configuration error; a restart would only repeat it.
    if (code === 2 || restarts.length > MAX_RESTARTS) {
      logger.fatal(
        { event: "crash_loop", restarts: restarts.length, code },
        "workers keep exiting; stopping",
      );
      exitCode = 1;
      stop("crash_loop");
      return;
    }
    fork();
  });

  let admin: Server | null = null;
  const finish = (): void => {
    logger.info({ event: "stopped", exitCode }, "stopped");
    // Bounded: with stdout's reader gone, pino's exit-time flush never returned (session 20).
    const done = (): void => {
      void closeLogger(logger).then(() => process.exit(exitCode));
    };
    if (admin === null) done();
    else {
      admin.close(done);
      admin.closeAllConnections();
    }
  };

  const stop = (reason: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "shutdown", signal: reason }, "draining every worker");
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (running.length === 0) {
      finish();
      return;
    }
    for (const worker of running) worker.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) {
        if (worker === undefined) continue;
        logger.error({ event: "worker_killed", worker: worker.id }, "a worker did not drain in time");
        exitCode = 1;
        worker.process.kill("SIGKILL");
      }
    }, options.shutdownGraceMs + KILL_MARGIN_MS).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  for (let i = 0; i < options.workers; i++) fork();

  if (options.adminPort !== null) {
    const server = serveAggregatedMetrics(aggregator);
    admin = server;
    server.once("error", (err) => {
      logger.fatal({ event: "admin_error", message: err.message }, "the admin port could not be opened");
      exitCode = 1;
      stop("admin_error");
    });
    server.listen(options.adminPort, options.adminHost, () => {
      logger.info(
        {
          event: "cluster_admin",
          adminHost: options.adminHost,
          adminPort: (server.address() as AddressInfo).port,
          workers: options.workers,
        },
        "metrics of every worker, summed, on the admin port",
      );
    });
  }
}
