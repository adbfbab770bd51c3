/**
 * Loading policies: from text, from a file, and the built-in Kago policy shipped with this
 * package (`policies/kago.yaml`, citing `source/privacy-policy.txt`).
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { compilePolicy } from "./compile.js";
import type { CompiledPolicy } from "./compiled.js";
import { PolicyError, type PolicyIssue } from "./issues.js";
import { formatForFileName, type ParseResult, type PolicyFormat, parsePolicyDocument } from "./parse.js";
import type { PolicyDocument } from "./schema.js";

/** The built-in policy file (works from both `src/` and `dist/`). */
export const BUILTIN_POLICY_URL: URL = new URL("../policies/kago.yaml", import.meta.url);
/** The copy of Kago's privacy policy text the built-in policy cites. */
export const BUILTIN_SOURCE_URL: URL = new URL("../source/privacy-policy.txt", import.meta.url);

/** Options of {@link loadPolicy}. */
export interface LoadOptions {
  /** The source text the policy cites. Default: the built-in copy of Kago's privacy policy. */
  readonly sourceText?: string;
}

/** The result of loading a policy: the compiled policy and the document it came from. */
export type LoadResult =
  | { readonly ok: true; readonly policy: CompiledPolicy; readonly document: PolicyDocument }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** The text of the built-in copy of Kago's privacy policy. */
export function readBuiltinSourceText(): string {
  return readFileSync(BUILTIN_SOURCE_URL, "utf8");
}

/**
 * Parses, validates and compiles a policy file's text. Issues carry the path inside the file
 * and its line where known. Never throws on bad input.
 */
export function loadPolicy(text: string, format: PolicyFormat, options: LoadOptions = {}): LoadResult {
  const parsed = parsePolicyDocument(text, format);
  if (!parsed.ok) return parsed;
  return compileParsed(parsed, options.sourceText ?? readBuiltinSourceText());
}

function compileParsed(parsed: Extract<ParseResult, { ok: true }>, sourceText: string): LoadResult {
  const compiled = compilePolicy(parsed.document, { sourceText });
  if (compiled.ok) return { ok: true, policy: compiled.policy, document: parsed.document };
  return {
    ok: false,
    issues: compiled.issues.map((issue) => {
      const line = parsed.locate(issue.path, issue.path.at(-2) === "operators");
      return line === undefined ? issue : { ...issue, line };
    }),
  };
}

/**
 * Loads a policy file (`.yaml`, `.yml` or `.json`). The source text is `source.file` resolved
 * against the policy file's folder when the policy names one, else the built-in copy.
 * Throws only when a file cannot be read or its extension names no known format.
 */
export function loadPolicyFile(path: string): LoadResult {
  const format = formatForFileName(path);
  if (format === undefined)
    throw new Error(`unknown policy file type (expected .yaml, .yml or .json): ${path}`);
  const text = readFileSync(path, "utf8");
  const parsed = parsePolicyDocument(text, format);
  if (!parsed.ok) return parsed;
  const sourceFile = parsed.document.source.file;
  const sourceText =
    sourceFile === undefined
      ? readBuiltinSourceText()
      : readFileSync(resolve(dirname(path), sourceFile), "utf8");
  return compileParsed(parsed, sourceText);
}

/** Loads the built-in policy with its document. Throws a {@link PolicyError} if it does not compile. */
export function loadBuiltinPolicyWithDocument(): { policy: CompiledPolicy; document: PolicyDocument } {
  const result = loadPolicy(readFileSync(BUILTIN_POLICY_URL, "utf8"), "yaml");
  if (!result.ok) throw new PolicyError("the built-in policy", result.issues);
  return { policy: result.policy, document: result.document };
}

/**
 * The built-in Kago policy, compiled. It is tested to compile; a failure here means a broken
 * package and throws a {@link PolicyError} at start-up, never on the request path.
 */
export function loadBuiltinPolicy(): CompiledPolicy {
  return loadBuiltinPolicyWithDocument().policy;
}
