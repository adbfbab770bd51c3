/**
 * Renders the catalog's field maps as Markdown, so the README's tables come from the schemas.
 */

import { appendElement, appendJson, appendKey } from "@kago/personal-data";
import type { VendorCatalog } from "./catalog.js";
import { conditionText, type FieldCondition, type FieldMap } from "./schema/field-map.js";
import type { VendorEndpoint } from "./types.js";

function cond(when: FieldCondition | undefined): string {
  return when === undefined ? "" : ` (when \`${when.path}\` = \`${conditionText(when)}\`)`;
}

/** A field a sub-request route added (listed once per route instead, see {@link routeLines}). */
function routed(f: { when?: FieldCondition }): boolean {
  return f.when !== undefined && "matches" in f.when;
}

function planLines(part: "body" | "query", plan: FieldMap): string[] {
  const lines: string[] = [];
  for (const f of plan.fieldCategories.filter((f) => !routed(f)))
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | ${f.category} |`);
  for (const f of plan.freeTextFields.filter((f) => !routed(f)))
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | free text |`);
  for (const f of plan.encodedFields.filter((f) => !routed(f)))
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | holds ${f.encoding} |`);
  for (const f of plan.urlFields.filter((f) => !routed(f)))
    lines.push(
      `| \`${part}:${f.path}\`${cond(f.when)} | relative URL (path segments inspected, query as pairs) |`,
    );
  for (const f of plan.columnFields.filter((f) => !routed(f))) {
    const known = Object.entries(f.categories)
      .map(([k, v]) => `${k} → ${v}`)
      .join(", ");
    lines.push(`| \`${part}:${f.path}\`${cond(f.when)} | rows named by \`${f.namesKey}\`; known: ${known} |`);
  }
  const ops = operationalNames(plan.operationalFields.filter((f) => !routed(f)));
  if (ops.length > 0) lines.push(`| ${part} operational | ${ops.join(", ")} |`);
  const ids = operationalNames(plan.addressingIdFields.filter((f) => !routed(f)));
  if (ids.length > 0)
    lines.push(`| ${part} addressing ids (forwarded as they came, or refused) | ${ids.join(", ")} |`);
  return lines;
}

/**
 * The operational paths, each once; a path operational only under conditions names them
 * (`ProfileItem[].Value` (when `ProfileItem[].Tag` is `Tag_Profile_IM_Level` or ...)).
 */
function operationalNames(fields: FieldMap["operationalFields"]): string[] {
  const always = new Set<string>();
  const conditional = new Map<string, { path: string; values: string[] }>();
  for (const f of fields) {
    if (f.when === undefined) {
      always.add(f.path);
      continue;
    }
    const entry = conditional.get(f.path) ?? { path: f.when.path, values: [] };
    entry.values.push(`\`${conditionText(f.when)}\``);
    conditional.set(f.path, entry);
  }
  const names: string[] = [];
  const named = new Set<string>();
  for (const f of fields) {
    if (named.has(f.path)) continue;
    named.add(f.path);
    const c = always.has(f.path) ? undefined : conditional.get(f.path);
    names.push(
      c === undefined ? `\`${f.path}\`` : `\`${f.path}\` (when \`${c.path}\` is ${c.values.join(" or ")})`,
    );
  }
  return names;
}

/** One line per sub-request shape and route of a batch endpoint. */
function routeLines(endpoint: VendorEndpoint): string[] {
  const sub = endpoint.subRequests;
  if (sub === undefined) return [];
  const list = appendKey("", sub.listField);
  const lines: string[] = [];
  for (const item of [appendElement(list), appendElement(appendJson(list))]) {
    for (const route of sub.routes)
      lines.push(
        `| \`body:${appendKey(item, sub.bodyField)}\`, the query of \`${appendKey(item, sub.urlField)}\` (when it names \`${route.path}\`) | read as \`${route.endpoint}\`'s body and query (so too in \`query:${sub.listField}\`) |`,
      );
    lines.push(
      `| \`body:${appendKey(item, sub.bodyField)}\`, the query of \`${appendKey(item, sub.urlField)}\` (any other URL) | read as any other \`${endpoint.recipient}\` call (below): the generic rules and that plan |`,
    );
  }
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
    const lines = [
      ...planLines("query", endpoint.queryFields),
      ...planLines("body", endpoint.bodyFields),
      ...routeLines(endpoint),
    ];
    // known keys in the plan are in the body's field map, as conditions on the key member
    for (const list of endpoint.keyValueLists) {
      const known =
        list.inPlan === false
          ? `; known (read by the engine's key table, not in the plan): ${Object.entries(list.known)
              .map(([k, v]) => `${k} → ${v}`)
              .join(", ")}`
          : "";
      lines.push(
        `| \`body:${list.path}\` | ${list.keyField}/${list.valueField} list${known}; other keys: the engine's generic rules |`,
      );
    }
    table(out, lines);
    out.push("");
  }
  // a call the catalog does not know: its recipient's addressing keys (session 19) and positional members (session 20)
  for (const [recipient, fields] of catalog.unknownEndpoints) {
    const lines = [...planLines("query", fields.queryFields), ...planLines("body", fields.bodyFields)];
    if (lines.length === 0) continue;
    out.push(`#### any other \`${recipient}\` call`);
    out.push("");
    out.push(
      "The catalog does not know it: the engine's generic rules, these addressing ids, and the positions of the positional members where the catalogued calls hold them.",
    );
    table(out, lines);
    out.push("");
  }
  return out.join("\n");
}

/** Appends a field table of `lines` to `out`, when there are any. */
function table(out: string[], lines: readonly string[]): void {
  if (lines.length === 0) return;
  out.push("");
  out.push("| field | category |");
  out.push("|---|---|");
  out.push(...lines);
}
