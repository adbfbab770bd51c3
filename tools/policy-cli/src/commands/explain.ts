/**
 * `kago-policy explain <recipient>`: what one recipient may receive, category by category, with
 * the sentence each permission cites and the readings that decide the open cases.
 */
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import { type OperatorSpec, type PolicyDocument, type ReadingDocument, selfAndAncestors } from "@kago/policy";
import { type CliIo, EXIT, UsageError } from "../io.js";
import { loadPolicyArgument } from "../policy-source.js";
import { renderTable } from "../table.js";
import { formatIssue } from "./lint.js";

/** One row of the explanation. */
export interface ExplainRow {
  readonly category: CategoryKey;
  readonly decision: "allow" | "deny";
  /** For an allowed category: the granted key when it is an ancestor, else null. */
  readonly via: CategoryKey | null;
  readonly operator: OperatorSpec | null;
  readonly citation: string | null;
  /** Ids of the readings that concern this category for this recipient. */
  readonly readings: readonly string[];
}

function formatOperator(spec: OperatorSpec): string {
  const params = Object.entries(spec.params ?? {});
  if (params.length === 0) return spec.operator;
  return `${spec.operator}(${params.map(([k, v]) => `${k}=${String(v)}`).join(", ")})`;
}

function readingsFor(
  doc: PolicyDocument,
  recipient: string,
  key: CategoryKey,
  grantReading?: string,
): string[] {
  const chain = new Set(selfAndAncestors(key));
  const ids = doc.readings
    .filter((r: ReadingDocument) => {
      const applies = r.appliesTo;
      if (!applies) return false;
      if (applies.recipients && !applies.recipients.includes(recipient)) return false;
      return applies.categories.some((c) => chain.has(c));
    })
    .map((r) => r.id);
  if (grantReading !== undefined && !ids.includes(grantReading)) ids.unshift(grantReading);
  return ids;
}

/** Runs `explain`; returns the exit code. */
export function explain(
  recipientId: string,
  policyFile: string | undefined,
  json: boolean,
  io: CliIo,
): number {
  const loaded = loadPolicyArgument(policyFile, io.cwd);
  if (!loaded.ok) {
    const file = policyFile ?? "(built-in policy)";
    io.stdout(`${loaded.issues.map((i) => formatIssue(file, i)).join("\n")}\n`);
    return EXIT.issues;
  }
  const { policy, document } = loaded;
  const recipient = policy.recipients.get(recipientId);
  const recipientDoc = document.recipients[recipientId];
  if (!recipient || !recipientDoc) {
    throw new UsageError(
      `unknown recipient '${recipientId}'; the policy names: ${[...policy.recipients.keys()].join(", ")}`,
    );
  }
  const grantReadings = new Map(recipientDoc.grants.map((g) => [g.category, g.reading]));

  const rows: ExplainRow[] = CATEGORY_KEYS.map((category) => {
    const d = recipient.decide(category);
    if (d.kind === "allow") {
      return {
        category,
        decision: "allow",
        via: d.grant.category === category ? null : d.grant.category,
        operator: null,
        citation: d.grant.citation,
        readings: readingsFor(document, recipientId, category, grantReadings.get(d.grant.category)),
      };
    }
    return {
      category,
      decision: "deny",
      via: null,
      operator: d.operator,
      citation: null,
      readings: readingsFor(document, recipientId, category),
    };
  });
  const usedReadings = document.readings.filter((r) => rows.some((row) => row.readings.includes(r.id)));

  if (json) {
    const out = {
      policyVersion: policy.version,
      recipient: {
        id: recipient.id,
        vendor: recipient.vendor,
        purpose: recipient.purpose,
        purposeCitation: recipientDoc.purposeCitation,
        hosts: recipient.hosts,
        defaultUpstream: recipient.defaultUpstream,
        unknownEndpoints: recipient.unknownEndpoints,
        unknownHeaders: recipient.unknownHeaders,
        forwardHeaders: recipient.forwardHeaders,
        accountIdsWithPersonalData: recipient.accountIdsWithPersonalData,
      },
      categories: rows,
      readings: usedReadings,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }

  const citations: string[] = [];
  const footnote = (citation: string): string => {
    let n = citations.indexOf(citation);
    if (n < 0) n = citations.push(citation) - 1;
    return `[${n + 1}]`;
  };
  const purposeNote = footnote(recipientDoc.purposeCitation);
  const table = rows.map((row) => [
    row.category,
    row.decision === "allow"
      ? row.via === null
        ? "allow"
        : `allow via ${row.via}`
      : formatOperator(row.operator ?? { operator: "drop" }),
    row.citation === null ? "" : footnote(row.citation),
    row.readings.join(", "),
  ]);
  const lines = [
    `${recipient.id}: ${recipient.vendor} (policy ${policy.version})`,
    `purpose:   ${recipient.purpose} ${purposeNote}`,
    `hosts:     ${recipient.hosts.join(", ")}`,
    `upstream:  ${recipient.defaultUpstream} (default)`,
    `unknown endpoints: ${recipient.unknownEndpoints}`,
    `unknown headers: ${recipient.unknownHeaders}${recipient.forwardHeaders.length > 0 ? ` (also forwarded: ${recipient.forwardHeaders.join(", ")})` : ""}`,
    // only where it applies: a recipient not granted account ids loses them by their operator
    ...(recipient.decide("account.id").kind === "allow"
      ? [`account ids with personal data: ${recipient.accountIdsWithPersonalData}`]
      : []),
    "",
    renderTable([["CATEGORY", "DECISION", "CITES", "READINGS"], ...table]),
    "",
    "Citations (quoted from the source policy):",
    ...citations.map((c, i) => `  [${i + 1}] "${c.replace(/\s+/g, " ").trim()}"`),
  ];
  if (usedReadings.length > 0) {
    lines.push("", "Readings:");
    for (const r of usedReadings) {
      lines.push(`  ${r.id}: ${r.question}`, `    decision: ${r.decision}`, `    reason: ${r.reason}`);
    }
  }
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
