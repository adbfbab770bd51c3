/**
 * The shapes of the vendor catalog: recipients, their endpoints and what each endpoint's fields are.
 */

import type { CategoryKey } from "@kago/personal-data";
import type { z } from "zod";
import type { AddressingKeys } from "./schema/addressing-keys.js";
import type { FieldMap } from "./schema/field-map.js";

/** The recipients the catalog knows (the first path segment of a gateway route). */
export type RecipientId = "facebook" | "aliyun" | "tencent" | "zego";

/** How an endpoint's request body is encoded on the wire. */
export type BodyFormat = "json" | "form" | "sls-protobuf" | "none";

/**
 * The signature scheme a request to an endpoint carries.
 * - `sls`: Alibaba Cloud SLS `LOG <id>:<sig>` (HMAC-SHA1 over verb, Content-MD5, type, date, x-log-/x-acs- headers, resource).
 * - `tc3`: Tencent Cloud API 3.0 `TC3-HMAC-SHA256` (canonical request including the SHA-256 of the body).
 * - `tc-v1`: Tencent Cloud API HmacSHA1/HmacSHA256 `Signature` parameter over every request parameter.
 * - `tim-usersig`: Tencent IM UserSig in the query (covers identifier, sdkappid, expiry; not the body).
 * - `zego-query`: Zego `Signature = md5(AppId + SignatureNonce + ServerSecret + Timestamp)` (no body, no personal field).
 * - `fb-appsecret-proof`: Meta `appsecret_proof = HMAC-SHA256(access_token, app_secret)` (not the body).
 */
export type SignatureScheme =
  | "sls"
  | "sls-v4"
  | "tc3"
  | "tc-v1"
  | "tim-usersig"
  | "zego-query"
  | "fb-appsecret-proof";

/**
 * A list of sibling key/value objects where the key field names what the value is
 * (SLS `Contents[{Key, Value}]`, Tencent IM `ProfileItem[{Tag, Value}]`).
 */
export interface KeyValueList {
  /** Path template of the list's elements, e.g. `ProfileItem[]`. */
  readonly path: string;
  readonly keyField: string;
  readonly valueField: string;
  /**
   * Known keys: the category of the value under that key, or `"operational"`. Keys not listed are
   * for the engine's generic key rules.
   */
  readonly known: Readonly<Record<string, CategoryKey | "operational">>;
  /**
   * Whether the known keys go into the endpoint's body field map (and so the engine's plan) as
   * conditions on the key member (default `true`, session 15). `false` for a list whose known keys
   * the engine's own tag and key tables classify the same way (a test holds them together) and
   * whose volume makes the per-element read-ahead of a condition costly: SLS log contents.
   */
  readonly inPlan?: boolean;
}

/**
 * The sub-requests of a batch endpoint (Meta's Graph batch): the body's (or query's) member
 * `listField` holds them, as an array or as JSON in a string; each is an object whose `urlField`
 * names the endpoint of the same recipient it goes to and whose `bodyField` is that endpoint's body
 * as a form document.
 */
export interface SubRequestSpec {
  readonly listField: string;
  readonly methodField: string;
  readonly urlField: string;
  readonly bodyField: string;
}

/** A sub-request route: the endpoint whose body schema reads sub-request bodies its URL pattern matches. */
export interface SubRequestRoute {
  readonly endpoint: string;
  /** That endpoint's path template (`/{version}/{pixel-id}/events`). */
  readonly path: string;
  /** A relative URL (`v24.0/<pixel-id>/events?x=1`, `<pixel-id>/events`) of that endpoint's path. */
  readonly pattern: RegExp;
}

/** A batch endpoint's sub-requests and the routes their bodies are read by. */
export interface SubRequests extends SubRequestSpec {
  readonly routes: readonly SubRequestRoute[];
}

/** One request shape a backend sends to a recipient. */
export interface VendorEndpoint {
  /** Stable id, `<recipient>.<api>.<operation>`, reported on every span. */
  readonly id: string;
  readonly recipient: RecipientId;
  readonly method: "GET" | "POST" | "DELETE";
  /** The path template in the vendor's notation, e.g. `/{version}/{pixel-id}/events`. */
  readonly pathPattern: string;
  /** For APIs that share one path: the `Action` query parameter (Zego) or `X-TC-Action` header (TC3). */
  readonly action?: string;
  readonly bodyFormat: BodyFormat;
  /** Schema of the decoded body (a form body is its field map; an SLS body is the LogGroup JSON). */
  readonly bodySchema?: z.ZodType;
  /** Schema of the decoded query parameters. */
  readonly querySchema?: z.ZodType;
  readonly signature?: SignatureScheme;
  /** What the body schema says about each field. */
  readonly bodyFields: FieldMap;
  /** What the query schema says about each parameter. */
  readonly queryFields: FieldMap;
  /** Key/value sibling lists in the body. */
  readonly keyValueLists: readonly KeyValueList[];
  /** Every operational path, prefixed with its part: `body:data[].event_name`, `query:Action`. */
  readonly operationalFields: readonly string[];
  /**
   * A batch endpoint's sub-requests: each one's body is read with the field map of the endpoint
   * its URL names (the routes are in `bodyFields` / `queryFields` as conditional tags).
   */
  readonly subRequests?: SubRequests;
  /** Where the vendor documents this endpoint. */
  readonly docs: string;
}

/** What an endpoint is declared with, before its plans are compiled. */
export type VendorEndpointSpec = Omit<
  VendorEndpoint,
  "bodyFields" | "queryFields" | "operationalFields" | "keyValueLists" | "subRequests"
> & {
  readonly keyValueLists?: readonly KeyValueList[];
  readonly subRequests?: SubRequestSpec;
};

/**
 * The request headers a recipient's API needs beyond HTTP's standard ones (session 16), as its
 * SDKs send them: the gateway forwards these, the standard ones and the policy's
 * `forwardHeaders`, and drops every other header. Lower case.
 */
export interface RecipientHeaders {
  /** Exact names. */
  readonly names: readonly string[];
  /** Name prefixes: every header whose name starts with one (`x-log-`). */
  readonly prefixes: readonly string[];
  /** Where the vendor documents them (or the SDK that sends them). */
  readonly docs: string;
}

/** One recipient: its hosts and endpoints. */
export interface VendorRecipient {
  readonly id: RecipientId;
  readonly vendor: string;
  /**
   * Hosts (lower case, no port). An entry `*.example.com` matches any subdomain of `example.com`
   * (not the apex).
   */
  readonly hosts: readonly string[];
  /** Default upstream base URL. */
  readonly defaultUpstream: string;
  /** The recipient's own request headers; every header neither standard nor listed here is dropped. */
  readonly headers: RecipientHeaders;
  readonly endpoints: readonly VendorEndpointSpec[];
  /**
   * The members that name what any call of the recipient acts on (session 19,
   * `schema/addressing-keys.ts`): addressing ids on every endpoint whose schema does not tag
   * them, and on calls the catalog does not know.
   */
  readonly addressingKeys?: AddressingKeys;
}

/** The request facts endpoint matching needs; a redaction `Transfer` satisfies it. */
export interface EndpointRequest {
  readonly method: string;
  /** The vendor path, raw (percent-encoded), without the query. */
  readonly path: string;
  /** The raw query without `?`. */
  readonly query?: string;
  /** Lower-case header names. */
  readonly headers?: ReadonlyArray<readonly [string, string]>;
}
