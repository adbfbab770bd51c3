/**
 * Alibaba Cloud SLS request signature v4 (`Authorization: SLS4-HMAC-SHA256
 * Credential=<AccessKeyId>/<yyyymmdd>/<region>/sls/aliyun_v4_request,Signature=<hex>`), which the
 * SLS SDKs send when configured with a region and `AuthVersion v4` / `signatureVersion: "v4"`
 * (Go, Python, Java, C++, and the Darabonba `@alicloud/gateway-sls` for Node):
 *
 * ```
 * CanonicalRequest = METHOD \n PATH \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n x-log-content-sha256
 * StringToSign     = "SLS4-HMAC-SHA256" \n x-log-date \n Scope \n hex(SHA-256(CanonicalRequest))
 * SigningKey       = HMAC chain over "aliyun_v4" + secret: date, region, "sls", "aliyun_v4_request"
 * Signature        = hex(HMAC-SHA256(SigningKey, StringToSign))
 * ```
 * - the signed headers are not listed in the Authorization: they are every `host`, `content-type`,
 *   `x-log-*` and `x-acs-*` header, lower case, sorted, `name:trimmed value\n` each;
 * - CanonicalQuery is the decoded query pairs sorted by key, each `key=value` with the value
 *   percent-encoded (RFC 3986 unreserved characters kept, upper-case hex) and the key as it is, or
 *   the key alone for an empty value;
 * - the body is covered through `x-log-content-sha256` (lower-case hex SHA-256 of the body as sent,
 *   compressed), so a changed body needs a new hash and a new signature.
 *
 * Checked in the tests against the test vectors the SDKs share and against requests the Node SDK
 * signs. Session 15: the gateway had refused every changed v4 request as `stale_signature`.
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
import { type ResignSlsOptions, type SlsCredentials, withSlsBodyHeaders } from "./sls-signature.js";

const ALGORITHM = "SLS4-HMAC-SHA256";
const TERMINATOR = "aliyun_v4_request";
/** SHA-256 of no bytes: the `x-log-content-sha256` of a request without a body. */
const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** What an `SLS4-HMAC-SHA256` Authorization names. */
export interface SlsV4Authorization {
  readonly accessKeyId: string;
  /** The scope's date, `yyyymmdd`. */
  readonly date: string;
  readonly region: string;
  /** Lower-case hex. */
  readonly signature: string;
}

const AUTHORIZATION =
  /^SLS4-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/sls\/aliyun_v4_request\s*,\s*Signature=([0-9a-f]{64})$/;

/** Reads an `SLS4-HMAC-SHA256` Authorization value; `undefined` when it is not one this module can check. */
export function parseSlsV4Authorization(value: string): SlsV4Authorization | undefined {
  const m = AUTHORIZATION.exec(value.trim());
  if (m === null) return undefined;
  const [, accessKeyId = "", date = "", region = "", signature = ""] = m;
  return { accessKeyId, date, region, signature };
}

/** Lower-case hex SHA-256 of a body as SLS v4's `x-log-content-sha256` carries it. */
export function slsContentSha256(body: Uint8Array): string {
  return body.length === 0 ? EMPTY_BODY_SHA256 : createHash("sha256").update(body).digest("hex");
}

const UNRESERVED = /[A-Za-z0-9_.~-]/;

