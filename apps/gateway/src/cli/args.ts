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
  readonly help: boolean;
}

/** Usage text printed by `--help` and on a bad flag. */
export const USAGE = `Usage: npm start -- [flags]

  --port <n>                    main port (default 8080)
  --host <addr>                 address to bind (default 127.0.0.1; 0.0.0.0 or :: to bind wider)
  --upstream <recipient>=<url>  upstream base URL of a recipient (repeatable; its path prefix is kept)
  --policy <file>               policy file (default: the built-in Kago policy)
  --admin-port <n|off>          Prometheus /metrics port on --admin-host (default 9464; 0 = ephemeral; off = disabled)
  --admin-host <addr>           address of the admin port (default 127.0.0.1)
  --max-body-bytes <n>          request body limit as received (default 1048576)
  --max-inflated-bytes <n>      body limit after gzip/deflate/br decoding (default 8388608)
  --upstream-timeout-ms <n>     time allowed for the vendor's response headers (default 30000)
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
  return out;
}
