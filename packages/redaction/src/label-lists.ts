/**
 * Column tables and parallel arrays (session 18): a list of field names in one member names, by
 * position, the values of a sibling list: `{"columns": ["uid", "phone"], "rows": [["kago_30417",
 * "4741234567"]]}`, `{"header": [...], "data": [[...]]}`, `{"keys": ["phone", "name"], "values":
 * ["4741234567", "Astrid"]}`. A red team's round 6 (F8) found these passing: the labels are the only
 * key such a value has. It also found `{"names": ["phone", "name"], "values": [...]}` losing its
 * labels as a person's names while the values stayed.
 *
 * The label list is read ahead when it comes first (the order every table writer uses); a value
 * it names keeps its place when it goes (`""` or `null`), so the rest of a row stays aligned. A
 * label may also be the name of a column's description (`"meta": [{"name": "phone", "type":
 * "String"}]`, ClickHouse's JSON output; Trino's, Kusto's and Azure Monitor's `columns`).
 *
 * Session 19 (left open in session 18): labels after their values (`{"values": [...], "labels":
 * [...]}`, `{"data": [[...]], "columns": [...]}`) are read too: the walker keeps where the list of
 * values stood and reads its text once more when the labels come (`json/labelled-cells.ts`). And
 * Google's DataTable (`{"cols": [{"id": "A", "label": "Email"}], "rows": [{"c": [{"v": ...}]}]}`):
 * a column's `label` names it, and a row's cells are objects whose `v` and `f` are read by it.
 *
 * Session 20 (a red team's round 9, A7): a label that names a thing's field as often as a person's
 * (`Name`: a product's, a plan's; `Phone`: a phone model in a sales report) emptied every cell of
 * its column, `Gift Box`, `Premium Plan`, `iPhone 15` too. Under such a label a text cell goes only
 * when its value has its category's shape (`category-shapes.ts`); a number cell is read as before
 * (a count stays, a number of six digits and more goes: a phone number or a login's). `City` is no
 * such label: the key table drops `{"city": "Paris"}` too (a city with a person's record is part of
 * their address), and a table's column is read as its key would be. A DataTable cell that goes
 * becomes `null` (`json/redact-json.ts`): one shape for the table, valid in a column of any type.
 */
import type { CategoryKey } from "@kago/personal-data";
import { canonicalKey } from "./canonical-key.js";
import { KEY_LOOKUP } from "./key-table.js";

/** Member names (canonical) that may hold a list of field names. */
export const LABEL_LIST_NAMES: ReadonlySet<string> = new Set([
  "columns",
  "cols",
  "columnnames",
  "colnames",
  "header",
  "headers",
  "schema",
  "fields",
  "fieldnames",
  "keys",
  "names",
  "labels",
  "meta",
]);

/**
 * Members (as written) that name a column described by an object: `name` (ClickHouse's `meta`,
 * Trino's and Azure Monitor's `columns`), `ColumnName` (Kusto), `label` (Google's DataTable `cols`,
 * session 19), `title` (DataTables' and Ant Design's `columns`, session 19: a red team's round 8
 * R9), the first of them an object has. Not Ant Design's `dataIndex`: its rows are objects, read
 * by their own keys.
 */
export const COLUMN_NAME_MEMBERS: readonly string[] = ["name", "ColumnName", "label", "title"];

/** Member names (canonical) that may hold the values a sibling label list names. */
export const VALUE_LIST_NAMES: ReadonlySet<string> = new Set(["rows", "data", "values", "vals", "records"]);

/**
 * One label: letters, digits, `_`, `.`, `-` and at most two spaces, up to 48 characters (`uid`,
 * `first_name`, `Phone number`, `телефон`); a sentence or a value names no column.
 */
const LABEL = /^[\p{L}\p{N}_.-]{1,48}(?: [\p{L}\p{N}_.-]+){0,2}$/u;

/** The most labels read: a wider list is no table header the engine reads. */
export const MAX_LABELS = 512;

/** What a list of labels names, position by position. */
export interface LabelList {
  /** The category each position names, `null` for none (`id`, `score`) or a hint (`user`). */
  readonly categories: ReadonlyArray<CategoryKey | null>;
  /**
   * Whether each position's label is a broad one ({@link BROAD_LABELS}): a text cell under it goes
   * only in its category's shape (`hasCategoryShape`).
   */
  readonly byValue: readonly boolean[];
  /**
   * Every label is a field name the key table knows (a hint included): the list is no list of
   * persons' names, though its key may say so (`names`).
   */
  readonly allKnown: boolean;
}

/**
 * The categories the strings `labels` name by position, or `null` when they are no label list:
 * one of them is no field name's shape, there are too many, or none names a person's data.
 */
export function readLabels(labels: readonly string[]): LabelList | null {
  if (labels.length === 0 || labels.length > MAX_LABELS) return null;
  const categories: Array<CategoryKey | null> = [];
  const byValue: boolean[] = [];
  let named = false;
  let allKnown = true;
  for (const label of labels) {
    if (!LABEL.test(label)) return null;
    const look = KEY_LOOKUP.lookupKey(label, "");
    if (look === null) allKnown = false;
    const category = look === "hint" ? null : look;
    if (category !== null) named = true;
    categories.push(category);
    byValue.push(category !== null && BROAD_LABELS.has(canonicalKey(label)));
  }
  return named ? { categories, byValue, allKnown } : null;
}

/**
 * Labels (canonical) that name a thing's field as often as a person's: `Name`, `Phone` (session
 * 20). `Full name`, `Customer name`, `Mobile`, `Phone number`, `Email` name their cells by
 * themselves.
 */
const BROAD_LABELS: ReadonlySet<string> = new Set(["name", "phone"].map(canonicalKey));
