/** @kago/policy-cli: the `kago-policy` command line, callable in-process as `runCli`. */
export { HELP, runCli } from "./cli.js";
export { formatIssue } from "./commands/lint.js";
export { type CliIo, EXIT } from "./io.js";
