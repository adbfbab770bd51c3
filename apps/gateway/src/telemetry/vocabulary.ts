/**
 * The words telemetry may show of a request's path, its query keys and the report's locations.
 *
 * A key or a path segment is written by the caller, and a caller can write a person's name there
 * (`/v21.0/Astrid-Solberg/events`, `?kago_user_Astrid=1`, `{"Astrid Solberg": {...}}`: session 14,
 * a red-team found all three in the transfer's log line). A word-like shape says nothing about
 * that, so a word is shown only when it is one the gateway already knows: a segment of a catalog
 * endpoint's path, a field of a catalog schema, a key name of the engine's key table, or a marker
 * of the engine's own location syntax; and a version (`v21.0`). Every other word becomes `{}`.
 * Words are compared folded as the engine folds keys (`canonicalKey`: case and separators), so
 * `UserName` and `user_name` are one word.
 */
import { canonicalKey, HINT_KEYS, KEY_TABLE, TAG_PREFIXES, VENDOR_TAGS } from "@kago/redaction";
import { VENDOR_CATALOG, type VendorCatalog } from "@kago/vendors";

/** The engine's location syntax: parts, `#json`, `#form`, `#base64`, `#hex`, `~text`, `[redacted:...]`. */
const LOCATION_MARKERS = [
  "body",
  "query",
  "header",
  "path",
  "cookie",
  "json",
  "form",
  "base64",
  "hex",
  "text",
  "url",
];

/** A word of a path, a field or a location: letters, digits, `_`, `-` and `$`. */
const WORD = /[\p{L}\p{N}_$-]+/gu;

/**
 * A version segment: `v`, then one to three numbers of one or two digits between dots, four
 * digits in all (`v21.0`, `v4`, `v2.12.1`, `v1.0.0`). Bounded (session 16, red-team H10):
 * `v4741234567` or `?v490154203237518=1` is a phone number or an IMEI behind a `v`, and was
 * logged and put in spans as a version; session 20 (red team round 10 F6): so were the same
 * digits between dots, `v474.123.45` (a whole Norwegian mobile). The catalog's vendors version
 * their APIs `v21.0` (Meta) and `v4` (Tencent IM).
 */
const VERSION = /^v(?=(?:\.?\d){1,4}$)\d{1,2}(?:\.\d{1,2}){0,2}$/;

/** The placeholder of a personal key, which names a category only (`[redacted:contact.email]`). */
const PLACEHOLDER = /^\[redacted:[a-z_.]+\]$/;

/**
 * In a location: the placeholder of a personal key, a quoted key (`["Astrid Solberg"]`), or a
 * word.
 */
const LOCATION_PART = /\[redacted:[a-z_.]+\]|\["(?:[^"\\]|\\.)*"\]|[\p{L}\p{N}_$-]+/gu;

/** The known words, folded. */
export type Vocabulary = ReadonlySet<string>;

/** The words of `catalog` and of the engine's tables (see the module note), folded. */
export function vocabularyOf(catalog: VendorCatalog): Vocabulary {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.match(WORD) ?? []) words.add(canonicalKey(word));
  };
  for (const word of LOCATION_MARKERS) add(word);
  for (const row of KEY_TABLE) {
    for (const name of row.names) add(name);
    for (const parent of row.parents ?? []) add(parent);
  }
  for (const key of HINT_KEYS) add(key);
  for (const [tag] of VENDOR_TAGS) add(tag);
  for (const prefix of TAG_PREFIXES) add(prefix);
  for (const endpoint of catalog.endpoints.values()) {
    add(endpoint.recipient);
    add(endpoint.pathPattern);
    if (endpoint.action !== undefined) add(endpoint.action);
    for (const fields of [endpoint.bodyFields, endpoint.queryFields]) {
      for (const list of [
        fields.fieldCategories,
        fields.operationalFields,
        fields.freeTextFields,
        fields.encodedFields,
        fields.urlFields,
      ])
        for (const field of list) add(field.path);
    }
    for (const list of endpoint.keyValueLists) {
      add(list.path);
      add(list.keyField);
      add(list.valueField);
      for (const key of Object.keys(list.known)) add(key);
    }
  }
  words.delete("");
  return words;
}

/** The built-in catalog's vocabulary, made once. */
let builtin: Vocabulary | null = null;

/** The vocabulary of the built-in catalog and the engine's tables. */
export function builtinVocabulary(): Vocabulary {
  builtin ??= vocabularyOf(VENDOR_CATALOG);
  return builtin;
}

/** `word` as telemetry may show it: itself when known or a version, else `{}`. */
export function knownWord(word: string, vocabulary: Vocabulary): string {
  if (word === "") return word;
  return vocabulary.has(canonicalKey(word)) || VERSION.test(word) ? word : "{}";
}

/**
 * A report location with every word telemetry may not show replaced by `{}`:
 * `body:["Astrid Solberg"].em` -> `body:[{}].em`, `body:data[].user_data.em` as it is.
 */
export function knownLocation(location: string, vocabulary: Vocabulary): string {
  return location.replace(LOCATION_PART, (part) => {
    if (PLACEHOLDER.test(part)) return part;
    if (part.startsWith('["')) return "[{}]";
    return knownWord(part, vocabulary);
  });
}
