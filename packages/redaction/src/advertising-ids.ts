/**
 * A device's advertising id under an operational key (session 18). The vendor catalog marks a
 * field operational for what the vendor documents there: CAPI's `attribution_data.ad_id` is
 * Meta's numeric id of an ad (session 17, round 6's F14), so the key table's reading of `ad_id`
 * as a device's advertising id is not applied. A red team's round 7 (R8) then sent a GAID there,
 * and it reached Meta. A UUID is no Meta id: under an operational key that the key table reads as
 * an advertising id, it is that advertising id, wherever the catalog put the key.
 */
import { type CategoryKey, isGuid, isWithin } from "@kago/personal-data";

/**
 * The advertising id category `look` (the key table's reading of an operational member's key)
 * when the member's string `value` has an advertising id's shape (a UUID), else `null`.
 */
export function advertisingIdUnderOperationalKey(
  look: CategoryKey | "hint" | null,
  value: string,
): CategoryKey | null {
  return look !== null && look !== "hint" && isGuid(value) && isWithin(look, "advertising_id") ? look : null;
}
