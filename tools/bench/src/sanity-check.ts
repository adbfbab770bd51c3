import type { CapiPayload } from "./payload.js";

/** What the stand-in upstream captured, as sent over IPC (body in base64). */
export interface CapturedOverIpc {
  readonly method: string;
  readonly url: string;
  readonly body: string;
}

/** How a target must have treated the payload. */
export type Expectation = "byte-identical" | "redacted";

/**
 * Check what arrived upstream: the pass-through must forward the body byte for byte; the
 * gateway must forward the batch (operational values present) with none of the planted personal
 * values left in body or URL. Returns problems as text that names counts, never values.
 */
export function checkForwarded(
  payload: CapiPayload,
  captured: CapturedOverIpc,
  expectation: Expectation,
): string[] {
  const body = Buffer.from(captured.body, "base64");
  if (expectation === "byte-identical") {
    return body.equals(payload.body)
      ? []
      : [`body changed in transit (${body.length} of ${payload.body.length} bytes)`];
  }
  const problems: string[] = [];
  const seen = `${captured.url}\n${body.toString("utf8")}`;
  const leaked = new Set(payload.personalValues.filter((value) => seen.includes(value)));
  if (leaked.size > 0) problems.push(`${leaked.size} planted personal values reached the upstream`);
  const missing = payload.operationalValues.filter((value) => !seen.includes(value));
  if (missing.length > 0) problems.push(`${missing.length} operational values did not reach the upstream`);
  try {
    JSON.parse(body.toString("utf8"));
  } catch {
    problems.push("the forwarded body is not JSON");
  }
  return problems;
}
