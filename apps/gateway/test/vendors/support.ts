/**
 * Test helpers for the vendor catalog's end-to-end tests: an in-process gateway with the catalog
 * wired in exactly as `main.ts` does it (built-in Kago policy, real engine), and the vendors'
 * CommonJS clients.
 */
import { createRequire } from "node:module";
import { Writable } from "node:stream";
import {
  createGateway,
  createLogger,
  createTelemetry,
  createVendorIntegration,
  type Gateway,
  GatewayConfigSchema,
  type VendorIntegration,
} from "@kago/gateway";
import { type CompiledPolicy, type CompiledRecipient, loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import type { VendorCredentials } from "@kago/vendors";

/** `require` for the vendors' CommonJS clients. */
export const requireCjs = createRequire(import.meta.url);

/** A started gateway with the vendor catalog. */
export interface VendorGateway {
  readonly gateway: Gateway;
  readonly url: string;
  readonly port: number;
  readonly logs: Array<Record<string, unknown>>;
  readonly integration: VendorIntegration;
  /** The transfer log lines. */
  transfers(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

const SECRET = "vendor-test-secret-0123456789";

/** The built-in policy with some recipients' `unknownEndpoints` set to `refuse`. */
export function policyRefusingUnknown(ids: readonly string[]): CompiledPolicy {
  const base = loadBuiltinPolicy();
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, r] of base.recipients) {
    recipients.set(
      id,
      ids.includes(id)
        ? (Object.create(r, { unknownEndpoints: { value: "refuse" } }) as CompiledRecipient)
        : r,
    );
  }
  return {
    version: base.version,
    recipients,
    recipientForHost: (host) => {
      const r = base.recipientForHost(host);
      return r === undefined ? undefined : recipients.get(r.id);
    },
  };
}

/** Starts a gateway on 127.0.0.1:0 whose recipients go to `upstreams`. */
export async function startVendorGateway(options: {
  upstreams: Record<string, string>;
  credentials?: VendorCredentials;
  policy?: CompiledPolicy;
}): Promise<VendorGateway> {
  const config = GatewayConfigSchema.parse({
    port: 0,
    host: "127.0.0.1",
    adminPort: null,
    adminHost: "127.0.0.1",
    upstreams: options.upstreams,
    policyFile: null,
    maxBodyBytes: 1024 * 1024,
    maxInflatedBytes: 8 * 1024 * 1024,
    upstreamTimeoutMs: 5_000,
    shutdownGraceMs: 2_000,
    secret: SECRET,
    logLevel: "info",
    vendorCredentials: options.credentials ?? {},
    telemetry: {
      exporter: "none",
      protocol: "http/json",
      url: "http://127.0.0.1:9/v1/traces",
      serviceName: "kago-gateway-test",
      exportTimeoutMs: 1_000,
    },
  });
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString("utf8").split("\n"))
        if (line.trim() !== "") logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const policy = options.policy ?? loadBuiltinPolicy();
  const integration = createVendorIntegration({
    policy,
    credentials: config.vendorCredentials,
    maxInflatedBytes: config.maxInflatedBytes,
  });
  const gateway = createGateway({
    config,
    policy,
    redactor: createRedactor({ policy, secret: SECRET }),
    logger: createLogger(config.logLevel, sink),
    telemetry: createTelemetry(config.telemetry, { registerGlobal: false }),
    defaultMetrics: false,
    codecs: integration.codecs,
    hooks: integration.hooks,
    redactOptions: integration.redactOptions,
    admit: integration.admit,
  });
  const { port } = await gateway.listen();
  return {
    gateway,
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    integration,
    transfers: () => logs.filter((l) => l.event === "transfer"),
    close: () => gateway.close(),
  };
}

/** Waits until the gateway has logged `n` transfers (the line is written when the response closes). */
export async function transfersLogged(gw: VendorGateway, n: number): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 200 && gw.transfers().length < n; i++) await new Promise((r) => setTimeout(r, 10));
  return gw.transfers();
}
