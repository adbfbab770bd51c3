/**
 * The cells of a list of values whose labels the walker learns only after the list (session 19,
 * `label-lists.ts`): `{"values": ["Astrid Solberg", "4741234567"], "labels": ["name", "phone"]}`,
 * `{"data": [[...]], "columns": [...]}`, and Google's DataTable rows, whose cells are objects
 * (`{"cols": [{"label": "Email"}], "rows": [{"c": [{"v": "astrid@example.org"}]}]}`). The walker
 * has already passed (and validated) the list when the labels come, so it reads the list's text
 * once more here: scalars, rows of scalars and DataTable rows only. A container anywhere else ends
 * the reading, so no list nested in another is read again for the list around it.
 */
import { containerEnd } from "./discriminators.js";

/** Where a cell stands: an item of the list, an item of a row, a DataTable cell's `v` or `f`. */
export const CELL_ITEM = 0;
export const CELL_ROW = 1;
export const CELL_VALUE = 2;
export const CELL_FORMATTED = 3;
export type CellPlace = typeof CELL_ITEM | typeof CELL_ROW | typeof CELL_VALUE | typeof CELL_FORMATTED;

/** A visitor of one cell: its column, where its scalar starts and ends, and where it stands. */
export type CellVisitor = (column: number, start: number, end: number, place: CellPlace) => void;

function ws(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** The index after the scalar starting at `i`: a string (escapes skipped), a number or a literal. */
function scalarEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 34) {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) return i + 1;
    }
    return text.length;
  }
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) return i;
  }
  return i;
}

/** Returned by a reader that met a container where no cell can be: the reading stops there. */
const STOP = -1;

/**
 * The index after the value starting at `i` where no cell is: a scalar, or the container of a
 * DataTable's properties (`p`, matched: small, and a DataTable nested in one is read again once
 * per level, as deep as the walker allows); {@link STOP} at any other container.
 */
function skipValue(text: string, i: number, key: string): number {
  const c = text.charCodeAt(i);
  if (c !== 91 && c !== 123) return scalarEnd(text, i);
  if (key !== "p") return STOP;
  const end = containerEnd(text, i);
  return end === -1 ? STOP : end;
}

/**
 * Visits the items of the array opening at `i`, one column each; a scalar is visited as standing
 * at `scalars` (not when `null`), a row (an array) is read as a list of scalars when `rows`, a
 * DataTable row (an object) by {@link visitDataTableRow}. Returns the index after the array, or
 * {@link STOP}.
 */
function visitItems(
  text: string,
  i: number,
  visit: CellVisitor,
  scalars: CellPlace | null,
  rows: boolean,
  dataTable: boolean,
): number {
  i = ws(text, i + 1);
  if (text.charCodeAt(i) === 93) return i + 1;
  for (let column = 0; ; column++) {
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 91) end = rows ? visitItems(text, i, visit, CELL_ROW, false, false) : STOP;
    else if (c === 123) end = dataTable ? visitDataTableRow(text, i, visit) : STOP;
    else {
      end = scalarEnd(text, i);
      if (scalars !== null) visit(column, i, end, scalars);
    }
    if (end === STOP) return STOP;
    i = ws(text, end);
    if (text.charCodeAt(i) !== 44) return i + 1;
    i = ws(text, i + 1);
  }
}

/**
 * Calls `visit` on each member `v` or `f` (the value and its formatted text) of the objects of a
 * DataTable row's `c` list, the object at `i`; returns the index after the row, or {@link STOP}.
 */
function visitDataTableRow(text: string, i: number, visit: CellVisitor): number {
  return visitMembers(text, i, (key, at) => {
    if (key !== "c" || text.charCodeAt(at) !== 91) return skipValue(text, at, key);
    let k = ws(text, at + 1);
    if (text.charCodeAt(k) === 93) return k + 1;
    for (let column = 0; ; column++) {
      const cell = column;
      const end =
        text.charCodeAt(k) === 123
          ? visitMembers(text, k, (member, v) => {
              const c = text.charCodeAt(v);
              if ((member !== "v" && member !== "f") || c === 91 || c === 123)
                return skipValue(text, v, member);
              const end = scalarEnd(text, v);
              visit(cell, v, end, member === "v" ? CELL_VALUE : CELL_FORMATTED);
              return end;
            })
          : skipValue(text, k, "");
      if (end === STOP) return STOP;
      k = ws(text, end);
      if (text.charCodeAt(k) !== 44) return k + 1;
      k = ws(text, k + 1);
    }
  });
}

/**
 * Reads the object at `i` member by member: `member(key, at)` reads the value at `at` (a key
 * written with no escape, else `""`) and returns the index after it, or {@link STOP}. Returns the
 * index after the object, or {@link STOP}.
 */
function visitMembers(text: string, i: number, member: (key: string, at: number) => number): number {
  i = ws(text, i + 1);
  if (text.charCodeAt(i) === 125) return i + 1;
  for (;;) {
    const keyEnd = scalarEnd(text, i);
    const raw = text.slice(i + 1, keyEnd - 1);
    const key = raw.indexOf("\\") === -1 ? raw : "";
    i = ws(text, keyEnd);
    i = ws(text, i + 1); // past `:`
    const end = member(key, i);
    if (end === STOP) return STOP;
    i = ws(text, end);
    if (text.charCodeAt(i) !== 44) return i + 1;
    i = ws(text, i + 1);
  }
}

/**
 * Calls `visit` on each cell of the list of values opening at `i` (scalars, rows of scalars and
 * DataTable rows; with `dataTableOnly`, DataTable rows alone, for a list whose labels came first and
 * whose other cells the walker read by them, and only a list that opens with one).
 */
export function visitLabelledCells(
  text: string,
  i: number,
  dataTableOnly: boolean,
  visit: CellVisitor,
): void {
  // rows of objects that are no DataTable's (`[{"uid": ...}]`, ClickHouse's JSON) are read already
  if (dataTableOnly && !DATA_TABLE_ROW.test(text.slice(i, i + 16))) return;
  visitItems(text, i, visit, dataTableOnly ? null : CELL_ITEM, !dataTableOnly, true);
}

/** A list whose first item is a DataTable row: an object whose first member is `c` or `p`. */
const DATA_TABLE_ROW = /^\[\s*\{\s*"[cp]"/;
