/** The `kago-policy` command line, as a function: tests call it in-process. */
import { parseArgs } from "node:util";
import { categories } from "./commands/categories.js";
import { dryRunCommand } from "./commands/dry-run.js";
import { explain } from "./commands/explain.js";
import { lint } from "./commands/lint.js";
import { type CliIo, EXIT, UsageError } from "./io.js";

/** The `--help` text. */
export const HELP = `kago-policy: lint, explain and list Kago's privacy policy as code.

Usage:
  kago-policy lint <file> [--json]
      Validate a policy file (.yaml, .yml or .json). Prints one line per issue:
      <file>:<line>: <path>: <message> [<code>]
  kago-policy explain <recipient> [--policy <file>] [--json]
      What <recipient> may receive, category by category, with the cited sentence and
      the readings. Uses the built-in Kago policy unless --policy is given.
  kago-policy categories [--json]
      The taxonomy of personal-data categories, as a tree.
  kago-policy dry-run <captures.jsonl> [--policy <file>] [--json]
      What the gateway would do to captured transfers (one JSON object per line:
      recipient, method, path, query, headers, body, bodyKind), without sending anything:
      per transfer the endpoint, the outcome and the categories sent and removed, then a
      summary per recipient. Never prints a path, a value or a body.
  kago-policy --help

Options:
  --json           machine-readable output on stdout
  --policy <file>  the policy file for explain and dry-run (default: the built-in Kago policy)
  -h, --help       this text

Exit status: 0 ok, 1 the policy (or a capture line) has issues, 2 usage error or unreadable file.
`;

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        policy: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === "help") {
      io.stdout(HELP);
      return EXIT.ok;
    }
    const arity = (n: number, usage: string) => {
      if (rest.length !== n) throw new UsageError(`usage: kago-policy ${usage}`);
    };
    const noPolicyOption = () => {
      if (values.policy !== undefined) throw new UsageError(`--policy applies to explain and dry-run only`);
    };
    switch (command) {
      case "lint":
        arity(1, "lint <file> [--json]");
        noPolicyOption();
        return lint(rest[0] as string, values.json, io);
      case "explain":
        arity(1, "explain <recipient> [--policy <file>] [--json]");
        return explain(rest[0] as string, values.policy, values.json, io);
      case "dry-run":
        arity(1, "dry-run <captures.jsonl> [--policy <file>] [--json]");
        return dryRunCommand(rest[0] as string, values.policy, values.json, io);
      case "categories":
        arity(0, "categories [--json]");
        noPolicyOption();
        return categories(values.json, io);
      case undefined:
        throw new UsageError("missing command");
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`kago-policy: ${(error as Error).message}\nRun 'kago-policy --help' for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
