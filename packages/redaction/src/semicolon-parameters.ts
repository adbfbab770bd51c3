/**
 * `key=value` parameters written after a `;`: a path segment's matrix parameters
 * (`/events;jsessionid=5F0C2C1E9A`, which servlet containers read) and parameters inside a query or
 * form value (`access_token=T;ph=4741234567`, which frameworks that split a query at `;` read as
 * a pair of its own). Session 16 (a red-team probe: a phone number and an account id behind a `;`
 * reached facebook, where the same after `&` were removed). Only the key table's names are read
 * here: a value with a shape of its own (an e-mail) is found in the text around it anyway.
 */
import type { CategoryKey } from "@kago/personal-data";
import { KEY_LOOKUP } from "./key-table.js";
import { isValueOfKey } from "./named-value-checks.js";
import { personalKey } from "./personal-key.js";

/**
 * A parameter after `;`, as written: its key (1 to 64 characters) and its value, which ends at the
 * next `;`, at the end of the text or where a URL's next part starts (`/`, `?`, `#`). Neither
 * holds white space, quotes, braces, angle brackets, a backslash or `&`, so a piece of JSON,
 * markup or a sentence (`"a;b=c"`, `hello; name=Astrid`) is not read as one; `a=1;2` and
 * `text/plain;charset=utf-8` are read (the second names nothing the key table knows).
 */
const PARAMETER = /;([^\s;&=/?#"'{}<>\\]{1,64})=([^\s;&/?#"'{}<>\\]*)(?=[;/?#]|$)/g;

/** A parameter found after a `;`: where it stands (its `;` included) and its key and value as written. */
export interface SemicolonParameter {
  readonly start: number;
  readonly end: number;
  readonly rawKey: string;
  readonly rawValue: string;
}

/** The `;` parameters of `text` (see {@link PARAMETER}), in order; none without a `;`. */
export function semicolonParameters(text: string): SemicolonParameter[] {
  if (text.indexOf(";") === -1) return [];
  const out: SemicolonParameter[] = [];
  for (const m of text.matchAll(PARAMETER)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, rawKey: m[1] as string, rawValue: m[2] as string });
  }
  return out;
}

/**
 * The category the key table gives a decoded parameter, or `null`: a hint names none, nor a key
 * that is itself personal data (it is never named; the text around finds what it holds), and the
 * value must be what the key says, as for a key in text (`;name=events` is no name: see
 * `isValueOfKey`).
 */
export function parameterCategory(key: string, value: string): CategoryKey | null {
  if (value === "" || personalKey(key) !== null) return null;
  const look = KEY_LOOKUP.lookupKey(key, "");
  if (look === null || look === "hint") return null;
  return isValueOfKey(key, look, value, false) ? look : null;
}
