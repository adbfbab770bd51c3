/**
 * A filter's comparison operator under the key `operator` (session 20, red team round 11 O1). The
 * key table reads `operator` as a mobile network operator (`"operator": "China Mobile"`), so the
 * Marketing API's `filtering=[{"field":"campaign.name","operator":"CONTAIN","value":...}]` lost its
 * operator and Meta refused the call. An operator of comparison names no carrier: under a key of
 * that category, a value that is one ({@link COMPARISON_OPERATORS}) is not read as the key says.
 * Carriers' codes in capitals (`CMCC`, `CUCC`) are no such word and still go.
 */
import type { CategoryKey } from "@kago/personal-data";

/**
 * Comparison and logical operators as filter APIs write them (lower case): Meta's Marketing API
 * filtering operators, the short forms of query languages (`eq`, `gte`, `nin`) and the symbols.
 */
const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  // Meta Marketing API `filtering` operators
  "equal",
  "not_equal",
  "greater_than",
  "greater_than_or_equal",
  "less_than",
  "less_than_or_equal",
  "in_range",
  "not_in_range",
  "contain",
  "not_contain",
  "in",
  "not_in",
  "starts_with",
  "ends_with",
  "any",
  "all",
  "after",
  "before",
  "on_or_after",
  "on_or_before",
  "none",
  // query languages' short and spelled forms
  "eq",
  "ne",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "nin",
  "like",
  "ilike",
  "contains",
  "startswith",
  "endswith",
  "between",
  "exists",
  "is",
  "is_not",
  "and",
  "or",
  "not",
  // symbols
  "=",
  "==",
  "!=",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "~",
  "=~",
]);

/**
 * True when `value` under a key of `category` is, or in text begins with, a comparison operator
 * where the key reads a mobile network operator (`operator` names both): the key's reading is not
 * applied. In text a carrier's value runs over words (`operator=China Mobile`), so
 * `operator=EQUAL on field status` is judged by its first word.
 */
export function isComparisonOperatorUnder(category: CategoryKey, value: string): boolean {
  if (category !== "network.operator") return false;
  const first = value.trim().split(/\s/, 1)[0] as string;
  return COMPARISON_OPERATORS.has(first.toLowerCase());
}
