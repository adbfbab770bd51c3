/** Builds the counts-only report from the findings of one redaction. */
import type { CategoryKey } from "@kago/personal-data";
import type { FindingEntry } from "./context.js";
import type { DroppedHeader, FindingAction, RedactionReport } from "./transfer.js";

/**
 * The report: distinct findings (equal location, category, action, detector and fallback are one
 * finding) in the order first found, counts per occurrence, and the categories sent and removed,
 * sorted; the dropped headers, distinct.
 */
export function buildReport(
  entries: readonly FindingEntry[],
  endpoint: string | null,
  changed: boolean,
  dropped: readonly DroppedHeader[] = [],
): RedactionReport {
  const countsByAction: Partial<Record<FindingAction, number>> = {};
  const countsByCategory: Partial<Record<CategoryKey, number>> = {};
  const sent = new Set<CategoryKey>();
  const removed = new Set<CategoryKey>();
  const findings = [];
  for (const { finding: f, count } of entries) {
    if (count <= 0) continue;
    findings.push(f);
    countsByAction[f.action] = (countsByAction[f.action] ?? 0) + count;
    countsByCategory[f.category] = (countsByCategory[f.category] ?? 0) + count;
    if (f.action === "keep") sent.add(f.category);
    else removed.add(f.category);
  }
  return {
    endpoint,
    findings,
    categoriesSent: [...sent].sort(),
    categoriesRemoved: [...removed].sort(),
    countsByAction,
    countsByCategory,
    droppedHeaders: distinctDropped(dropped),
    changed,
  };
}

/** `dropped` without repeats (a header sent twice is one entry). */
function distinctDropped(dropped: readonly DroppedHeader[]): readonly DroppedHeader[] {
  if (dropped.length < 2) return dropped;
  const seen = new Set<string>();
  return dropped.filter((d) => {
    const key = `${d.reason} ${d.location}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
