/**
 * Command-line flags of `npm start -- [flags]`, parsed with `node:util` into raw strings.
 * Validation and defaults live in `config.ts`; this module only splits argv.
 */
import { parseArgs } from "node:util";

/** The flags as given, unvalidated. */
export interface RawArgs {
  readonly port?: string;
  readonly host?: string;
  readonly upstream: readonly string[];
  readonly policy?: string;
  readonly adminPort?: string;
  readonly adminHost?: string;
  readonly maxBodyBytes?: string;
  readonly maxInflatedBytes?: string;
  readonly upstreamTimeoutMs?: string;
  readonly upstreamIdleMs?: string;
  readonly maxHeaderBytes?: string;
  readonly headersTimeoutMs?: string;
  readonly requestTimeoutMs?: string;
  readonly callerTokensFile?: string;
  readonly tlsCert?: string;
  readonly tlsKey?: string;
  readonly tlsClientCa?: string;
  readonly secretsFile?: string;
  readonly workers?: string;
  readonly help: boolean;
}

/** Usage text printed by `--help` and on a bad flag. */
export const USAGE = `Usage: npm start -- [flags]

  --port <n>                    main port (default 8080)
  --host <addr>                 address to bind (default 127.0.0.1; 0.0.0.0 or :: to bind wider)
  --upstream <recipient>=<url>  upstream base URL of a recipient (repeatable; its path prefix is kept);
                                <recipient>:<name>=<url> adds a named upstream, reached as /<recipient>:<name>/...
  --policy <file>               policy file (default: the built-in Kago policy)
  --admin-port <n|off>          Prometheus /metrics port on --admin-host (default 9464; 0 = ephemeral; off = disabled)
  --admin-host <addr>           address of the admin port (default 127.0.0.1)
  --max-body-bytes <n>          request body limit as received (default 1048576)
  --max-inflated-bytes <n>      body limit after gzip/deflate/br decoding (default 8388608)
  --upstream-timeout-ms <n>     time allowed for the vendor's response headers, and the longest
                                silence inside its response body (default 30000)
  --upstream-idle-ms <n>        how long a pooled vendor connection may stay idle before the gateway
                                closes it; below the vendors' load-balancer idle timeouts (default 4000)
  --max-header-bytes <n>        request line and headers limit; larger is answered 431 (default 16384)
  --headers-timeout-ms <n>      time a client has to send its headers; then 408 (default 10000)
  --request-timeout-ms <n>      time a client has to send its body after the headers; then 408 (default 30000)
  --caller-tokens-file <file>   SHA-256 hashes of accepted caller tokens, one per line (default: no caller auth)
  --tls-cert <file>             PEM certificate: the main port speaks HTTPS (with --tls-key)
  --tls-key <file>              PEM private key of --tls-cert
  --tls-client-ca <file>        PEM CA bundle: callers must present a certificate it signed (mutual TLS)
  --secrets-file <file>         vendor credentials for re-signing (JSON or YAML: aliyun, tencent)
  --workers <n|auto>            worker processes sharing the port (node:cluster; auto = one per core; default 1)
  --help                        print this text
`;

/** Parses argv (without node and the script). Throws a TypeError on an unknown or malformed flag. */
export function parseCliArgs(argv: readonly string[]): RawArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      upstream: { type: "string", multiple: true },
      policy: { type: "string" },
      "admin-port": { type: "string" },
      "admin-host": { type: "string" },
      "max-body-bytes": { type: "string" },
      "max-inflated-bytes": { type: "string" },
      "upstream-timeout-ms": { type: "string" },
      "upstream-idle-ms": { type: "string" },
      "max-header-bytes": { type: "string" },
      "headers-timeout-ms": { type: "string" },
      "request-timeout-ms": { type: "string" },
      "caller-tokens-file": { type: "string" },
      "tls-cert": { type: "string" },
      "tls-key": { type: "string" },
      "tls-client-ca": { type: "string" },
      "secrets-file": { type: "string" },
      workers: { type: "string" },
      help: { type: "boolean" },
    },
  });
  const out: { -readonly [K in keyof RawArgs]: RawArgs[K] } = {
    upstream: values.upstream ?? [],
    help: values.help ?? false,
  };
  if (values.port !== undefined) out.port = values.port;
  if (values.host !== undefined) out.host = values.host;
  if (values.policy !== undefined) out.policy = values.policy;
  if (values["admin-port"] !== undefined) out.adminPort = values["admin-port"];
  if (values["admin-host"] !== undefined) out.adminHost = values["admin-host"];
  if (values["max-body-bytes"] !== undefined) out.maxBodyBytes = values["max-body-bytes"];
  if (values["max-inflated-bytes"] !== undefined) out.maxInflatedBytes = values["max-inflated-bytes"];
  if (values["upstream-timeout-ms"] !== undefined) out.upstreamTimeoutMs = values["upstream-timeout-ms"];
  if (values["upstream-idle-ms"] !== undefined) out.upstreamIdleMs = values["upstream-idle-ms"];
  if (values["max-header-bytes"] !== undefined) out.maxHeaderBytes = values["max-header-bytes"];
  if (values["headers-timeout-ms"] !== undefined) out.headersTimeoutMs = values["headers-timeout-ms"];
  if (values["request-timeout-ms"] !== undefined) out.requestTimeoutMs = values["request-timeout-ms"];
  if (values["caller-tokens-file"] !== undefined) out.callerTokensFile = values["caller-tokens-file"];
  if (values["tls-cert"] !== undefined) out.tlsCert = values["tls-cert"];
  if (values["tls-key"] !== undefined) out.tlsKey = values["tls-key"];
  if (values["tls-client-ca"] !== undefined) out.tlsClientCa = values["tls-client-ca"];
  if (values["secrets-file"] !== undefined) out.secretsFile = values["secrets-file"];
  if (values.workers !== undefined) out.workers = values.workers;
  return out;
}
