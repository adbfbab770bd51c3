/**
 * Tencent Cloud API 3.0 signature (`Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request,
 * SignedHeaders=<names>, Signature=<hex>`):
 *
 * ```
 * CanonicalRequest = METHOD \n URI \n QUERY \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(body))
 * StringToSign     = "TC3-HMAC-SHA256" \n X-TC-Timestamp \n <date>/<service>/tc3_request \n hex(SHA256(CanonicalRequest))
 * kSigning         = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request")
 * Signature        = hex(HMAC-SHA256(kSigning, StringToSign))
 * ```
 * The payload hash is part of the canonical request, so any body change invalidates the signature.
 * The signed headers always include `host`: a client must sign for the vendor's host (or the gateway
 * re-signs with the upstream host).
 */
import { createHash, createHmac } from "node:crypto";
import {
  headerValue,
  type SignableRequest,
  SignatureError,
  sameSignature,
  withHeader,
} from "./signable-request.js";

/** Tencent Cloud API credentials. */
export interface Tc3Credentials {
  readonly secretId: string;
  readonly secretKey: string;
}

/** The parts of a TC3 Authorization header. */
export interface Tc3Authorization {
  readonly secretId: string;
  readonly date: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const AUTH_RE =
  /^TC3-HMAC-SHA256\s+Credential=([^/,\s]+)\/(\d{4}-\d{2}-\d{2})\/([^,\s]+)\/tc3_request,\s*SignedHeaders=([a-z0-9;._-]+),\s*Signature=([0-9a-f]{64})$/i;

/**
 * Parses a TC3 Authorization header; `undefined` when it is not one. The service is taken as is,
 * even when it is not a service name: tencentcloud-sdk-nodejs pointed at `gateway:8080/tencent`
 * signs with the service `gateway:8080/tencent`.
 */
export function parseTc3Authorization(value: string): Tc3Authorization | undefined {
  const m = AUTH_RE.exec(value.trim());
  if (m === null) return undefined;
  const [, secretId, date, service, signed, signature] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    secretId,
    date,
    service,
    signedHeaders: signed.toLowerCase().split(";"),
    signature: signature.toLowerCase(),
  };
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac("sha256", key).update(data, "utf8").digest();
}

function hostname(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  const colon = h.indexOf(":");
  return colon < 0 ? h : h.slice(0, colon);
}

/** The canonical request for a TC3 signature over the given signed headers. */
export function tc3CanonicalRequest(request: SignableRequest, signedHeaders: readonly string[]): string {
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const raw = headerValue(request, name);
      if (raw === undefined)
        throw new SignatureError("signature_unparseable", `TC3 signed header ${name} is missing`);
      const value = name === "host" ? hostname(raw) : raw.trim().toLowerCase();
      return `${name}:${value}\n`;
    })
    .join("");
  const payloadHash =
    (headerValue(request, "x-tc-content-sha256") ?? "").toUpperCase() === "UNSIGNED-PAYLOAD"
      ? "UNSIGNED-PAYLOAD"
      : sha256Hex(request.body);
  return [
    request.method.toUpperCase(),
    request.path === "" ? "/" : request.path,
    request.method.toUpperCase() === "GET" ? request.query : "",
    canonicalHeaders,
    signedHeaders.join(";"),
    payloadHash,
  ].join("\n");
}

function signatureFor(
  request: SignableRequest,
  auth: Omit<Tc3Authorization, "signature" | "secretId">,
  secretKey: string,
): string {
  const timestamp = headerValue(request, "x-tc-timestamp");
  if (timestamp === undefined)
    throw new SignatureError("signature_unparseable", "TC3 request has no X-TC-Timestamp");
  const scope = `${auth.date}/${auth.service}/tc3_request`;
  const stringToSign = [
    "TC3-HMAC-SHA256",
    timestamp.trim(),
    scope,
    sha256Hex(tc3CanonicalRequest(request, auth.signedHeaders)),
  ].join("\n");
  const kSigning = hmac(hmac(hmac(`TC3${secretKey}`, auth.date), auth.service), "tc3_request");
  return createHmac("sha256", kSigning).update(stringToSign, "utf8").digest("hex");
}

function authorizationOf(request: SignableRequest): Tc3Authorization {
  const value = headerValue(request, "authorization");
  const auth = value === undefined ? undefined : parseTc3Authorization(value);
  if (auth === undefined)
    throw new SignatureError("signature_unparseable", "request has no TC3 Authorization");
  return auth;
}

/** True when the request's TC3 signature is what these credentials produce for it. */
export function verifyTc3(request: SignableRequest, credentials: Tc3Credentials): boolean {
  const auth = authorizationOf(request);
  if (auth.secretId !== credentials.secretId) return false;
  return sameSignature(signatureFor(request, auth, credentials.secretKey), auth.signature);
}

/** Options of `resignTc3`. */
export interface ResignTc3Options {
  /**
   * The service of the credential scope, when the original one is wrong: an SDK pointed at the
   * gateway by endpoint override derives it from the gateway's host name (tencentcloud-sdk-nodejs
   * takes the first label of its endpoint). Pass the first label of the upstream host (`cvm`).
   */
  readonly service?: string;
}

/**
 * Re-signs a (changed) TC3 request, keeping its timestamp, date, service and signed header list from
 * the original Authorization; only the signature (over the new payload) changes. The `host` header
 * must already be the upstream's host. Pure: returns the new header list.
 */
export function resignTc3(
  request: SignableRequest,
  credentials: Tc3Credentials,
  options: ResignTc3Options = {},
): Array<[string, string]> {
  const original = authorizationOf(request);
  const auth = { ...original, service: options.service ?? original.service };
  const signature = signatureFor(request, auth, credentials.secretKey);
  const value = `TC3-HMAC-SHA256 Credential=${credentials.secretId}/${auth.date}/${auth.service}/tc3_request, SignedHeaders=${auth.signedHeaders.join(";")}, Signature=${signature}`;
  return withHeader(request.headers, "authorization", value);
}
