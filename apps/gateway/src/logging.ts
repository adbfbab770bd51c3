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

/** The longest the process waits for its last log lines to be written before it exits. */
export const LOG_CLOSE_DEADLINE_MS = 2_000;

/** What the logger writes to, as far as closing it is concerned (pino's sonic-boom on stdout). */
interface ClosableDestination {
  end(): void;
  destroy(): void;
  once(event: "close" | "error", listener: () => void): unknown;
}

function isClosable(stream: unknown): stream is ClosableDestination {
  const s = stream as Partial<Record<keyof ClosableDestination, unknown>> | null;
  return (
    typeof s === "object" &&
    s !== null &&
    typeof s.end === "function" &&
    typeof s.destroy === "function" &&
    typeof s.once === "function"
  );
}

/**
 * Writes the logger's last lines and closes its destination, within `deadlineMs`: then the
 * process may exit (session 20, red-team round 10 F18). pino flushes stdout synchronously on
 * `exit` (sonic-boom's `flushSync`), and that loop retries a failed write forever, sleeping in
 * `Atomics.wait`: with the reader of stdout gone (EPIPE) or stalled (EAGAIN) the process never
 * exited on SIGTERM, nor on SIGINT. Ending the destination writes what is buffered on the event
 * loop; one closed (or given up at the deadline: destroyed, its lines dropped) has nothing left
 * for the exit hook. A write error (EPIPE) ends the wait too: pino then stops writing.
 */
export function closeLogger(logger: Logger, deadlineMs: number = LOG_CLOSE_DEADLINE_MS): Promise<void> {
  const stream: unknown = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (!isClosable(stream)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      releaseLogger(logger);
      resolve();
    }, deadlineMs);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    stream.once("close", done);
    stream.once("error", done);
    try {
      stream.end();
    } catch {
      done();
    }
  });
}

/**
 * Drops whatever the logger has not written yet, so that exiting now cannot block on it (a
 * second signal during a drain, or a deadline passed).
 */
export function releaseLogger(logger: Logger): void {
  const stream: unknown = (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym];
  if (!isClosable(stream)) return;
  try {
    stream.destroy();
  } catch {
    // already closed
  }
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
