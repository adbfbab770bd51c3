/**
 * Addressing keys (session 19; a red team's round 8, R7): the members that name what any call of
 * a recipient acts on, whether or not the catalog knows the call. Session 18 marked Tencent's
 * `GroupId` and Zego's `RoomId` as addressing ids in the schemas of the catalogued calls only, so
 * `destroy_group`, `change_group_owner`, `forbid_send_msg`, `get_group_info` or Zego's
 * `CloseRoom`, `ForbidRTCStream` (read by the generic rules) forwarded `room_13812345678` as
 * `room_[redacted:contact.phone]`, another room, or dropped a `GroupId` that was an e-mail address,
 * while the catalogued calls refused them. A recipient now names its addressing keys once; they
 * are addressing ids on every endpoint of the recipient where the schema does not tag the path
 * otherwise, and on the calls the catalog does not know (`unknownEndpointFields`).
 */
import { EMPTY_FIELD_MAP, type FieldMap } from "./field-map.js";

/** A recipient's addressing keys: field-map paths (top-level members or a list's items). */
export interface AddressingKeys {
  /** In a JSON (or form) body: `GroupId`, `GroupIdList[]`. */
  readonly body: readonly string[];
  /** In the query: `RoomId`, `identifier`. */
  readonly query: readonly string[];
  /** Why these keys, for the catalog's documentation. */
  readonly docs: string;
}

/** True when `map` tags `path` already (a category, an operational or other mark, an encoding). */
function tagged(map: FieldMap, path: string): boolean {
  const lists = [
    map.fieldCategories,
    map.operationalFields,
    map.freeTextFields,
    map.encodedFields,
    map.urlFields,
    map.columnFields,
  ];
  return lists.some((list) => list.some((f) => f.path === path));
}

/**
 * `map` with each of `paths` it does not tag yet as an addressing id (and operational, as the
 * `addressingId` tag makes it). A path the schema tags keeps the schema's tag: a catalogued call
 * says best what its members are.
 */
export function withAddressingKeys(map: FieldMap, paths: readonly string[]): FieldMap {
  const added = paths.filter((path) => !tagged(map, path)).map((path) => ({ path }));
  if (added.length === 0) return map;
  return Object.freeze({
    ...map,
    operationalFields: Object.freeze([...map.operationalFields, ...added]),
    addressingIdFields: Object.freeze([...map.addressingIdFields, ...added]),
  });
}

/**
 * The field maps of a call the catalog does not know: its recipient's addressing keys and, since
 * session 20, its positional members (`positional-members.ts`).
 */
export interface UnknownEndpointFields {
  readonly bodyFields: FieldMap;
  readonly queryFields: FieldMap;
}

/**
 * The field maps for a recipient's calls the catalog does not know: `known` (its positional
 * members, none by default) with its addressing keys.
 */
export function unknownEndpointFields(
  keys: AddressingKeys | undefined,
  known: UnknownEndpointFields = { bodyFields: EMPTY_FIELD_MAP, queryFields: EMPTY_FIELD_MAP },
): UnknownEndpointFields {
  return Object.freeze({
    bodyFields: withAddressingKeys(known.bodyFields, keys?.body ?? []),
    queryFields: withAddressingKeys(known.queryFields, keys?.query ?? []),
  });
}
