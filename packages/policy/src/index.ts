/**
 * @kago/policy: Kago's privacy policy as code. The policy file format (zod, JSON Schema), the
 * built-in Kago policy with citations, and `compilePolicy`, which turns a policy into the
 * lookup tables the engine and the gateway use.
 */

export type { AllowedCategories, GrantedCategories } from "./allowed.js";
export { selfAndAncestors } from "./categories.js";
export { foldWhitespace, sha256Hex } from "./citations.js";
export { type CompileOptions, type CompileResult, compilePolicy } from "./compile.js";
export type * from "./compiled.js";
export { normalizeHost } from "./hosts.js";
export {
  formatPath,
  POLICY_ISSUE_CODES,
  PolicyError,
  type PolicyIssue,
  type PolicyIssueCode,
} from "./issues.js";
export { KAGO_POLICY } from "./kago-policy.generated.js";
export {
  BUILTIN_POLICY_URL,
  BUILTIN_SOURCE_URL,
  type LoadOptions,
  type LoadResult,
  loadBuiltinPolicy,
  loadBuiltinPolicyWithDocument,
  loadPolicy,
  loadPolicyFile,
  readBuiltinSourceText,
} from "./load.js";
export {
  formatForFileName,
  type LineLocator,
  type ParseResult,
  type PolicyFormat,
  parsePolicyDocument,
} from "./parse.js";
export {
  type OperatorSpecDocument,
  operatorSpecSchema,
  type PolicyDocument,
  type PolicyDocumentInput,
  policyDocumentSchema,
  policyJsonSchema,
  type ReadingDocument,
  type RecipientDocument,
} from "./schema.js";
