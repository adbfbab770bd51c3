/**
 * Entry point of every bench child process except the gateway (which runs from its own CLI):
 * the stand-in upstream, the stand-in collector and the pass-through proxy. Each runs alone in
 * its process so its event loop does not share a thread with the load generator.
 */
import cluster from "node:cluster";
import type { Server } from "node:http";
import type { ChildConfig, ChildMessage, ChildRequest } from "./child-protocol.js";
import { createPassThrough } from "./pass-through.js";
import { createStandInCollector } from "./stand-in-collector.js";
import { createStandInUpstream } from "./stand-in-upstream.js";

const config = JSON.parse(process.argv[2] ?? "{}") as ChildConfig;

function send(message: ChildMessage): void {
  process.send?.(message);
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", () => resolve());
  });
}

async function runUpstream(): Promise<void> {
  const upstream = createStandInUpstream();
  process.on("message", (request: ChildRequest) => {
    if (request.type === "capture") {
      void upstream.captureNext(request.prefix).then((captured) =>
        send({
          id: request.id,
          type: "reply",
          value: { method: captured.method, url: captured.url, body: captured.body.toString("base64") },
        }),
      );
    } else if (request.type === "counts") {
      send({ id: request.id, type: "reply", value: upstream.counts() });
    }
  });
  await listen(upstream.server);
  send({ type: "ready", port: config.port });
}

async function runCollector(): Promise<void> {
  const collector = createStandInCollector();
  process.on("message", (request: ChildRequest) => {
    if (request.type === "collector-stats") send({ id: request.id, type: "reply", value: collector.stats() });
  });
  await listen(collector.server);
  send({ type: "ready", port: config.port });
}

async function runPassThrough(): Promise<void> {
  if (config.workers > 1 && cluster.isPrimary) {
    let listening = 0;
    for (let i = 0; i < config.workers; i += 1) cluster.fork();
    cluster.on("listening", () => {
      listening += 1;
      if (listening === config.workers) send({ type: "ready", port: config.port });
    });
    cluster.on("exit", () => process.exit(1));
    process.on("SIGTERM", () => {
      cluster.removeAllListeners("exit");
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
      process.exit(0);
    });
    return;
  }
  const server = createPassThrough(config.upstreams).listen(config.port, "127.0.0.1");
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  send({ type: "ready", port: config.port });
}

// A child never outlives the bench: when the IPC channel closes, stop.
process.on("disconnect", () => process.exit(0));

const roles = { upstream: runUpstream, collector: runCollector, "pass-through": runPassThrough };
roles[config.role]().catch((error: unknown) => {
  console.error(`bench child ${config.role} failed:`, error instanceof Error ? error.message : error);
  process.exit(1);
});
