/**
 * The payload plan of one vendor endpoint: which fields its schema tags with which category (or
 * marks operational), compiled into a trie the scanners walk alongside the payload, so nothing is
 * looked up by string building per field. Paths use the path-template syntax of
 * `@kago/personal-data` with its extended segments (`data[].user_data.em`, `custom_data.*`,
 * `CloudCustomData#json.network`, `app_data.extinfo[5]`, `batch#json[].body#form.data`).
 *
 * Beyond plain tags:
 * - `[N]`: one position of a positional array; for that index it wins over the `[]` child;
 * - `#form`: the string holds a form-encoded document, redacted pair by pair with the sub-plan;
 * - `when`: a tag that holds only when a discriminator member of an enclosing object (named by a
 *   path that shares the tagged path's prefix, `MsgBody[].MsgType`) has a value, or (session 15)
 *   when its string value matches a pattern;
 * - routes (session 15): a `when` on a tag inside a document held in a member
 *   (`batch[].body#form.data` when `batch[].relative_url` matches `/events`) makes that member's
 *   document read with a plan of its own where the condition holds: a Graph batch sub-request's
 *   body is read with the schema of the endpoint its `relative_url` names (and the URL's query,
 *   the `#form` of the URL member, with that endpoint's query fields);
 * - columns (session 15): an array of rows whose cells are named by position in a sibling member
 *   (`payload.data` named by `payload.schema`, Meta's Custom Audience upload), or a list whose
 *   items are all named by that member when it is a single name;
 * - addressing ids (session 18): an operational member naming what the call acts on (Zego's
 *   `RoomId`, Tencent's `GroupId`), forwarded as it came or the transfer refused
 *   (`addressing-ids.ts`).
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
 * field is a member of (0: the same container) equals `equals`, or is a string `matches` accepts.
 */
export interface PlanCondition {
  readonly up: number;
  readonly key: string;
  /** The value the discriminator must have; `null` when {@link PlanCondition.matches} decides. */
  readonly equals: ConditionValue | null;
  /** A pattern the discriminator's string value must match (no `g` or `y` flag), or `null`. */
  readonly matches: RegExp | null;
}

/**
 * A member's document read with a plan of its own where `when` holds (the first route that holds
 * wins); elsewhere the member's own plan applies.
 */
export interface PlanRoute {
  readonly when: PlanCondition;
  /** Stands for the member's plan where the condition holds: it has only the document's child. */
  readonly plan: PlanNode;
}

/** What one named column of {@link PlanColumns} is. */
export interface PlanColumn {
  readonly category: CategoryKey | null;
  readonly operational: boolean;
}

/**
 * Items of an array named by a sibling member of the object holding the list, `key`, read `up`
 * containers above the array: on a row (`row`), item N is named by the N-th name of a list of
 * names, and keeps its place when dropped; on the list itself, every item is named by the member
 * when it is a single name.
 */
