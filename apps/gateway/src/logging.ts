/**
 * Structured JSON logs (pino): one line per transfer with the same summary as its span, plus
 * lifecycle lines. Nothing from a request is logged except what `TransferRecord` holds.
 */
import { type DestinationStream, type Logger, pino } from "pino";
import type { TransferRecord } from "./telemetry/record.js";

/** Creates the gateway's logger (to stdout unless a destination is given, e.g. in tests). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "kago-gateway" }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/** Writes the one log line of a transfer. */
export function logTransfer(logger: Logger, r: TransferRecord, traceId: string | undefined): void {
  logger.info(
    {
      event: "transfer",
      recipient: r.recipient,
      upstream: r.upstream,
      policyVersion: r.policyVersion,
      decision: r.decision,
      method: r.method,
      path: r.pathTemplate,
      query: r.queryTemplate,
      endpoint: r.endpoint,
      categoriesSent: r.categoriesSent,
      categoriesRemoved: r.categoriesRemoved,
      countsByAction: r.countsByAction,
      removedPaths: r.removedPaths,
      droppedHeaders: r.droppedHeaders,
      errorCode: r.errorCode,
      status: r.status,
      durationMs: Math.round(r.durationSeconds * 1e6) / 1e3,
      traceId,
    },
    "transfer",
  );
}
