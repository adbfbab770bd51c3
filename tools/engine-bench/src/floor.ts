/**
 * The floor under any JavaScript redaction engine: what it costs, on this machine and in this
 * process, just to look at every character of a body once, against the `JSON.parse` +
 * `JSON.stringify` round trip the engine's target is set against. An engine that reads the
 * values it must inspect character by character in JavaScript (to find an e-mail address inside
 * free text, a Luhn-checked IMEI, a phone number in a message) pays at least this per character
 * it reads; V8's native code (JSON, regular expressions) pays far less.
 */

/**
 * Reads every UTF-16 code unit of `text` with `charCodeAt`, the way the engine's finders and
 * character profile do, and counts the digits (so the loop is not optimised away).
 */
export function readEveryCharCode(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits;
}

/** A character class JSON text never holds raw: a native scan must test every character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters a JSON text cannot hold raw
const NEVER_IN_JSON = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Scans every character of `text` in V8's native regular-expression code (the way the engine's
 * scanner skips plain runs); `false` for any valid JSON text.
 */
export function scanEveryCharNatively(text: string): boolean {
  return NEVER_IN_JSON.test(text);
}

/** What each pass costs, as throughput relative to the JSON round trip of the same bytes. */
export interface FloorRow {
  readonly name: string;
  readonly bytes: number;
  /** Median MB/s of `JSON.stringify(JSON.parse(text))`. */
  readonly roundTripMBps: number;
  /** Median ratios, each pass's MB/s over the round trip's in the same round. */
  readonly engine: number;
  readonly charCodePass: number;
  readonly nativeScan: number;
  readonly parseOnly: number;
}
