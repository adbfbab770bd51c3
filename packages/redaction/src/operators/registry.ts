/** The operator registry: every operator a policy may name, by name. */
import type { OperatorName } from "@kago/policy";
import { dropOperator } from "./drop.js";
import { generalizeOperator } from "./generalize.js";
import { hashOperator } from "./hash.js";
import { maskOperator } from "./mask.js";
import type { Operator } from "./operator.js";
import { pseudonymizeOperator } from "./pseudonymize.js";
import { truncateOperator } from "./truncate.js";

/** Operators by name. */
export const OPERATORS: Readonly<Record<OperatorName, Operator>> = {
  drop: dropOperator,
  mask: maskOperator,
  hash: hashOperator,
  truncate: truncateOperator,
  generalize: generalizeOperator,
  pseudonymize: pseudonymizeOperator,
};
