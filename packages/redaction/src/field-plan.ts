/**
 * The payload plan of one vendor endpoint: which fields its schema tags with which category,
 * compiled into a trie the scanners walk alongside the payload (no string building per field).
 */
import type { CategoryKey } from "@kago/personal-data";

/** One node of the plan trie. Children are keyed by field name, `[]` (array items) or `#json`. */
export interface PlanNode {
  /** The category the schema tags this field with, or `null`. */
  readonly category: CategoryKey | null;
  readonly children: ReadonlyMap<string, PlanNode>;
}

/** A compiled payload plan: one trie per part of the transfer. */
export interface FieldPlan {
  /** The endpoint's name for reports (e.g. `facebook.capi.events`), or `null`. */
  readonly endpoint: string | null;
  readonly body: PlanNode;
  readonly query: PlanNode;
}

/** One tagged field: a path template (`data[].user_data.em`, `query:phone`) and its category. */
export interface FieldTag {
  readonly path: string;
  readonly category: CategoryKey;
}

interface MutableNode {
  category: CategoryKey | null;
  children: Map<string, MutableNode>;
}

/** Splits a path template into segments: `a[].b#json.c` -> `a`, `[]`, `b`, `#json`, `c`. */
export function pathSegments(template: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < template.length; i++) {
    const ch = template[i] as string;
    if (ch === "." && cur !== "") {
      out.push(cur);
      cur = "";
    } else if (ch === "[" && template[i + 1] === "]") {
      if (cur !== "") out.push(cur);
      out.push("[]");
      cur = "";
      i++;
    } else if (ch === "#" && template.startsWith("#json", i)) {
      if (cur !== "") out.push(cur);
      out.push("#json");
      cur = "";
      i += 4;
    } else if (ch !== ".") cur += ch;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/**
 * Compiles tagged field paths into a plan. A path may start with `query:` or `body:` (default
 * `body:`). Compiled once per endpoint at start-up.
 */
export function compileFieldPlanFromTags(
  tags: Iterable<FieldTag>,
  endpoint: string | null = null,
): FieldPlan {
  const body: MutableNode = { category: null, children: new Map() };
  const query: MutableNode = { category: null, children: new Map() };
  for (const tag of tags) {
    let root = body;
    let path = tag.path;
    if (path.startsWith("query:")) {
      root = query;
      path = path.slice(6);
    } else if (path.startsWith("body:")) path = path.slice(5);
    let node = root;
    for (const seg of pathSegments(path)) {
      let next = node.children.get(seg);
      if (next === undefined) {
        next = { category: null, children: new Map() };
        node.children.set(seg, next);
      }
      node = next;
    }
    node.category = tag.category;
  }
  return { endpoint, body, query };
}
