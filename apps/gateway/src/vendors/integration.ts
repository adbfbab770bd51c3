/**
 * The vendor catalog wired into the gateway: what `createGateway` takes as `codecs`, `hooks`,
 * `redactOptions` and `admit`, built once at start-up from the catalog, the policy and the
 * credentials the gateway holds.
 */
import type { CompiledPolicy } from "@kago/policy";
import type { RedactOptions, Transfer } from "@kago/redaction";
import { VENDOR_CATALOG, type VendorCatalog, type VendorCredentials } from "@kago/vendors";
import type { BodyCodec } from "../codecs/registry.js";
import type { Refusal } from "../errors.js";
import type { PreForwardHook } from "../forward/hooks.js";
import { createEndpointRouting, type EndpointRouting } from "./endpoint-routing.js";
import { compileEndpointPlans } from "./engine-plans.js";
import { createSignatureHook } from "./signature-hook.js";
import { createSlsCodec } from "./sls-codec.js";
import { slsBodyRawSizeHook } from "./sls-compression.js";
import { createSlsWebTrackingCodec } from "./sls-webtracking-codec.js";
import { admitUserSig } from "./tencent-usersig.js";

/** Options of {@link createVendorIntegration}. */
export interface VendorIntegrationOptions {
  readonly policy: CompiledPolicy;
  /** Credentials for re-signing (none: a changed signed request is refused). */
  readonly credentials: VendorCredentials;
  /** Largest decompressed SLS body (the gateway's `--max-inflated-bytes`). */
  readonly maxInflatedBytes: number;
  /** The catalog (default: the built-in one). */
  readonly catalog?: VendorCatalog;
}

/** What the gateway gets from the catalog. */
export interface VendorIntegration {
  readonly codecs: readonly BodyCodec[];
  /** In order: `x-log-bodyrawsize` of re-encoded SLS bodies, then signatures (verify, re-sign or refuse). */
  readonly hooks: readonly PreForwardHook[];
  readonly redactOptions: (transfer: Transfer) => RedactOptions | undefined;
  readonly admit: (transfer: Transfer) => Refusal | undefined;
  readonly routing: EndpointRouting;
}

/** Builds the integration; compiles every endpoint's plan once. */
export function createVendorIntegration(options: VendorIntegrationOptions): VendorIntegration {
  const catalog = options.catalog ?? VENDOR_CATALOG;
  const plans = compileEndpointPlans(catalog);
  const routing = createEndpointRouting(catalog, plans, options.policy);
  return {
    codecs: [
      createSlsCodec({ maxRawSize: options.maxInflatedBytes }),
      createSlsWebTrackingCodec({ maxRawSize: options.maxInflatedBytes, catalog }),
    ],
    hooks: [slsBodyRawSizeHook, createSignatureHook(options.credentials)],
    redactOptions: routing.redactOptions,
    // the catalog's refusals first, then a Tencent IM UserSig naming another account (session 20)
    admit: (transfer) => routing.admit(transfer) ?? admitUserSig(transfer),
    routing,
  };
}
