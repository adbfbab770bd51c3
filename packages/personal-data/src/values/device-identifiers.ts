/**
 * Device and advertising identifiers the policy names: IDFA, IDFV, GAID, OAID, GUID, OpenUDID and
 * the Android ID.
 *
 * Rules:
 * - IDFA, IDFV, GAID: a UUID (see `uuid.ts`).
 * - OAID (China's MSA Open Anonymous Device Identifier): its form depends on the handset maker, so
 *   any of a UUID (Huawei, Samsung, Honor), 16 hex digits (Xiaomi), 32 hex digits or 64 hex
 *   digits (vivo, OPPO and others) is accepted.
 * - GUID: a UUID, optionally in braces (`{...}`), or 32 bare hex digits.
 * - OpenUDID: 40 hex digits (a SHA-1 hex digest in form).
 * - Android ID: 16 hex digits (`Settings.Secure.ANDROID_ID`).
 *
 * False-positive policy: the bare-hex forms (16, 32, 40, 64 digits) require both a digit and a
 * letter, in one case, so plain decimal numbers never pass; random hex of that length lacks one
 * or the other with probability below 0.1%. They are still the shapes of trace ids and hashes:
 * these predicates name the kind of a value whose field says what it is; an untagged 16-hex
 * value is not by itself an Android ID.
 */
import { z } from "zod";
import { isMixedHex } from "./chars.js";
import { isUuidAt } from "./uuid.js";

/** True when `s` has the form of an Android ID: 16 hex digits, mixing digits and letters. */
export function isAndroidId(s: string): boolean {
  return s.length === 16 && isMixedHex(s, 0, 16);
}

/** True when `s` has one of the OAID forms: UUID, or 16, 32 or 64 hex digits. */
export function isOaid(s: string): boolean {
  const n = s.length;
  if (n === 36) return isUuidAt(s, 0, 36);
  return (n === 16 || n === 32 || n === 64) && isMixedHex(s, 0, n);
}

/** True when `s` is a GUID: a UUID, a braced UUID, or 32 bare hex digits. */
export function isGuid(s: string): boolean {
  const n = s.length;
  if (n === 36) return isUuidAt(s, 0, 36);
  if (n === 38) return s.charCodeAt(0) === 123 && s.charCodeAt(37) === 125 && isUuidAt(s, 1, 37);
  return n === 32 && isMixedHex(s, 0, 32);
}

/** True when `s` has the form of an OpenUDID: 40 hex digits. */
export function isOpenUdid(s: string): boolean {
  return s.length === 40 && isMixedHex(s, 0, 40);
}

function uuidLike(format: string, what: string) {
  return z.stringFormat(format, (s: string) => isUuidAt(s, 0, s.length), `Not an ${what} (a UUID)`);
}

/** Apple's identifier for advertisers (a UUID; all zeros when the user limits ad tracking). */
export const idfaSchema = uuidLike("idfa", "IDFA").describe(
  "IDFA: Apple's advertising identifier, a UUID; all zeros when ad tracking is limited.",
);

/** Apple's identifier for vendors (a UUID). */
export const idfvSchema = uuidLike("idfv", "IDFV").describe("IDFV: Apple's identifier for vendors, a UUID.");

/** Google's advertising id (a UUID; all zeros after the user deletes it). */
export const gaidSchema = uuidLike("gaid", "GAID").describe(
  "GAID: Google advertising id, a UUID; all zeros when the user opted out.",
);

/** China's Open Anonymous Device Identifier (UUID, or 16, 32 or 64 hex digits by maker). */
export const oaidSchema = z
  .stringFormat("oaid", isOaid, "Not an OAID (a UUID, or 16, 32 or 64 hex digits)")
  .describe("OAID: MSA open anonymous device id; a UUID or 16/32/64 hex digits depending on maker.");

/** A device GUID issued by an app or SDK. */
export const guidSchema = z
  .stringFormat("guid", isGuid, "Not a GUID")
  .describe("GUID: a UUID, a braced UUID, or 32 hex digits.");

/** An OpenUDID (40 hex digits). */
export const openUdidSchema = z
  .stringFormat("openudid", isOpenUdid, "Not an OpenUDID (40 hex digits)")
  .describe("OpenUDID: 40 hex digits.");

/** An Android ID (16 hex digits). */
export const androidIdSchema = z
  .stringFormat("android-id", isAndroidId, "Not an Android ID (16 hex digits)")
  .describe("Android ID: Settings.Secure.ANDROID_ID, 16 hex digits.");
