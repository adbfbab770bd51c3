import type { CategoryKey } from "@kago/personal-data";
import type { KeyedDigest, Operator } from "./operator.js";

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32 (lower case, no padding) of the first `chars * 5` bits. */
function base32(bytes: Uint8Array, chars: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= chars) break;
  }
  return out;
}

/**
 * The pseudonym of `value` as a `category`: `psn_` + 26 base32 characters (130 bits) of
 * HMAC-SHA256(secret, category + value). The same value of the same category always gives the
 * same token under one secret, so a vendor can still join on it; without the secret it cannot be
 * reversed.
 */
export function pseudonym(value: string, category: CategoryKey, digest: KeyedDigest): string {
  return `psn_${base32(digest(`psn\u0000${category}\u0000${value}`), 26)}`;
}

/** `pseudonymize`: the value replaced by its {@link pseudonym}. */
export const pseudonymizeOperator: Operator = {
  name: "pseudonymize",
  apply: ({ value, category, digest }) => ({
    kind: "replace",
    value: pseudonym(value, category, digest),
    isNumber: false,
  }),
};
