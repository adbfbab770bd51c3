/**
 * Hex digests of personal data: vendors such as Meta take e-mail addresses and phone numbers as
 * SHA-256 hex of the normalised value. A bare hash of a phone number or an e-mail is still
 * personal data (it is reversible by lookup), so a hashed value keeps its category.
 *
 * Rule: MD5 is 32, SHA-1 40 and SHA-256 64 hex digits, in one case, mixing digits and letters.
 *
 * False-positive policy: the length says "a hash", never of what; a digest is classified by its
 * field (tag or name), not by its value alone. 32 hex digits are also a UUID without hyphens.
 */
import { z } from "zod";
import { isMixedHex } from "./chars.js";

/** The algorithms a hex digest's length points to. */
export type HexDigestAlgorithm = "md5" | "sha1" | "sha256";

/** The algorithm whose hex digest `s` could be, by length, or `null` when `s` is no hex digest. */
export function hexDigestAlgorithm(s: string): HexDigestAlgorithm | null {
  const n = s.length;
  if (n !== 32 && n !== 40 && n !== 64) return null;
  if (!isMixedHex(s, 0, n)) return null;
  return n === 32 ? "md5" : n === 40 ? "sha1" : "sha256";
}

/** True when `s` looks like an MD5 hex digest (32 hex digits). */
export function isMd5Hex(s: string): boolean {
  return s.length === 32 && isMixedHex(s, 0, 32);
}

/** True when `s` looks like a SHA-1 hex digest (40 hex digits). */
export function isSha1Hex(s: string): boolean {
  return s.length === 40 && isMixedHex(s, 0, 40);
}

/** True when `s` looks like a SHA-256 hex digest (64 hex digits). */
export function isSha256Hex(s: string): boolean {
  return s.length === 64 && isMixedHex(s, 0, 64);
}

/** A SHA-256 hex digest, e.g. of a normalised e-mail address or phone number. */
export const sha256HexSchema = z
  .stringFormat("sha256-hex", isSha256Hex, "Not a SHA-256 hex digest")
  .describe("SHA-256 hex digest: 64 hex digits in one case.");

/** An MD5 hex digest. */
export const md5HexSchema = z
  .stringFormat("md5-hex", isMd5Hex, "Not an MD5 hex digest")
  .describe("MD5 hex digest: 32 hex digits in one case.");

/** A SHA-1 hex digest. */
export const sha1HexSchema = z
  .stringFormat("sha1-hex", isSha1Hex, "Not a SHA-1 hex digest")
  .describe("SHA-1 hex digest: 40 hex digits in one case.");
