/** Typed problems found in a policy file, from syntax to meaning. */

/** Every issue code, with what it means. The README's table is checked against this one. */
export const POLICY_ISSUE_CODES = {
  syntax_error: "The file is not well-formed YAML or JSON.",
  duplicate_key: "A mapping repeats a key.",
  duplicate_recipient: "Two recipients share an id.",
  invalid_field: "A field is missing, unknown or has the wrong type or form.",
  unknown_category: "A category key is not in the taxonomy.",
  unknown_operator: "An operator name is not one of drop, mask, hash, truncate, generalize, pseudonymize.",
  invalid_operator_params: "An operator's parameters are wrong.",
  operator_not_applicable:
    "An operator cannot apply to the category (truncate: IP address; generalize: birthday).",
  invalid_host: "A host is not a lower-case host name or `*.suffix` pattern.",
  recipient_without_hosts: "A recipient names no host, so nothing could ever be routed to it.",
  invalid_upstream: "A default upstream is not an https URL.",
  citation_not_in_source: "A citation does not occur in the source text (white space folded).",
  source_hash_mismatch: "The source text's SHA-256 differs from `source.sha256`.",
  conflicting_rules:
    "A category is both granted and given an operator for one recipient, or two recipients claim one host.",
  duplicate_grant: "A recipient grants the same category twice.",
  duplicate_reading: "Two readings share an id.",
  unknown_reading: "A grant refers to a reading id that does not exist.",
  unknown_recipient: "A reading names a recipient that does not exist.",
} as const;

/** A stable, machine-readable issue code. */
export type PolicyIssueCode = keyof typeof POLICY_ISSUE_CODES;

/** One problem in a policy file. Messages name paths, keys and hosts, never personal values. */
export interface PolicyIssue {
  readonly code: PolicyIssueCode;
  /** Where in the document: `["recipients", "zego", "grants", 0, "category"]`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** 1-based line in the file, when the issue came from a file and the line is known. */
  readonly line?: number;
}

/** Formats a document path as `recipients.zego.grants[0].category`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "(document)" : out;
}

/** Thrown only by the loaders that must succeed (the built-in policy); carries the issues. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  readonly issues: readonly PolicyIssue[];
  constructor(what: string, issues: readonly PolicyIssue[]) {
    const lines = issues.map((i) => `${formatPath(i.path)}: ${i.message} [${i.code}]`);
    super(`${what} has ${issues.length} issue(s):\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
