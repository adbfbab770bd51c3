/**
 * The gateway process: `npm start -- [flags]`. Reads flags and environment, loads the policy,
 * builds the engine, starts the gateway, and drains on SIGTERM / SIGINT.
 */
import { randomBytes } from "node:crypto";
import type { CompiledPolicy } from "@kago/policy";
import { loadBuiltinPolicy, loadPolicyFile } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { parseCliArgs, USAGE } from "./cli/args.js";
import { runClusterPrimary } from "./cluster/primary.js";
import { isClusterWorker, shareMetricsWithPrimary, workerConfig } from "./cluster/worker.js";
import { loadConfig } from "./config.js";
import { createGateway } from "./gateway.js";
import { closeLogger, createLogger, releaseLogger } from "./logging.js";
import { createTelemetry } from "./telemetry/sdk.js";
import { createVendorIntegration } from "./vendors/integration.js";

function fail(message: string): never {
  process.stderr.write(`kago-gateway: ${message}\n`);
  process.exit(2);
}

function loadPolicyOrExit(file: string | null): CompiledPolicy {
  if (file === null) return loadBuiltinPolicy();
  const result = loadPolicyFile(file);
  if (result.ok) return result.policy;
  const lines = result.issues.map(
    (i) =>
      `  ${i.code} at ${i.path.join(".")}${"line" in i ? ` (line ${String(i.line)})` : ""}: ${i.message}`,
  );
  return fail(`policy ${file} does not compile:\n${lines.join("\n")}`);
}

/**
 * How soon the same signal again counts as the first one delivered twice, not an operator's second
 * signal (red team round 11 F8: under `npm start` a process group's SIGTERM arrives from the
 * group and again from npm).
 */
const DUPLICATE_SIGNAL_MS = 1_000;
async function main(): Promise<void> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    fail(`${(err as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(args, process.env);
  } catch (err) {
    fail(`invalid configuration: ${(err as Error).message}`);
  }
  const logger = createLogger(config.logLevel);
  const policy = loadPolicyOrExit(config.policyFile);
  let secret = config.secret;
  if (secret === null) {
    secret = randomBytes(32).toString("hex");
    logger.warn(
      { event: "secret" },
      "KAGO_GATEWAY_SECRET is not set: using a random per-process secret, so hashes and pseudonyms change on every restart",
    );
  }
  if (config.workers > 1 && !isClusterWorker()) {
    // Workers share the primary's secret: one per worker would hash the same value differently.
    runClusterPrimary({
      workers: config.workers,
      adminPort: config.adminPort,
      adminHost: config.adminHost,
      shutdownGraceMs: config.shutdownGraceMs,
      workerEnv: config.secret === null ? { KAGO_GATEWAY_SECRET: secret } : {},
      logger,
    });
    return;
  }
  if (isClusterWorker()) config = workerConfig(config);
  const redactor = createRedactor({ policy, secret });
  const telemetry = createTelemetry(config.telemetry, { registerGlobal: true });
  const gateway = (() => {
    try {
      const vendors = createVendorIntegration({
        policy,
        credentials: config.vendorCredentials,
        maxInflatedBytes: config.maxInflatedBytes,
      });
      logger.info(
        {
          event: "catalog",
          resigning: Object.keys(config.vendorCredentials).sort(),
          endpoints: vendors.routing.endpointCount,
        },
        "vendor catalog compiled",
      );
      const built = createGateway({ config, policy, redactor, logger, telemetry, ...vendors });
      if (isClusterWorker()) shareMetricsWithPrimary(built.metrics.registry);
      return built;
    } catch (err) {
      return fail((err as Error).message);
    }
  })();
  const addresses = await gateway.listen();
  logger.info(
    {
      event: "listening",
      host: config.host,
      port: addresses.port,
      adminHost: config.adminHost,
      adminPort: addresses.adminPort,
      policyVersion: policy.version,
      upstreams: Object.fromEntries([...gateway.upstreams].map(([id, url]) => [id, url.href])),
      tracesExporter: config.telemetry.exporter,
    },
    "kago gateway ready",
  );
  let stopping: { readonly signal: string; readonly at: number } | null = null;
  const stop = (signal: string): void => {
    if (stopping !== null) {
      // The same signal again within a second is one signal delivered twice: `npm start` forwards
      // what the process group (systemd's stop, a terminal's Ctrl-C) already sent the gateway, and
      // the drain goes on (red team round 11 F8). Any other second signal stops at once (session
      // 20, red-team round 10 F18).
      if (signal === stopping.signal && Date.now() - stopping.at < DUPLICATE_SIGNAL_MS) return;
      releaseLogger(logger);
      process.exit(1);
    }
    stopping = { signal, at: Date.now() };
    logger.info({ event: "shutdown", signal }, "draining in-flight transfers");
    void gateway
      .close()
      .then(() => {
        logger.info({ event: "stopped" }, "stopped");
        return closeLogger(logger);
      })
      .then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((err: unknown) => {
  fail(`failed to start: ${(err as Error).message}`);
});
