/**
 * Reads ahead the discriminator members of one JSON object (`MsgType` of a Tencent `MsgBody`
 * element) before its members are scanned, so a conditional plan tag (`when`) is decided when its
 * field is reached, whether the discriminator comes before or after it. Only objects whose plan
 * names discriminators pay for this. Lenient: it stops at anything unexpected (the main scan
 * refuses invalid JSON anyway) and reports what it read so far. Since session 15 a discriminator
 * may also be a list of strings: the names of a list's columns (`schema` of a Meta Custom
 * Audience upload).
 */
import { jsonStringAt } from "./json-string.js";

function ws(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** Index of the closing quote of a string whose contents start at `i`, or -1. */
export function stringEnd(text: string, i: number): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return -1;
}

/**
 * Index just after the container opening at `i` (brackets matched outside strings; nothing else
 * validated), or -1 when it does not close.
 */
export function containerEnd(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = stringEnd(text, i + 1);
      if (i < 0) return -1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The strings of the array opening at `i` when it holds strings only, and the index after it;
 * `null` for anything else.
 */
export function stringList(text: string, i: number): { values: string[]; end: number } | null {
  const values: string[] = [];
  i = ws(text, i + 1);
  if (text.charCodeAt(i) === 93) return { values, end: i + 1 };
  for (;;) {
    if (text.charCodeAt(i) !== 34) return null;
    const end = stringEnd(text, i + 1);
    if (end < 0) return null;
    values.push(jsonStringAt(text, i + 1, end));
    i = ws(text, end + 1);
    const c = text.charCodeAt(i);
    if (c === 93) return { values, end: i + 1 };
    if (c !== 44) return null;
    i = ws(text, i + 1);
  }
}

/**
 * The names of the objects of the array opening at `i`, each an object with a string member among
 * `nameKeys` (the first of them it has): a table's column descriptions (`[{"name": "phone", "type":
 * "String"}]`, session 18), and the index after it; `null` for anything else, or past `max` items.
 */
export function objectNameList(
  text: string,
  i: number,
  nameKeys: readonly string[],
  max: number,
): { values: string[]; end: number } | null {
  const values: string[] = [];
  i = ws(text, i + 1);
  if (text.charCodeAt(i) === 93) return { values, end: i + 1 };
  for (;;) {
    if (text.charCodeAt(i) !== 123 || values.length === max) return null;
    let read = 0;
    const members = readDiscriminators(text, i, nameKeys, (chars) => {
      read = chars;
    });
    const name = nameKeys.map((key) => members.get(key)).find((value) => typeof value === "string");
    // the reader stops at the object's `}` when it read the object whole
    if (typeof name !== "string" || text.charCodeAt(i + read) !== 125) return null;
    values.push(name);
    i = ws(text, i + read + 1);
    const c = text.charCodeAt(i);
    if (c === 93) return { values, end: i + 1 };
    if (c !== 44) return null;
    i = ws(text, i + 1);
  }
}

/**
 * The scalar values (decoded strings, numbers, booleans, `null`) and lists of strings of the
 * members named in `keys`
 * of the object whose `{` is at `open`. `work` is told how many characters were read.
 */
export function readDiscriminators(
  text: string,
  open: number,
  keys: readonly string[],
  work: (chars: number) => void,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let i = ws(text, open + 1);
  while (text.charCodeAt(i) === 34) {
    const keyEnd = stringEnd(text, i + 1);
    if (keyEnd < 0) break;
    const key = jsonStringAt(text, i + 1, keyEnd);
    i = ws(text, keyEnd + 1);
    if (text.charCodeAt(i) !== 58) break;
    i = ws(text, i + 1);
    const c = text.charCodeAt(i);
    let value: unknown;
    if (c === 34) {
      const end = stringEnd(text, i + 1);
      if (end < 0) break;
      value = jsonStringAt(text, i + 1, end);
      i = end + 1;
    } else if (c === 123 || c === 91) {
      const list = c === 91 && keys.includes(key) ? stringList(text, i) : null;
      value = list?.values;
      i = list === null ? containerEnd(text, i) : list.end;
      if (i < 0) break;
    } else {
      const start = i;
      for (;;) {
        const t = text.charCodeAt(i);
        if (
          Number.isNaN(t) ||
          t === 44 ||
          t === 125 ||
          t === 93 ||
          t === 32 ||
          t === 10 ||
          t === 13 ||
          t === 9
        )
          break;
        i++;
      }
      const token = text.slice(start, i);
      value = token === "true" ? true : token === "false" ? false : token === "null" ? null : Number(token);
    }
    if (value !== undefined && keys.includes(key) && !out.has(key)) out.set(key, value);
    i = ws(text, i);
    if (text.charCodeAt(i) !== 44) break;
    i = ws(text, i + 1);
  }
  work(i - open);
  return out;
}
