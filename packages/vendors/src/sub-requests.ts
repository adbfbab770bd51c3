/**
 * A batch endpoint's sub-requests (session 15; Meta's Graph batch, `POST /` with `batch`): each
 * sub-request's body is read with the field map of the endpoint its relative URL names, and the
 * gateway can list the endpoints a batch addresses to refuse unknown ones where the policy says so.
 *
 * Before, every sub-request body was read with the Conversions API form schema: an App Events
 * `/activities` body kept `extinfo` whole, and facebook-nodejs-business-sdk's batch (`batch` a real
 * JSON array) matched no path of the plan at all.
 */
import { appendElement, appendJson, appendKey } from "@kago/personal-data";
import { spelledPathSource } from "./path-spelling.js";
import type { UnknownEndpointFields } from "./schema/addressing-keys.js";
import { appendForm, type FieldCondition, type FieldMap } from "./schema/field-map.js";
import type { EndpointRequest, SubRequestRoute, SubRequestSpec, VendorEndpoint } from "./types.js";

/**
 * A Graph API version as the first segment of a relative URL (`v24.0/`), which sub-requests may
 * leave out; its digits and dot may be escaped (`v21%2E0`), its slash repeated.
 */
const RELATIVE_VERSION = String.raw`(?:v(?:\d|%3\d)+(?:(?:\.|%2e)(?:\d|%3\d)+)?(?:;[^/?#]*)?/+)?`;

/**
 * A scheme and host before a relative URL (`https://graph.facebook.com/v21.0/...`), which a URL
 * parser drops. The host must end at a `/`: otherwise a failed match would try every split of a
 * long host between it and the next segment, the square of its length.
 */
const ABSOLUTE_PREFIX = String.raw`(?:https?://[^/?#]*(?=/))?`;

/**
 * Compiles a vendor path template to a RegExp over a sub-request's relative URL: a leading `/`
 * and a leading `/{version}` are optional, `{name}` is one segment (no `/`, `?` or `#`), a trailing
 * slash, a query and a fragment are allowed: `/{version}/{pixel-id}/events` matches
 * `918273645501234/events`, `v24.0/918273645501234/events?access_token=x` and
 * `/v24.0/918273645501234/events/`. Since session 16 it also matches the spellings Meta's batch
 * handler may fold to that path (red-team H14 found each one keeping `extinfo` whole): `//`, a
 * `#fragment`, an absolute URL, escaped unreserved characters (`%65vents`), `;params` and letters
 * in another case (`spelledPathSource`).
 */
export function compileRelativeUrlPattern(pattern: string): RegExp {
  let rest = pattern.startsWith("/") ? pattern.slice(1) : pattern;
  let source = `^${ABSOLUTE_PREFIX}/*`;
  if (rest.startsWith("{version}/")) {
    source += RELATIVE_VERSION;
    rest = rest.slice("{version}/".length);
  }
  const parts = rest.replace(/\/$/, "").split(/(\{[^}]+\})/);
  source += parts.map((part) => (part.startsWith("{") ? "[^/?#]+" : spelledPathSource(part))).join("");
  // parameters after a last literal segment (a template segment takes its own)
  if (!(parts.at(-1) ?? "").endsWith("}")) source += "(?:;[^/?#]*)?";
  return new RegExp(`${source}/*(?:[?#][\\s\\S]*)?$`, "i");
}

/**
 * The routes of a batch endpoint: one per path of the recipient's other endpoints that take a
 * body, read by its form variant where it has one (a sub-request's body is a form document).
 */
export function subRequestRoutes(self: string, peers: readonly VendorEndpoint[]): SubRequestRoute[] {
  const byPath = new Map<string, VendorEndpoint>();
  for (const peer of peers) {
    if (peer.id === self || peer.subRequests !== undefined || peer.bodySchema === undefined) continue;
    const held = byPath.get(peer.pathPattern);
    if (held === undefined || (held.bodyFormat !== "form" && peer.bodyFormat === "form"))
      byPath.set(peer.pathPattern, peer);
  }
  return [...byPath.values()].map((e) => ({
    endpoint: e.id,
    path: e.pathPattern,
    pattern: compileRelativeUrlPattern(e.pathPattern),
  }));
}

