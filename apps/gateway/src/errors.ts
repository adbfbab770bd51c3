/**
 * The gateway's error table: every refusal the gateway itself answers, with its HTTP status and
 * a fixed message. Messages are constants: they never interpolate anything from a request, so
 * they can never carry a personal value. The README documents every code (a test checks it).
 */

/** One row of the error table. */
export interface ErrorEntry {
  /** HTTP status answered. */
  readonly status: number;
  /** Fixed, human-readable explanation. */
  readonly message: string;
}

/** Every error code the gateway answers on its own account. */
export const GATEWAY_ERRORS = {
  unknown_recipient: {
    status: 404,
    message:
      "The first path segment names no recipient of the policy, or no configured upstream of one. Send requests to /<recipient>/<vendor path> (or /<recipient>:<name>/... for an upstream set with --upstream <recipient>:<name>=<url>).",
  },
  host_not_allowed: {
    status: 403,
    message:
      "The request's target host belongs to no recipient of the policy; the gateway is not an open proxy.",
  },
  connect_not_supported: {
    status: 405,
    message:
      "CONNECT is refused: a TLS tunnel cannot be inspected, so nothing could be enforced on it. Send plain HTTP to the gateway instead (http://<gateway>/<recipient>/<vendor path>, or an absolute-form http:// request to the vendor host); the gateway originates TLS to the vendor itself and verifies its certificate.",
  },
  bad_request_target: {
    status: 400,
    message:
      "The request target is not a valid origin-form or absolute-form URL (a fragment, #..., is no part of a request target), or has dot segments or backslashes.",
  },
  empty_path_segment: {
    status: 400,
    message:
      "The request path has an empty segment (//) after its first segment: a vendor's server may read it as the path without it, another endpoint than the one inspected. Send the path without empty segments.",
  },
  ambiguous_action: {
    status: 400,
    message:
      "The request names its API action in a way servers could read differently: the Action query parameter more than once, together with X-TC-Action, in another case (action=), inside a ';' pair, or with a value that is no plain action name. Send Action exactly once, spelled as the vendor documents it.",
  },
  expectation_failed: {
    status: 417,
    message:
      "The request's Expect header asks for something other than 100-continue, which the gateway does not offer.",
  },
  malformed_request: {
    status: 400,
    message:
      "The request's framing or headers are malformed (for example Content-Length with Transfer-Encoding, an invalid chunk, a repeated Host or Content-Type, or a header that does not parse); nothing was forwarded.",
  },
  headers_too_large: {
    status: 431,
    message: "The request's headers exceed the gateway's size limit; nothing was forwarded.",
  },
  request_timeout: {
    status: 408,
    message: "The request's headers or body did not arrive in time; nothing was forwarded.",
  },
  client_aborted: {
    status: 400,
    message: "The client closed the connection before its request was complete; nothing was forwarded.",
  },
  pipelined_after_close: {
    status: 400,
    message:
      "The request was pipelined behind one whose answer closed the connection (an HTTP/1.0 answer of unknown length, Connection: close, or a refusal); it was not forwarded and cannot be answered. Send it again on a new connection.",
  },
  upgrade_not_supported: {
    status: 400,
    message:
      "Protocol upgrades (WebSocket, h2c) are refused: an upgraded connection cannot be inspected. Send plain HTTP requests.",
  },
  caller_unauthenticated: {
    status: 401,
    message:
      "The caller is not authenticated: send a valid caller token in X-Kago-Caller-Token (or Proxy-Authorization: Bearer).",
  },
  missing_content_type: {
    status: 415,
    message: "A request with a body must carry a Content-Type the gateway can inspect.",
  },
  unsupported_media_type: {
    status: 415,
    message:
      "The body's Content-Type cannot be inspected (supported: JSON, application/x-www-form-urlencoded, text/plain).",
  },
  unsupported_charset: {
    status: 415,
    message:
      "The body's charset cannot be inspected (supported: utf-8, us-ascii, and iso-8859-1 for bodies that are plain ASCII: the vendors read every body as UTF-8).",
  },
  unsupported_content_encoding: {
    status: 415,
    message:
      "The body's Content-Encoding (or vendor compression header) cannot be decoded (supported: gzip, x-gzip, deflate, br, identity).",
  },
  malformed_encoding: {
    status: 400,
    message:
      "The body does not decode under its Content-Encoding, or holds bytes the decoder does not read (gzip header extra, name or comment fields, padding or data after the compressed stream).",
  },
  empty_gzip_member: {
    status: 400,
    message:
      "The gzip body has an empty member beside others: no client writes one, and the header bytes of such members would reach the vendor unread. Send the body as one gzip member.",
  },
  unsupported_transfer_encoding: {
    status: 501,
    message:
      "The request's Transfer-Encoding is not chunked alone; the gateway decodes no other transfer coding, so such a body cannot be inspected. Use Content-Encoding for compression.",
  },
  invalid_utf8: {
    status: 400,
    message:
      "The body is not valid text in its declared charset (or, as a text or form body, holds control characters other than tab, CR and LF: UTF-16, UTF-32 or binary data).",
  },
  body_too_large: {
    status: 413,
    message: "The request body exceeds the gateway's size limit.",
  },
  inflated_body_too_large: {
    status: 413,
    message: "The decompressed request body exceeds the gateway's inflated-size limit.",
  },
  encoding_failure: {
    status: 500,
    message:
      "The redacted body, or a redacted header, could not be encoded back into its original form; nothing was forwarded.",
  },
  non_ascii_header: {
    status: 400,
    message:
      "A request header the vendor would receive holds bytes above 0x7F that are not valid UTF-8: header values declare no charset, so what they mean to the vendor cannot be known and the value cannot be inspected. UTF-8 values are read and forwarded.",
  },
  upstream_unreachable: {
    status: 502,
    message: "The recipient's upstream could not be reached.",
  },
  upstream_tls_failed: {
    status: 502,
    message:
      "The recipient's upstream presented a TLS certificate that does not verify (untrusted issuer, expired, or not issued for its host name); nothing was forwarded.",
  },
  upstream_timeout: {
    status: 504,
    message: "The recipient's upstream did not answer in time.",
  },
  upstream_redirect: {
    status: 502,
    message:
      "The recipient's upstream answered with a redirect to a location outside it (another host, scheme or path prefix). The gateway does not hand back a redirect a client would follow around it; if the vendor moved, point the recipient's upstream (--upstream) at the new location.",
  },
  upstream_bad_response: {
    status: 502,
    message:
      "The recipient's upstream received the whole request and answered with a response the gateway cannot read (a malformed status line or header, or headers over the size limit). The request may have been delivered and acted on: check with the vendor before sending it again.",
  },
  upstream_response_incomplete: {
    status: 502,
    message:
      "The recipient's upstream broke off its response after the headers had been passed on (a reset, a malformed body, or silence longer than the upstream timeout). The client's connection was closed; this code is only recorded, never answered.",
  },
  shutting_down: {
    status: 503,
    message: "The gateway is shutting down and accepts no new transfers.",
  },
  unknown_endpoint: {
    status: 403,
    message:
      "The policy admits only the endpoints of this recipient that the vendor catalog knows, and this request (or a sub-request of its batch) matches none of them.",
  },
  usersig_identifier_mismatch: {
    status: 400,
    message:
      "The Tencent IM UserSig in the query names another account than the call's one identifier parameter (or no account the gateway can read, or is given twice): a signed value cannot be changed, and the vendor would reject it. Send one UserSig, the administrator's, made for that identifier.",
  },
  stale_signature: {
    status: 422,
    message:
      "The request's signature covers a part the policy required changing, and the gateway cannot re-sign it (it holds no credentials for this recipient, the original signature does not verify with them, or the scheme cannot be re-signed); nothing was forwarded.",
  },
  sls_protobuf_invalid: {
    status: 400,
    message: "The SLS PutLogs body is not a LogGroup the gateway can read and write back faithfully.",
  },
  sls_compression_unsupported: {
    status: 400,
    message: "x-log-compresstype is neither absent, lz4 nor deflate.",
  },
  sls_compression_invalid: {
    status: 400,
    message: "The SLS body does not decompress under its x-log-compresstype.",
  },
  sls_rawsize_mismatch: {
    status: 400,
    message: "x-log-bodyrawsize is missing, malformed or differs from the decompressed size.",
  },
  sls_body_too_large: {
    status: 413,
    message: "The decompressed SLS body exceeds the gateway's inflated-size limit.",
  },
  internal_error: {
    status: 500,
    message: "The gateway failed unexpectedly; nothing was forwarded.",
  },
} as const satisfies Record<string, ErrorEntry>;

