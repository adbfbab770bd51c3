/**
 * Which signature a request carries and what it covers, so the gateway knows whether a changed body
 * or query would arrive under a stale signature.
 */
import type { SignatureScheme } from "../types.js";
import { decodeQuery, headerValue, type SignableRequest } from "./signable-request.js";
import { parseSlsV4Authorization } from "./sls-v4-signature.js";
import { parseTc3Authorization } from "./tc3-signature.js";

/** What `detectSignature` found. */
export interface SignatureDetection {
  /** The scheme, or `"none"`. `sls-v4` is SLS's `SLS4-HMAC-SHA256`. */
  readonly scheme: SignatureScheme | "none";
  /** A change to the body makes the signature stale. */
  readonly coversBody: boolean;
  /** A change to the query makes the signature stale. */
  readonly coversQuery: boolean;
  /** The re-signer that can repair it with credentials, if any. */
  readonly resigner: "sls" | "sls-v4" | "tc3" | "tc-v1" | null;
}

const NONE: SignatureDetection = { scheme: "none", coversBody: false, coversQuery: false, resigner: null };

function params(request: Pick<SignableRequest, "query">): Map<string, string> {
  try {
    return new Map(decodeQuery(request.query));
  } catch {
    return new Map();
  }
}

function formParams(request: SignableRequest): Map<string, string> {
  const type = headerValue(request, "content-type") ?? "";
  if (!type.toLowerCase().includes("x-www-form-urlencoded")) return new Map();
  return params({ query: new TextDecoder().decode(request.body) });
}

/**
 * Detects the signature of a request to a recipient. Pure and total: an unknown recipient or an
 * unsigned request gives `scheme: "none"`.
 */
export function detectSignature(recipient: string, request: SignableRequest): SignatureDetection {
  const auth = headerValue(request, "authorization")?.trim() ?? "";
  switch (recipient) {
    case "aliyun": {
      if (auth.startsWith("LOG "))
        return {
          scheme: "sls",
          coversBody: headerValue(request, "content-md5") !== undefined,
          coversQuery: true,
          resigner: "sls",
        };
      // Any v4 Authorization, even one this module cannot parse, covers the body.
      if (auth.startsWith("SLS4-HMAC-SHA256"))
        return {
          scheme: "sls-v4",
          coversBody: true,
          coversQuery: true,
          resigner: parseSlsV4Authorization(auth) === undefined ? null : "sls-v4",
        };
      return NONE;
    }
    case "tencent": {
      // Any TC3 Authorization, even one this module cannot parse, covers the body.
      if (auth.startsWith("TC3-HMAC-SHA256")) {
        const unsigned =
          (headerValue(request, "x-tc-content-sha256") ?? "").toUpperCase() === "UNSIGNED-PAYLOAD";
        const resigner = parseTc3Authorization(auth) === undefined ? null : "tc3";
        return { scheme: "tc3", coversBody: !unsigned, coversQuery: true, resigner };
      }
      const query = params(request);
      if (query.has("Signature") || formParams(request).has("Signature"))
        return {
          scheme: "tc-v1",
          coversBody: request.method.toUpperCase() === "POST",
          coversQuery: true,
          resigner: "tc-v1",
        };
      if (query.has("usersig"))
        return { scheme: "tim-usersig", coversBody: false, coversQuery: false, resigner: null };
      return NONE;
    }
    case "zego": {
      const query = params(request);
      // md5(AppId + SignatureNonce + ServerSecret + Timestamp): operational parameters only.
      if (query.has("Signature") && query.has("SignatureNonce"))
        return { scheme: "zego-query", coversBody: false, coversQuery: false, resigner: null };
      return NONE;
    }
    case "facebook": {
      // appsecret_proof = HMAC-SHA256(access_token, app secret): covers the token only.
      if (params(request).has("appsecret_proof") || formParams(request).has("appsecret_proof"))
        return { scheme: "fb-appsecret-proof", coversBody: false, coversQuery: false, resigner: null };
      return NONE;
    }
    default:
      return NONE;
  }
}
