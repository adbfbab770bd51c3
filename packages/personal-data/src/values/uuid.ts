/**
 * UUID-form identifiers: the advertising and vendor ids (IDFA, IDFV, GAID, most OAIDs) and GUIDs.
 *
 * Rule: 32 hex digits in the 8-4-4-4-12 grouping with hyphens, any case, any version or variant
 * (`6D92078A-8246-4BA4-AE5B-76104861E7DC`). Apple spells IDFA/IDFV in upper case and Google the
 * GAID in lower case; both cases are accepted for every kind, since SDKs re-case them.
 *
 * The all-zero UUID is what iOS returns as IDFA when the user limits ad tracking (and what a GAID
 * is after the user deletes it). It is well-formed and accepted here, but it identifies nobody:
 * {@link isPlaceholderValue} flags it, so detectors skip it and an opted-out device's zeros reach
 * the vendor unchanged.
 *
 * False-positive policy: a UUID is also the shape of many operational ids (request ids, event
 * ids, message ids). The shape says "some identifier", not which: an untagged UUID value is only
 * treated as an advertising id when its field's name or tag says so.
 */
import { z } from "zod";
import { isHexCode } from "./chars.js";

/** True when `s[start, end)` is a hyphenated UUID (8-4-4-4-12 hex). */
export function isUuidAt(s: string, start: number, end: number): boolean {
  if (end - start !== 36) return false;
  for (let k = 0; k < 36; k++) {
    const c = s.charCodeAt(start + k);
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return false;
    } else if (!isHexCode(c)) return false;
  }
  return true;
}

/** True when `s` is a hyphenated UUID, any case, version or variant. */
export function isUuid(s: string): boolean {
  return isUuidAt(s, 0, s.length);
}

/** A hyphenated UUID. */
export const uuidFormSchema = z
  .stringFormat("uuid-form", isUuid, "Not a UUID (8-4-4-4-12 hex)")
  .describe("UUID form: 32 hex digits grouped 8-4-4-4-12 with hyphens, any case.");
