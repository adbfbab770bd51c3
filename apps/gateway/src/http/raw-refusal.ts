/**
 * Refusals written straight onto a socket, for the requests that never reach express: CONNECT,
 * protocol upgrades, and requests Node's parser rejects (malformed framing, oversized headers,
 * headers that arrive too slowly).
 */
import type { Duplex } from "node:stream";
import { type GatewayErrorCode, type Refusal, refusal, refusalBody } from "../errors.js";

const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  405: "Method Not Allowed",
  408: "Request Timeout",
  431: "Request Header Fields Too Large",
};

/** Writes `r` as a complete HTTP/1.1 response with `Connection: close`, then ends the socket. */
export function writeRawRefusal(socket: Duplex, r: Refusal, extraHeaders: readonly string[] = []): void {
  const body = refusalBody(r);
  socket.on("error", () => socket.destroy());
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${String(r.status)} ${REASONS[r.status] ?? "Error"}\r\n${extraHeaders.map((h) => `${h}\r\n`).join("")}` +
      `Content-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
      `Content-Length: ${String(Buffer.byteLength(body))}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The gateway code for an error of Node's HTTP parser (`clientError`): oversized heads are
 * `headers_too_large`, the headers or request timeout `request_timeout`, a connection reset
 * or the client closing its side mid-request `client_aborted`, and everything else (smuggling shapes such as Content-Length with
 * Transfer-Encoding, bad chunks, invalid header bytes) `malformed_request`.
 */
export function clientErrorCode(err: { code?: unknown }): GatewayErrorCode {
  switch (err.code) {
    case "HPE_HEADER_OVERFLOW":
      return "headers_too_large";
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return "request_timeout";
    case "ECONNRESET":
    case "HPE_INVALID_EOF_STATE":
      return "client_aborted";
    default:
      return "malformed_request";
  }
}

/** The refusal for a parser error. */
export function clientErrorRefusal(err: { code?: unknown }): Refusal {
  return refusal(clientErrorCode(err));
}
