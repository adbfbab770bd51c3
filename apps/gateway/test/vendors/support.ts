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
import type { SignableRequest, VendorCredentials } from "@kago/vendors";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type ReceivedRequest, startUpstream, type TestUpstream } from "../support/upstream.js";

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

/** The built-in policy with `overrides` on the compiled recipients named in `ids` (all when omitted). */
function builtinPolicyWith(overrides: Partial<CompiledRecipient>, ids?: readonly string[]): CompiledPolicy {
  const base = loadBuiltinPolicy();
  const descriptors = Object.fromEntries(Object.entries(overrides).map(([k, value]) => [k, { value }]));
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, r] of base.recipients) {
    recipients.set(
      id,
      ids === undefined || ids.includes(id) ? (Object.create(r, descriptors) as CompiledRecipient) : r,
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

/** The built-in policy with some recipients' `unknownEndpoints` set to `refuse`. */
export function policyRefusingUnknown(ids: readonly string[]): CompiledPolicy {
  return builtinPolicyWith({ unknownEndpoints: "refuse" }, ids);
}

/** The built-in policy with every recipient's `accountIdsWithPersonalData` set to `rule` (session 15). */
export function policyWithAccountIds(rule: CompiledRecipient["accountIdsWithPersonalData"]): CompiledPolicy {
  return builtinPolicyWith({ accountIdsWithPersonalData: rule });
}

/** The built-in policy with every recipient's `forwardHeaders` set to `names` (session 16). */
export function policyForwardingHeaders(names: readonly string[]): CompiledPolicy {
  return builtinPolicyWith({ forwardHeaders: names });
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

/** A request the stand-in upstream received, in the shape the vendors' signature verifiers take. */
export function signableOf(r: ReceivedRequest): SignableRequest {
  const q = r.url.indexOf("?");
  const headers: Array<[string, string]> = [];
  for (let i = 0; i < r.rawHeaders.length; i += 2)
    headers.push([String(r.rawHeaders[i]).toLowerCase(), String(r.rawHeaders[i + 1])]);
  return {
    method: r.method,
    path: q < 0 ? r.url : r.url.slice(0, q),
    query: q < 0 ? "" : r.url.slice(q + 1),
    headers,
    body: r.body,
  };
}

/** One stand-in upstream for a test file, and that file's gateways for one recipient. */
export interface VendorRig {
  /** The stand-in upstream, started before the file's first test. */
  readonly upstream: TestUpstream;
  /** A gateway sending `recipient` to the upstream, holding its credentials or none; closed after the test. */
  gateway(withCredentials: boolean): Promise<VendorGateway>;
}

/** Registers the file's hooks: the upstream lives for the file, each gateway for one test. */
export function useVendorRig<R extends keyof VendorCredentials>(
  recipient: R,
  credentials: NonNullable<VendorCredentials[R]>,
): VendorRig {
  let upstream: TestUpstream | undefined;
  let gateways: VendorGateway[] = [];
  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterEach(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    gateways = [];
  });
  afterAll(async () => {
    await upstream?.close();
  });
  const started = (): TestUpstream => {
    if (upstream === undefined) throw new Error("the stand-in upstream starts in beforeAll");
    return upstream;
  };
  return {
    get upstream() {
      return started();
    },
    async gateway(withCredentials) {
      const gw = await startVendorGateway({
        upstreams: { [recipient]: started().url },
        ...(withCredentials ? { credentials: { [recipient]: credentials } as VendorCredentials } : {}),
      });
      gateways.push(gw);
      return gw;
    },
  };
}
