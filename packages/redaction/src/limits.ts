/** Bounds on the work one redaction may do; each has a default and can be lowered or raised. */
export interface RedactionLimits {
  /** Deepest nesting of JSON containers, JSON-in-string levels included. */
  readonly maxDepth: number;
  /** Most object keys (JSON) or pairs (query, form, cookie) in one transfer. */
  readonly maxKeys: number;
  /** How many levels of JSON inside a JSON (or query/form) string are decoded and inspected. */
  readonly maxStringJsonDepth: number;
  /** Most characters scanned in one transfer, counting every re-scan of JSON inside strings. */
  readonly maxWork: number;
  /**
   * Most bytes compressed text in base64 (gzip, zlib) may inflate to in one transfer, all such
   * values together: a small body must not cost the work of a large one.
   */
  readonly maxInflatedBytes: number;
}

/** The defaults: generous for real vendor payloads, small enough to bound a hostile one. */
export const DEFAULT_LIMITS: RedactionLimits = {
  maxDepth: 128,
  maxKeys: 200_000,
  maxStringJsonDepth: 4,
  maxWork: 64 * 1024 * 1024,
  maxInflatedBytes: 8 * 1024 * 1024,
};
