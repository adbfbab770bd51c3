/**
 * The summary of one transfer that the span, the log line and the metrics are all made from.
 * Built only from counts, category keys, path templates and codes: never from a value.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { RedactionReport } from "@kago/redaction";
import { builtinVocabulary, knownLocation, knownWord, type Vocabulary } from "./vocabulary.js";

/** What the gateway did with a transfer. */
export type TransferDecision = "forwarded" | "redacted" | "blocked";

/** The safe summary of one transfer. */
export interface TransferRecord {
  /** Recipient id, or `null` when the request named none the policy knows. */
  readonly recipient: string | null;
  /** The upstream the route chose: the recipient id, or `<recipient>:<name>` for a named one. */
  readonly upstream: string | null;
  readonly policyVersion: string;
  /** HTTP method, or `_OTHER` for a method outside RFC 9110's list. */
  readonly method: string;
  /** Request path as a template: only known words and versions kept, others `{}` (see `vocabulary.ts`). */
  readonly pathTemplate: string;
  /** Query with every value replaced by `REDACTED` (keys templated like path segments). */
  readonly queryTemplate: string;
  /** The vendor endpoint the catalog matched, if any. */
  readonly endpoint: string | null;
  readonly decision: TransferDecision;
  readonly categoriesSent: readonly CategoryKey[];
  readonly categoriesRemoved: readonly CategoryKey[];
  readonly countsByAction: Readonly<Record<string, number>>;
  readonly countsByCategoryRemoved: Readonly<Record<string, number>>;
  /**
   * Locations (path templates) of every value removed or transformed, and of every header not
   * forwarded, unknown words `{}`, sorted, unique.
   */
  readonly removedPaths: readonly string[];
  /**
   * Headers not forwarded by their name, by reason (session 16): `unlisted` (neither standard nor
   * the vendor's nor the policy's `forwardHeaders`), `trace` (another tracing system's context).
   */
  readonly droppedHeaders: Readonly<Record<string, number>>;
  /** Error code of a refusal or an upstream failure, else `null`. */
  readonly errorCode: string | null;
  /** HTTP status answered to the client (0 when the client went away first). */
  readonly status: number;
  readonly durationSeconds: number;
}

const KNOWN_METHODS = new Set([
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "CONNECT",
  "OPTIONS",
  "TRACE",
  "PATCH",
]);

/** A method safe to report: known methods as is, others `_OTHER` (the semantic conventions' rule). */
export function safeMethod(method: string): string {
  const m = method.toUpperCase();
  return KNOWN_METHODS.has(m) ? m : "_OTHER";
}

/**
 * The path as a template: `/facebook/v21.0/918273645501234/events` -> `/facebook/v21.0/{}/events`.
 * A segment is shown when it is a word the gateway knows (a catalog path's or field's, a key
 * table's: see `vocabulary.ts`) or a version, else `{}` (ids, numbers, encoded text, and words a
 * caller wrote, which may be a name).
 */
export function templatePath(path: string, vocabulary: Vocabulary = builtinVocabulary()): string {
  return path
    .split("/")
    .map((segment) => knownWord(segment, vocabulary))
    .join("/");
}

/** The query with values redacted and keys templated: `a=1&access_token=x` -> `{}=REDACTED&access_token=REDACTED`. */
export function templateQuery(query: string, vocabulary: Vocabulary = builtinVocabulary()): string {
  if (query === "") return "";
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = knownWord(eq < 0 ? pair : pair.slice(0, eq), vocabulary);
      return eq < 0 ? key : `${key}=REDACTED`;
    })
    .join("&");
}

/** The report's parts of a record (empty when the engine did not run). */
export function reportParts(
  report: RedactionReport | null,
  vocabulary: Vocabulary = builtinVocabulary(),
): Pick<
  TransferRecord,
  | "endpoint"
  | "categoriesSent"
  | "categoriesRemoved"
  | "countsByAction"
  | "countsByCategoryRemoved"
  | "removedPaths"
  | "droppedHeaders"
> {
  if (report === null) {
    return {
      endpoint: null,
      categoriesSent: [],
      categoriesRemoved: [],
      countsByAction: {},
      countsByCategoryRemoved: {},
      removedPaths: [],
      droppedHeaders: {},
    };
  }
  const countsByAction: Record<string, number> = {};
  const counts = report.countsByAction as Readonly<Record<string, number | undefined>>;
  for (const action in counts) {
    const n = counts[action];
    if (n !== undefined) countsByAction[action] = n;
  }
  const countsByCategoryRemoved: Record<string, number> = {};
  const removed = new Set<string>();
  for (const f of report.findings) {
    if (f.action === "keep") continue;
    removed.add(knownLocation(f.location, vocabulary));
    countsByCategoryRemoved[f.category] = (countsByCategoryRemoved[f.category] ?? 0) + 1;
  }
  const droppedHeaders: Record<string, number> = {};
  for (const d of report.droppedHeaders) {
    removed.add(knownLocation(d.location, vocabulary));
    droppedHeaders[d.reason] = (droppedHeaders[d.reason] ?? 0) + 1;
  }
  return {
    endpoint: report.endpoint,
    // Read-only on both sides: the report's own arrays, not copies.
    categoriesSent: report.categoriesSent,
    categoriesRemoved: report.categoriesRemoved,
    countsByAction,
    countsByCategoryRemoved,
    removedPaths: [...removed].sort(),
    droppedHeaders,
  };
}
