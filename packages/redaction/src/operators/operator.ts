/** The shape of an operator: one small module each, registered in `registry.ts`. */
import type { CategoryKey } from "@kago/personal-data";
import type { OperatorName } from "@kago/policy";

/** A keyed digest: HMAC-SHA256 of the UTF-8 bytes of `data` under the redactor's secret. */
export type KeyedDigest = (data: string) => Uint8Array;

/** What an operator gets: one scalar value (decoded), its category and the policy's parameters. */
export interface OperatorInput {
  /** The decoded value; for a JSON number, its exact spelling. */
  readonly value: string;
  /** True when the value is a JSON number (the replacement may stay a number). */
  readonly isNumber: boolean;
  readonly category: CategoryKey;
  readonly params: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly digest: KeyedDigest;
}

/** What an operator did: remove the value, replace it, or could not apply to it. */
export type OperatorOutcome =
  | { readonly kind: "drop" }
  | { readonly kind: "replace"; readonly value: string; readonly isNumber: boolean }
  | { readonly kind: "unsupported" };

/** An operator of the registry. */
export interface Operator {
  readonly name: OperatorName;
  /** Pure: the same input gives the same outcome; never throws. */
  apply(input: OperatorInput): OperatorOutcome;
}
