/**
 * A China mobile number glued after a letter in an id (session 19; a red team's round 8, R3):
 * `u13812345678`, `user8613812345678`, `room_u13812345678`. The text detectors read a number only
 * where no letter or digit touches it, so such an id reached Tencent and Zego as an account id
 * or a room id while `kago_13812345678` was refused. An app that names its users or rooms by a
 * letter and the user's phone number hands the vendor the number all the same. Read only in ids
 * (account ids, addressing ids), where the whole value is one name the app built; never in text,
 * where a letter before eleven digits is a part number or a hash as often.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { RedactionContext } from "./context.js";

/**
 * A token of letters and then exactly a China mobile number (eleven digits `1[3-9]...`, with or
 * without the country code `86`), the whole token: nothing alphanumeric before the letters or
 * after the digits. The letters make it the glued form (bare digits the full reading finds); a
 * hex hash rarely has all its letters first and then eleven digits. Linear: the letters are one
 * run, the digits a fixed count.
 */
const GLUED_MOBILE = /(?<![\p{L}\p{N}])\p{L}+(?:86)?1[3-9]\d{9}(?!\p{N}|\p{L})/u;

/**
 * True when `id` holds a China mobile number glued after the letters of one of its parts and the
 * recipient (`ctx`) may not receive phone numbers.
 */
export function holdsGluedMobile(ctx: RedactionContext, id: string): boolean {
  return id.length >= 12 && GLUED_MOBILE.test(id) && ctx.decide(PHONE).kind !== "allow";
}

/** The category a glued number is. */
export const PHONE: CategoryKey = "contact.phone";
