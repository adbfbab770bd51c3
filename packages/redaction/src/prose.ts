/**
 * Personal data written in prose that no character finder sees: names introduced by their writer
 * (`introduced-names.ts`), e-mail addresses spelt out to slip past filters
 * (`obfuscated-emails.ts`) and identifiers named by a label (`labelled-ids.ts`). One cheap native
 * search decides whether a text is worth reading for any of them, so the scanner's fast path
 * pays one search per string.
 */
import { findIntroducedNames } from "./introduced-names.js";
import { findLabelledIds, LABELLED_ID_HINT } from "./labelled-ids.js";
import { findObfuscatedEmails } from "./obfuscated-emails.js";
import type { EngineSpan } from "./percent-view.js";

/**
 * What every prose form holds: `name`, `called` or `我` (an introduction), a bracketed `at`, an
 * identifier label before white space.
 */
const HINT = new RegExp(String.raw`name|called|我|at\s*[\])}>]|${LABELLED_ID_HINT}`, "i");

/** A cheap first test: `text[start, end)` may hold personal data in prose (one native search). */
export function mayHoldProse(text: string, start = 0, end = text.length): boolean {
  return end - start >= 4 && HINT.test(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** The spans of personal data in prose in `text`, sorted; `null` when none. */
export function findProseSpans(text: string): EngineSpan[] | null {
  if (!mayHoldProse(text)) return null;
  const found = [findIntroducedNames(text), findObfuscatedEmails(text), findLabelledIds(text)].filter(
    (spans) => spans !== null,
  );
  if (found.length <= 1) return found[0] ?? null;
  return found.flat().sort((a, b) => a[0] - b[0]);
}