/** SLS v4's value encoding: UTF-8 bytes, every one but the RFC 3986 unreserved characters as `%XX`. */
function encodeValue(value: string): string {
  let out = "";
  for (const ch of value) {
    if (UNRESERVED.test(ch)) out += ch;
    else
      for (const byte of Buffer.from(ch, "utf8"))
        out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function isSignedHeader(name: string): boolean {
  return name === "host" || name === "content-type" || name.startsWith("x-log-") || name.startsWith("x-acs-");
}

function canonicalQuery(query: string): string {
  let pairs: Array<[string, string]>;
  try {
    pairs = decodeQuery(query);
  } catch {
    throw new SignatureError("signature_unparseable", "SLS request query is not decodable");
  }
  // The SDKs sign one value per key (a map); a repeated key cannot be told apart.
  if (new Set(pairs.map(([k]) => k)).size !== pairs.length)
    throw new SignatureError("signature_unparseable", "SLS v4 request repeats a query parameter");
  return pairs
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => (v === "" ? k : `${k}=${encodeValue(v)}`))
    .join("&");
}

/**
 * The canonical request SLS v4 hashes. `request.headers` must hold the `host` the request is sent
 * with (the gateway adds it: its header list carries none).
 */
export function slsV4CanonicalRequest(request: SignableRequest): string {
  const signed = request.headers
    .filter(([name]) => isSignedHeader(name))
    .map(([name, value]): [string, string] => [name, value.trim()])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (new Set(signed.map(([name]) => name)).size !== signed.length)
    throw new SignatureError("signature_unparseable", "SLS v4 request repeats a signed header");
  return [
    request.method.toUpperCase(),
    request.path === "" ? "/" : request.path,
    canonicalQuery(request.query),
    signed.map(([name, value]) => `${name}:${value}\n`).join(""),
    signed.map(([name]) => name).join(";"),
    headerValue(request, "x-log-content-sha256") ?? EMPTY_BODY_SHA256,
  ].join("\n");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

/** Where and when a v4 signature is made: its region and its `x-log-date` (`yyyymmddThhmmssZ`). */
export interface SlsV4Scope {
  readonly region: string;
  readonly dateTime: string;
}

/** The `Authorization` value SLS v4 expects for a request signed in `scope`. */
export function slsV4Authorization(
  request: SignableRequest,
  credentials: SlsCredentials,
  scope: SlsV4Scope,
): string {
  const date = scope.dateTime.slice(0, 8);
  const scopeText = `${date}/${scope.region}/sls/${TERMINATOR}`;
  const stringToSign = [
    ALGORITHM,
    scope.dateTime,
    scopeText,
    createHash("sha256").update(slsV4CanonicalRequest(request), "utf8").digest("hex"),
  ].join("\n");
  let key = hmac(`aliyun_v4${credentials.accessKeySecret}`, date);
  for (const part of [scope.region, "sls", TERMINATOR]) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString("hex");
  return `${ALGORITHM} Credential=${credentials.accessKeyId}/${scopeText},Signature=${signature}`;
}

/** The region and `x-log-date` a signed request names; throws when either is missing or they disagree. */
function scopeOf(request: SignableRequest): SlsV4Scope {
  const auth = parseSlsV4Authorization(headerValue(request, "authorization") ?? "");
  const dateTime = headerValue(request, "x-log-date")?.trim() ?? "";
  if (auth === undefined || !/^\d{8}T\d{6}Z$/.test(dateTime) || !dateTime.startsWith(auth.date))
    throw new SignatureError("signature_unparseable", "SLS v4 Authorization or x-log-date is not readable");
  return { region: auth.region, dateTime };
}

/**
 * True when the request's `Authorization` and `x-log-content-sha256` are what these credentials
 * produce for it (with the `host` it was sent with among its headers). The gateway checks the
 * original request with this before re-signing a changed one, so that it never signs for a sender
 * that did not hold the secret.
 */
export function verifySlsV4(request: SignableRequest, credentials: SlsCredentials): boolean {
  const given = headerValue(request, "authorization");
  if (given === undefined) return false;
  if (headerValue(request, "x-log-content-sha256") !== slsContentSha256(request.body)) return false;
  try {
    return sameSignature(given.trim(), slsV4Authorization(request, credentials, scopeOf(request)));
  } catch {
    return false;
  }
}

/**
 * Re-signs a (changed) SLS v4 request in the original's region and at its `x-log-date`: new
 * `x-log-content-sha256`, Content-MD5 (when it had one), `x-log-bodyrawsize` and Authorization,
 * every other header kept. `request.headers` must hold the `host` it will be sent to. Pure:
 * returns the new header list. Throws a {@link SignatureError} when the original Authorization or
 * `x-log-date` cannot be read.
 */
export function resignSlsV4(
  request: SignableRequest,
  credentials: SlsCredentials,
  options: ResignSlsOptions = {},
): Array<[string, string]> {
  const scope = scopeOf(request);
  const headers = withHeader(
    withSlsBodyHeaders(request, options, "if-present"),
    "x-log-content-sha256",
    slsContentSha256(request.body),
  );
  const unsigned = { ...request, headers };
  return withHeader(headers, "authorization", slsV4Authorization(unsigned, credentials, scope));
}
