/** `kago-policy lint <file>`: validate a policy file and report every issue precisely. */
import { formatPath, type PolicyIssue } from "@kago/policy";
import { type CliIo, EXIT } from "../io.js";
import { loadPolicyArgument } from "../policy-source.js";

/** Formats one issue as `file:line: path: message [code]` (`file: ...` when the line is unknown). */
export function formatIssue(file: string, issue: PolicyIssue): string {
  const where = issue.line === undefined ? file : `${file}:${issue.line}`;
  return `${where}: ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`;
}

/** Runs `lint`; returns the exit code. */
export function lint(file: string, json: boolean, io: CliIo): number {
  const result = loadPolicyArgument(file, io.cwd);
  if (json) {
    const issues = result.ok
      ? []
      : result.issues.map((i) => ({ ...i, pathText: formatPath(i.path), line: i.line ?? null }));
    const summary = result.ok
      ? { version: result.policy.version, recipients: [...result.policy.recipients.keys()] }
      : {};
    io.stdout(`${JSON.stringify({ file, ok: result.ok, ...summary, issues }, null, 2)}\n`);
    return result.ok ? EXIT.ok : EXIT.issues;
  }
  if (result.ok) {
    const n = result.policy.recipients.size;
    io.stdout(`${file}: ok (policy ${result.policy.version}, ${n} recipient${n === 1 ? "" : "s"})\n`);
    return EXIT.ok;
  }
  io.stdout(`${result.issues.map((i) => formatIssue(file, i)).join("\n")}\n`);
  io.stderr(`${file}: ${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}\n`);
  return EXIT.issues;
}
