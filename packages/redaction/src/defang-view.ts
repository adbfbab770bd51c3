/**
 * Defanged text: `erik[@]example[.]org`, `192[.]0[.]2[.]44`, `erik(@)example(.)org`. Security
 * tooling writes addresses this way so that nothing links or mails them, and people copy the
 * habit to keep a filter from seeing an address; every reader of the text still sees it.
 *
 * Read: a `.`, `@` or `:` alone in square brackets, parentheses or braces, one space inside
 * allowed (`[ . ]`). The spelled-out forms (`[at]`, `(dot)`) are `obfuscated-emails.ts`'s.
 */
import { viewOfMatches } from "./match-view.js";
import type { DecodedView } from "./percent-view.js";

const DEFANGED = /[[({] ?([.@:]) ?[\])}]/g;
/** The cheap first test: a bracket right before one of the three characters. */
const MAY_BE_DEFANGED = /[[({] ?[.@:]/;

/** `s` with its defanged characters written plainly, and the map back; `null` when none. */
export function defangView(s: string): DecodedView | null {
  if (!MAY_BE_DEFANGED.test(s)) return null;
  return viewOfMatches(s, DEFANGED, (m) => m[1] as string);
}