/** `path` (a template relative to a document) under `prefix`. */
function under(prefix: string, path: string): string {
  if (path === "") return prefix;
  return path.startsWith("[") || path.startsWith("#") ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The paths of the sub-request objects: the list as an array and as JSON in a string. */
function itemPaths(spec: SubRequestSpec): string[] {
  const list = appendKey("", spec.listField);
  return [appendElement(list), appendElement(appendJson(list))];
}

/**
 * A pattern matching every relative URL none of `routes` matches (session 20): the condition of
 * the route for the sub-requests the catalog does not know. The engine takes the first route whose
 * condition holds; this one holds only where no other does, so the routes' order does not matter.
 */
function otherUrls(routes: readonly SubRequestRoute[]): RegExp {
  if (routes.length === 0) return /^/;
  return new RegExp(`^(?!${routes.map((r) => `(?:${r.pattern.source})`).join("|")})`, "i");
}

/**
 * `map` with every field of each route's endpoint body added under the sub-request's body
 * document, and every field of its query under the URL's query (the URL member's `#form`), on the
 * condition that its URL matches the route: `batch[].body#form.data#json[].user_data.em` and
 * `batch[].relative_url#form.data#json[].user_data.em` when `batch[].relative_url` matches
 * `/events`. A sub-request whose URL matches no route is read with `unknown` (since session 20:
 * the fields of a call the catalog does not know, its recipient's positional members; a red team
 * saw `v21.0/1/events.json`'s `extinfo` reach Meta whole). Throws at start-up when a routed
 * endpoint has conditional fields of its own (a field has one condition).
 */
export function withSubRequestRoutes(
  map: FieldMap,
  spec: SubRequestSpec,
  routes: readonly SubRequestRoute[],
  endpoints: ReadonlyMap<string, VendorEndpoint>,
  unknown?: UnknownEndpointFields,
): FieldMap {
  const fieldCategories = [...map.fieldCategories];
  const operationalFields = [...map.operationalFields];
  const freeTextFields = [...map.freeTextFields];
  const encodedFields = [...map.encodedFields];
  const urlFields = [...map.urlFields];
  const columnFields = [...map.columnFields];
  const addressingIdFields = [...map.addressingIdFields];
  const readings = routes.flatMap(
    (route): { id: string; pattern: RegExp; fields: UnknownEndpointFields }[] => {
      const endpoint = endpoints.get(route.endpoint);
      return endpoint === undefined ? [] : [{ id: route.endpoint, pattern: route.pattern, fields: endpoint }];
    },
  );
  if (unknown !== undefined) readings.push({ id: "unknown", pattern: otherUrls(routes), fields: unknown });
  for (const item of itemPaths(spec)) {
    const url = appendKey(item, spec.urlField);
    for (const route of readings) {
      const when: FieldCondition = { path: url, matches: route.pattern };
      const parts: Array<[string, FieldMap]> = [
        [appendForm(appendKey(item, spec.bodyField)), route.fields.bodyFields],
        [appendForm(url), route.fields.queryFields],
      ];
      for (const [document, fields] of parts) {
        const routed = <T extends { path: string; when?: FieldCondition }>(f: T): T => {
          if (f.when !== undefined)
            throw new Error(`sub-request route ${route.id}: ${f.path} has a condition of its own`);
          return { ...f, path: under(document, f.path), when };
        };
        fieldCategories.push(...fields.fieldCategories.map(routed));
        operationalFields.push(...fields.operationalFields.map(routed));
        freeTextFields.push(...fields.freeTextFields.map(routed));
        encodedFields.push(...fields.encodedFields.map(routed));
        urlFields.push(...fields.urlFields.map(routed));
        columnFields.push(...fields.columnFields.map(routed));
        addressingIdFields.push(...fields.addressingIdFields.map(routed));
      }
    }
  }
  return Object.freeze({
    fieldCategories: Object.freeze(fieldCategories),
    operationalFields: Object.freeze(operationalFields),
    freeTextFields: Object.freeze(freeTextFields),
    encodedFields: Object.freeze(encodedFields),
    urlFields: Object.freeze(urlFields),
    columnFields: Object.freeze(columnFields),
    addressingIdFields: Object.freeze(addressingIdFields),
  });
}

/** The transfer facts {@link readSubRequests} reads: the raw query and the decoded body. */
export interface BatchRequest {
  readonly query?: string;
  readonly body: { readonly kind: string; readonly text?: string };
}

/** The list held in `value`: an array, or JSON text of one; `undefined` otherwise. */
function listOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The value of `field` in the JSON or form body, else in the query; `undefined` when absent or unreadable. */
function listValue(request: BatchRequest, field: string): unknown {
  const { body } = request;
  if (body.kind === "json" && body.text !== undefined) {
    try {
      const parsed: unknown = JSON.parse(body.text);
      if (parsed !== null && typeof parsed === "object" && field in parsed)
        return (parsed as Record<string, unknown>)[field];
    } catch {
      return undefined;
    }
  }
  if (body.kind === "form" && body.text !== undefined) {
    const value = new URLSearchParams(body.text).get(field);
    if (value !== null) return value;
  }
  return new URLSearchParams(request.query ?? "").get(field) ?? undefined;
}

/**
 * The requests a batch addresses, as the catalog matches requests (a form body: sub-request bodies
 * are form documents), or `null` when the batch cannot be read (no list, an item without a method
 * or URL): the gateway then cannot show that every one goes to a known endpoint.
 */
export function readSubRequests(spec: SubRequestSpec, request: BatchRequest): EndpointRequest[] | null {
  const items = listOf(listValue(request, spec.listField));
  if (items === undefined) return null;
  const out: EndpointRequest[] = [];
  for (const item of items) {
    if (item === null || typeof item !== "object") return null;
    const method = (item as Record<string, unknown>)[spec.methodField];
    const url = (item as Record<string, unknown>)[spec.urlField];
    if (typeof method !== "string" || typeof url !== "string") return null;
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    out.push({
      method,
      path: path.startsWith("/") ? path : `/${path}`,
      query: q < 0 ? "" : url.slice(q + 1),
      headers: [["content-type", "application/x-www-form-urlencoded"]],
    });
  }
  return out;
}
