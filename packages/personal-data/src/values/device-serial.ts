/**
 * Device hardware serial number (the policy's "SN").
 *
 * Rule: 6-20 ASCII letters and digits with at least one digit (Apple serials are 10-12 upper-case
 * characters, Android `Build.getSerial()` 8-16). Android's `unknown` and the common factory
 * placeholder `0123456789ABCDEF` are flagged by {@link isPlaceholderValue}.
 *
 * False-positive policy: any short alphanumeric token passes; a shape check for fields known to
 * hold a serial number, never a detector.
 */
import { z } from "zod";
import { isAsciiLetterCode, isDigitCode } from "./chars.js";

/** True when `s` has the shape of a device serial number: 6-20 letters and digits, one digit at least. */
export function isDeviceSerial(s: string): boolean {
  const n = s.length;
  if (n < 6 || n > 20) return false;
  let digit = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigitCode(c)) digit = true;
    else if (!isAsciiLetterCode(c)) return false;
  }
  return digit;
}

/** A device serial number. */
export const deviceSerialSchema = z
  .stringFormat("device-serial", isDeviceSerial, "Not a device serial number")
  .describe("Device serial number: 6-20 ASCII letters and digits.");
