/**
 * Compiling a validated policy document into lookup tables: one decision per category and
 * recipient, computed once, so `decide` is a single Map look-up and cannot fail.
 */
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import { selfAndAncestors } from "./categories.js";
import { indexSource, type SourceIndex } from "./citations.js";
import type {
  CompiledPolicy,
  CompiledRecipient,
  Decision,
  Grant,
  OperatorName,
  OperatorSpec,
} from "./compiled.js";
import { createHostTable, hostPatternsOverlap } from "./hosts.js";
import type { PolicyIssue } from "./issues.js";
import type { OperatorSpecDocument, PolicyDocument, RecipientDocument } from "./schema.js";

/** Options of {@link compilePolicy}. */
export interface CompileOptions {
  /** The exact source text the policy cites; its SHA-256 must equal `source.sha256`. */
  readonly sourceText: string;
}

/** The result of {@link compilePolicy}: a compiled policy, or every issue found. */
export type CompileResult =
  | { readonly ok: true; readonly policy: CompiledPolicy }
  | { readonly ok: false; readonly issues: readonly PolicyIssue[] };

/** The only categories some operators make sense for. */
const OPERATOR_SCOPE: Partial<Record<OperatorName, CategoryKey>> = {
  truncate: "network.ip_address",
  generalize: "account.profile.birthday",
};

/**
 * Checks a validated document against the source text and itself, then compiles it.
 * Never throws on a bad document: every problem is returned as a typed issue.
 */
export function compilePolicy(doc: PolicyDocument, options: CompileOptions): CompileResult {
  const source = indexSource(options.sourceText);
  const issues = [...checkSource(doc, source), ...checkReadings(doc, source), ...checkHostConflicts(doc)];
  for (const [id, recipient] of Object.entries(doc.recipients)) {
    issues.push(...checkRecipient(id, recipient, doc, source));
  }
  if (issues.length > 0) return { ok: false, issues };

  const readings = new Map(doc.readings.map((r) => [r.id, r.decision]));
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, recipient] of Object.entries(doc.recipients)) {
    recipients.set(id, compileRecipient(id, recipient, readings));
  }
  const hostTable = createHostTable(
    [...recipients.values()].flatMap((r) => r.hosts.map((h) => [h, r] as const)),
  );
  const policy: CompiledPolicy = {
    version: doc.version,
    recipients,
    recipientForHost: (host) => (typeof host === "string" ? hostTable.lookup(host) : undefined),
  };
  return { ok: true, policy };
}

function checkSource(doc: PolicyDocument, source: SourceIndex): PolicyIssue[] {
  if (doc.source.sha256 === source.sha256) return [];
  return [
    {
      code: "source_hash_mismatch",
      path: ["source", "sha256"],
      message: `the source text's SHA-256 is ${source.sha256}; the policy was written against another text`,
    },
  ];
}

function citationIssue(path: (string | number)[], citation: string, source: SourceIndex): PolicyIssue[] {
  if (source.cites(citation)) return [];
  return [{ code: "citation_not_in_source", path, message: "does not occur in the source text" }];
}

function checkReadings(doc: PolicyDocument, source: SourceIndex): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Set<string>();
  doc.readings.forEach((reading, index) => {
    if (seen.has(reading.id)) {
      issues.push({
        code: "duplicate_reading",
        path: ["readings", index, "id"],
        message: `reading '${reading.id}' is defined twice`,
      });
    }
    seen.add(reading.id);
    issues.push(...citationIssue(["readings", index, "citation"], reading.citation, source));
    reading.appliesTo?.recipients?.forEach((r, i) => {
      if (!Object.hasOwn(doc.recipients, r)) {
        issues.push({
          code: "unknown_recipient",
          path: ["readings", index, "appliesTo", "recipients", i],
          message: `no recipient '${r}' in this policy`,
        });
      }
    });
  });
  return issues;
}

function checkHostConflicts(doc: PolicyDocument): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const claimed: { recipient: string; host: string }[] = [];
  for (const [id, recipient] of Object.entries(doc.recipients)) {
    recipient.hosts.forEach((host, index) => {
      const other = claimed.find((c) => c.recipient !== id && hostPatternsOverlap(c.host, host));
      if (other) {
        issues.push({
          code: "conflicting_rules",
          path: ["recipients", id, "hosts", index],
          message: `host '${host}' overlaps '${other.host}' of recipient '${other.recipient}'`,
        });
      }
    });
    for (const host of recipient.hosts) claimed.push({ recipient: id, host });
  }
  return issues;
}

