/**
 * Positional members (session 20; a red team's round 10, F11): the members whose values mean
 * something by their position alone (Meta's `extinfo`: `[5]` the device model, `[8]` the carrier),
 * which the engine's generic rules cannot read, since a position has no name for the key table.
 * A request the catalog does not match (`/events.json`, `/21.0/1/events`, `/events%2F`, a batch
 * sub-request to `v21.0/1/events.json`) was read by the generic rules alone and Meta got
 * `extinfo`'s carrier, device model, OS, locale and time zone. A recipient's call the catalog does
 * not know is now read with the positions of every positional member its catalogued calls tag,
 * at the places they tag them: a spelling of a path the vendor's router may fold to a catalogued
 * endpoint carries its members where that endpoint does.
 */
import type { VendorEndpoint } from "../types.js";
import type { UnknownEndpointFields } from "./addressing-keys.js";
import { EMPTY_FIELD_MAP, type FieldCategory, type FieldMap, type FieldMark } from "./field-map.js";

/**
 * One position of a positional array in a field-map path (`extinfo[5]`, `data[].app_data.extinfo[5]`),
 * where the member's path ends: group 1 is that path. `[]` (every element) is not a position.
 */
const POSITION = /^(.*?)\[\d+\]/;

/**
 * True when `path` is a position of `member` as an array (`extinfo[5]`) or as an object keyed by
 * position (`extinfo.5`, as facebook-nodejs-business-sdk writes it), or lies below one.
 */
function inMember(path: string, member: string): boolean {
  if (!path.startsWith(member)) return false;
  const rest = path.slice(member.length);
  return /^(?:\[\d+\]|\.\d+(?![^.[#]))/.test(rest);
}

/**
 * The members of `map` that hold positions (their paths), from its unconditional tags; a tag under
 * a condition (a sub-request route) belongs to that condition's reading.
 */
function membersOf(map: FieldMap): string[] {
  const members = new Set<string>();
  for (const f of [...map.fieldCategories, ...map.operationalFields]) {
    if (f.when !== undefined) continue;
    const hit = POSITION.exec(f.path);
    if (hit !== null) members.add(hit[1] as string);
  }
  return [...members];
}

/** The positional members' tags of `maps` (one part of several endpoints), each once. */
function positionalTags(maps: readonly FieldMap[]): FieldMap {
  const categories = new Map<string, FieldCategory>();
  const operational = new Map<string, FieldMark>();
  for (const map of maps) {
    const members = membersOf(map);
    if (members.length === 0) continue;
    const held = (f: { path: string; when?: unknown }) =>
      f.when === undefined && members.some((m) => inMember(f.path, m));
    for (const f of map.fieldCategories.filter(held))
      categories.set(`${f.path}\n${f.category}`, { path: f.path, category: f.category });
    for (const f of map.operationalFields.filter(held)) operational.set(f.path, { path: f.path });
  }
  if (categories.size === 0 && operational.size === 0) return EMPTY_FIELD_MAP;
  return Object.freeze({
    ...EMPTY_FIELD_MAP,
    fieldCategories: Object.freeze([...categories.values()]),
    operationalFields: Object.freeze([...operational.values()]),
  });
}

/**
 * The positions of every positional member `endpoints` tag (a recipient's catalogued calls,
 * batches aside), at the places they tag them, in the body and in the query: for facebook,
 * `data[].app_data.extinfo[N]`, `data#json[].app_data.extinfo[N]`, `extinfo#json[N]`,
 * `extinfo[N]` and their `.N` object spellings. Empty for a recipient without one.
 */
export function positionalFields(endpoints: readonly VendorEndpoint[]): UnknownEndpointFields {
  return Object.freeze({
    bodyFields: positionalTags(endpoints.map((e) => e.bodyFields)),
    queryFields: positionalTags(endpoints.map((e) => e.queryFields)),
  });
}
