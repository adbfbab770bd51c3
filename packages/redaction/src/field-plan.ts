/**
 * The payload plan of one vendor endpoint: which fields its schema tags with which category (or
 * marks operational), compiled into a trie the scanners walk alongside the payload, so nothing is
 * looked up by string building per field. Paths use the path-template syntax of
 * `@kago/personal-data` with its extended segments (`data[].user_data.em`, `custom_data.*`,
 * `CloudCustomData#json.network`, `app_data.extinfo[5]`, `batch#json[].body#form.data`).
 *
 * Three things beyond plain tags:
 * - `[N]`: one position of a positional array; for that index it wins over the `[]` child;
 * - `#form`: the string holds a form-encoded document, redacted pair by pair with the sub-plan;
 * - `when`: a tag that holds only when a discriminator member of an enclosing object (named by a
 *   path that shares the tagged path's prefix, `MsgBody[].MsgType`) has a value.
 */
import {
  type CategoryKey,
  collectFieldTags,
  type FieldTag,
  type PathSegment,
  parsePathTemplate,
} from "@kago/personal-data";

/** A zod schema as `collectFieldTags` accepts it. */
export type PayloadSchema = Parameters<typeof collectFieldTags>[0];

/** A discriminator value a conditional tag compares with. */
export type ConditionValue = string | number | boolean;

/**
 * A compiled condition: the member `key` of the container `up` levels above the container the
 * field is a member of (0: the same container) equals `equals`.
 */
export interface PlanCondition {
  readonly up: number;
  readonly key: string;
  readonly equals: ConditionValue;
}

/** A conditional mark of a plan node: used instead of the node's own mark when its condition holds. */
export interface PlanVariant {
  readonly when: PlanCondition;
  readonly category: CategoryKey | null;
  readonly operational: boolean;
}

/**
 * One node of the plan trie. Children are keyed by field name, `[]`, `*` (any key), `#json` or
 * `#form`; positions of a positional array are in `positions`.
 */
export interface PlanNode {
  /** The category the schema tags this field with, or `null`. */
  readonly category: CategoryKey | null;
  /** True when the schema marks the field operational: its name is not read through the key table. */
  readonly operational: boolean;
  /** True when the field holds a relative URL (path and query): the engine reads it as a URL. */
  readonly url: boolean;
  readonly children: ReadonlyMap<string, PlanNode>;
  /** `[N]` children by index (they win over the `[]` child for their index), or `null`. */
  readonly positions: ReadonlyMap<number, PlanNode> | null;
  /** Conditional marks, the first whose condition holds wins over `category`/`operational`; or `null`. */
  readonly variants: readonly PlanVariant[] | null;
  /** Members of this object that conditions below it read (discriminators), or `null`. */
  readonly discriminators: readonly string[] | null;
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

/** A condition as the vendor catalog writes it: the discriminator's path and the value it must have. */
export interface FieldCondition {
  /** Path template of the discriminator, sharing the tagged path's prefix (`MsgBody[].MsgType`). */
  readonly path: string;
  readonly equals: ConditionValue;
}

/**
 * One field tag with an optional condition: a category, an operational mark, an encoding (`form`
 * makes the string a form document even when nothing under it is tagged; `json` changes nothing,
 * JSON in strings is always looked into) or a free-text mark (accepted, no effect: every string is
 * searched for spans).
 */
export type PlanFieldTag =
  | (FieldTag & { readonly when?: FieldCondition })
  | { readonly path: string; readonly encoding: "json" | "form"; readonly when?: FieldCondition }
  | { readonly path: string; readonly freeText: true; readonly when?: FieldCondition }
  | { readonly path: string; readonly url: true; readonly when?: FieldCondition };

/** The field map shape of `@kago/vendors` (`endpoint.bodyFields` / `queryFields`), structurally. */
export interface FieldMapInput {
  readonly fieldCategories: readonly {
    readonly path: string;
    readonly category: CategoryKey;
    readonly when?: FieldCondition;
  }[];
  readonly operationalFields: readonly { readonly path: string; readonly when?: FieldCondition }[];
  readonly freeTextFields?: readonly { readonly path: string; readonly when?: FieldCondition }[];
  readonly encodedFields?: readonly {
    readonly path: string;
    readonly encoding: "json" | "form";
    readonly when?: FieldCondition;
  }[];
  readonly urlFields?: readonly { readonly path: string; readonly when?: FieldCondition }[];
}

/** The fields of one endpoint, as field maps or tag lists. */
export interface EndpointFields {
  readonly endpoint?: string;
  readonly body?: FieldMapInput | readonly PlanFieldTag[];
  readonly query?: FieldMapInput | readonly PlanFieldTag[];
}

interface MutableNode {
  category: CategoryKey | null;
  operational: boolean;
  url: boolean;
  children: Map<string, MutableNode>;
  positions: Map<number, MutableNode> | null;
  variants: PlanVariant[] | null;
  discriminators: string[] | null;
}

const newNode = (): MutableNode => ({
  category: null,
  operational: false,
  url: false,
  children: new Map(),
  positions: null,
  variants: null,
  discriminators: null,
});

function fail(path: string, why: string): never {
  throw new TypeError(`compileFieldPlan: ${path}: ${why}`);
}

function parse(path: string): PathSegment[] {
  const segments = parsePathTemplate(path, { extended: true });
  if (segments === null) fail(path, "not a path template");
  return segments;
}

function step(node: MutableNode, seg: PathSegment): MutableNode {
  if (seg.kind === "position") {
    node.positions ??= new Map();
    let next = node.positions.get(seg.index);
    if (next === undefined) {
      next = newNode();
      node.positions.set(seg.index, next);
    }
    return next;
  }
  const key =
    seg.kind === "key"
      ? seg.key
      : seg.kind === "element"
        ? "[]"
        : seg.kind === "value"
          ? "*"
          : seg.kind === "json"
            ? "#json"
            : seg.kind === "form"
              ? "#form"
              : seg.kind === "hex"
                ? "#hex"
                : "#base64";
  let next = node.children.get(key);
  if (next === undefined) {
    next = newNode();
    node.children.set(key, next);
  }
  return next;
}

function sameSegment(a: PathSegment, b: PathSegment): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "key") return a.key === (b as typeof a).key;
  if (a.kind === "position") return a.index === (b as typeof a).index;
  return true;
}

