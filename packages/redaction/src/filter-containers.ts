/**
 * Search filters, sort orders and options written as lists of pairs (session 20, a red team's
 * round 9 A8): `filter[0][key]=name&filter[0][value]=iphone`, `filters[0][field]=name&
 * filters[0][value]=Galaxy S24`, `opts[0][key]=name&opts[0][value]=Large`, `{"filter": [{"key":
 * "name", "value": "iphone"}]}`. Such a pair's tag names the field searched, sorted or chosen, a
 * product's or an order's as often as a person's, so its value is no profile field's by the tag
 * alone: under one of {@link FILTER_CONTAINER_NAMES} a tag that names a person's name or phone
 * number names the value only in that category's shape (`category-shapes.ts`: `Astrid Solberg`,
 * `4741234567` still go; `iphone`, `Large` stay). A profile's own pair lists (`attr[0][name]=email`,
 * Tencent's `Tag`/`Value` under `ProfileItem`) are read as before.
 */
import { canonicalKey } from "./canonical-key.js";

/** Canonical names of the members that hold a search's filters, a sort order or options. */
const FILTER_CONTAINER_NAMES: ReadonlySet<string> = new Set(
  [
    "filter",
    "filters",
    "where",
    "query",
    "queries",
    "search",
    "sort",
    "sorts",
    "opts",
    "options",
    "facet",
    "facets",
  ].map(canonicalKey),
);

/** True when the canonical member name `canon` holds a search's filters or options. */
export function isFilterContainer(canon: string): boolean {
  return FILTER_CONTAINER_NAMES.has(canon);
}

/**
 * True when the group of a form pair in bracket notation (`filter[0]`, `filters[2]`, `opts`) is
 * one of a filter container's: the name before its first bracket.
 */
export function isFilterGroup(group: string): boolean {
  const bracket = group.indexOf("[");
  return isFilterContainer(canonicalKey(bracket === -1 ? group : group.slice(0, bracket)));
}
