/**
 * Path templates: where a field stands in a payload, independent of array indexes and record keys.
 *
 * Syntax (shared by `collectFieldTags`, the redaction engine and reports):
 * - object keys joined by `.`: `user_data.em`;
 * - any element of an array (or tuple, or set): `[]`, glued to what precedes it: `data[].em`;
 * - any value of a record (or an object's catch-all, or a map): `*` as its own segment: `custom_data.*`;
 * - JSON held inside a string: `#json`, glued: `CloudCustomData#json.network`;
 * - extended syntax (parsed only with `{ extended: true }`): one position of a positional array
 *   (a tuple), `[N]` glued, `app_data.extinfo[5]`; and a form-encoded (`k=v&...`) document held
 *   inside a string, `#form` glued, `batch#json[].body#form.data#json[].user_data.ph`. Consumers
 *   that do not understand these segments (they would mis-tag every position as one, or walk a
 *   form string as an object) keep the default and get `null` for such paths, failing closed;
 * - extended syntax too: the text a base64 or base64url string encodes, `#base64` glued,
 *   `Data#base64#json.contact` (JSON encoded in base64), `note#base64` (text); and the text a
 *   hex string encodes, `#hex` glued, `extra#hex#json.email`;
 * - a key that is empty, or contains `.` `[` `]` `*` `#` `"` `\` `~` `:` or white space or control
 *   characters, is written quoted in brackets as a JSON string, glued: `headers["x.y"]`,
 *   `m["*"]` (the literal key `*`, not "any value"). `~` and `:` are quoted because the engine's
 *   locations use them around a path (`body:`, `~text`).
 * The root is the empty path `""`; a tagged root array is `[]`.
 */

/** One step of a path template. */
export type PathSegment =
  | { readonly kind: "key"; readonly key: string }
  | { readonly kind: "element" }
  | { readonly kind: "value" }
  | { readonly kind: "json" }
  /** Extended syntax: one position of a positional array, `[5]`. */
  | { readonly kind: "position"; readonly index: number }
  /** Extended syntax: the form-encoded document inside a string, `#form`. */
  | { readonly kind: "form" }
  /** Extended syntax: the text a base64 (or base64url) string encodes, `#base64`. */
  | { readonly kind: "base64" }
  /** Extended syntax: the text a hex string encodes, `#hex`. */
  | { readonly kind: "hex" };

/** Options of {@link parsePathTemplate}. */
export interface ParsePathTemplateOptions {
  /**
   * Accept the extended segments `[N]` (position), `#form`, `#base64` and `#hex`; default `false` (they
   * give `null`).
   */
  readonly extended?: boolean;
}

function needsQuoting(key: string): boolean {
  if (key.length === 0) return true;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (
      c <= 32 ||
      c === 127 ||
      c === 46 || // .
      c === 91 || // [
      c === 93 || // ]
      c === 42 || // *
      c === 35 || // #
      c === 34 || // "
      c === 92 || // \
      c === 126 || // ~
      c === 58 || // :
      (c >= 0x80 && c <= 0xa0) ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      return true;
    }
  }
  return false;
}

