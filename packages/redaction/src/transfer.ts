/**
 * The engine's input and output: one transfer to one recipient, and what redaction made of it.
 * Everything is plain data; nothing here does I/O.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { OperatorName } from "@kago/policy";
import type { HeaderDropReason } from "./header-allowlist.js";

/** A header as received: lower-case name and its value. Order and repeats are kept. */
export type HeaderPair = readonly [name: string, value: string];

/** The decoded body of a transfer. Text is exactly what arrived (after content decoding). */
export type TransferBody =
  | { readonly kind: "none" }
  | { readonly kind: "json"; readonly text: string }
  | { readonly kind: "form"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

/** One transfer to one recipient, as the gateway decoded it. */
export interface Transfer {
  /** Recipient id, e.g. `facebook`. */
  readonly recipient: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The vendor path (after the `/<recipient>` prefix), raw and percent-encoded, without the query. */
  readonly path: string;
  /** The raw query string without the leading `?`; `""` when there is none. */
  readonly query: string;
  /** Request headers the gateway will forward (hop-by-hop headers already removed). */
  readonly headers: readonly HeaderPair[];
  readonly body: TransferBody;
}

/** What was done to one finding. `keep` means the recipient may receive the category. */
export type FindingAction = "keep" | OperatorName;

/** How a finding was made. */
export type Detector =
  | "schema" // the endpoint schema tags the field
  | "key" // the field's name says what it is
  | "tag-value" // a sibling (Tag, Key, name) says what the value is
  | "value" // the whole value has the structure (and checksum) of the category
  | "text" // a span inside free text
  | "bare-full-name" // a span of free text read as a person's full name by its words alone (bare-names.ts)
  | "echo"; // a span of free text that repeats a name a key named in the same record

/** One classified value. Never carries the value itself. */
export interface Finding {
  /**
   * Where the value stands, as a path template: `body:data[].user_data.em`, `query:phone`,
   * `header:cookie._fbp`, `body:MsgBody[].MsgContent.Text~text` (a span inside free text),
   * `body:CloudCustomData#json.network` (JSON inside a string).
   */
  readonly location: string;
  readonly category: CategoryKey;
  readonly action: FindingAction;
  readonly detector: Detector;
  /**
   * Set when the policy's operator could not apply to this value (e.g. `truncate` on something
   * that is not an IP address) and the engine dropped it instead: the operator it fell back from.
   */
  readonly fallbackFrom?: OperatorName;
}

/**
 * A request header the engine did not forward because the recipient does not need it (session 16:
 * `unlisted`, see `header-allowlist.ts`) or because it is a tracing system's (`trace`). Never
 * carries the value.
 */
export interface DroppedHeader {
  /** `header:<name>`, or `header:[redacted:<category>]` when the name itself is personal data. */
  readonly location: string;
  readonly reason: HeaderDropReason;
}

/** Counts-only summary of one redaction, safe for spans, logs and metrics. */
export interface RedactionReport {
  /** The endpoint the vendor catalog matched, or `null` when generic rules alone applied. */
  readonly endpoint: string | null;
  readonly findings: readonly Finding[];
  /** Categories that reached the recipient (kept), sorted. */
  readonly categoriesSent: readonly CategoryKey[];
  /** Categories removed or transformed, sorted. */
  readonly categoriesRemoved: readonly CategoryKey[];
  readonly countsByAction: Readonly<Partial<Record<FindingAction, number>>>;
  readonly countsByCategory: Readonly<Partial<Record<CategoryKey, number>>>;
  /** The headers not forwarded by their name (never read), distinct, in the order first found. */
  readonly droppedHeaders: readonly DroppedHeader[];
  /** True when any byte of the transfer changed. */
  readonly changed: boolean;
}
