/**
 * Runs the gateway CLI in N node:cluster workers sharing one port:
 * `node gateway-cluster-main.js <workers> <gateway main.js> <gateway flags...>`.
 *
 * The gateway has no multi-core mode of its own yet; this wrapper lets the bench measure how
 * throughput scales with workers. Each worker loads the gateway's own `main.js` with the same
 * flags, so its `listen` goes through the cluster primary and all workers share the port.
 * It belongs in the gateway (a `--workers` flag); until then it lives here.
 */
import cluster from "node:cluster";
import { pathToFileURL } from "node:url";

const [workersText, mainScript, ...gatewayArgs] = process.argv.slice(2);
const workers = Number(workersText);

if (!mainScript || !Number.isInteger(workers) || workers < 1) {
  console.error("usage: gateway-cluster-main.js <workers> <gateway main.js> [gateway flags...]");
  process.exit(2);
}

if (cluster.isPrimary) {
  for (let i = 0; i < workers; i += 1) cluster.fork();
  cluster.on("exit", () => {
    console.error("a gateway worker exited; stopping the cluster");
    process.exit(1);
  });
  const stop = () => {
    cluster.removeAllListeners("exit");
    let running = Object.keys(cluster.workers ?? {}).length;
    if (running === 0) process.exit(0);
    cluster.on("exit", () => {
      running -= 1;
      if (running === 0) process.exit(0);
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  process.argv = [process.argv[0] ?? process.execPath, mainScript, ...gatewayArgs];
  await import(pathToFileURL(mainScript).href);
}
