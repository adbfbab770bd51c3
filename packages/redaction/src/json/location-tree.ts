/**
 * The location tree of the JSON redactor: one node per path template (`data[].user_data`), holding
 * what each object key means there and the location slots of the members. What a key means at a
 * template (its canonical facts, plan node, key-table answer) depends only on the key, the
 * template and the plan, never on a value, so the tree of a request body is kept across calls
 * (bounded, see {@link bodyLocations}): the second request with the same shape finds every key by
 * comparing text in place. Location slots belong to one call's findings and carry the serial
 * number of the call that made them; no call's context is held.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { LocationSlot, RedactionContext } from "../context.js";
import { detach } from "../detach.js";
import type { PlanNode } from "../field-plan.js";
import { type PersonalKey, personalKey } from "../personal-key.js";
import { URL_MEMBER_NAMES } from "../url-path.js";
import { type KeyInfo, keyCategory } from "./key-info.js";

/** What one object key means at one path template. */
export class MemberInfo {
  /**
   * The key's location slot in the call numbered {@link MemberInfo.slotCall}, or `null`. The call
   * is named by its serial number, not held: a kept tree must not keep a finished call's context
   * (and everything it recorded) alive.
   */
  slot: LocationSlot | null = null;
  slotCall = 0;
  /**
   * The member's location text (`body:data[].user_data.em`), made once and kept with the tree: a
   * kept string's hash is computed once, so each call finds its slot without rebuilding the text.
   */
  location: string | null = null;
  /** The key that followed this one in the last object here: the prediction for the next member. */
  next: MemberInfo | null = null;
  /** Stamp of the last object this key was read in: seeing it again in that object is a duplicate. */
  seenIn = 0;
  /** Kept in its node's table (false for a key that is itself personal data: made anew each time). */
  remembered = false;
  /** The member's plan node has conditional marks: category and operational are read per object. */
  readonly hasVariants: boolean;
  readonly category: CategoryKey | null;
  readonly operational: boolean;
  /** The key table's answer under this template's parent key (valid when `!hasVariants`). */
  readonly look: CategoryKey | "hint" | null;
  /** The member holds a relative URL: marked so in the plan, or named `relative_url`. */
  readonly url: boolean;
  /** The key's segment in locations: the key, or `[redacted:<category>]` for a personal key. */
  readonly segment: string;
  constructor(
    /** The decoded key. */
    readonly key: string,
    /** The key's text between its quotes when it has no escapes (what prediction compares), else `null`. */
    readonly raw: string | null,
    readonly info: KeyInfo,
    readonly plan: PlanNode | undefined,
    parentCanon: string,
    /** What the key holds when it is itself personal data ({@link personalKey}), else `null`. */
    readonly personal: PersonalKey | null,
  ) {
    this.hasVariants = plan?.variants != null;
    this.category = plan?.category ?? null;
    this.operational = plan?.operational === true;
    this.look = this.operational ? null : keyCategory(info, parentCanon);
    // the plan's relative-URL mark, or the member's name (what bodies without a plan go by)
    this.url = plan?.url === true || URL_MEMBER_NAMES.has(info.canon);
    this.segment = personal?.segment ?? key;
  }
}

/**
 * A path template in the location tree: its child containers' nodes, its members by key, and
 * which key came first and which followed which in the objects seen here, so the next object (the
 * next item of an array, the next request) finds each key by comparing its text in place (no
 * decoding, hashing or lookup) while it repeats the same keys in the same order. Two first keys are
 * remembered, for arrays that alternate between two shapes.
 */
export class LocNode {
  readonly children = new Map<string, LocNode>();
  /** Location-tree roots of JSON held in string members below this template, by member segment. */
  readonly nested = new Map<string, LocNode>();
  /** Members by decoded key. */
  readonly members = new Map<string, MemberInfo>();
  /** The first key of the last object here, and of the last object that began otherwise. */
  first: MemberInfo | null = null;
  firstAlt: MemberInfo | null = null;
  /** Location texts of array items, positions and the root here (segments starting with `\u0000`). */
  readonly markLocations = new Map<string, string>();
  /** Slots of array items and other segments without a key, for the call numbered {@link LocNode.slotsCall}. */
  private readonly slots = new Map<string, LocationSlot>();
  private slotsCall = 0;
  constructor(private readonly tree: TreeBudget) {
    tree.nodes++;
  }

