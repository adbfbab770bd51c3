/**
 * Personal data written in prose that no character finder sees: names introduced by their writer
 * (`introduced-names.ts`) and e-mail addresses spelt out to slip past filters
 * (`obfuscated-emails.ts`). One cheap native search decides whether a text is worth reading for
 * either, so the scanner's fast path pays one search per string.
 */
import { findIntroducedNames } from "./introduced-names.js";
import { findObfuscatedEmails } from "./obfuscated-emails.js";
import type { EngineSpan } from "./percent-view.js";

/** What every prose form holds: `name`, `called` or `我` (an introduction), a bracketed `at`. */
const HINT = /name|called|我|at\s*[\])}>]/i;

/** A cheap first test: `text[start, end)` may hold personal data in prose (one native search). */
export function mayHoldProse(text: string, start = 0, end = text.length): boolean {
  return end - start >= 4 && HINT.test(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** The spans of personal data in prose in `text`, sorted; `null` when none. */
export function findProseSpans(text: string): EngineSpan[] | null {
  if (!mayHoldProse(text)) return null;
  const names = findIntroducedNames(text);
  const emails = findObfuscatedEmails(text);
  if (names === null || emails === null) return names ?? emails;
  return [...names, ...emails].sort((a, b) => a[0] - b[0]);
}
