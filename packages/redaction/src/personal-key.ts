/**
 * Keys that are themselves personal data: a JSON object keyed by e-mail address
 * (`{"scores":{"ingrid@example.org":5}}`), a query parameter named after a phone number. Such a
 * key is classified like a value (the whole key by the strong detectors, spans inside it by the
 * structural finders), and it never becomes part of a location: its path segment is
 * `[redacted:<category>]`, so reports, spans, logs and error locations name the category, never
 * the key. A key cannot be rewritten (a masked or hashed key may collide with a sibling, and the
 * map would mean something else), so a member whose key the recipient may not receive is dropped
 * whole, value and all, whatever the category's operator.
 */
import type { CategoryKey, TextCategory } from "@kago/personal-data";
import { findBareNames } from "./bare-names.js";
import { type LocationSlot, placeholder, type RedactionContext } from "./context.js";
import { charFlags, DETECTABLE, detectStrong, isStructuralSpan } from "./detectors/index.js";
import { encodedText } from "./encoded-text.js";
import { type EngineSpan, findSpansInViews } from "./percent-view.js";
import type { Detector } from "./transfer.js";

/** What a personal key holds: its categories (in the order found) and how they were found. */
export interface PersonalKey {
  /**
   * The categories that decide the member, found by the structural detectors. Empty for a key of
   * digits alone that has the form of an IMEI or a phone number: in a key that is an id, so the
   * member stays, but the key is still never named.
   */
  readonly categories: readonly CategoryKey[];
  readonly detector: Detector;
  /** The path segment that stands for the key in locations: `[redacted:<category>]`. */
  readonly segment: string;
}

/**
 * What `key` holds when it may be personal data, or `null`: the whole key by a strong detector
 * (`value`), else the spans inside it (`text`); when neither finds anything in a key that is
 * base64 of text (a map keyed by encoded addresses), the same in that text. Only the structural
 * ones decide (e-mail, IP and MAC addresses, phone numbers with `+`): digits alone are an id in a
 * key, as in a URL path. But a key that has the form of an IMEI or a phone number is not named
 * either. A key with none of those that holds a full name decides as a name (session 17).
 */
export function personalKey(key: string): PersonalKey | null {
  return classifyKey(key) ?? classifyEncodedKey(key);
}

/** A key that is base64 of text (`ZXJpa0BleGFtcGxlLm9yZw==`, see `base64-text.ts`): what that text holds. */
function classifyEncodedKey(key: string): PersonalKey | null {
  const encoded = encodedText(key);
  return encoded === null ? null : classifyKey(encoded.text);
}

function classifyKey(key: string): PersonalKey | null {
  const flags = charFlags(key);
  if ((flags & DETECTABLE) === 0) return namedKey(key);
  const whole = detectStrong(key, flags);
  const spans: readonly EngineSpan[] | null =
    whole !== null ? [[0, key.length, whole]] : findSpansInViews(key, flags);
  if (spans === null) return namedKey(key);
  // digits alone (an IMEI, a phone number without `+`) name nothing and decide nothing
  const structural = spans.filter((span) =>
    isStructuralSpan(key, [span[0], span[1], span[2] as TextCategory]),
  );
  const categories = [...new Set(structural.map((span) => span[2]))];
  return {
    categories,
    detector: whole !== null ? "value" : "text",
    segment: placeholder((categories[0] ?? spans[0]?.[2]) as CategoryKey),
  };
}

/**
 * A key that holds a person's full name (`{"Astrid Solberg": {"seat": "12A"}}`, a map keyed by
 * its members' names; `Astrid+Solberg=1`), as the bare-name reader finds one in free text
 * (session 17, a red team's round 6 F3). None of 11,370 keys of `node_modules` JSON files holds
 * one.
 */
function namedKey(key: string): PersonalKey | null {
  if (findBareNames(key) === null) return null;
  return { categories: [NAME], detector: "text", segment: placeholder(NAME) };
}

const NAME: CategoryKey = "account.profile.name";

/** The segment `key` stands for in locations: the key, or its placeholder when it is personal data. */
export function keySegment(key: string): string {
  return personalKey(key)?.segment ?? key;
}

/**
 * Decides a personal key: records its categories at `slot` and returns true when the member may
 * stay (the recipient may receive every category, or none decides). Otherwise every category is recorded as
 * dropped (a denied category whose operator is not `drop` names that operator as the one that
 * could not apply to a key) and the caller drops the member.
 */
export function keepPersonalKey(ctx: RedactionContext, key: PersonalKey, slot: LocationSlot): boolean {
  const allowed = key.categories.every((category) => ctx.decide(category).kind === "allow");
  for (const category of key.categories) {
    const d = ctx.decide(category);
    if (allowed) ctx.record(slot, category, "keep", key.detector);
    else {
      const operator = d.kind === "deny" ? d.operator.operator : "drop";
      ctx.record(slot, category, "drop", key.detector, operator === "drop" ? undefined : operator);
    }
  }
  return allowed;
}
