import type { Operator } from "./operator.js";

const HEX = "0123456789abcdef";

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += HEX[b >> 4] + (HEX[b & 15] as string);
  return s;
}

/**
 * `hash`: HMAC-SHA256 of the value under the redactor's secret, as lower-case hex. Never a bare
 * hash: a bare SHA-256 of a phone number or an IP is reversed by enumerating the space.
 */
export const hashOperator: Operator = {
  name: "hash",
  apply: ({ value, digest }) => ({
    kind: "replace",
    value: toHex(digest(`hash\u0000${value}`)),
    isNumber: false,
  }),
};
