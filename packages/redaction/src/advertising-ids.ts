/**
 * A device's advertising id under an operational key (session 18). The vendor catalog marks a
 * field operational for what the vendor documents there: CAPI's `attribution_data.ad_id` is
 * Meta's numeric id of an ad (session 17, round 6's F14), so the key table's reading of `ad_id`
 * as a device's advertising id is not applied. A red team's round 7 (R8) then sent a GAID there,
 * and it reached Meta. A UUID is no Meta id: under an operational key that the key table reads as
 * an advertising id, it is that advertising id, wherever the catalog put the key.
 *
 * Session 19 (a red team's round 8, R8): the same GAID under `attribution_data.adset_id` or
 * `campaign_id` still reached Meta. Those keys name an ad object's id (Meta's numbers, or an ad
 * network's), which the key table rightly does not read as a device's; under an operational key
 * of an ad object ({@link AD_OBJECT_ID_KEYS}) a UUID is read as an advertising id too. Meta's own
 * opaque tokens (`linkage_key`, `auditing_token`) are not: nothing says a UUID is none of Meta's.
 *
 * Session 20 (a red team's round 9, A8): session 19 read `aaid` as the Android Advertising ID
 * (Google's and Branch's name for the GAID), so a FIDO UAF authenticator's AAID under the same name
 * (`{"fido":{"aaid":"4e4e#4005"}}`) was dropped as one. That AAID names a model of authenticator,
 * not a device or a person, and its shape is no GAID's ({@link isFidoAaid}).
 */
import { type CategoryKey, isGuid, isWithin } from "@kago/personal-data";

/** Canonical keys (`canonicalKey`) of an ad object's id: an ad set's, a campaign's, a creative's, an ad group's. */
const AD_OBJECT_ID_KEYS: ReadonlySet<string> = new Set(["adsetid", "campaignid", "creativeid", "adgroupid"]);

/** The category a UUID under an ad object's key is read as (see the module note). */
const ADVERTISING_ID: CategoryKey = "advertising_id";

/**
 * The advertising id category `look` (the key table's reading of an operational member's key,
 * whose canonical form is `canon`) when the member's string `value` has an advertising id's shape
 * (a UUID), else `null`; under an ad object's id key ({@link AD_OBJECT_ID_KEYS}), `advertising_id`.
 */
export function advertisingIdUnderOperationalKey(
  look: CategoryKey | "hint" | null,
  value: string,
  canon = "",
): CategoryKey | null {
  if (!isGuid(value)) return null;
  if (look !== null && look !== "hint" && isWithin(look, "advertising_id")) return look;
  return look === null && AD_OBJECT_ID_KEYS.has(canon) ? ADVERTISING_ID : null;
}

/**
 * A FIDO UAF Authenticator Attestation ID (FIDO UAF Protocol Specification, "AAID"): the vendor's
 * code and the model's, four hex digits each, with `#` between (`4e4e#4005`). No advertising id
 * (a UUID) has a `#`.
 */
const FIDO_AAID = /^[0-9A-Fa-f]{4}#[0-9A-Fa-f]{4}$/;

/**
 * True when `value` under a key of `category` is a FIDO authenticator's AAID where the key reads a
 * Google advertising id (`aaid` names both): it is no such id, and the key's reading is not applied.
 */
export function isFidoAaidUnder(category: CategoryKey, value: string): boolean {
  return category === "advertising_id.gaid" && FIDO_AAID.test(value);
}
