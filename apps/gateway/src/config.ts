/**
 * The gateway's configuration: flags and environment validated with zod at the edge, then
 * trusted everywhere inside.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { vendorCredentialsSchema } from "@kago/vendors";
import { z } from "zod";
import type { RawArgs } from "./cli/args.js";
import { POOLED_SOCKET_IDLE_MS } from "./forward/proxy.js";
import { loadVendorCredentials } from "./vendors/credentials.js";

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Whether a URL carries user-info (`user:password@`, or a user alone). */
function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return false;
  }
}

/**
 * An upstream base URL. User-info is refused (session 20, red-team round 10 F7): the forwarder
 * never sends it (http-proxy takes credentials only from its own `auth` option), so an operator
 * who meant to authenticate would not be, and the `listening` log line would print the password.
 * The message names the problem, never the URL.
 */
const upstreamUrl = z
  .url({ protocol: /^https?$/ })
  .refine((url) => !hasUserInfo(url), {
    message:
      "user-info (user:password@) in an upstream URL is refused: it would never be sent to the vendor and would be printed in the logs; remove it (vendor credentials for re-signing go in --secrets-file or the KAGO_* variables)",
  })
  .describe("Absolute http:// or https:// base URL, without user-info; its path prefix is kept.");

/** Where spans go, from the standard OTEL_* variables. */
export const TelemetryConfigSchema = z.object({
  exporter: z
    .enum(["otlp", "console", "none"])
    .describe("OTEL_TRACES_EXPORTER: otlp (default, as the OpenTelemetry spec says), console or none."),
  protocol: z
    .enum(["http/protobuf", "http/json"])
    .describe("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL or OTEL_EXPORTER_OTLP_PROTOCOL (default http/protobuf)."),
  url: z
    .url()
    .describe(
      "Traces URL: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as is, or OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces (default http://localhost:4318/v1/traces).",
    ),
  serviceName: z.string().min(1).describe("OTEL_SERVICE_NAME (default kago-gateway)."),
  exportTimeoutMs: positiveInt.describe("Upper bound on one export and on the flush at shutdown."),
});

/** Telemetry configuration. */
export type TelemetryConfig = z.infer<typeof TelemetryConfigSchema>;

/** The whole gateway configuration. */
export const GatewayConfigSchema = z.object({
  port: port.describe("Main port; 0 picks an ephemeral port."),
  host: z.string().min(1).describe("Address the main port binds (default 127.0.0.1)."),
  adminPort: port.nullable().describe("Prometheus port; 0 = ephemeral; null = no admin server."),
  adminHost: z.string().min(1).describe("Address the admin port binds (default 127.0.0.1)."),
  upstreams: z
    .record(z.string().min(1), upstreamUrl)
    .describe(
      "Route key to upstream base URL: a recipient id (recipients not named use the policy's default upstream), or <recipient>:<name> for a named second upstream of that recipient, reached as /<recipient>:<name>/...",
    ),
  policyFile: z
    .string()
    .min(1)
    .nullable()
    .describe("Policy file path, or null for the built-in Kago policy."),
  maxBodyBytes: positiveInt.describe("Largest request body accepted as received (bytes)."),
  maxInflatedBytes: positiveInt.describe("Largest body accepted after content decoding (bytes)."),
  upstreamTimeoutMs: positiveInt.describe("Time the vendor has to send its response headers (ms)."),
  upstreamIdleMs: positiveInt
    .default(POOLED_SOCKET_IDLE_MS)
    .describe(
      "How long a pooled vendor connection may stay idle before the gateway closes it; keep it below the vendors' and their load balancers' idle timeouts (ms).",
    ),
  shutdownGraceMs: positiveInt.describe("Time in-flight requests get to finish after SIGTERM (ms)."),
  workers: positiveInt
    .max(1024)
    .default(1)
    .describe(
      "Worker processes sharing the main port (node:cluster); 1 = no cluster, the process serves itself.",
    ),
  maxHeaderBytes: positiveInt
    .default(16 * 1024)
    .describe("Largest request head (request line and headers) accepted; larger is answered 431 (bytes)."),
  headersTimeoutMs: positiveInt
    .default(10_000)
    .describe("Time a client has to send the request line and headers; then 408 (ms)."),
  requestTimeoutMs: positiveInt
    .default(30_000)
    .describe("Time a client has to send the whole body once its headers arrived; then 408 (ms)."),
  callerTokenHashes: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .default([])
    .describe("SHA-256 hashes (hex) of the caller tokens accepted; empty = caller authentication off."),
  tls: z
    .object({
      cert: z.string().min(1).describe("PEM certificate chain of the main port."),
      key: z.string().min(1).describe("PEM private key of the main port."),
      clientCa: z
        .string()
        .min(1)
        .nullable()
        .describe(
          "PEM CA bundle callers' certificates must chain to (mutual TLS); null = no client certificates.",
        ),
    })
    .nullable()
    .default(null)
    .describe("TLS on the main port (PEM contents); null = plain HTTP."),
  secret: z
    .string()
    .min(16)
    .nullable()
    .describe("HMAC secret for hash/pseudonymize; null = a random per-process secret."),
  vendorCredentials: vendorCredentialsSchema
    .default({})
    .describe("Credentials for re-signing changed vendor requests (environment and --secrets-file)."),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).describe("pino level."),
  telemetry: TelemetryConfigSchema,
});

/** The gateway configuration, validated. */
export type GatewayConfig = z.infer<typeof GatewayConfigSchema>;

