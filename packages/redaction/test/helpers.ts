/** Shared helpers for the engine's tests. */
import type { CategoryKey } from "@kago/personal-data";
import type { OperatorSpec } from "@kago/policy";
import {
  createRedactor,
  type HeaderPair,
  type Redactor,
  type RedactResult,
  type Transfer,
  type TransferBody,
} from "@kago/redaction";
import { fixturePolicy } from "./fixture-policy.js";

export const SECRET = "unit-test-secret-0123456789abcdef";

/** A redactor over the fixture policy with optional per-category operators. */
export function redactorWith(
  operators: Partial<Record<CategoryKey, OperatorSpec>> = {},
  limits = {},
): Redactor {
  return createRedactor({ policy: fixturePolicy(operators), secret: SECRET, limits });
}

/**
 * A redactor over the fixture policy whose recipients read every header (`unknownHeaders:
 * inspect`): for the tests of how a header's name and value are read, which by default only the
 * standard and vendor headers reach (session 16).
 */
export function inspectingRedactor(operators: Partial<Record<CategoryKey, OperatorSpec>> = {}): Redactor {
  const policy = fixturePolicy(operators, undefined, "refuse", {
    unknownHeaders: "inspect",
    forwardHeaders: [],
  });
  return createRedactor({ policy, secret: SECRET });
}

/** A transfer with the given parts. */
export function transfer(
  recipient: string,
  parts: { query?: string; headers?: HeaderPair[]; body?: TransferBody } = {},
): Transfer {
  return {
    recipient,
    method: "POST",
    path: "/x",
    query: parts.query ?? "",
    headers: parts.headers ?? [],
    body: parts.body ?? { kind: "none" },
  };
}

/** Redacts a JSON body for a recipient; returns the result (asserting nothing). */
export function redactJsonBody(r: Redactor, recipient: string, text: string) {
  return r.redact(transfer(recipient, { body: { kind: "json", text } }));
}

/** The JSON body a result forwards; throws with the error code when the transfer was refused. */
export function bodyOf(res: RedactResult): string {
  if (!res.ok) throw new Error(`refused: ${res.error.code}`);
  return res.transfer.body.kind === "json" ? res.transfer.body.text : "";
}

/** The findings of a result as `[location, category, action, detector]` rows (none when refused). */
export function findingsOf(res: RedactResult) {
  return res.ok ? res.report.findings.map((f) => [f.location, f.category, f.action, f.detector]) : [];
}

/** The `message` of `{"message": text}` after redaction for `recipient` (aliyun: device and log granted). */
export function redactedMessage(r: Redactor, text: string, recipient = "aliyun"): string {
  const res = redactJsonBody(r, recipient, JSON.stringify({ message: text }));
  if (!res.ok || res.transfer.body.kind !== "json") throw new Error(res.ok ? "no body" : res.error.code);
  return (JSON.parse(res.transfer.body.text) as { message: string }).message;
}

/**
 * The `note` of `{"note": text}` sent to facebook by a redactor that pseudonymizes phone numbers:
 * a number's token, for tests that a number is keyed the same however it was written.
 */
export function phoneTokenOf(note: string): string {
  phoneKeyed ??= redactorWith({ "contact.phone": { operator: "pseudonymize" } });
  return (
    JSON.parse(bodyOf(redactJsonBody(phoneKeyed, "facebook", JSON.stringify({ note })))) as { note: string }
  ).note;
}
let phoneKeyed: Redactor | undefined;
