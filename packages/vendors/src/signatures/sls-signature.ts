/**
 * Alibaba Cloud SLS request signature (v1, `Authorization: LOG <AccessKeyId>:<Signature>`):
 *
 * ```
 * Signature = base64(HMAC-SHA1(AccessKeySecret,
 *   VERB + "\n" + CONTENT-MD5 + "\n" + CONTENT-TYPE + "\n" + DATE + "\n" +
 *   CanonicalizedLOGHeaders + CanonicalizedResource))
 * ```
 * CONTENT-MD5 is the upper-case hex MD5 of the body as sent (compressed); CanonicalizedLOGHeaders are
 * the `x-log-*` and `x-acs-*` headers, lower case, sorted, `name:value\n` each;
 * CanonicalizedResource is the path, then `?` and the decoded `key=value` query pairs sorted. The
 * body is covered through Content-MD5, so a changed body needs a new Content-MD5 and a new signature.
 * Same algorithm as @alicloud/log's `_sign` (checked against it in the tests). The HMAC's hash is
 * the one `x-log-signaturemethod` names: `hmac-sha1` (@alicloud/log, and no header), or
 * `hmac-sha256`, which @alicloud/gateway-sls (under @alicloud/sls20201230) sends for v1 by
 * default (session 16: a red team's round 5 found every changed body of that SDK refused as
 * `stale_signature`, since only SHA-1 was verified). A re-signature keeps the request's method.
 */
import { createHash, createHmac } from "node:crypto";
import {
  decodeQuery,
  headerValue,
  type SignableRequest,
  SignatureError,
  sameSignature,
  withHeader,
} from "./signable-request.js";

/** SLS credentials. */
export interface SlsCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Options of `resignSls`. */
export interface ResignSlsOptions {
  /**
   * The new `x-log-bodyrawsize` (size before compression). When absent: the body length for an
   * uncompressed body; the header is left as it is for a compressed one.
   */
  readonly bodyRawSize?: number;
}

/** The string SLS signs for a request. */
export function slsStringToSign(request: SignableRequest): string {
  const canonicalHeaders = request.headers
    .filter(([name]) => name.startsWith("x-log-") || name.startsWith("x-acs-"))
    .map(([name, value]) => `${name}:${value.trim()}\n`)
    .sort()
    .join("");
  let pairs: string[];
  try {
    pairs = decodeQuery(request.query).map(([k, v]) => `${k}=${v}`);
  } catch {
    throw new SignatureError("signature_unparseable", "SLS request query is not decodable");
  }
  pairs.sort();
  const resource = pairs.length > 0 ? `${request.path}?${pairs.join("&")}` : request.path;
  return [
    request.method.toUpperCase(),
    headerValue(request, "content-md5") ?? "",
    headerValue(request, "content-type") ?? "",
    headerValue(request, "date") ?? "",
    `${canonicalHeaders}${resource}`,
  ].join("\n");
}

/**
 * The hash of the request's HMAC, from `x-log-signaturemethod` (`hmac-sha1` when absent); a method
 * SLS does not define is `signature_unparseable`.
 */
function slsHmacHash(request: SignableRequest): "sha1" | "sha256" {
  const method = (headerValue(request, "x-log-signaturemethod") ?? "hmac-sha1").trim().toLowerCase();
  if (method === "hmac-sha1") return "sha1";
  if (method === "hmac-sha256") return "sha256";
  throw new SignatureError(
    "signature_unparseable",
    "SLS signature method is neither hmac-sha1 nor hmac-sha256",
  );
}

/** The `Authorization` value SLS expects for a request. */
export function slsAuthorization(request: SignableRequest, credentials: SlsCredentials): string {
  const signature = createHmac(slsHmacHash(request), credentials.accessKeySecret)
    .update(slsStringToSign(request), "utf8")
    .digest("base64");
  return `LOG ${credentials.accessKeyId}:${signature}`;
}

/** Upper-case hex MD5, as SLS's Content-MD5. */
export function slsContentMd5(body: Uint8Array): string {
  return createHash("md5").update(body).digest("hex").toUpperCase();
}

/**
 * True when the request's `Authorization` and `Content-MD5` are what these credentials produce for
 * it. The gateway checks the original request with this before re-signing a changed one, so that
 * it never signs for a sender that did not hold the secret.
 */
export function verifySls(request: SignableRequest, credentials: SlsCredentials): boolean {
  const given = headerValue(request, "authorization");
  if (given === undefined) return false;
  const md5 = headerValue(request, "content-md5");
  if (request.body.length > 0 && (md5 === undefined || md5.toUpperCase() !== slsContentMd5(request.body)))
    return false;
  return sameSignature(given, slsAuthorization(request, credentials));
}

/**
 * The headers that describe an SLS body, made true for `request.body`: `x-log-bodyrawsize` (see
 * {@link ResignSlsOptions}) and Content-MD5 (always when `md5` is `"required"`, as v1 signs it;
 * only when the request had one when `"if-present"`, as v4 signs a SHA-256 instead). Used by
 * both re-signers before they sign.
 */
export function withSlsBodyHeaders(
  request: SignableRequest,
  options: ResignSlsOptions,
  md5: "required" | "if-present",
): Array<[string, string]> {
  let headers = request.headers.map(([k, v]) => [k, v] as [string, string]);
  const hadMd5 = headerValue(request, "content-md5") !== undefined;
  if (hadMd5 || (md5 === "required" && request.body.length > 0))
    headers = withHeader(headers, "content-md5", slsContentMd5(request.body));
  const compressed = (headerValue(request, "x-log-compresstype") ?? "").trim() !== "";
  const rawSize = options.bodyRawSize ?? (compressed ? undefined : request.body.length);
  if (
    rawSize !== undefined &&
    (headerValue(request, "x-log-bodyrawsize") !== undefined || request.body.length > 0)
  )
    headers = withHeader(headers, "x-log-bodyrawsize", String(rawSize));
  return headers;
}

/**
 * Re-signs a (changed) SLS request: new Content-MD5 (when there is a body), `x-log-bodyrawsize`
 * and Authorization, keeping Date and every other header. Pure: returns the new header list.
 */
export function resignSls(
  request: SignableRequest,
  credentials: SlsCredentials,
  options: ResignSlsOptions = {},
): Array<[string, string]> {
  const headers = withSlsBodyHeaders(request, options, "required");
  const unsigned = { ...request, headers };
  return withHeader(headers, "authorization", slsAuthorization(unsigned, credentials));
}