  /** The child node of segment `segment`. */
  child(segment: string): LocNode {
    return this.childIn(this.children, segment);
  }

  /** The root of the tree of JSON in the string member `segment`. */
  nestedRoot(segment: string): LocNode {
    return this.childIn(this.nested, segment);
  }

  /**
   * The node below `segment` in `table`, made when first needed. A kept tree stores it under a
   * copy of the segment (not a view into the body), and not at all under a segment that is itself
   * personal data: that node lives for this call only.
   */
  private childIn(table: Map<string, LocNode>, segment: string): LocNode {
    let child = table.get(segment);
    if (child === undefined) {
      child = new LocNode(this.tree);
      if (!this.tree.persistent) table.set(segment, child);
      else if (personalKey(segment) === null) table.set(detach(segment), child);
    }
    return child;
  }

  /** The facts of `key`, made by `make` when first seen here. */
  member(key: string, make: () => MemberInfo): MemberInfo {
    let member = this.members.get(key);
    if (member === undefined) {
      member = make();
      // a key that is itself personal data (an object keyed by e-mail address) is not remembered
      // beyond this call
      if (!this.tree.persistent || member.personal === null) {
        member.remembered = true;
        this.members.set(member.key, member); // the detached copy, not the key read from the body
        this.tree.nodes++;
      }
    }
    return member;
  }

  /** Remembers that `member` followed `previous` (`null`: came first) in an object here. */
  follow(previous: MemberInfo | null, member: MemberInfo): void {
    if (!member.remembered) return;
    if (previous === null) {
      if (this.first !== member) {
        this.firstAlt = this.first;
        this.first = member;
      }
    } else if (previous.remembered) previous.next = member;
  }

  /** The slot of a segment without a key (an array item, a position, the root) in the call `ctx`, if made. */
  segmentSlot(ctx: RedactionContext, segment: string): LocationSlot | undefined {
    if (this.slotsCall !== ctx.serial) {
      this.slots.clear();
      this.slotsCall = ctx.serial;
      return undefined;
    }
    return this.slots.get(segment);
  }

  /** Keeps the slot of `segment` for the rest of the call that {@link LocNode.segmentSlot} last saw. */
  keepSegmentSlot(segment: string, slot: LocationSlot): void {
    this.slots.set(segment, slot);
  }
}

/** Counts the nodes and members of one tree against its bound. */
interface TreeBudget {
  nodes: number;
  readonly persistent: boolean;
}

/** A fresh tree for one JSON text (JSON in a query or header value). */
export function scanLocations(): LocNode {
  return new LocNode({ nodes: 0, persistent: false });
}

/**
 * Nodes and members one kept tree may hold; beyond it the tree starts over at the next call, so a
 * stream of bodies with ever new keys costs what a fresh tree costs and no more memory.
 */
export const MAX_TREE_ENTRIES = 20_000;

interface KeptTree {
  readonly budget: TreeBudget;
  readonly root: LocNode;
}
const NO_PLAN: object = {};
const keptTrees = new WeakMap<object, KeptTree>();

/** The location tree kept across calls for request bodies under `plan` (or none). */
export function bodyLocations(plan: PlanNode | undefined): LocNode {
  const owner = plan ?? NO_PLAN;
  let kept = keptTrees.get(owner);
  if (kept === undefined || kept.budget.nodes > MAX_TREE_ENTRIES) {
    const budget: TreeBudget = { nodes: 0, persistent: true };
    kept = { budget, root: new LocNode(budget) };
    keptTrees.set(owner, kept);
  }
  return kept.root;
}