export interface PlanColumns {
  readonly up: number;
  readonly key: string;
  readonly row: boolean;
  readonly table: ReadonlyMap<string, PlanColumn>;
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
  /**
   * True when the field is an addressing id (session 18; it is operational too): where no category
   * is in effect for it, it goes as it came or, when it holds personal data the recipient may not
   * receive, the transfer is refused (`personal_data_in_identifier`, `addressing-ids.ts`).
   */
  readonly addressingId: boolean;
  /**
   * True when the field is text the app writes: a free-text mark, or a string that holds the app's
   * JSON (session 19). A whole value that a value detector finds and the recipient may not receive
   * is replaced by its placeholder there, as a span of its text would be, so a required member
   * keeps its place (`Text` of a Tencent text message, Zego's `MessageContent`). Conditional marks
   * are in {@link PlanNode.textWhen}.
   */
  readonly text: boolean;
  /** The conditions under which the field is such text (see {@link PlanNode.text}), or `null`. */
  readonly textWhen: readonly PlanCondition[] | null;
  readonly children: ReadonlyMap<string, PlanNode>;
  /** `[N]` children by index (they win over the `[]` child for their index), or `null`. */
  readonly positions: ReadonlyMap<number, PlanNode> | null;
  /** Conditional marks, the first whose condition holds wins over `category`/`operational`; or `null`. */
  readonly variants: readonly PlanVariant[] | null;
  /** Members of this object that conditions below it read (discriminators), or `null`. */
  readonly discriminators: readonly string[] | null;
  /** Plans for this member's document by condition, or `null`. */
  readonly routes: readonly PlanRoute[] | null;
  /** The names of this array's items, or `null`. */
  readonly columns: PlanColumns | null;
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

/**
 * A condition as the vendor catalog writes it: the discriminator's path (a template sharing the
 * tagged path's prefix, `MsgBody[].MsgType`) and the value it must have, or a pattern its string
 * value must match (`batch[].relative_url` against a Graph endpoint's path).
 */
export type FieldCondition =
  | { readonly path: string; readonly equals: ConditionValue }
  | { readonly path: string; readonly matches: RegExp };

/**
 * The columns of a list of rows, as the vendor catalog writes them: the sibling member naming
 * them (`schema` beside `data`) and the category of each name, or `"operational"`. Names not
 * listed are for the engine's generic rules.
 */
export interface ColumnNames {
  readonly namesKey: string;
  readonly categories: Readonly<Record<string, CategoryKey | "operational">>;
}

/**
 * One field tag with an optional condition: a category, an operational mark, an encoding (`form`
 * makes the string a form document even when nothing under it is tagged; `json` changes nothing,
 * JSON in strings is always looked into; since session 19 both `json` and a free-text mark make the
 * field text the app writes, see {@link PlanNode.text}; every string is searched for spans), or an
 * addressing-id mark (session 18; unconditional, on a member or, since session 19, a list's items;
 * it makes the field operational too).
 */
export type PlanFieldTag =
  | (FieldTag & { readonly when?: FieldCondition })
  | { readonly path: string; readonly encoding: "json" | "form"; readonly when?: FieldCondition }
  | { readonly path: string; readonly freeText: true; readonly when?: FieldCondition }
  | { readonly path: string; readonly url: true; readonly when?: FieldCondition }
  | { readonly path: string; readonly columns: ColumnNames; readonly when?: FieldCondition }
  | { readonly path: string; readonly addressingId: true; readonly when?: FieldCondition };

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
  readonly columnFields?: readonly (ColumnNames & {
    readonly path: string;
    readonly when?: FieldCondition;
  })[];
  readonly addressingIdFields?: readonly { readonly path: string; readonly when?: FieldCondition }[];
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
  addressingId: boolean;
  text: boolean;
  textWhen: PlanCondition[] | null;
  children: Map<string, MutableNode>;
  positions: Map<number, MutableNode> | null;
  variants: PlanVariant[] | null;
  discriminators: string[] | null;
  routes: { when: PlanCondition; plan: MutableNode }[] | null;
  columns: PlanColumns | null;
}

