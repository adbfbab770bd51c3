/**
 * Strings that outlive a call. A key sliced out of a request body is, in V8, often a view into
 * the body (a sliced string keeps its parent alive), so a cache holding such a key would hold
 * the whole body, personal data and all, for as long as the entry lives. Whatever the engine keeps
 * beyond one call is first copied with {@link detach}.
 */

/** A copy of `s` that shares no memory with the text it was read from. */
export function detach(s: string): string {
  // JSON.parse builds a new string from the literal; a slice or a concatenation could share
  return JSON.parse(JSON.stringify(s)) as string;
}
