/**
 * Device and advertising identifiers that a word names in prose: `registered device idfa
 * 6D92078A-8246-4BA4-AE5B-76104861E7DC`, `mac 001A2B3C4D5E`, `imsi 310150123456789`,
 * `android id 9774d56d682e549c`. A UUID, twelve hex digits or fifteen digits mean nothing alone
 * in a log line (request ids look the same), so no text finder takes them; the label written
 * before them says what they are, as a key does for a member. With `=` or `:` between label and
 * value where a field opens (`imei=...`, `, imei: ...`), `named-values.ts` reads them already;
 * this module reads the label followed by white space, or by `:` anywhere (`Android ID:
 * 9774d56d682e549c`, whose key `ID` names nothing to `named-values.ts`; session 13).
 *
 * Read: one of the identifier labels below (any case; `android id`, `android_id`, `device-id`,
 * and since session 13 `ssaid` and `advertising id`), a space or tab (one or more) or a colon
 * (`:` or `：`, white space around it allowed), then a token of hex digits and `- : .` that a weak detector
 * (`detectWeak`: IMEI, IMSI, MAC, GUID, Android ID, and also an e-mail or phone) recognises. The
 * category is the label's own (`idfa` -> `device.identifier.idfa`), or the value's for a label
 * that only hints (`device id`, `udid`). `imei is required` names nothing: `is` is no IMEI.
 */
import type { CategoryKey } from "@kago/personal-data";
import { detectWeak } from "./detectors/index.js";
import { KEY_LOOKUP } from "./key-table.js";
import type { EngineSpan } from "./percent-view.js";

/** The labels: identifiers whose values a weak detector can recognise. */
const LABELS =
  "idf[av]|gaid|oaid|adid|udid|guid|imei|meid|imsi|mac|ssaid|android[ _-]?id|advertising[ _-]?id|device[ _-]?id";

/** What every labelled identifier holds: a label, then white space or a colon (the cheap first test). */
export const LABELLED_ID_HINT = String.raw`(?:${LABELS})[ \t:：]`;

/** A label starting a word, white space, and the token after it (up to 64 characters). */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(${LABELS})(?:[ \t]*[:：][ \t]*|[ \t]+)([0-9a-f][0-9a-f:.-]{6,63})(?![\p{L}\p{N}_:.-])`,
  "giu",
);

/** The identifiers named by a label in `text` (see the module note), sorted; `null` when none. */
export function findLabelledIds(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
    const token = m[2] as string;
    const detected = detectWeak(token);
    if (detected === null) continue;
    const named = KEY_LOOKUP.lookupKey(m[1] as string, "");
    const category: CategoryKey = named === null || named === "hint" ? detected : named;
    const end = m.index + m[0].length;
    out.push([end - token.length, end, category]);
  }
  return out.length === 0 ? null : out;
}
