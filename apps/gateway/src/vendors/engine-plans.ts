/**
 * Compiles the vendor catalog's field maps into the engine's payload plans, once per endpoint at
 * start-up, with `compileFieldPlanFromFields` of @kago/redaction: categories, operational marks,
 * tuple positions (`app_data.extinfo[5]`), form documents inside strings (`body#form`) and `when`
 * conditions (`MsgContent.Desc` is an address only in a `TIMLocationElem`) all reach the plan.
 * A malformed catalog path throws here, at start-up, never per request.
 */
import { compileFieldPlanFromFields, type FieldPlan } from "@kago/redaction";
import type { VendorCatalog } from "@kago/vendors";

/** Compiles one engine plan per catalog endpoint, keyed by endpoint id. */
export function compileEndpointPlans(catalog: VendorCatalog): ReadonlyMap<string, FieldPlan> {
  const plans = new Map<string, FieldPlan>();
  for (const [id, endpoint] of catalog.endpoints) {
    plans.set(
      id,
      compileFieldPlanFromFields({ endpoint: id, body: endpoint.bodyFields, query: endpoint.queryFields }),
    );
  }
  return plans;
}
