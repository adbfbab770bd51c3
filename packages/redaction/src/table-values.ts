/**
 * Values in a table written as text (session 13): a CSV or TSV export pasted into a log line or a
 * ticket, a Markdown table in a chat message, Meta's customer-list format (`email,phone,fn,ln`).
 * A header row names each column as a key names a JSON member's value, so `name,birthday` over
 * `Wang Fang,1990-03-07` is a name and a birthday: a red-team probe found both reaching aliyun.
 *
 * Read: a line of two or more cells separated by `,`, a tab or `|` (a Markdown row's outer pipes
 * aside), every cell a key's shape (letters, digits, `_ . - [ ]`, a letter or `_` first; quotes
 * around it allowed) and at least one a personal key of the key table. The rows after it with as
 * many cells (a Markdown separator row, `|---|---|`, skipped) have their cells in those columns
 * read as the column's key says, checked as a value named in text is (`isValueOfKey`: a bare
 * `name` column takes a name's shape). A row with another number of cells, or a blank line, ends
 * the table. A cell in double quotes may hold the separator (`"Doe, Jane"`).
 *
 * Linear: each line is split once as a row and, when no table is open, tried once per separator
 * as a header.
 */
import type { CategoryKey } from "@kago/personal-data";
import { isValueOfKey } from "./named-value-checks.js";
import { categoryOf } from "./named-values.js";
import type { EngineSpan } from "./percent-view.js";

/** The separators a table's cells may stand between. */
const SEPARATORS = [",", "\t", "|"] as const;

/**
 * A header cell: a key's shape, at most three words (`First Name`, `E-mail address`); a sentence
 * cut at its commas is none (`Please check your email address, so that we can`: a gettext audit
 * found the next line read as an e-mail).
 */
const KEY_CELL = /^[\p{L}_][\p{L}\p{N}_.[\]-]{0,31}(?: [\p{L}\p{N}_.[\]-]{1,31}){0,2}$/u;

/** A Markdown table's separator row: `|---|:---:|`. */
const MARKDOWN_RULE = /^[ \t]*\|?[ \t]*:?-{3,}/;

/** An open table: its separator and each column's key and category. */
interface Header {
  readonly separator: string;
  readonly keys: readonly string[];
  readonly categories: readonly (CategoryKey | null)[];
}

/** The values in the tables of `text` (see the module note), sorted; `null` when none. */
export function findTableValues(text: string): EngineSpan[] | null {
  if (text.indexOf("\n") === -1) return null;
  const out: EngineSpan[] = [];
  let header: Header | null = null;
  let rows = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    // the row under a Markdown header is its rule, not a row
    const rule = header?.separator === "|" && rows === 0 && MARKDOWN_RULE.test(text.slice(start, lineEnd));
    if (header !== null && !rule) {
      const cells = splitCells(text, start, lineEnd, header.separator);
      if (cells !== null && cells.length === header.keys.length) {
        rows++;
        pushRow(text, cells, header, out);
      } else header = null;
    }
    if (header === null) {
      header = headerAt(text, start, lineEnd);
      rows = 0;
    }
    start = end + 1;
  }
  return out.length === 0 ? null : out;
}

/** The header a line `[start, end)` is, or `null` (see the module note). */
function headerAt(text: string, start: number, end: number): Header | null {
  if (end - start < 3) return null;
  const held = separatorsIn(text, start, end);
  for (const separator of SEPARATORS) {
    if (!held.has(separator)) continue;
    const cells = splitCells(text, start, end, separator);
    if (cells === null || cells.length < 2) continue;
    const keys = cells.map(([a, b]) => text.slice(a, b));
    if (!keys.every((key) => KEY_CELL.test(key))) continue;
    const categories = keys.map((key) => categoryOf(key, 0, key.length));
    if (categories.some((category) => category !== null)) return { separator, keys, categories };
  }
  return null;
}

/**
 * The separators the line `[start, end)` holds, read in one pass over it (an `indexOf` from the
 * line's start would read on to the text's end for a separator the line lacks: quadratic over a
 * text of many lines, as a hostile body of `\nuser_name: a` showed).
 */
function separatorsIn(text: string, start: number, end: number): Set<string> {
  const held = new Set<string>();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) held.add(",");
    else if (c === 9) held.add("\t");
    else if (c === 124) held.add("|");
  }
  return held;
}

/** Pushes the personal cells of a row (cells as `[start, end, quoted]`) onto `out`. */
function pushRow(text: string, cells: readonly Cell[], header: Header, out: EngineSpan[]): void {
  cells.forEach(([a, b, quoted], column) => {
    const category = header.categories[column];
    if (category === null || category === undefined || b <= a) return;
    if (isValueOfKey(header.keys[column] as string, category, text.slice(a, b), quoted))
      out.push([a, b, category]);
  });
}

/** A cell: its text's start and end (white space and quotes aside), and whether it was quoted. */
type Cell = readonly [number, number, boolean];

/**
 * The cells of the line `[start, end)` split at `separator`: trimmed, a double-quoted cell
 * unquoted (it may hold the separator); a Markdown row's outer pipes aside. `null` for a line with
 * no separator.
 */
function splitCells(text: string, start: number, end: number, separator: string): Cell[] | null {
  const code = separator.charCodeAt(0);
  // white space around a cell: spaces, and tabs where they do not separate
  const isBlank = (c: number) => c === 32 || (c === 9 && code !== 9);
  let from = start;
  let to = end;
  if (separator === "|") {
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (text.charCodeAt(from) === 124) from++;
    if (to > from && text.charCodeAt(to - 1) === 124) to--;
  }
  const cells: Cell[] = [];
  let i = from;
  for (;;) {
    let a = i;
    while (a < to && isBlank(text.charCodeAt(a))) a++;
    let b: number;
    let next: number;
    const quoted = text.charCodeAt(a) === 34;
    if (quoted) {
      let close = a + 1;
      while (close < to && text.charCodeAt(close) !== 34) close++;
      if (close >= to) return null;
      b = close;
      next = close;
      while (next < to && text.charCodeAt(next) !== code) next++;
      a++;
    } else {
      next = i;
      while (next < to && text.charCodeAt(next) !== code) next++;
      b = next;
      while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    }
    cells.push([a, b, quoted]);
    if (next >= to) break;
    i = next + 1;
  }
  return cells.length < 2 ? null : cells;
}
