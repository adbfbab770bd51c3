/** What the CLI needs from its environment, so tests can run it in-process. */

/** Output streams and working directory of one CLI run. */
export interface CliIo {
  /** Writes to standard output (text already ends with a newline). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Directory that relative file arguments are resolved against. */
  readonly cwd: string;
}

/** Exit codes: 0 ok, 1 the policy has issues, 2 the command line (or a file) is unusable. */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/** A usage problem: printed to stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
