/**
 * What the engine knows about an object key from its text alone, computed once per distinct key
 * and cached: the items of a batch repeat the same keys, so after the first item each key costs
 * one map lookup instead of canonicalisation, key-table and affix lookups and the pair-member
 * checks.
 */
import type { CategoryKey } from "@kago/personal-data";
import { canonicalKey } from "../canonical-key.js";
import { detach } from "../detach.js";
import {
  ANSWER_NAMES,
  GENERAL_TAG_NAMES,
  GENERAL_VALUE_NAMES,
  PAIR_COMPANION_NAMES,
  QUESTION_TAG_NAMES,
} from "../general-tags.js";
import { KEY_LOOKUP, keyWords } from "../key-table.js";
import { LABEL_LIST_NAMES, VALUE_LIST_NAMES } from "../label-lists.js";
import { placeNameKind } from "../place-keys.js";
import { plainNumberKind } from "../plain-number-keys.js";
import { TAG_MEMBER_NAMES, VALUE_MEMBER_NAMES } from "../tag-table.js";
import { namesThingSibling, thingNameReading } from "../thing-names.js";

/** Role of a member in a possible tag/value pair object. */
export const ROLE_NONE = 0;
export const ROLE_TAG = 1;
export const ROLE_VALUE = 2;
/** A member that may hold a pair's tag or value only with a general tag (`type`, `data`; session 18). */
export const ROLE_GENERAL_TAG = 3;
export const ROLE_GENERAL_VALUE = 4;
/** A member that may hold a question, a pair's tag with an answer only (`question`, `title`; session 19). */
export const ROLE_QUESTION_TAG = 5;

/** The cached facts about one decoded key. */
export class KeyInfo {
  constructor(
    readonly key: string,
    readonly canon: string,
    readonly role: number,
    /** The lookup may depend on the parent key: {@link keyCategory} looks it up each time. */
    readonly scoped: boolean,
    /** The key-table lookup, valid for any parent when `scoped` is false. */
    readonly look: CategoryKey | "hint" | null,
    /**
     * Whether the key names a thing's identifier (`room_id`, see `thing-id-keys.ts`) or, since
     * session 17, a quantity (`bytes_sent`): `plainNumberKind`'s answer (`plain-number-keys.ts`).
     */
    readonly plainNumber: number,
    /**
     * What the key says of a place (`location`, `gps`, `track`, see `place-keys.ts`; session 17),
     * since session 18 as the bits of `placeNameKind` (`geohash`, `polyline`): 0 when nothing.
     */
    readonly place: number,
    /** The key may hold a list of field names (`columns`, `keys`: `label-lists.ts`; session 18). */
    readonly labelList: boolean,
    /** The key may hold the values a sibling label list names (`rows`, `values`; session 18). */
    readonly valueList: boolean,
    /**
     * The member may stand in a pair object with a general tag: a tag, a value or a companion
     * (`primary`, see `general-tags.ts`); an object with another member is no pair (session 19).
     */
    readonly pairMember: boolean,
    /** The member makes its object a thing (`sku`, `price`: `thing-names.ts`; session 19). */
    readonly thingSibling: boolean,
  ) {}
}

const MAX_KEYS = 8192;
const PERSON_NAME: CategoryKey = "account.profile.name";
const cache = new Map<string, KeyInfo>();

/**
 * The facts about a decoded key, cached (the cache is bounded and starts over when full). With
 * `remember` false (a key that is itself personal data) they are computed and not kept: nothing
 * that outlives the call may hold personal data.
 */
export function keyInfo(key: string, remember = true): KeyInfo {
  let info = remember ? cache.get(key) : undefined;
  if (info === undefined) {
    // the cache outlives the call: it must not hold the body the key came from
    if (remember) key = detach(key);
    const canon = canonicalKey(key);
    // split once for the questions asked of the key's words
    const words = keyWords(key);
    const scoped = KEY_LOOKUP.dependsOnParent(canon);
    const role = TAG_MEMBER_NAMES.has(canon)
      ? ROLE_TAG
      : VALUE_MEMBER_NAMES.has(canon)
        ? ROLE_VALUE
        : GENERAL_TAG_NAMES.has(canon)
          ? ROLE_GENERAL_TAG
          : GENERAL_VALUE_NAMES.has(canon) || ANSWER_NAMES.has(canon)
            ? ROLE_GENERAL_VALUE
            : QUESTION_TAG_NAMES.has(canon)
              ? ROLE_QUESTION_TAG
              : ROLE_NONE;
    info = new KeyInfo(
      key,
      canon,
      role,
      scoped,
      scoped ? null : KEY_LOOKUP.lookupKey(key, ""),
      plainNumberKind(words),
      placeNameKind(words),
      LABEL_LIST_NAMES.has(canon),
      VALUE_LIST_NAMES.has(canon),
      role !== ROLE_NONE || PAIR_COMPANION_NAMES.has(canon),
      namesThingSibling(canon),
    );
    if (!remember) return info;
    if (cache.size >= MAX_KEYS) cache.clear();
    cache.set(key, info);
  }
  return info;
}

/**
 * The key table's answer for a key under a parent of canonical name `parentCanon`; no person's
 * name for a thing's `name` (`{"gift": {"name": "Rocket"}}`, session 17), a hint for a host's
 * (`{"host": {"name": "张伟"}}`, session 18; `thing-names.ts`).
 */
export function keyCategory(info: KeyInfo, parentCanon: string): CategoryKey | "hint" | null {
  const look = info.scoped ? KEY_LOOKUP.lookupCanonical(info.canon, parentCanon) : info.look;
  if (look !== PERSON_NAME) return look;
  const reading = thingNameReading(info.canon, parentCanon);
  return reading === "thing" ? null : reading === "by-value" ? "hint" : look;
}
