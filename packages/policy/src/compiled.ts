/**
 * The compiled, lookup-ready form of a policy: what the engine and the gateway consume.
 * Built once at start-up by `compilePolicy`; nothing here throws or compiles on the request path.
 */
import type { CategoryKey } from "@kago/personal-data";

/** The names of the operators a policy may apply to what a recipient may not receive. */
export type OperatorName = "drop" | "mask" | "hash" | "truncate" | "generalize" | "pseudonymize";

/** An operator with its parameters, as the policy file states it. */
export interface OperatorSpec {
  readonly operator: OperatorName;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** Why a recipient may receive a category: the rule and the sentence of the source policy it cites. */
export interface Grant {
  /** The category key named in the policy (may be an ancestor of the category decided). */
  readonly category: CategoryKey;
  /** The quoted passage of the source policy that grants it. */
  readonly citation: string;
  /** The policy's reading of the passage, when the text leaves it open. */
  readonly reading?: string;
}

/** The decision for one category and one recipient. */
export type Decision =
  | { readonly kind: "allow"; readonly grant: Grant }
  | {
      readonly kind: "deny";
      /** What to do with the value. */
      readonly operator: OperatorSpec;
      /** A short reason for reports, never a value (e.g. "not granted to facebook"). */
      readonly reason: string;
    };

/** One recipient of the compiled policy. */
export interface CompiledRecipient {
  /** Stable id, the first path segment of the gateway route: `facebook`, `aliyun`, ... */
  readonly id: string;
  readonly vendor: string;
  readonly purpose: string;
  /** The vendor's hosts (lower-case, no port); absolute-form requests are routed by these. */
  readonly hosts: readonly string[];
  /** Default upstream base URL (https) used when the deployment gives none. */
  readonly defaultUpstream: string;
  /** Categories this recipient may receive, expanded to every descendant key. */
  readonly allowed: ReadonlySet<CategoryKey>;
  /** What to do with a request to an endpoint the vendor catalog does not know. */
  readonly unknownEndpoints: "enforce" | "refuse";
  /**
   * What the engine does with a request header that is neither standard, nor the vendor's, nor in
   * {@link CompiledRecipient.forwardHeaders}: drop it and report it, or read it like any field
   * (session 16).
   */
  readonly unknownHeaders: "drop" | "inspect";
  /** Header names (lower case) the deployment forwards besides the standard and the vendor's ones. */
  readonly forwardHeaders: readonly string[];
  /**
   * What the engine does with an account id (`account.id`, granted) whose value holds a category
   * the recipient may not receive (a phone number used as the user id): refuse the transfer, or
   * replace the whole id by its keyed pseudonym. Never a placeholder: that would give every such
   * user the same id at the vendor.
   */
  readonly accountIdsWithPersonalData: "refuse" | "pseudonymize";
  /** The decision for a category; total over every key of the taxonomy, never throws. */
  decide(category: CategoryKey): Decision;
}

/** A compiled policy. */
export interface CompiledPolicy {
  /** The policy's version string, reported on every span. */
  readonly version: string;
  readonly recipients: ReadonlyMap<string, CompiledRecipient>;
  /** The recipient owning a host (case-insensitive, port ignored), if any. */
  recipientForHost(host: string): CompiledRecipient | undefined;
}
