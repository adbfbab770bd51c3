/**
 * Tag/value pairs written as query or form pairs (session 19): `key=email&value=...`,
 * `field=phone&val=...`, `Tag=Tag_Profile_IM_BirthDay&Value=...`, and in bracket notation, as PHP,
 * Rails and Node's `qs` encode a list of pair objects, `attr[0][name]=email&attr[0][value]=...`.
 * A JSON body's pair objects (`{"type": "email", "value": ...}`, `tag-table.ts`, `general-tags.ts`)
 * name their value so; as pairs the tag was lost (a red team's round 7 left it open): a phone
 * number without `+`, a birthday as digits or a name in one case went, and `attr[0][name]=email`
 * was itself dropped as a person's name.
 *
 * A tag and its value belong together when their keys differ only in their last member, `name`
 * and `value` (`attr[0][name]`, `attr[0][value]`; `key`, `value` with no brackets), the tag first or
 * the value first, the nearest such pair in order (a flat list repeats `key=...&value=...`). A tag
 * named by {@link TAG_MEMBER_NAMES} (`key`, `name`, `field`, `Tag`) names its value as in a JSON
 * pair object, and one named by {@link GENERAL_TAG_NAMES} (`type`, `attribute`, `label`) as a JSON
 * general tag does, when the value could be that data ({@link cannotBePairValue}: not
 * `type=email&value=weekly`, `key=email&value=`, a form's settings and defaults). A tag whose value
 * names nothing (`key=sort&value=desc`) names no value; beside a value, a `name` pair is a tag,
 * read as text (a full name in it still goes), not as a person's name.
 *
 * Session 19 (a red team's round 8 R1): a flat `content` or `data` pair is a message's body as
 * often as a value (`type=city&content=Meet-up+tonight+https://...&seq=12`): it is the tag's value
 * only when it is a short phrase, as outside a list in a JSON object ({@link isProse}); in a group
 * (`msgs[0][content]`) as before.
 *
 * Session 20 (a red team's round 9, A8): in a search filter's or an option's group
 * (`filter[0][key]=name&filter[0][value]=iphone`, `filter-containers.ts`) a tag naming a person's
 * name or phone number names the value only in that category's shape.
 */
import type { CategoryKey } from "@kago/personal-data";
import { canonicalKey } from "./canonical-key.js";
import { hasCategoryShape } from "./category-shapes.js";
import { isFilterGroup } from "./filter-containers.js";
import {
  BODY_VALUE_NAMES,
  cannotBePairValue,
  GENERAL_TAG_NAMES,
  GENERAL_VALUE_NAMES,
  generalTagCategory,
  isProse,
} from "./general-tags.js";
import { KEY_LOOKUP } from "./key-table.js";
import { TAG_LOOKUP, TAG_MEMBER_NAMES, VALUE_MEMBER_NAMES } from "./tag-table.js";

/** What the tags of a pair list name. */
export interface FormPairTags {
  /** The category each value pair (by index) is named by its tag. */
  readonly named: ReadonlyMap<number, CategoryKey>;
  /**
   * The indexes of the tag pairs (`key`, `name`, `field`) beside a value pair: a field's name, not
   * a person's, read as text as a JSON pair object's tag is (`attr[0][name]=email`,
   * `attr[0][name]=utm_source`).
   */
  readonly tags: ReadonlySet<number>;
}

/** A pair's role: none, a tag (`key`), a general tag (`type`), a value (`value`), a general value (`data`). */
const NONE = 0;
const TAG = 1;
const GENERAL_TAG = 2;
const VALUE = 3;
const GENERAL_VALUE = 4;

const NO_NAMED: ReadonlyMap<number, CategoryKey> = new Map();
const NO_TAGS: ReadonlySet<number> = new Set();

/** An open tag or value waiting for its partner in one group. */
interface Open {
  readonly index: number;
  readonly role: number;
  /** A flat `content` or `data` pair: the tag's value only when a short phrase (session 19). */
  readonly body: boolean;
}