/** `path` followed by the object key `key` (quoted when it needs to be). */
export function appendKey(path: string, key: string): string {
  if (needsQuoting(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** `path` followed by "any element". */
export function appendElement(path: string): string {
  return `${path}[]`;
}

/** `path` followed by "any record value". */
export function appendRecordValue(path: string): string {
  return path === "" ? "*" : `${path}.*`;
}

/** `path` followed by "the JSON inside this string". */
export function appendJson(path: string): string {
  return `${path}#json`;
}

/** `path` followed by one position of a positional array (extended syntax): `extinfo[5]`. */
export function appendPosition(path: string, index: number): string {
  if (!Number.isSafeInteger(index) || index < 0)
    throw new RangeError("appendPosition: the index must be a non-negative integer");
  return `${path}[${index}]`;
}

/** `path` followed by "the form-encoded document inside this string" (extended syntax). */
export function appendForm(path: string): string {
  return `${path}#form`;
}

/** `path` followed by "the text this base64 string encodes" (extended syntax): `Data#base64`. */
export function appendBase64(path: string): string {
  return `${path}#base64`;
}

/** `path` followed by "the text this hex string encodes" (extended syntax): `extra#hex`. */
export function appendHex(path: string): string {
  return `${path}#hex`;
}

/** The path template of `segments`. */
export function formatPathTemplate(segments: readonly PathSegment[]): string {
  let path = "";
  for (const seg of segments) {
    if (seg.kind === "key") path = appendKey(path, seg.key);
    else if (seg.kind === "element") path = appendElement(path);
    else if (seg.kind === "value") path = appendRecordValue(path);
    else if (seg.kind === "json") path = appendJson(path);
    else if (seg.kind === "position") path = appendPosition(path, seg.index);
    else if (seg.kind === "form") path = appendForm(path);
    else if (seg.kind === "hex") path = appendHex(path);
    else path = appendBase64(path);
  }
  return path;
}

function isBareCode(c: number): boolean {
  return !(c === 46 || c === 91 || c === 93 || c === 35 || c === 42);
}

/**
 * The segments of a path template, or `null` when `template` does not follow the syntax.
 * `parsePathTemplate(formatPathTemplate(s))` gives back `s` for every list of segments (with
 * `{ extended: true }` when `s` holds `position`, `form`, `base64` or `hex` segments). Positions are written in
 * canonical decimal (`[5]`, not `[05]`).
 */
export function parsePathTemplate(
  template: string,
  options: ParsePathTemplateOptions = {},
): PathSegment[] | null {
  const extended = options.extended === true;
  const out: PathSegment[] = [];
  let i = 0;
  const n = template.length;
  let needSegment = true; // at the start or after '.'
  while (i < n) {
    const c = template.charCodeAt(i);
    if (c === 91) {
      if (needSegment && i !== 0) return null;
      if (template.charCodeAt(i + 1) === 93) {
        out.push({ kind: "element" });
        i += 2;
      } else if (template.charCodeAt(i + 1) === 34) {
        const close = findQuoteEnd(template, i + 2);
        if (close < 0 || template.charCodeAt(close + 1) !== 93) return null;
        let key: unknown;
        try {
          key = JSON.parse(template.slice(i + 1, close + 1));
        } catch {
          return null;
        }
        if (typeof key !== "string" || !needsQuoting(key)) return null;
        out.push({ kind: "key", key });
        i = close + 2;
      } else if (extended) {
        let j = i + 1;
        while (j < n && template.charCodeAt(j) >= 48 && template.charCodeAt(j) <= 57) j++;
        const digits = template.slice(i + 1, j);
        if (digits === "" || template.charCodeAt(j) !== 93) return null;
        if (digits.length > 1 && digits.charCodeAt(0) === 48) return null;
        const index = Number(digits);
        if (!Number.isSafeInteger(index)) return null;
        out.push({ kind: "position", index });
        i = j + 1;
      } else return null;
      needSegment = false;
    } else if (c === 35) {
      if (needSegment && i !== 0) return null;
      if (template.startsWith("#json", i)) {
        out.push({ kind: "json" });
        i += 5;
      } else if (extended && template.startsWith("#form", i)) {
        out.push({ kind: "form" });
        i += 5;
      } else if (extended && template.startsWith("#base64", i)) {
        out.push({ kind: "base64" });
        i += 7;
      } else if (extended && template.startsWith("#hex", i)) {
        out.push({ kind: "hex" });
        i += 4;
      } else return null;
      needSegment = false;
    } else if (c === 46) {
      if (needSegment) return null;
      i++;
      needSegment = true;
      if (i === n) return null;
      const next = template.charCodeAt(i);
      if (next === 91 || next === 35) return null;
    } else if (c === 42) {
      if (!needSegment) return null;
      out.push({ kind: "value" });
      i++;
      needSegment = false;
    } else {
      if (!needSegment) return null;
      const start = i;
      while (i < n && isBareCode(template.charCodeAt(i))) i++;
      const key = template.slice(start, i);
      if (needsQuoting(key)) return null;
      out.push({ kind: "key", key });
      needSegment = false;
    }
  }
  return out;
}

/** Index of the closing `"` of a JSON string whose content starts at `from`, or -1. */
function findQuoteEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return -1;
}
