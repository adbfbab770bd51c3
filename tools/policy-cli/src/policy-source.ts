/** Loads the policy a command works on: a file given on the command line, or the built-in one. */
import { resolve } from "node:path";
import {
  type CompiledPolicy,
  formatForFileName,
  type LoadResult,
  loadBuiltinPolicyWithDocument,
  loadPolicyFile,
  type PolicyDocument,
} from "@kago/policy";
import { UsageError } from "./io.js";

/** A loaded policy, or its issues, with the file name to report them under. */
export type LoadedPolicy =
  | { readonly ok: true; readonly policy: CompiledPolicy; readonly document: PolicyDocument }
  | { readonly ok: false; readonly issues: Extract<LoadResult, { ok: false }>["issues"] };

/** Loads `file` (relative to `cwd`), or the built-in policy when `file` is undefined. */
export function loadPolicyArgument(file: string | undefined, cwd: string): LoadedPolicy {
  if (file === undefined) return { ok: true, ...loadBuiltinPolicyWithDocument() };
  if (formatForFileName(file) === undefined) {
    throw new UsageError(`${file}: unknown policy file type (expected .yaml, .yml or .json)`);
  }
  try {
    return loadPolicyFile(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read the policy or its source text${code ? ` (${code})` : ""}`);
  }
}
