/**
 * E-mail addresses written to slip past filters: `erik [at] example [dot] org`,
 * `erik(at)example.org`, `ERIK {AT} EXAMPLE {DOT} ORG`. People type them in chat messages and
 * support tickets exactly so that a machine does not see an address; the policy still applies.
 *
 * Read: a local part (letters, digits, `.` `_` `+` `-`), then `at` in brackets, parentheses,
 * braces or angle brackets (white space around and inside allowed), then a domain whose labels
 * are separated by `.` or by `dot` written the same way, ending in a top-level domain of two or
 * more letters. The bracketed `at` is what makes it an address: `erik at example dot org` in plain
 * words is not read (too many sentences have that shape), nor is `erik#163.com`.
 */
import type { EngineSpan } from "./percent-view.js";

const DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\.)`;
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

/** An obfuscated address (see the module note). */
const OBFUSCATED = new RegExp(
  String.raw`(?<![\w.+-])[\w.+-]{1,64}\s*[\[({<]\s*at\s*[\])}>]\s*${LABEL}(?:${DOT}${LABEL})*${DOT}[a-z]{2,24}(?![\w-])`,
  "gi",
);

/** The obfuscated addresses in `text`, sorted; `null` when none. */
export function findObfuscatedEmails(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m !== null; m = OBFUSCATED.exec(text))
    out.push([m.index, m.index + m[0].length, "contact.email"]);
  return out.length === 0 ? null : out;
}
