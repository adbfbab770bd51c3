/**
 * The vendor catalog: every recipient's hosts and endpoints, compiled once into match tables.
 */
import { type ActionReading, readAction } from "./action-parameter.js";
import { matchingPath } from "./path-spelling.js";
import { ALIYUN } from "./recipients/aliyun.js";
import { FACEBOOK } from "./recipients/facebook.js";
import { TENCENT } from "./recipients/tencent.js";
import { ZEGO } from "./recipients/zego.js";
import {
  type AddressingKeys,
  type UnknownEndpointFields,
  unknownEndpointFields,
  withAddressingKeys,
} from "./schema/addressing-keys.js";
import { compileFieldMap, type FieldMap } from "./schema/field-map.js";
import { withKeyValueLists } from "./schema/key-value-fields.js";
import { positionalFields } from "./schema/positional-members.js";
import { subRequestRoutes, withSubRequestRoutes } from "./sub-requests.js";
import type {
  EndpointRequest,
  RecipientId,
  VendorEndpoint,
  VendorEndpointSpec,
  VendorRecipient,
} from "./types.js";

/** The four recipients as declared (uncompiled). */
export const VENDOR_RECIPIENTS: readonly VendorRecipient[] = [FACEBOOK, ALIYUN, TENCENT, ZEGO];

/** A compiled catalog. */
export interface VendorCatalog {
  /** The recipients, by id. */
  readonly recipients: ReadonlyMap<RecipientId, VendorRecipient>;
  /** Every compiled endpoint, by id. */
  readonly endpoints: ReadonlyMap<string, VendorEndpoint>;
  /**
   * The field maps of a call the catalog does not know, by recipient (session 19): its
   * recipient's addressing keys (`addressingKeys`) as addressing ids and, since session 20, the
   * positions of its positional members where its catalogued calls hold them (`extinfo`).
   */
  readonly unknownEndpoints: ReadonlyMap<RecipientId, UnknownEndpointFields>;
  /**
   * The endpoint a request goes to, or `undefined` when the catalog does not know it. Never throws.
   * @param recipient the recipient id (the first path segment of the gateway route).
   * @param request method, vendor path (without query), raw query and headers.
   */
  match(recipient: string, request: EndpointRequest): VendorEndpoint | undefined;
  /**
   * As `match`, but says `"ambiguous"` when the request names its action in a way two servers
   * could read differently (see `readAction`, session 16): the gateway refuses those. `match`
   * gives `undefined` for them.
   */
  resolve(recipient: string, request: EndpointRequest): VendorEndpoint | "ambiguous" | undefined;
}

interface CompiledRoute {
  readonly endpoint: VendorEndpoint;
  readonly path: RegExp;
}

const VERSION = String.raw`(?:/v\d+(?:\.\d+)?)?`;

/**
 * Compiles a vendor path template to a RegExp: `{name}` is one segment, a leading `/{version}` is an
 * optional Graph API version (`/v21.0`), a trailing slash is optional. Letters match in either case
 * (session 16: a vendor may fold them, see `matchingPath`); it is tested on `matchingPath(path)`.
 */
export function compilePathPattern(pattern: string): RegExp {
  let rest = pattern;
  let source = "^";
  if (rest.startsWith("/{version}")) {
    source += VERSION;
    rest = rest.slice("/{version}".length);
  }
  const body = rest
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
    .join("");
  const trimmed = body.endsWith("/") ? body.slice(0, -1) : body;
  source += `${trimmed}/?$`;
  return new RegExp(source, "i");
}

function operationalPaths(part: "body" | "query", plan: FieldMap): string[] {
  return plan.operationalFields.map((f) => `${part}:${f.path}`);
}

/**
 * Compiles one endpoint: derives its field maps from its schemas; the body's also holds the known
 * keys of its key/value lists, as conditions on the key member (session 15). A batch endpoint
 * (`subRequests`) reads each sub-request's body with the field map of the endpoint among `peers`
 * (its recipient's other endpoints, compiled) that the sub-request's URL names, and any other
 * sub-request's with `unknown` (session 20: the fields of its recipient's calls the catalog does
 * not know). The recipient's `addressingKeys` (session 19) are addressing ids where the schemas do
 * not tag them.
 */
