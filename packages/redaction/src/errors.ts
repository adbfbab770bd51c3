/**
 * The engine's error table: every way a redaction can refuse a transfer, with the HTTP status the
 * gateway should answer and a message that never contains a value from the transfer.
 */

/** One row of the error table. */
export interface ErrorTableEntry {
  /** Suggested HTTP status for the gateway's refusal. */
  readonly status: number;
  /** Human-readable message; fixed text, never a value from the transfer. */
  readonly message: string;
}

/** Every error the engine can return, by stable machine-readable code. */
export const REDACTION_ERRORS = {
  invalid_json: { status: 400, message: "The JSON body is not valid JSON (RFC 8259)." },
  duplicate_key: {
    status: 400,
    message: "A JSON object repeats a key; a vendor's parser might read the other value, so it is refused.",
  },
  too_deep: { status: 400, message: "The body nests deeper than the engine's depth limit." },
  too_many_keys: { status: 413, message: "The body has more object keys or pairs than the engine's limit." },
  too_much_work: {
    status: 413,
    message:
      "Inspecting the transfer would exceed the engine's work limit (bytes scanned, nested JSON included).",
  },
  invalid_form_encoding: {
    status: 400,
    message: "The form body is not valid application/x-www-form-urlencoded text (bad percent-encoding).",
  },
  invalid_query_encoding: { status: 400, message: "The query string has bad percent-encoding." },
  personal_data_in_path: {
    status: 400,
    message:
      "A URL path segment holds personal data the recipient may not receive; removing it would change the resource addressed, so the transfer is refused.",
  },
  personal_data_in_account_id: {
    status: 400,
    message:
      "An account id holds personal data the recipient may not receive (a phone number or e-mail address used as the user id); cutting it out would give other users the same id, so the transfer is refused. Send the opaque account id.",
  },
  personal_data_in_identifier: {
    status: 400,
    message:
      "An id the call is addressed by (a room, group or topic id, the account a call is made as) holds personal data the recipient may not receive; removing it or part of it would make the call fail or address something else, so the transfer is refused. Send the opaque id.",
  },
  unknown_recipient: { status: 404, message: "The policy names no such recipient." },
  engine_failure: {
    status: 500,
    message: "The redaction engine failed unexpectedly; nothing was forwarded.",
  },
} as const satisfies Record<string, ErrorTableEntry>;

/** A code of the error table. */
export type RedactionErrorCode = keyof typeof REDACTION_ERRORS;

/** Every error code, in table order. */
export const REDACTION_ERROR_CODES = Object.keys(REDACTION_ERRORS) as RedactionErrorCode[];

/** An error as the engine returns it: a value, never thrown across the API. */
export interface RedactionError {
  readonly code: RedactionErrorCode;
  readonly status: number;
  readonly message: string;
  /** Where it happened: a path template or `body@<offset>`; never a value. */
  readonly location?: string;
}

/** Builds the error value for a code, with an optional location. */
export function redactionError(code: RedactionErrorCode, location?: string): RedactionError {
  const entry = REDACTION_ERRORS[code];
  return location === undefined
    ? { code, status: entry.status, message: entry.message }
    : { code, status: entry.status, message: entry.message, location };
}
