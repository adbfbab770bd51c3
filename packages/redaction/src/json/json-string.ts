/**
 * Decoding and encoding of JSON string contents (the text between the quotes), by the native JSON
 * codec: the scanner has validated the escapes already, and `JSON.stringify` escapes exactly what
 * the engine must (`"`, `\\`, control characters with their short forms where JSON has them, lone
 * surrogates as `\uXXXX` so the output is valid UTF-8) and nothing else.
 */

/** Decodes the contents of a JSON string whose escapes the scanner already validated. */
export function decodeJsonString(raw: string): string {
  return JSON.parse(`"${raw}"`) as string;
}

/**
 * The decoded contents of the JSON string between `start` and `end` of `text` (quotes excluded):
 * the slice itself when it holds no escape.
 */
export function jsonStringAt(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return raw.indexOf("\\") === -1 ? raw : decodeJsonString(raw);
}

/** A character that {@link encodeJsonString} escapes: `"`, `\\`, a control character, a surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON must escape exactly these code units
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Encodes a string as a JSON string literal, quotes included (see the module comment). Most
 * replacement texts need no escape: a native test is cheaper than the serialiser for those.
 */
export function encodeJsonString(value: string): string {
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}