/** Defaults of every setting that has one. */
export const DEFAULTS = {
  port: 8080,
  host: "127.0.0.1",
  adminPort: 9464,
  adminHost: "127.0.0.1",
  maxBodyBytes: 1024 * 1024,
  maxInflatedBytes: 8 * 1024 * 1024,
  upstreamTimeoutMs: 30_000,
  shutdownGraceMs: 10_000,
  maxHeaderBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  serviceName: "kago-gateway",
  otlpEndpoint: "http://localhost:4318",
  exportTimeoutMs: 5_000,
} as const;

type Env = Readonly<Record<string, string | undefined>>;

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === "" ? undefined : v.trim();
}

/** Reads the telemetry settings from the standard OTEL_* variables. */
export function telemetryFromEnv(env: Env): TelemetryConfig {
  const tracesEndpoint = nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const base = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT) ?? DEFAULTS.otlpEndpoint;
  const url = tracesEndpoint ?? `${base.replace(/\/+$/, "")}/v1/traces`;
  return TelemetryConfigSchema.parse({
    exporter: (nonEmpty(env.OTEL_TRACES_EXPORTER) ?? "otlp").toLowerCase(),
    protocol:
      nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL) ??
      nonEmpty(env.OTEL_EXPORTER_OTLP_PROTOCOL) ??
      "http/protobuf",
    url,
    serviceName: nonEmpty(env.OTEL_SERVICE_NAME) ?? DEFAULTS.serviceName,
    exportTimeoutMs: DEFAULTS.exportTimeoutMs,
  });
}

function secretFromEnv(env: Env): string | null {
  const inline = nonEmpty(env.KAGO_GATEWAY_SECRET);
  if (inline !== undefined) return inline;
  const file = nonEmpty(env.KAGO_GATEWAY_SECRET_FILE);
  if (file !== undefined) return readFileSync(file, "utf8").trim();
  return null;
}

/**
 * Reads a caller tokens file: one SHA-256 hash (64 hex digits) per line, optionally followed by
 * whitespace and a label; blank lines and `#` comments are ignored. Any other line stops start-up
 * (its line number is reported, never its content).
 */
export function readCallerTokenHashes(file: string): string[] {
  const hashes: string[] = [];
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = (line.split(/\s+/)[0] ?? "").toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      throw new TypeError(`--caller-tokens-file line ${String(i + 1)} is not a SHA-256 hash (64 hex digits)`);
    }
    hashes.push(hash);
  }
  if (hashes.length === 0) throw new TypeError("--caller-tokens-file holds no token hash");
  return hashes;
}

function tlsFromArgs(args: RawArgs): GatewayConfig["tls"] {
  const { tlsCert, tlsKey, tlsClientCa } = args;
  if (tlsCert === undefined && tlsKey === undefined && tlsClientCa === undefined) return null;
  if (tlsCert === undefined || tlsKey === undefined) {
    throw new TypeError("--tls-cert and --tls-key go together (and --tls-client-ca needs both)");
  }
  return {
    cert: readFileSync(tlsCert, "utf8"),
    key: readFileSync(tlsKey, "utf8"),
    clientCa: tlsClientCa === undefined ? null : readFileSync(tlsClientCa, "utf8"),
  };
}

/** A route key: a recipient id, or `<recipient>:<name>` for a second upstream of that recipient. */
const ROUTE_KEY = /^[a-z0-9_-]+(:[a-z0-9_-]+)?$/;

function parseUpstreams(specs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    // The spec is not quoted: it may be a URL with a password in it (session 20).
    if (eq <= 0) throw new TypeError("--upstream expects <recipient>[:<name>]=<base URL>");
    const id = spec.slice(0, eq).trim().toLowerCase();
    if (!ROUTE_KEY.test(id))
      throw new TypeError(
        "--upstream: the part before = is not <recipient> or <recipient>:<name> (letters, digits, - and _)",
      );
    if (Object.hasOwn(out, id)) throw new TypeError(`--upstream given twice for "${id}"`);
    out[id] = spec.slice(eq + 1).trim();
  }
  return out;
}

/**
 * Builds the configuration from flags and environment. Throws (a zod error or a TypeError with
 * a readable message) when anything is invalid: the gateway refuses to start on a bad setting.
 */
export function loadConfig(args: RawArgs, env: Env): GatewayConfig {
  const adminPort = args.adminPort === "off" ? null : (args.adminPort ?? DEFAULTS.adminPort);
  return GatewayConfigSchema.parse({
    port: args.port ?? DEFAULTS.port,
    host: args.host ?? DEFAULTS.host,
    adminPort,
    adminHost: args.adminHost ?? DEFAULTS.adminHost,
    upstreams: parseUpstreams(args.upstream),
    policyFile: args.policy ?? null,
    maxBodyBytes: args.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    maxInflatedBytes: args.maxInflatedBytes ?? DEFAULTS.maxInflatedBytes,
    upstreamTimeoutMs: args.upstreamTimeoutMs ?? DEFAULTS.upstreamTimeoutMs,
    upstreamIdleMs: args.upstreamIdleMs ?? POOLED_SOCKET_IDLE_MS,
    shutdownGraceMs: nonEmpty(env.KAGO_GATEWAY_SHUTDOWN_GRACE_MS) ?? DEFAULTS.shutdownGraceMs,
    workers: args.workers === "auto" ? availableParallelism() : (args.workers ?? 1),
    maxHeaderBytes: args.maxHeaderBytes ?? DEFAULTS.maxHeaderBytes,
    headersTimeoutMs: args.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs,
    requestTimeoutMs: args.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    callerTokenHashes:
      args.callerTokensFile === undefined ? [] : readCallerTokenHashes(args.callerTokensFile),
    tls: tlsFromArgs(args),
    vendorCredentials: loadVendorCredentials(args.secretsFile, env),
    secret: secretFromEnv(env),
    logLevel: nonEmpty(env.KAGO_LOG_LEVEL) ?? "info",
    telemetry: telemetryFromEnv(env),
  });
}
