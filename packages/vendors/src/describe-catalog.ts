/**
 * Renders the catalog's field maps as Markdown, so the README's tables come from the schemas.
 */

import type { VendorCatalog } from "./catalog.js";
import type { FieldCondition, FieldMap } from "./schema/field-map.js";

function cond(when: FieldCondition | undefined): string {
  return when === undefined ? "" : ` (when \`${when.path}\` = \`${String(when.equals)}\`)`;
}

function planLines(part: "body" | "query", plan: FieldMap): string[] {
  const lines: string[] = [];
  for (const f of plan.fieldCategories)
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | ${f.category} |`);
  for (const f of plan.freeTextFields) lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | free text |`);
  for (const f of plan.encodedFields)
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | holds ${f.encoding} |`);
  for (const f of plan.urlFields)
    lines.push(
      `| \`${part}:${f.path}\`${cond(f.when)} | relative URL (path segments inspected, query as pairs) |`,
    );
  const ops = plan.operationalFields.map((f) => `\`${f.path}\``);
  if (ops.length > 0) lines.push(`| ${part} operational | ${[...new Set(ops)].join(", ")} |`);
  return lines;
}

/** The catalog as Markdown: one section per endpoint with its field map. */
export function describeCatalogMarkdown(catalog: VendorCatalog): string {
  const out: string[] = [];
  for (const endpoint of catalog.endpoints.values()) {
    const action = endpoint.action === undefined ? "" : ` \`Action=${endpoint.action}\``;
    out.push(`#### \`${endpoint.id}\``);
    out.push("");
    out.push(
      `\`${endpoint.method} ${endpoint.pathPattern}\`${action}; body: ${endpoint.bodyFormat}; signature: ${endpoint.signature ?? "none"}; [docs](${endpoint.docs})`,
    );
    const lines = [...planLines("query", endpoint.queryFields), ...planLines("body", endpoint.bodyFields)];
    for (const list of endpoint.keyValueLists) {
      const known = Object.entries(list.known)
        .map(([k, v]) => `${k} → ${v}`)
        .join(", ");
      lines.push(`| \`body:${list.path}\` | ${list.keyField}/${list.valueField} list; known: ${known} |`);
    }
    if (lines.length > 0) {
      out.push("");
      out.push("| field | category |");
      out.push("|---|---|");
      out.push(...lines);
    }
    out.push("");
  }
  return out.join("\n");
}
