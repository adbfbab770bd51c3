/**
 * @kago/redaction: the pure redaction engine. Data in (a transfer, a compiled policy, optionally
 * an endpoint's payload plan), a new transfer and a counts-only report out; classify, decide,
 * apply, report.
 */
export { canonicalKey } from "./canonical-key.js";
export { placeholder } from "./context.js";
export { charFlags, detectStrong, detectWeak, findTextSpans, mayHoldSpan } from "./detectors/index.js";
export {
  type ErrorTableEntry,
  REDACTION_ERROR_CODES,
  REDACTION_ERRORS,
  type RedactionError,
  type RedactionErrorCode,
  redactionError,
} from "./errors.js";
export {
  type ColumnNames,
  type ConditionValue,
  compileFieldPlan,
  compileFieldPlanFromFields,
  compileFieldPlanFromTags,
  type EndpointFields,
  type EndpointSchemas,
  type FieldCondition,
  type FieldMapInput,
  type FieldPlan,
  type PayloadSchema,
  type PlanColumn,
  type PlanColumns,
  type PlanCondition,
  type PlanFieldTag,
  type PlanNode,
  type PlanRoute,
  type PlanVariant,
} from "./field-plan.js";
export {
  type HeaderDropReason,
  type HeaderNames,
  isTraceHeader,
  STANDARD_HEADERS,
} from "./header-allowlist.js";
export { CATEGORY_HEADERS, IP_LIST_HEADERS, OPERATIONAL_HEADERS } from "./headers.js";
export { decodeJsonString, encodeJsonString } from "./json/json-string.js";
export { HASH_AFFIXES, HINT_KEYS, KEY_TABLE, type KeyTableRow } from "./key-table.js";
export { DEFAULT_LIMITS, type RedactionLimits } from "./limits.js";
export type { KeyedDigest, Operator, OperatorInput, OperatorOutcome } from "./operators/operator.js";
export { OPERATORS } from "./operators/registry.js";
export {
  type ClassifyResult,
  createRedactor,
  type RedactOptions,
  type Redactor,
  type RedactorOptions,
  type RedactResult,
} from "./redactor.js";
export { TAG_MEMBER_NAMES, TAG_PREFIXES, VALUE_MEMBER_NAMES, VENDOR_TAGS } from "./tag-table.js";
export type * from "./transfer.js";
export { URL_MEMBER_NAMES } from "./url-path.js";
