/**
 * Finding personal data inside free text: e-mail addresses, phone numbers, IMEIs, IP and MAC
 * addresses. Each finder runs only when the text holds the character it needs (`@`, a digit, a
 * `:`, a `-` or a `.`), so text with none of them costs one pass over its characters.
 */
import { isPlaceholderValue } from "../values/placeholder.js";
import { findIpv4Spans, findIpv6Spans, findMacSpans } from "./address-spans.js";
import { findEmailSpans } from "./email-spans.js";
import { findNumberSpans } from "./number-spans.js";
import { findFlags } from "./prefilter.js";
import { resolveOverlaps, type TextSpan } from "./text-span.js";

/**
 * The spans of personal data in `text`, sorted by start and never overlapping. Placeholder values
 * (`0.0.0.0`, `00:00:00:00:00:00`, an all-zero IMEI) are not reported. The values are not copied:
 * read them as `text.slice(start, end)`.
 */
export function findInText(text: string): readonly TextSpan[] {
  const flags = findFlags(text);
  if (flags === 0) return [];
  const spans: TextSpan[] = [];
  if (flags & AT) findEmailSpans(text, spans);
  if (flags & COLON) findIpv6Spans(text, spans);
  if (flags & (COLON | HYPHEN | DOT)) findMacSpans(text, spans);
  if (flags & DIGIT) {
    if (flags & DOT) findIpv4Spans(text, spans);
    findNumberSpans(text, spans);
  }
  const kept = spans.filter((s) => !isPlaceholderValue(text.slice(s[0], s[1])));
  return resolveOverlaps(kept);
}

const AT = 1;
const DIGIT = 2;
const COLON = 4;
const HYPHEN = 8;
const DOT = 16;