/** A code of the gateway's own error table. */
export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS;

/** Every gateway error code, in table order. */
export const GATEWAY_ERROR_CODES = Object.keys(GATEWAY_ERRORS) as GatewayErrorCode[];

/**
 * A refusal on its way to the client. `code` is a gateway code or, for refusals the engine
 * decided (malformed JSON, duplicate keys, over-deep documents, bad percent-encoding...), the
 * engine's own code: status and message then come from the engine's table (`REDACTION_ERRORS`).
 */
export interface Refusal {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  /**
   * Where in the request the engine refused it (`body:To_Account`, `query:["UserId[]"]`), as a
   * template in which only the catalog's and the key table's words and versions are kept, any
   * other word `{}` (as in telemetry): so a backend learns which field to fix and the answer
   * carries no value. Engine refusals only (session 15).
   */
  readonly location?: string;
}

/** The refusal for a gateway error code. */
export function refusal(code: GatewayErrorCode): Refusal {
  const entry: ErrorEntry = GATEWAY_ERRORS[code];
  return { code, status: entry.status, message: entry.message };
}

/** An exception carrying a refusal, thrown inside the request pipeline and answered in one place. */
export class RefusalError extends Error {
  /** The refusal to answer. */
  readonly refusal: Refusal;
  constructor(r: Refusal | GatewayErrorCode) {
    const value = typeof r === "string" ? refusal(r) : r;
    super(value.message);
    this.name = "RefusalError";
    this.refusal = value;
  }
}

/** The JSON body every refusal answers: `{"error": {"code", "message"}}`, and `location` when known. */
export function refusalBody(r: Refusal): string {
  const location = r.location === undefined || r.location === "" ? {} : { location: r.location };
  return JSON.stringify({ error: { code: r.code, message: r.message, ...location } });
}
