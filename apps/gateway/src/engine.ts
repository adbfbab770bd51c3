/**
 * What the gateway needs from the redaction engine: the shape `createRedactor(...)` of
 * `@kago/redaction` returns. Declared here as a structural type so the gateway depends on the
 * behaviour, not on how the engine is built.
 */
import type { RedactionReport, Transfer } from "@kago/redaction";

/** A refusal the engine decided, from the engine's own error table. */
export interface EngineError {
  readonly code: string;
  readonly status: number;
  readonly message: string;
}

/** The engine's answer for one transfer. */
export type RedactOutcome =
  | { readonly ok: true; readonly transfer: Transfer; readonly report: RedactionReport }
  | { readonly ok: false; readonly error: EngineError };

/** A redactor bound to a compiled policy and a secret. */
export interface Redactor {
  redact(transfer: Transfer): RedactOutcome;
}
