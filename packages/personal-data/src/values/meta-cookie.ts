/**
 * Meta's browser cookies `_fbp` (browser id) and `_fbc` (click id), which the Conversions API
 * takes as `fbp` / `fbc`.
 *
 * Rule (Meta's documented format `version.subdomainIndex.creationTime.payload`):
 * - fbp: `fb.` + subdomain index 0-2 + `.` + creation time in ms (10-13 digits) + `.` + a random
 *   number, optionally followed by `.` and an appendix;
 * - fbc: the same prefix, then the `fbclid` (letters, digits, `_`, `-`), optionally an appendix.
 *
 * False-positive policy: the `fb.N.<time>.` prefix is specific to these cookies.
 */
import { z } from "zod";

const FBP = /^fb\.[0-2]\.\d{10,13}\.\d{1,20}(?:\.[A-Za-z0-9_-]{1,64})?$/;
const FBC = /^fb\.[0-2]\.\d{10,13}\.[A-Za-z0-9_-]{1,512}(?:\.[A-Za-z0-9_-]{1,64})?$/;

/** True when `s` has the form of Meta's `_fbp` browser-id cookie. */
export function isFbp(s: string): boolean {
  return s.length <= 120 && FBP.test(s);
}

/** True when `s` has the form of Meta's `_fbc` click-id cookie. */
export function isFbc(s: string): boolean {
  return s.length <= 600 && FBC.test(s);
}

/** Meta's `_fbp` browser-id cookie value. */
export const fbpSchema = z
  .stringFormat("fbp", isFbp, "Not an _fbp cookie value")
  .describe("Meta _fbp cookie: fb.<subdomain index>.<creation ms>.<random number>.");

/** Meta's `_fbc` click-id cookie value. */
export const fbcSchema = z
  .stringFormat("fbc", isFbc, "Not an _fbc cookie value")
  .describe("Meta _fbc cookie: fb.<subdomain index>.<creation ms>.<fbclid>.");