const newNode = (): MutableNode => ({
  category: null,
  operational: false,
  url: false,
  addressingId: false,
  text: false,
  textWhen: null,
  children: new Map(),
  positions: null,
  variants: null,
  discriminators: null,
  routes: null,
  columns: null,
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

/** True for the segments that enter a document held in a string. */
function isDocument(seg: PathSegment): boolean {
  return seg.kind === "json" || seg.kind === "form" || seg.kind === "base64" || seg.kind === "hex";
}

/** Adds `name` to the discriminators the object at `anchor` reads ahead. */
function readsAhead(anchor: MutableNode, name: string): void {
  anchor.discriminators ??= [];
  if (!anchor.discriminators.includes(name)) anchor.discriminators.push(name);
}

/**
 * Compiles a `when` against the path of the field it decides (`segments`, no document after the
 * condition's container): the anchor's depth in the path and `up`.
 */
function compileCondition(
  root: MutableNode,
  path: string,
  segments: readonly PathSegment[],
  when: FieldCondition,
  prefix: number,
  key: string,
): PlanCondition {
  if (segments.length <= prefix) fail(path, "a condition must name a member of a container the field is in");
  let anchor = root;
  for (let k = 0; k < prefix; k++) anchor = step(anchor, segments[k] as PathSegment);
  readsAhead(anchor, key);
  if ("matches" in when) {
    if (when.matches.global || when.matches.sticky)
      fail(path, "a condition's pattern may not have the g or y flag (it would keep state)");
    return { up: segments.length - prefix - 1, key, equals: null, matches: when.matches };
  }
  return { up: segments.length - prefix - 1, key, equals: when.equals, matches: null };
}

/** The number of segments the condition's path shares with the tagged path, and its member. */
function conditionPrefix(
  path: string,
  segments: readonly PathSegment[],
  when: FieldCondition,
): { prefix: number; key: string } {
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
  return { prefix, key: last.key };
}

function sameCondition(a: PlanCondition, b: PlanCondition): boolean {
  return (
    a.up === b.up &&
    a.key === b.key &&
    a.equals === b.equals &&
    a.matches?.source === b.matches?.source &&
    a.matches?.flags === b.matches?.flags
  );
}

/**
 * A conditional tag inside a document held in a member (`batch[].body#form.data` when
 * `batch[].relative_url` matches): the tag, unconditional, goes into the plan of the member's
 * route for that condition.
 */
function addRouted(
  root: MutableNode,
  tag: PlanFieldTag,
  segments: readonly PathSegment[],
  doc: number,
  prefix: number,
  key: string,
): void {
  const member = segments.slice(0, doc);
  if (doc <= prefix || member[doc - 1]?.kind !== "key")
    fail(tag.path, "a routed document must be held in a member of the condition's container");
  const when = compileCondition(root, tag.path, member, tag.when as FieldCondition, prefix, key);
  let node = root;
  for (const seg of member) node = step(node, seg);
  node.routes ??= [];
  let route = node.routes.find((r) => sameCondition(r.when, when));
  if (route === undefined) {
    route = { when, plan: newNode() };
    node.routes.push(route);
  }
  const { when: _routed, ...unconditional } = tag;
  addAt(route.plan, unconditional as PlanFieldTag, segments.slice(doc));
}

/** The columns of the list at `segments` (a member), named by its sibling `names.namesKey`. */
function addColumns(
  root: MutableNode,
  path: string,
  segments: readonly PathSegment[],
  names: ColumnNames,
): void {
  if (segments[segments.length - 1]?.kind !== "key")
    fail(path, "a column list must be a member of an object");
  let holder = root;
  for (let k = 0; k < segments.length - 1; k++) holder = step(holder, segments[k] as PathSegment);
  readsAhead(holder, names.namesKey);
  const table = new Map<string, PlanColumn>();
  for (const [name, category] of Object.entries(names.categories))
    table.set(
      name,
      category === "operational" ? { category: null, operational: true } : { category, operational: false },
    );
  const list = step(holder, segments[segments.length - 1] as PathSegment);
  list.columns = { up: 1, key: names.namesKey, row: false, table };
  step(list, { kind: "element" }).columns = { up: 2, key: names.namesKey, row: true, table };
}

function addTag(root: MutableNode, tag: PlanFieldTag): void {
  addAt(root, tag, parse(tag.path));
}

function addAt(root: MutableNode, tag: PlanFieldTag, segments: readonly PathSegment[]): void {
  const condition = tag.when === undefined ? undefined : conditionPrefix(tag.path, segments, tag.when);
  if (condition !== undefined) {
    const doc = segments.findIndex((seg, k) => k >= condition.prefix && isDocument(seg));
    if (doc >= 0) {
      addRouted(root, tag, segments, doc, condition.prefix, condition.key);
      return;
    }
  }
  if ("columns" in tag) {
    if (tag.when !== undefined) fail(tag.path, "a conditional column list is not supported");
    addColumns(root, tag.path, segments, tag.columns);
    return;
  }
  let node = root;
  for (const seg of segments) node = step(node, seg);
  if ("freeText" in tag || ("encoding" in tag && tag.encoding === "json")) {
    if (condition === undefined) node.text = true;
    else {
      const when = tag.when as FieldCondition;
      node.textWhen ??= [];
      node.textWhen.push(compileCondition(root, tag.path, segments, when, condition.prefix, condition.key));
    }
    if ("freeText" in tag) return;
  }
  if ("addressingId" in tag) {
    // the rule holds for the member whatever its siblings say, and for one member's value
    if (tag.when !== undefined) fail(tag.path, "a conditional addressing-id mark is not supported");
    // a member, or the items of a list of ids (`GroupIdList[]`, session 19)
    const last = segments[segments.length - 1]?.kind;
    if (last !== "key" && last !== "element")
      fail(tag.path, "an addressing id must be a member or a list's items");
    // an addressing id is operational, and read as one (`addressing-ids.ts`)
    node.addressingId = true;
    node.operational = true;
    return;
  }
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
  if (condition === undefined) {
    if (category !== null) node.category = category;
    else node.operational = true;
    return;
  }
  const when = compileCondition(
    root,
    tag.path,
    segments,
    tag.when as FieldCondition,
    condition.prefix,
    condition.key,
  );
  node.variants ??= [];
  node.variants.push({ when, category, operational });
}

/**
 * True when nothing is tagged at or below `node` (documents and containers may be there), its
 * own routes and relative-URL mark aside (a mark says how to read the member, which a route keeps).
 */
function isBare(node: MutableNode, ownRoutes: boolean): boolean {
  if (
    node.category !== null ||
    node.operational ||
    node.addressingId ||
    (node.url && !ownRoutes) ||
    node.variants !== null
  )
    return false;
  if (node.positions !== null || node.columns !== null || (node.routes !== null && !ownRoutes)) return false;
  for (const child of node.children.values()) if (!isBare(child, false)) return false;
  return true;
}

/**
 * Refuses a routed member that carries tags of its own besides its routes: where a route holds,
 * its plan stands for the member's, so they would be silently lost there.
 */
function checkRoutes(node: MutableNode, path: string): void {
  if (node.routes !== null) {
    if (!isBare(node, true)) fail(path, "a routed member may carry no tags of its own");
    for (const route of node.routes) checkRoutes(route.plan, `${path}(routed)`);
  }
  for (const [key, child] of node.children) checkRoutes(child, `${path}/${key}`);
  for (const [index, child] of node.positions ?? []) checkRoutes(child, `${path}[${index}]`);
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
  for (const f of map.columnFields ?? []) {
    const columns = { namesKey: f.namesKey, categories: f.categories };
    out.push(f.when === undefined ? { path: f.path, columns } : { path: f.path, columns, when: f.when });
  }
  for (const f of map.addressingIdFields ?? [])
    out.push(
      f.when === undefined
        ? { path: f.path, addressingId: true }
        : { path: f.path, addressingId: true, when: f.when },
    );
  for (const f of map.freeTextFields ?? [])
    out.push(
      f.when === undefined
        ? { path: f.path, freeText: true }
        : { path: f.path, freeText: true, when: f.when },
    );
  return out;
}

function build(tags: Iterable<PlanFieldTag>): MutableNode {
  const root = newNode();
  for (const tag of tags) addTag(root, tag);
  checkRoutes(root, "");
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
 * Categories, operational marks, addressing ids, `[N]` positions, `#form` encodings and `when`
 * conditions are all kept; free-text marks and `json` encodings make a field text the app writes
 * (session 19, {@link PlanNode.text}). Lists of
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

/** True when the discriminator `when` reads has the value it wants. */
function holds(when: PlanCondition, read: DiscriminatorReader): boolean {
  const value = read(when.up, when.key);
  if (when.matches === null) return value === when.equals;
  return typeof value === "string" && when.matches.test(value);
}

/** True when the field of `plan` is text the app writes (see {@link PlanNode.text}), by its conditions as `read` reads them. */
export function isTextField(plan: PlanNode, read: DiscriminatorReader): boolean {
  if (plan.text) return true;
  if (plan.textWhen === null) return false;
  for (const when of plan.textWhen) if (holds(when, read)) return true;
  return false;
}

/**
 * The variant of `plan` whose condition holds, or `null` (the node's own mark applies). Only
 * called for nodes with variants.
 */
export function activeVariant(plan: PlanNode, read: DiscriminatorReader): PlanVariant | null {
  for (const v of plan.variants as readonly PlanVariant[]) {
    if (holds(v.when, read)) return v;
  }
  return null;
}

/**
 * The plan of a member with routes: the first route's whose condition holds, else the member's
 * own. Only called for nodes with routes.
 */
export function routedPlan(plan: PlanNode, read: DiscriminatorReader): PlanNode {
  for (const r of plan.routes as readonly PlanRoute[]) {
    if (holds(r.when, read)) return r.plan;
  }
  return plan;
}
