/**
 * Reads a request body as raw bytes, refusing it as soon as it exceeds the limit, arrives too
 * slowly, or the client goes away.
 */
import type { IncomingMessage } from "node:http";
import { RefusalError } from "../errors.js";

/**
 * Reads the whole body of `req`. Rejects with a `RefusalError`: `body_too_large` when the
 * declared Content-Length or the bytes received exceed `limit` (reading stops there),
 * `request_timeout` when the body is not complete within `timeoutMs`, `client_aborted` when the
 * client closes the connection first. `onAbortable` receives a function that fails the read with
 * a given reason (the body's framing turned out malformed); it is a plain callback rather than an
 * AbortController, which would cost an EventTarget per request. Nothing partial is ever returned.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
  onAbortable?: (abort: (reason: Error) => void) => void,
): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.reject(new RefusalError("body_too_large"));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
      // A body that arrived in one chunk is that chunk (the stream hands it over): no copy.
      if (err === null) resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
      else {
        chunks.length = 0;
        req.pause();
        reject(err);
      }
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish(new RefusalError("body_too_large"));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish(null);
    const onError = (): void => finish(new RefusalError("client_aborted"));
    const onAborted = (): void => finish(new RefusalError("client_aborted"));
    onAbortable?.((reason) => finish(reason));
    const timer = setTimeout(() => finish(new RefusalError("request_timeout")), timeoutMs);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onAborted);
  });
}
