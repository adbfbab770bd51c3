/**
 * The span attributes of one transfer: `privacy.*` for what the policy did, and the HTTP
 * semantic-convention attributes with the path templated and query values redacted.
 */
import type { Attributes } from "@opentelemetry/api";
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_URL_QUERY,
  ATTR_URL_SCHEME,
} from "@opentelemetry/semantic-conventions";
import type { TransferRecord } from "./record.js";

/** Names of the gateway's `privacy.*` span attributes. */
export const PRIVACY_ATTRIBUTES = {
  recipient: "privacy.recipient",
  /** The upstream route: the recipient id, or `<recipient>:<name>` for a named upstream. */
  upstream: "privacy.upstream",
  policyVersion: "privacy.policy.version",
  decision: "privacy.decision",
  endpoint: "privacy.endpoint",
  categoriesSent: "privacy.categories.sent",
  categoriesRemoved: "privacy.categories.removed",
  /** Prefix: `privacy.action.<action>.count`, one per action (keep, drop, mask, hash, ...). */
  actionCountPrefix: "privacy.action.",
  removedPaths: "privacy.removed.paths",
  /** Prefix: `privacy.headers.dropped.<reason>.count`, one per reason (unlisted, trace, malformed). */
  droppedHeadersPrefix: "privacy.headers.dropped.",
  errorCode: "privacy.error.code",
} as const;

/** The route template of a record, for `http.route` and the span name. */
export function routeOf(record: TransferRecord): string {
  return record.recipient === null ? "/" : `/${record.recipient}/*`;
}

/** Span attributes of a transfer record. */
export function spanAttributes(record: TransferRecord): Attributes {
  const a: Attributes = {
    [PRIVACY_ATTRIBUTES.recipient]: record.recipient ?? "none",
    [PRIVACY_ATTRIBUTES.policyVersion]: record.policyVersion,
    [PRIVACY_ATTRIBUTES.decision]: record.decision,
    [PRIVACY_ATTRIBUTES.categoriesSent]: [...record.categoriesSent],
    [PRIVACY_ATTRIBUTES.categoriesRemoved]: [...record.categoriesRemoved],
    [PRIVACY_ATTRIBUTES.removedPaths]: [...record.removedPaths],
    [ATTR_HTTP_REQUEST_METHOD]: record.method,
    [ATTR_HTTP_ROUTE]: routeOf(record),
    [ATTR_URL_PATH]: record.pathTemplate,
    [ATTR_URL_SCHEME]: "http",
  };
  if (record.upstream !== null) a[PRIVACY_ATTRIBUTES.upstream] = record.upstream;
  if (record.endpoint !== null) a[PRIVACY_ATTRIBUTES.endpoint] = record.endpoint;
  for (const [action, n] of Object.entries(record.countsByAction)) {
    a[`${PRIVACY_ATTRIBUTES.actionCountPrefix}${action}.count`] = n;
  }
  for (const [reason, n] of Object.entries(record.droppedHeaders)) {
    a[`${PRIVACY_ATTRIBUTES.droppedHeadersPrefix}${reason}.count`] = n;
  }
  if (record.queryTemplate !== "") a[ATTR_URL_QUERY] = record.queryTemplate;
  if (record.status > 0) a[ATTR_HTTP_RESPONSE_STATUS_CODE] = record.status;
  if (record.errorCode !== null) {
    a[PRIVACY_ATTRIBUTES.errorCode] = record.errorCode;
    a[ATTR_ERROR_TYPE] = record.errorCode;
  }
  return a;
}