/** Compiles a `when` against its tagged path: the anchor's depth in the path and `up`. */
function compileCondition(
  root: MutableNode,
  path: string,
  segments: readonly PathSegment[],
  when: FieldCondition,
): PlanCondition {
  const cond = parse(when.path);
  const last = cond[cond.length - 1];
  if (last === undefined || last.kind !== "key")
    fail(path, "a condition must name a member (its path ends in a key)");
  const prefix = cond.length - 1;
  if (segments.length <= prefix) fail(path, "a condition must name a member of a container the field is in");
  for (let k = 0; k < prefix; k++) {
    if (!sameSegment(cond[k] as PathSegment, segments[k] as PathSegment))
      fail(path, "a condition must name a member of a container the field is in");
  }
  for (let k = prefix; k < segments.length; k++) {
    const kind = (segments[k] as PathSegment).kind;
    if (kind === "json" || kind === "form" || kind === "base64" || kind === "hex")
      fail(path, "a condition cannot reach across a #json, #form, #base64 or #hex document");
  }
  let anchor = root;
  for (let k = 0; k < prefix; k++) anchor = step(anchor, segments[k] as PathSegment);
  anchor.discriminators ??= [];
  if (!anchor.discriminators.includes(last.key)) anchor.discriminators.push(last.key);
  return { up: segments.length - prefix - 1, key: last.key, equals: when.equals };
}

function addTag(root: MutableNode, tag: PlanFieldTag): void {
  const segments = parse(tag.path);
  let node = root;
  for (const seg of segments) node = step(node, seg);
  if ("freeText" in tag) return;
  if ("url" in tag) {
    // a URL mark says how to read the string, like an encoding: it cannot depend on a sibling
    if (tag.when !== undefined) fail(tag.path, "a conditional relative-URL mark is not supported");
    node.url = true;
    return;
  }
  if ("encoding" in tag) {
    if (tag.encoding === "form") {
      if (tag.when !== undefined) fail(tag.path, "a conditional #form encoding is not supported");
      step(node, { kind: "form" });
    }
    return;
  }
  const category = "category" in tag ? tag.category : null;
  const operational = !("category" in tag);
  if (tag.when === undefined) {
    if (category !== null) node.category = category;
    else node.operational = true;
    return;
  }
  const when = compileCondition(root, tag.path, segments, tag.when);
  node.variants ??= [];
  node.variants.push({ when, category, operational });
}

function tagsOf(input: FieldMapInput | readonly PlanFieldTag[] | undefined): readonly PlanFieldTag[] {
  if (input === undefined) return [];
  if (Array.isArray(input)) return input as readonly PlanFieldTag[];
  const map = input as FieldMapInput;
  const out: PlanFieldTag[] = [];
  for (const f of map.encodedFields ?? [])
    out.push(f.when === undefined ? { path: f.path, encoding: f.encoding } : { ...f });
  for (const f of map.fieldCategories)
    out.push(f.when === undefined ? { path: f.path, category: f.category } : { ...f });
  for (const f of map.operationalFields)
    out.push(
      f.when === undefined
        ? { path: f.path, operational: true }
        : { path: f.path, operational: true, when: f.when },
    );
  for (const f of map.urlFields ?? [])
    out.push(f.when === undefined ? { path: f.path, url: true } : { path: f.path, url: true, when: f.when });
  return out;
}

function build(tags: Iterable<PlanFieldTag>): MutableNode {
  const root = newNode();
  for (const tag of tags) addTag(root, tag);
  return root;
}

/**
 * Compiles field tags (as `collectFieldTags` returns them, or with `when` conditions, encodings
 * and free-text marks) of a body and a query into a plan. Throws a `TypeError` at start-up on a
 * malformed path or a condition it cannot evaluate.
 */
export function compileFieldPlanFromTags(
  body: Iterable<PlanFieldTag>,
  query: Iterable<PlanFieldTag> = [],
  endpoint: string | null = null,
): FieldPlan {
  return { endpoint, body: build(body), query: build(query) };
}

/**
 * Compiles an endpoint's plan from the vendor catalog's field maps directly:
 * `compileFieldPlanFromFields({ endpoint: e.id, body: e.bodyFields, query: e.queryFields })`.
 * Categories, operational marks, `[N]` positions, `#form` encodings and `when` conditions are all
 * kept; free-text marks have no effect (every string is searched for spans). Lists of
 * {@link PlanFieldTag} are accepted in place of a field map.
 */
export function compileFieldPlanFromFields(fields: EndpointFields): FieldPlan {
  return compileFieldPlanFromTags(tagsOf(fields.body), tagsOf(fields.query), fields.endpoint ?? null);
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

/** Reads the discriminator `key` of the container `up` levels above; `undefined` when unknown. */
export type DiscriminatorReader = (up: number, key: string) => unknown;

/**
 * The variant of `plan` whose condition holds, or `null` (the node's own mark applies). Only
 * called for nodes with variants.
 */
export function activeVariant(plan: PlanNode, read: DiscriminatorReader): PlanVariant | null {
  for (const v of plan.variants as readonly PlanVariant[]) {
    if (read(v.when.up, v.when.key) === v.when.equals) return v;
  }
  return null;
}
