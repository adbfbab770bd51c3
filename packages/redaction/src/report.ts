/** Builds the counts-only report from the findings of one redaction. */
import type { CategoryKey } from "@kago/personal-data";
import type { Finding, FindingAction, RedactionReport } from "./transfer.js";

/**
 * The report: findings deduplicated by location, category, action and detector (in the order
 * first found), counts per occurrence, and the categories sent and removed, sorted.
 */
export function buildReport(
  log: readonly Finding[],
  endpoint: string | null,
  changed: boolean,
): RedactionReport {
  const findings = new Map<string, Finding>();
  const countsByAction: Partial<Record<FindingAction, number>> = {};
  const countsByCategory: Partial<Record<CategoryKey, number>> = {};
  const sent = new Set<CategoryKey>();
  const removed = new Set<CategoryKey>();
  for (const f of log) {
    const id = `${f.location}\u0000${f.category}\u0000${f.action}\u0000${f.detector}`;
    if (!findings.has(id)) findings.set(id, f);
    countsByAction[f.action] = (countsByAction[f.action] ?? 0) + 1;
    countsByCategory[f.category] = (countsByCategory[f.category] ?? 0) + 1;
    if (f.action === "keep") sent.add(f.category);
    else removed.add(f.category);
  }
  return {
    endpoint,
    findings: [...findings.values()],
    categoriesSent: [...sent].sort(),
    categoriesRemoved: [...removed].sort(),
    countsByAction,
    countsByCategory,
    changed,
  };
}
