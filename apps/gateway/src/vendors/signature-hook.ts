/**
 * The last pre-forward hook: the gateway never forwards a changed body or query under a stale
 * signature. When redaction changed what a request's signature covers, and the gateway holds
 * credentials for that scheme, it first verifies the ORIGINAL signature with them (so it is not a
 * signing oracle for callers that could not sign the request themselves) and then re-signs the
 * request as it goes upstream. Otherwise the transfer is refused with `stale_signature`.
 * Unchanged requests keep their signature untouched.
 */
import type { HeaderPair } from "@kago/redaction";
import {
  detectSignature,
  parseTc3Authorization,
  resignSls,
  resignTc3,
  type SignableRequest,
  type VendorCredentials,
  verifySls,
  verifyTc3,
} from "@kago/vendors";
import { refusal } from "../errors.js";
import type { OutgoingTransfer, PreForwardHook } from "../forward/hooks.js";

/** Headers the gateway rewrites itself when the body changes; they never make a signature stale by themselves. */
const BODY_DESCRIBING = new Set(["content-md5", "x-log-bodyrawsize"]);

/**
 * Whether a header's value is signed under the scheme (besides the body and query). TC3 names its
 * signed headers (SDKs sign `content-type;host`); the host changes with every forward and is
 * re-signed when anything else changed.
 */
function signedHeader(scheme: string, name: string, tc3Signed: readonly string[]): boolean {
  if (BODY_DESCRIBING.has(name)) return false;
  if (scheme === "sls" || scheme === "sls-v4")
    return (
      name === "content-type" || name === "date" || name.startsWith("x-log-") || name.startsWith("x-acs-")
    );
  if (scheme === "tc3") return name !== "host" && tc3Signed.includes(name);
  return false;
}

function headersDiffer(scheme: string, a: readonly HeaderPair[], b: readonly HeaderPair[]): boolean {
  const auth = a.find(([n]) => n === "authorization")?.[1] ?? "";
  const tc3Signed = scheme === "tc3" ? (parseTc3Authorization(auth)?.signedHeaders ?? ["content-type"]) : [];
  const pick = (h: readonly HeaderPair[]) =>
    h
      .filter(([n]) => signedHeader(scheme, n, tc3Signed))
      .map(([n, v]) => `${n}:${v}`)
      .join("\n");
  return pick(a) !== pick(b);
}

function splitTarget(pathAndQuery: string): { path: string; query: string } {
  const q = pathAndQuery.indexOf("?");
  return q < 0
    ? { path: pathAndQuery, query: "" }
    : { path: pathAndQuery.slice(0, q), query: pathAndQuery.slice(q + 1) };
}

const withoutHost = (headers: ReadonlyArray<readonly [string, string]>): HeaderPair[] =>
  headers.filter(([n]) => n !== "host").map(([n, v]): HeaderPair => [n, v]);

function resign(out: OutgoingTransfer, scheme: string, credentials: VendorCredentials): HeaderPair[] | null {
  const rec = out.received;
  const sent = splitTarget(out.target.pathAndQuery);
  const upstream = new URL(out.target.origin);
  try {
    if (scheme === "sls" && credentials.aliyun !== undefined) {
      // SLS signs neither host nor the gateway's route prefix: the caller signed the vendor path.
      const original: SignableRequest = {
        method: out.method,
        path: rec.path,
        query: rec.query,
        headers: rec.headers,
        body: rec.body,
      };
      if (!verifySls(original, credentials.aliyun)) return null;
      const rawSize = out.headers.find(([n]) => n === "x-log-bodyrawsize")?.[1];
      const changed: SignableRequest = { method: out.method, ...sent, headers: out.headers, body: out.body };
      return withoutHost(
        resignSls(changed, credentials.aliyun, rawSize === undefined ? {} : { bodyRawSize: Number(rawSize) }),
      );
    }
    if (scheme === "tc3" && credentials.tencent !== undefined) {
      // TC3 signs the host and path the caller sent to (the gateway's, for an endpoint override).
      const original: SignableRequest = {
        method: out.method,
        path: rec.requestPath,
        query: rec.query,
        headers: rec.host === undefined ? rec.headers : [...rec.headers, ["host", rec.host]],
        body: rec.body,
      };
      if (!verifyTc3(original, credentials.tencent)) return null;
      const changed: SignableRequest = {
        method: out.method,
        ...sent,
        headers: [...out.headers, ["host", upstream.host]],
        body: out.body,
      };
      const service = upstream.hostname.split(".")[0] ?? "";
      return withoutHost(resignTc3(changed, credentials.tencent, service === "" ? {} : { service }));
    }
  } catch {
    // An Authorization the verifier cannot parse: not re-signable.
    return null;
  }
  return null;
}

/** The signature hook; `credentials` are the ones the gateway holds (possibly none). */
export function createSignatureHook(credentials: VendorCredentials): PreForwardHook {
  return (out) => {
    const rec = out.received;
    const detection = detectSignature(out.recipient, {
      method: out.method,
      path: rec.path,
      query: rec.query,
      headers: rec.headers,
      body: rec.body,
    });
    if (detection.scheme === "none") return out;
    const sent = splitTarget(out.target.pathAndQuery);
    const bodyChanged = !out.body.equals(rec.body);
    const queryChanged = sent.query !== rec.query;
    const stale =
      (bodyChanged && detection.coversBody) ||
      (queryChanged && detection.coversQuery) ||
      headersDiffer(detection.scheme, rec.headers, out.headers);
    if (!stale) return out;
    if (detection.resigner === null) return refusal("stale_signature");
    const headers = resign(out, detection.scheme, credentials);
    return headers === null ? refusal("stale_signature") : { ...out, headers };
  };
}
