import { fileURLToPath } from "node:url";
import { type BenchProcess, freePort, spawnProcess } from "./processes.js";

/** How to start one gateway under test. */
export interface GatewayLaunch {
  /** Upstream base URL for the `facebook` recipient (the stand-in upstream plus a path prefix). */
  readonly facebookUpstream: string;
  /** OTLP/HTTP endpoint of the stand-in collector, or null for tracing off. */
  readonly otlpEndpoint: string | null;
  /** Worker processes sharing the port (the gateway's own `--workers`, node:cluster). */
  readonly workers: number;
  /** Extra node flags for the gateway process (e.g. `--cpu-prof --cpu-prof-dir=...`). */
  readonly nodeFlags: readonly string[];
  /** Port of the gateway's admin server (`/metrics`); off when missing. */
  readonly adminPort?: number;
}

/** Path of the built gateway CLI (`apps/gateway/dist/main.js`), found through its package. */
export function gatewayMainScript(): string {
  return fileURLToPath(new URL("./main.js", import.meta.resolve("@kago/gateway")));
}

/**
 * Start the gateway from its own CLI (what an operator runs), tracing set only through the
 * standard OTEL_* variables, metrics port off so several gateways can run side by side.
 */
export async function launchGateway(launch: GatewayLaunch): Promise<BenchProcess> {
  const port = await freePort();
  const args = [
    "--port",
    String(port),
    "--host",
    "127.0.0.1",
    "--upstream",
    `facebook=${launch.facebookUpstream}`,
    "--admin-port",
    launch.adminPort === undefined ? "off" : String(launch.adminPort),
    "--workers",
    String(launch.workers),
  ];
  const tracing: Record<string, string> =
    launch.otlpEndpoint === null
      ? { OTEL_TRACES_EXPORTER: "none" }
      : { OTEL_TRACES_EXPORTER: "otlp", OTEL_EXPORTER_OTLP_ENDPOINT: launch.otlpEndpoint };
  // A fixed HMAC secret (not a real one) so cluster workers hash and pseudonymize alike.
  const env = { ...tracing, KAGO_GATEWAY_SECRET: "kago-bench-secret-not-for-production" };
  return spawnProcess({
    script: gatewayMainScript(),
    args,
    nodeFlags: launch.nodeFlags,
    env,
    port,
    healthPath: "/healthz",
    name: `gateway (${launch.otlpEndpoint === null ? "tracing off" : "tracing on"}, ${launch.workers} worker(s))`,
  });
}
