/**
 * Per request: which catalog endpoint a transfer is for (`matchEndpoint`), the engine plan
 * compiled for it at start-up, and whether the policy lets a transfer to an endpoint the catalog
 * does not know through. No compiling here: one match and one map lookup per request. A batch
 * (Meta's Graph batch, since session 15) addresses one endpoint per sub-request: where the policy
 * refuses unknown endpoints, each sub-request must go to a known one too. A request whose API
 * action servers could read differently (`?Action=x&Action=y`, `?action=`: the catalog calls it
 * ambiguous) is refused whatever the policy says (session 16): no plan can be chosen for it.
 */
import type { CompiledPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  compileFieldPlanFromTags,
  type FieldPlan,
  type RedactOptions,
  type Transfer,
} from "@kago/redaction";
import { type RecipientId, readSubRequests, type VendorCatalog, type VendorEndpoint } from "@kago/vendors";
import { type Refusal, refusal } from "../errors.js";

/** The endpoint id reported (span `privacy.endpoint`, log `endpoint`) when the catalog knows the recipient but not the endpoint. */
export const UNKNOWN_ENDPOINT = "unknown";

/** Endpoint resolution for the gateway's pipeline. */
export interface EndpointRouting {
  /**
   * The refusal for a transfer the policy does not admit (`unknown_endpoint`) or whose action is
   * ambiguous (`ambiguous_action`), else `undefined`.
   */
  admit(transfer: Transfer): Refusal | undefined;
  /**
   * The engine options for a transfer: the endpoint's plan, or the `unknown` plan (its
   * recipient's addressing ids, session 19, and positional members, session 20), and the
   * recipient's own request headers (the engine drops the others).
   */
  redactOptions(transfer: Transfer): RedactOptions | undefined;
  /** The endpoint a transfer goes to (`undefined`: unknown, or a recipient the catalog does not know). */
  endpointOf(transfer: Transfer): VendorEndpoint | undefined;
  /** How many endpoints have a compiled plan. */
  readonly endpointCount: number;
}

/**
 * Builds the per-request resolution from the catalog, the plans compiled from it and the policy
 * (its recipients' `unknownEndpoints`). A recipient the policy names but the catalog does not know
 * gets no plan and is never refused here (the generic rules apply, endpoint `null`).
 */
export function createEndpointRouting(
  catalog: VendorCatalog,
  plans: ReadonlyMap<string, FieldPlan>,
  policy: CompiledPolicy,
): EndpointRouting {
  // An empty plan changes nothing in the engine's walk; it only names the endpoint `unknown`.
  const unknownPlan = compileFieldPlanFromTags([], [], UNKNOWN_ENDPOINT);
  // A call the catalog does not know still has its recipient's addressing ids (session 19): a
  // room or group id goes as it came or the call is refused, as on the catalogued calls.
  const unknownPlans = new Map<string, FieldPlan>();
  for (const [recipient, fields] of catalog.unknownEndpoints)
    unknownPlans.set(
      recipient,
      compileFieldPlanFromFields({
        endpoint: UNKNOWN_ENDPOINT,
        body: fields.bodyFields,
        query: fields.queryFields,
      }),
    );
  // The transfer object is the same for `admit` and `redactOptions`: match once.
  const matched = new WeakMap<Transfer, VendorEndpoint | "ambiguous" | null>();
  const resolved = (transfer: Transfer): VendorEndpoint | "ambiguous" | undefined => {
    const hit = matched.get(transfer);
    if (hit !== undefined) return hit ?? undefined;
    const endpoint = catalog.resolve(transfer.recipient, transfer);
    matched.set(transfer, endpoint ?? null);
    return endpoint;
  };
  const endpointOf = (transfer: Transfer): VendorEndpoint | undefined => {
    const endpoint = resolved(transfer);
    return endpoint === "ambiguous" ? undefined : endpoint;
  };
  const known = (recipient: string): boolean =>
    catalog.recipients.has(recipient as Parameters<typeof catalog.recipients.has>[0]);
  /**
   * Every sub-request of a batch goes to an endpoint the catalog knows (not a batch: its body
   * would be read by the generic rules); false when the batch cannot be read.
   */
  const subRequestsKnown = (transfer: Transfer, batch: VendorEndpoint): boolean => {
    const subs = batch.subRequests === undefined ? [] : readSubRequests(batch.subRequests, transfer);
    if (subs === null) return false;
    return subs.every((sub) => {
      const endpoint = catalog.match(transfer.recipient, sub);
      return endpoint !== undefined && endpoint.subRequests === undefined;
    });
  };
  return {
    endpointOf,
    endpointCount: plans.size,
    admit(transfer) {
      if (!known(transfer.recipient)) return undefined;
      if (resolved(transfer) === "ambiguous") return refusal("ambiguous_action");
      const mode = policy.recipients.get(transfer.recipient)?.unknownEndpoints ?? "enforce";
      if (mode !== "refuse") return undefined;
      const endpoint = endpointOf(transfer);
      if (
        endpoint !== undefined &&
        (endpoint.subRequests === undefined || subRequestsKnown(transfer, endpoint))
      )
        return undefined;
      return refusal("unknown_endpoint");
    },
    redactOptions(transfer) {
      const recipient = catalog.recipients.get(transfer.recipient as RecipientId);
      if (recipient === undefined) return undefined;
      // the recipient's own headers (`x-log-*`, `x-tc-*`): the one object, so the engine's gate is compiled once
      const headers = recipient.headers;
      const endpoint = endpointOf(transfer);
      if (endpoint === undefined)
        return { plan: unknownPlans.get(transfer.recipient) ?? unknownPlan, headers };
      const plan = plans.get(endpoint.id);
      // Every catalog endpoint has a plan (compiled from the same catalog); fail closed otherwise.
      return { plan: plan ?? unknownPlan, headers };
    },
  };
}
