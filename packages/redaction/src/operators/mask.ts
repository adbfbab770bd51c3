import type { Operator } from "./operator.js";

/**
 * `mask`: replace every character of a string with `*` (param `char`), keeping the last
 * `keepLast` characters (default 0). Numbers cannot be masked without changing their type:
 * unsupported, so the engine drops them.
 */
export const maskOperator: Operator = {
  name: "mask",
  apply({ value, isNumber, params }) {
    if (isNumber) return { kind: "unsupported" };
    const ch = typeof params?.char === "string" && params.char.length === 1 ? params.char : "*";
    const keep = typeof params?.keepLast === "number" ? Math.max(0, Math.floor(params.keepLast)) : 0;
    const chars = Array.from(value);
    const kept = Math.min(keep, chars.length);
    const masked = ch.repeat(chars.length - kept) + chars.slice(chars.length - kept).join("");
    return { kind: "replace", value: masked, isNumber: false };
  },
};
