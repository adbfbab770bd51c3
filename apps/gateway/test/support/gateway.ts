/**
 * Runs a real gateway in-process on 127.0.0.1:0 with the built-in Kago policy and the real
 * redaction engine, capturing its log lines.
 */
import { Writable } from "node:stream";
import {
  createGateway,
  createLogger,
  createTelemetry,
  type Gateway,
  type GatewayConfig,
  GatewayConfigSchema,
  type GatewayOptions,
  type TelemetryConfig,
} from "@kago/gateway";
import { type CompiledPolicy, loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";

/** A started in-process gateway. */
export interface TestGateway {
  readonly gateway: Gateway;
  readonly url: string;
  readonly port: number;
  readonly adminUrl: string | null;
  /** Every log line written so far, parsed. */
  readonly logs: Array<Record<string, unknown>>;
  /** Every log line as raw text. */
  readonly rawLogs: string[];
  readonly policy: CompiledPolicy;
  close(): Promise<void>;
}

/** A fixed test secret (not a personal value). */
export const TEST_SECRET = "test-secret-0123456789abcdef";

/**
 * Starts a gateway; `upstreams` maps recipients to base URLs; the built-in policy unless
 * `extra.policy`, and the real engine for it unless `extra.redactor`.
 */
export async function startGateway(
  overrides: Partial<GatewayConfig> & { telemetry?: TelemetryConfig },
  extra: Partial<Pick<GatewayOptions, "codecs" | "hooks" | "redactOptions" | "redactor">> & {
    policy?: CompiledPolicy;
  } = {},
): Promise<TestGateway> {
  const { policy: givenPolicy, ...options } = extra;
  const config = GatewayConfigSchema.parse({
    port: 0,
    host: "127.0.0.1",
    adminPort: 0,
    adminHost: "127.0.0.1",
    upstreams: {},
    policyFile: null,
    maxBodyBytes: 1024 * 1024,
    maxInflatedBytes: 8 * 1024 * 1024,
    upstreamTimeoutMs: 5_000,
    shutdownGraceMs: 5_000,
    secret: TEST_SECRET,
    logLevel: "info",
    telemetry: {
      exporter: "none",
      protocol: "http/json",
      url: "http://127.0.0.1:9/v1/traces",
      serviceName: "kago-gateway-test",
      exportTimeoutMs: 2_000,
    },
    ...overrides,
  });
  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim() === "") continue;
        rawLogs.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const policy = givenPolicy ?? loadBuiltinPolicy();
  const redactor = createRedactor({ policy, secret: TEST_SECRET });
  const telemetry = createTelemetry(config.telemetry, { registerGlobal: false });
  const gateway = createGateway({
    config,
    policy,
    redactor,
    logger,
    telemetry,
    defaultMetrics: false,
    ...options,
  });
  const { port, adminPort } = await gateway.listen();
  return {
    gateway,
    url: `http://127.0.0.1:${port}`,
    port,
    adminUrl: adminPort === null ? null : `http://127.0.0.1:${adminPort}`,
    logs,
    rawLogs,
    policy,
    close: () => gateway.close(),
  };
}
