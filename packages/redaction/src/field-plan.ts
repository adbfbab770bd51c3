/**
 * The payload plan of one vendor endpoint: which fields its schema tags with which category (or
 * marks operational), compiled into a trie the scanners walk alongside the payload, so nothing is
 * looked up by string building per field. Paths use the path-template syntax of
 * `@kago/personal-data` (`data[].user_data.em`, `custom_data.*`, `CloudCustomData#json.network`).
 */
import { type CategoryKey, collectFieldTags, type FieldTag, parsePathTemplate } from "@kago/personal-data";

/** A zod schema as `collectFieldTags` accepts it. */
export type PayloadSchema = Parameters<typeof collectFieldTags>[0];

/** One node of the plan trie. Children are keyed by field name, `[]`, `*` (any key) or `#json`. */
export interface PlanNode {
  /** The category the schema tags this field with, or `null`. */
  readonly category: CategoryKey | null;
  /** True when the schema marks the field operational: its name is not read through the key table. */
  readonly operational: boolean;
  readonly children: ReadonlyMap<string, PlanNode>;
}

/** A compiled payload plan: one trie per part of the transfer. */
export interface FieldPlan {
  /** The endpoint's name for reports (e.g. `facebook.capi.events`), or `null`. */
  readonly endpoint: string | null;
  readonly body: PlanNode;
  readonly query: PlanNode;
}

/** The schemas of one endpoint. */
export interface EndpointSchemas {
  readonly endpoint?: string;
  readonly body?: PayloadSchema;
  readonly query?: PayloadSchema;
}

interface MutableNode {
  category: CategoryKey | null;
  operational: boolean;
  children: Map<string, MutableNode>;
}

const newNode = (): MutableNode => ({ category: null, operational: false, children: new Map() });

function addTags(root: MutableNode, tags: Iterable<FieldTag>): void {
  for (const tag of tags) {
    const segments = parsePathTemplate(tag.path);
    if (segments === null) throw new TypeError("compileFieldPlan: a field tag has an invalid path template");
    let node = root;
    for (const seg of segments) {
      const key =
        seg.kind === "key" ? seg.key : seg.kind === "element" ? "[]" : seg.kind === "value" ? "*" : "#json";
      let next = node.children.get(key);
      if (next === undefined) {
        next = newNode();
        node.children.set(key, next);
      }
      node = next;
    }
    if ("category" in tag) node.category = tag.category;
    else node.operational = true;
  }
}

/** Compiles field tags (as `collectFieldTags` returns them) of a body and a query into a plan. */
export function compileFieldPlanFromTags(
  body: Iterable<FieldTag>,
  query: Iterable<FieldTag> = [],
  endpoint: string | null = null,
): FieldPlan {
  const b = newNode();
  const q = newNode();
  addTags(b, body);
  addTags(q, query);
  return { endpoint, body: b, query: q };
}

/**
 * Compiles an endpoint's payload plan from its zod schema (the body's), or from
 * `{ endpoint, body, query }`. Run once per endpoint at start-up; throws a `TypeError` there on a
 * malformed tag path, never per request.
 */
export function compileFieldPlan(schema: PayloadSchema | EndpointSchemas): FieldPlan {
  if ("_zod" in schema) return compileFieldPlanFromTags(collectFieldTags(schema as PayloadSchema));
  const parts = schema as EndpointSchemas;
  return compileFieldPlanFromTags(
    parts.body ? collectFieldTags(parts.body) : [],
    parts.query ? collectFieldTags(parts.query) : [],
    parts.endpoint ?? null,
  );
}

/** The child plan of an object member: by exact key, else the `*` (any key) child. */
export function memberPlan(plan: PlanNode | undefined, key: string): PlanNode | undefined {
  if (plan === undefined) return undefined;
  return plan.children.get(key) ?? plan.children.get("*");
}
