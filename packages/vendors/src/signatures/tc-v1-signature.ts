/**
 * Tencent Cloud API's older signature (v1): every request parameter, `Signature` excepted, in the
 * query (`GET`) or a form body (`POST`, `application/x-www-form-urlencoded`), and
 *
 * ```
 * StringToSign = METHOD + host + path + "?" + join("&", sorted "key=value" of the decoded parameters)
 * Signature    = base64(HMAC-SHA1 or HMAC-SHA256(SecretKey, StringToSign))   (SignatureMethod, default HmacSHA1)
 * ```
 * The host and path are the ones the client called (`cvm.tencentcloudapi.com` and `/`); keys sort
 * by code unit. Same algorithm as tencentcloud-sdk-nodejs-common's `formatSignString` and `Sign.sign`
 * (checked against them in the tests). Any change to a parameter makes the signature stale.
 */
import { createHmac } from "node:crypto";
import { decodeQuery, SignatureError, sameSignature } from "./signable-request.js";

/** Tencent Cloud API credentials (the same pair TC3 uses). */
export interface TcV1Credentials {
  readonly secretId: string;
  readonly secretKey: string;
}

/** A v1-signed call: its method, the host and path it is signed for, and its raw parameters. */
export interface TcV1Request {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The host the signature names (`host[:port]`, as the client wrote its endpoint). */
  readonly host: string;
  /** The path the signature names (`/`, or the gateway's route prefix for an endpoint override). */
  readonly path: string;
  /** The parameters exactly as sent: the raw query (`GET`) or the raw form body (`POST`). */
  readonly params: string;
}

const HASH_OF: Readonly<Record<string, "sha1" | "sha256">> = { HmacSHA1: "sha1", HmacSHA256: "sha256" };

function decodedParams(params: string): Map<string, string> {
  let pairs: Array<[string, string]>;
  try {
    pairs = decodeQuery(params);
  } catch {
    throw new SignatureError("signature_unparseable", "v1 parameters are not decodable");
  }
  const map = new Map<string, string>();
  for (const [k, v] of pairs) {
    // a repeated parameter has no single meaning: a vendor might read the other one
    if (map.has(k)) throw new SignatureError("signature_unparseable", "v1 parameter repeated");
    map.set(k, v);
  }
  return map;
}

function stringToSignOf(request: TcV1Request, params: ReadonlyMap<string, string>): string {
  const keys = [...params.keys()].filter((k) => k !== "Signature").sort();
  const pairs = keys.map((k) => `${k}=${params.get(k)}`).join("&");
  return `${request.method.toUpperCase()}${request.host}${request.path}?${pairs}`;
}

/** The string a v1 signature covers. Throws a {@link SignatureError} on undecodable parameters. */
export function tcV1StringToSign(request: TcV1Request): string {
  return stringToSignOf(request, decodedParams(request.params));
}

/** The signature of `request`, whose parameters `params` the caller decoded already. */
function signatureFor(request: TcV1Request, params: ReadonlyMap<string, string>, secretKey: string): string {
  const method = params.get("SignatureMethod") ?? "HmacSHA1";
  const hash = HASH_OF[method];
  if (hash === undefined) throw new SignatureError("signature_unparseable", "unknown v1 SignatureMethod");
  return createHmac(hash, secretKey).update(stringToSignOf(request, params), "utf8").digest("base64");
}

/** True when the request's `Signature` is what these credentials produce for it. */
export function verifyTcV1(request: TcV1Request, credentials: TcV1Credentials): boolean {
  const params = decodedParams(request.params);
  const given = params.get("Signature");
  if (given === undefined) throw new SignatureError("signature_unparseable", "request has no v1 Signature");
  if (params.get("SecretId") !== credentials.secretId) return false;
  return sameSignature(signatureFor(request, params, credentials.secretKey), given);
}

/**
 * Re-signs a (changed) v1 call for the host and path it will reach: returns its parameters with
 * only the `Signature` value replaced; every other pair stays as written. The `SecretId` must be
 * the credentials' own (a call signed by another key is not re-signed). Pure.
 */
export function resignTcV1(request: TcV1Request, credentials: TcV1Credentials): string {
  const params = decodedParams(request.params);
  if (!params.has("Signature"))
    throw new SignatureError("signature_unparseable", "request has no v1 Signature");
  if (params.get("SecretId") !== credentials.secretId)
    throw new SignatureError("signature_mismatch", "v1 SecretId is not the gateway's");
  const value = encodeURIComponent(signatureFor(request, params, credentials.secretKey));
  return request.params
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return decodeURIComponent(key.replace(/\+/g, " ")) === "Signature" ? `${key}=${value}` : pair;
    })
    .join("&");
}