function checkRecipient(
  id: string,
  recipient: RecipientDocument,
  doc: PolicyDocument,
  source: SourceIndex,
): PolicyIssue[] {
  const base = ["recipients", id];
  const issues: PolicyIssue[] = [];
  if (recipient.hosts.length === 0) {
    issues.push({ code: "recipient_without_hosts", path: [...base, "hosts"], message: "names no host" });
  }
  issues.push(...citationIssue([...base, "purposeCitation"], recipient.purposeCitation, source));

  const readingIds = new Set(doc.readings.map((r) => r.id));
  const granted = new Map<string, number>();
  recipient.grants.forEach((grant, index) => {
    const path = [...base, "grants", index];
    if (granted.has(grant.category)) {
      issues.push({
        code: "duplicate_grant",
        path: [...path, "category"],
        message: `'${grant.category}' is already granted at grants[${granted.get(grant.category)}]`,
      });
    } else {
      granted.set(grant.category, index);
    }
    issues.push(...citationIssue([...path, "citation"], grant.citation, source));
    if (grant.reading !== undefined && !readingIds.has(grant.reading)) {
      issues.push({
        code: "unknown_reading",
        path: [...path, "reading"],
        message: `no reading '${grant.reading}' in this policy`,
      });
    }
  });

  for (const [category, spec] of Object.entries(recipient.operators)) {
    if (spec === undefined) continue;
    const path = [...base, "operators", category];
    // An operator on a granted category or below a granted ancestor could never apply.
    const grant = selfAndAncestors(category).find((k) => granted.has(k));
    if (grant !== undefined) {
      issues.push({
        code: "conflicting_rules",
        path,
        message:
          grant === category
            ? `'${category}' is both granted and given an operator`
            : `'${category}' is given an operator but is granted through '${grant}'`,
      });
    }
    issues.push(...scopeIssue(spec, category, path));
  }
  issues.push(...scopeIssue(recipient.defaultOperator, undefined, [...base, "defaultOperator"]));
  return issues;
}

function scopeIssue(
  spec: OperatorSpecDocument,
  category: string | undefined,
  path: (string | number)[],
): PolicyIssue[] {
  const scope = OPERATOR_SCOPE[spec.operator];
  if (scope === undefined || scope === category) return [];
  return [
    {
      code: "operator_not_applicable",
      path: [...path, "operator"],
      message: `'${spec.operator}' applies only to '${scope}'${category === undefined ? ", not as a default" : ""}`,
    },
  ];
}

function toOperatorSpec(spec: OperatorSpecDocument): OperatorSpec {
  return "params" in spec
    ? { operator: spec.operator, params: { ...spec.params } }
    : { operator: spec.operator };
}

function compileRecipient(
  id: string,
  recipient: RecipientDocument,
  readings: ReadonlyMap<string, string>,
): CompiledRecipient {
  const grants = new Map<string, Grant>();
  for (const g of recipient.grants) {
    const reading = g.reading === undefined ? undefined : readings.get(g.reading);
    grants.set(g.category, {
      category: g.category,
      citation: g.citation,
      ...(reading === undefined ? {} : { reading }),
    });
  }
  const operators = new Map<string, OperatorSpec>();
  for (const [category, spec] of Object.entries(recipient.operators)) {
    if (spec !== undefined) operators.set(category, toOperatorSpec(spec));
  }
  const reason = `not granted to ${id}`;
  const fallback: Decision = Object.freeze({
    kind: "deny",
    operator: toOperatorSpec(recipient.defaultOperator),
    reason,
  });

  const decisions = new Map<CategoryKey, Decision>();
  const allowed = new Set<CategoryKey>();
  for (const key of CATEGORY_KEYS) {
    let decision: Decision = fallback;
    // Nearest rule wins: a grant or operator on the key itself, then on its parent, and so on.
    for (const k of selfAndAncestors(key)) {
      const grant = grants.get(k);
      if (grant) {
        decision = Object.freeze({ kind: "allow", grant });
        allowed.add(key);
        break;
      }
      const operator = operators.get(k);
      if (operator) {
        decision = Object.freeze({ kind: "deny", operator, reason });
        break;
      }
    }
    decisions.set(key, decision);
  }

  return Object.freeze({
    id,
    vendor: recipient.vendor,
    purpose: recipient.purpose,
    hosts: Object.freeze([...recipient.hosts]),
    defaultUpstream: recipient.defaultUpstream,
    allowed,
    unknownEndpoints: recipient.unknownEndpoints,
    unknownHeaders: recipient.unknownHeaders,
    forwardHeaders: Object.freeze([...recipient.forwardHeaders]),
    accountIdsWithPersonalData: recipient.accountIdsWithPersonalData,
    decide: (category: CategoryKey): Decision => decisions.get(category) ?? fallback,
  });
}
