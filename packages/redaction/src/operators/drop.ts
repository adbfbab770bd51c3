import type { Operator } from "./operator.js";

/** `drop`: remove the value (its member, array item, pair, header or cookie; a placeholder in text). */
export const dropOperator: Operator = {
  name: "drop",
  apply: () => ({ kind: "drop" }),
};