export function compileEndpoint(
  spec: VendorEndpointSpec,
  peers: readonly VendorEndpoint[] = [],
  addressingKeys?: AddressingKeys,
  unknown?: UnknownEndpointFields,
): VendorEndpoint {
  const keyValueLists = spec.keyValueLists ?? [];
  let bodyFields = withAddressingKeys(
    withKeyValueLists(compileFieldMap(spec.bodySchema), keyValueLists),
    addressingKeys?.body ?? [],
  );
  let queryFields = withAddressingKeys(compileFieldMap(spec.querySchema), addressingKeys?.query ?? []);
  const { subRequests: subSpec, ...rest } = spec;
  let subRequests: VendorEndpoint["subRequests"];
  if (subSpec !== undefined) {
    const routes = subRequestRoutes(spec.id, peers);
    const byId = new Map(peers.map((p) => [p.id, p]));
    bodyFields = withSubRequestRoutes(bodyFields, subSpec, routes, byId, unknown);
    queryFields = withSubRequestRoutes(queryFields, subSpec, routes, byId, unknown);
    subRequests = Object.freeze({ ...subSpec, routes: Object.freeze(routes) });
  }
  return Object.freeze({
    ...rest,
    bodyFields,
    queryFields,
    keyValueLists,
    operationalFields: Object.freeze([
      ...operationalPaths("query", queryFields),
      ...operationalPaths("body", bodyFields),
    ]),
    ...(subRequests === undefined ? {} : { subRequests }),
  });
}

function header(request: EndpointRequest, name: string): string | undefined {
  for (const [key, value] of request.headers ?? []) if (key.toLowerCase() === name) return value;
  return undefined;
}

function formatOf(contentType: string | undefined): VendorEndpoint["bodyFormat"] | undefined {
  if (contentType === undefined) return undefined;
  const ct = contentType.toLowerCase();
  if (ct.includes("json")) return "json";
  if (ct.includes("x-www-form-urlencoded")) return "form";
  if (ct.includes("protobuf")) return "sls-protobuf";
  return undefined;
}

/**
 * Builds a catalog from recipients (default: the four built-in ones). Compiles every schema's field
 * plan and every path template once.
 */
export function createVendorCatalog(
  recipients: readonly VendorRecipient[] = VENDOR_RECIPIENTS,
): VendorCatalog {
  const byRecipient = new Map<string, CompiledRoute[]>();
  const endpoints = new Map<string, VendorEndpoint>();
  const unknownEndpoints = new Map<RecipientId, UnknownEndpointFields>();
  for (const recipient of recipients) {
    const routes: CompiledRoute[] = [];
    const add = (endpoint: VendorEndpoint): VendorEndpoint => {
      if (endpoints.has(endpoint.id)) throw new Error(`duplicate vendor endpoint id ${endpoint.id}`);
      endpoints.set(endpoint.id, endpoint);
      routes.push({ endpoint, path: compilePathPattern(endpoint.pathPattern) });
      return endpoint;
    };
    // batch endpoints last: their sub-requests are read with the others' field maps
    const peers = recipient.endpoints
      .filter((spec) => spec.subRequests === undefined)
      .map((spec) => add(compileEndpoint(spec, [], recipient.addressingKeys)));
    // a call the catalog does not know: the addressing keys and the positional members (session 20)
    const unknown = unknownEndpointFields(recipient.addressingKeys, positionalFields(peers));
    unknownEndpoints.set(recipient.id, unknown);
    for (const spec of recipient.endpoints)
      if (spec.subRequests !== undefined)
        add(compileEndpoint(spec, peers, recipient.addressingKeys, unknown));
    byRecipient.set(recipient.id, routes);
  }
  const resolve: VendorCatalog["resolve"] = (recipient, request) => {
    const routes = byRecipient.get(recipient);
    if (routes === undefined) return undefined;
    const method = request.method.toUpperCase();
    const path = matchingPath(request.path);
    const candidates: VendorEndpoint[] = [];
    let reading: ActionReading | undefined;
    for (const route of routes) {
      if (route.endpoint.method !== method || !route.path.test(path)) continue;
      const action = route.endpoint.action;
      if (action !== undefined) {
        reading ??= readAction(request.query ?? "", request.headers);
        if (reading.kind === "ambiguous") return "ambiguous";
        if (reading.kind !== "named" || reading.action !== action) {
          // a server that folds the case of the value would read this endpoint
          if (reading.kind === "named" && reading.action.toLowerCase() === action.toLowerCase())
            return "ambiguous";
          continue;
        }
      }
      candidates.push(route.endpoint);
    }
    if (candidates.length <= 1) return candidates[0];
    const format = formatOf(header(request, "content-type"));
    return candidates.find((e) => e.bodyFormat === format) ?? candidates[0];
  };
  return {
    recipients: new Map(recipients.map((r) => [r.id, r])),
    endpoints,
    unknownEndpoints,
    resolve,
    match(recipient, request) {
      const resolved = resolve(recipient, request);
      return resolved === "ambiguous" ? undefined : resolved;
    },
  };
}

/** The built-in catalog, compiled once at import. */
export const VENDOR_CATALOG: VendorCatalog = createVendorCatalog();

/** Shorthand for `VENDOR_CATALOG.match`. */
export function matchEndpoint(recipient: string, request: EndpointRequest): VendorEndpoint | undefined {
  return VENDOR_CATALOG.match(recipient, request);
}