/** Where the last member of a key in bracket notation opens (`attr[0][name]`: at `[name]`), or -1. */
function lastMemberStart(key: string): number {
  if (key.charCodeAt(key.length - 1) !== 93) return -1;
  const open = key.lastIndexOf("[");
  return open > 0 && key.indexOf("]", open) === key.length - 1 ? open : -1;
}

/** The role of a member name (canonical). */
function roleOf(canon: string): number {
  if (TAG_MEMBER_NAMES.has(canon)) return TAG;
  if (VALUE_MEMBER_NAMES.has(canon)) return VALUE;
  if (GENERAL_TAG_NAMES.has(canon)) return GENERAL_TAG;
  return GENERAL_VALUE_NAMES.has(canon) ? GENERAL_VALUE : NONE;
}

/** True when a tag of role `tag` may name a value of role `value` (`key` not `data`: general only). */
function partners(tag: number, value: number): boolean {
  return value === VALUE || (value === GENERAL_VALUE && tag === GENERAL_TAG);
}

/** The category the tag `tag` (of role `role`) names, `null` for none or a hint. */
function tagCategory(tag: string, role: number): CategoryKey | null {
  if (role === GENERAL_TAG) return generalTagCategory(tag);
  if (tag.length === 0 || tag.length > 64) return null;
  const canon = canonicalKey(tag);
  const vendor = TAG_LOOKUP.vendorTag(canon);
  if (vendor !== undefined) return vendor.category;
  const look = KEY_LOOKUP.lookupCanonical(TAG_LOOKUP.stripPrefix(canon), "") ?? KEY_LOOKUP.lookupKey(tag, "");
  return look === "hint" ? null : look;
}

/**
 * What the tags among the pairs of decoded keys `keys` name (see the module comment); `pairValue`
 * gives a pair's decoded value. `null` when no pair has a tag's or a value's name (one pass over
 * the keys, and the values of the tags only).
 */
export function readFormPairTags(
  keys: readonly (string | null)[],
  pairValue: (index: number) => string,
): FormPairTags | null {
  let named: Map<number, CategoryKey> | null = null;
  let tags: Set<number> | null = null;
  const open = new Map<string, Open>();
  const pair = (tagAt: number, valueAt: number, role: number, body: boolean, filter: boolean) => {
    if (role === TAG) {
      tags ??= new Set();
      tags.add(tagAt);
    }
    const category = tagCategory(pairValue(tagAt), role);
    if (category === null) return;
    const value = pairValue(valueAt);
    if (cannotBePairValue(category, value) || (body && isProse(value))) return;
    if (filter && !hasCategoryShape(category, value)) return;
    named ??= new Map();
    named.set(valueAt, category);
  };
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key == null) continue;
    const at = lastMemberStart(key);
    const canon = canonicalKey(at === -1 ? key : key.slice(at + 1, -1));
    const role = roleOf(canon);
    if (role === NONE) continue;
    const body = at === -1 && BODY_VALUE_NAMES.has(canon);
    const group = at === -1 ? "" : key.slice(0, at);
    const waiting = open.get(group);
    const isTag = role === TAG || role === GENERAL_TAG;
    if (waiting !== undefined) {
      // the pair's group is a search filter's or an option's (`filter[0]`, session 20)
      const filter = at !== -1 && isFilterGroup(group);
      const waitingTag = waiting.role === TAG || waiting.role === GENERAL_TAG;
      if (waitingTag && !isTag && partners(waiting.role, role)) {
        open.delete(group);
        pair(waiting.index, i, waiting.role, body, filter);
        continue;
      }
      if (!waitingTag && isTag && partners(role, waiting.role)) {
        open.delete(group);
        pair(i, waiting.index, role, waiting.body, filter);
        continue;
      }
    }
    open.set(group, { index: i, role, body });
  }
  return named === null && tags === null ? null : { named: named ?? NO_NAMED, tags: tags ?? NO_TAGS };
}
