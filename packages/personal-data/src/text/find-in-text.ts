/**
 * Finding personal data inside free text: e-mail addresses, phone numbers, IMEIs, IP and MAC
 * addresses, identity, card and bank account numbers. One pass counts the characters each finder needs at least (an `@`; two `:`; five `:`
 * or `-`; two `.` five apart, or three `.` and four digits; eight digits in one run of phone
 * characters; six digits and a CURP's sex, session 19) and only the finders that can match run, so text that can hold none of them costs
 * that one pass.
 */
import { isPlaceholderValue } from "../values/placeholder.js";
import { findIpv4Spans, findIpv6Spans, findMacSpans } from "./address-spans.js";
import { findCurpSpans } from "./curp-spans.js";
import { findEmailSpans } from "./email-spans.js";
import { findIbanSpans } from "./iban-spans.js";
import { findNumberSpans } from "./number-spans.js";
import {
  RUN_ANY,
  RUN_CURP,
  RUN_EMAIL,
  RUN_IPV4,
  RUN_IPV6,
  RUN_MAC_DOTTED,
  RUN_MAC_SEPARATED,
  RUN_NUMBER,
  textProfile,
} from "./prefilter.js";
import { resolveOverlaps, type TextSpan } from "./text-span.js";

/**
 * The spans of personal data in `text`, sorted by start and never overlapping. Placeholder values
 * (`0.0.0.0`, `00:00:00:00:00:00`, an all-zero IMEI) are not reported. The values are not copied:
 * read them as `text.slice(start, end)`. `profile`: the text's {@link textProfile} when the caller
 * already has it (so the text is counted once).
 */
export function findInText(text: string, profile: number = textProfile(text)): readonly TextSpan[] {
  const mask = profile & RUN_ANY;
  if (mask === 0) return [];
  const spans: TextSpan[] = [];
  if (mask & RUN_EMAIL) findEmailSpans(text, spans);
  if (mask & RUN_IPV6) findIpv6Spans(text, spans);
  if (mask & (RUN_MAC_SEPARATED | RUN_MAC_DOTTED))
    findMacSpans(text, spans, (mask & RUN_MAC_SEPARATED) !== 0, (mask & RUN_MAC_DOTTED) !== 0);
  if (mask & RUN_IPV4) findIpv4Spans(text, spans);
  if (mask & RUN_NUMBER) {
    findNumberSpans(text, spans);
    // an IBAN's bank account number holds a run of eight digits too
    findIbanSpans(text, spans);
  }
  if (mask & RUN_CURP) findCurpSpans(text, spans);
  if (spans.length === 0) return spans;
  const kept = spans.filter((s) => !isPlaceholderValue(text.slice(s[0], s[1])));
  return resolveOverlaps(kept);
}
