/**
 * The catalog's field maps compiled into engine plans at start-up.
 */
import { compileEndpointPlans } from "@kago/gateway";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";

describe("compileEndpointPlans", () => {
  it("compiles one plan per catalog endpoint, named by its id", () => {
    const plans = compileEndpointPlans(VENDOR_CATALOG);
    expect([...plans.keys()].sort()).toEqual([...VENDOR_CATALOG.endpoints.keys()].sort());
    for (const [id, plan] of plans) expect(plan.endpoint).toBe(id);
  });
});
