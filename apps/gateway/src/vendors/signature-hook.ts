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
  resignSlsV4,
  resignTc3,
  resignTcV1,
  type SignableRequest,
  type TcV1Credentials,
  type VendorCredentials,
  verifySls,
  verifySlsV4,
  verifyTc3,
  verifyTcV1,
} from "@kago/vendors";
import { refusal } from "../errors.js";
import { type OutgoingTransfer, type PreForwardHook, withFreshContentMd5 } from "../forward/hooks.js";

/** Headers the gateway rewrites itself when the body changes; they never make a signature stale by themselves. */
const BODY_DESCRIBING = new Set(["content-md5", "x-log-bodyrawsize", "x-log-content-sha256"]);

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

/**
 * Tencent's v1 signature covers the parameters where its `Signature` is: the query, or a form body
 * (the call's host and path included). Re-signed in place: only the `Signature` pair changes. A
 * call with parameters in both places, or a content-coded body, is not re-signed.
 */
function resignTcV1Transfer(out: OutgoingTransfer, credentials: TcV1Credentials): OutgoingTransfer | null {
  const rec = out.received;
  const sent = splitTarget(out.target.pathAndQuery);
  const inQuery = new URLSearchParams(rec.query).has("Signature");
  if (inQuery ? rec.body.length > 0 : rec.query !== "") return null;
  if (out.headers.some(([n, v]) => n === "content-encoding" && v.trim().toLowerCase() !== "identity"))
    return null;
  // The caller signed the host and path it called (the gateway's, for an endpoint override).
  const original = {
    method: out.method,
    host: rec.host ?? "",
    path: rec.requestPath,
    params: inQuery ? rec.query : rec.body.toString("utf8"),
  };
  if (!verifyTcV1(original, credentials)) return null;
  const params = resignTcV1(
    {
      method: out.method,
      host: new URL(out.target.origin).host,
      path: sent.path,
      params: inQuery ? sent.query : out.body.toString("utf8"),
    },
    credentials,
  );
  if (inQuery) return { ...out, target: { ...out.target, pathAndQuery: `${sent.path}?${params}` } };
  const body = Buffer.from(params, "utf8");
  return { ...out, body, decodedBody: body };
}

function resign(
  out: OutgoingTransfer,
  scheme: string,
  credentials: VendorCredentials,
): OutgoingTransfer | null {
  try {
    if (scheme === "tc-v1" && credentials.tencent !== undefined)
      return resignTcV1Transfer(out, credentials.tencent);
    const headers = resignHeaders(out, scheme, credentials);
    return headers === null ? null : { ...out, headers };
  } catch {
    // A signature the verifier cannot parse: not re-signable.
    return null;
  }
}

function resignHeaders(
  out: OutgoingTransfer,
  scheme: string,
  credentials: VendorCredentials,
): HeaderPair[] | null {
  const rec = out.received;
  const sent = splitTarget(out.target.pathAndQuery);
  const upstream = new URL(out.target.origin);
  const slsBody = (): { bodyRawSize?: number } => {
    const rawSize = out.headers.find(([n]) => n === "x-log-bodyrawsize")?.[1];
    return rawSize === undefined ? {} : { bodyRawSize: Number(rawSize) };
  };
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
    const changed: SignableRequest = { method: out.method, ...sent, headers: out.headers, body: out.body };
    return withoutHost(resignSls(changed, credentials.aliyun, slsBody()));
  }
  if (scheme === "sls-v4" && credentials.aliyun !== undefined) {
    // v4 signs the vendor path (the SDKs sign the operation's path, never an endpoint's) and the
    // host the caller sent to; the re-signature is for the upstream's host.
    const original: SignableRequest = {
      method: out.method,
      path: rec.path,
      query: rec.query,
      headers: rec.host === undefined ? rec.headers : [...rec.headers, ["host", rec.host]],
      body: rec.body,
    };
    if (!verifySlsV4(original, credentials.aliyun)) return null;
    const changed: SignableRequest = {
      method: out.method,
      ...sent,
      headers: [...out.headers, ["host", upstream.host]],
      body: out.body,
    };
    return withoutHost(resignSlsV4(changed, credentials.aliyun, slsBody()));
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
  return null;
}

/**
 * The signature hook; `credentials` are the ones the gateway holds (possibly none). A changed
 * body's `Content-MD5` is recomputed first, whatever the `Authorization` (session 20, red team
 * round 10 F9: beside Meta's `Bearer`, which signs nothing, it went stale): a signature over the
 * checksum covers the body, so the change still makes it stale, and it is re-signed over the fresh
 * checksum (SLS writes its own) or refused; the checksum never vouches for a body its signature
 * does not.
 */
export function createSignatureHook(credentials: VendorCredentials): PreForwardHook {
  return (received) => {
    const out = received.bodyChanged ? withFreshContentMd5(received) : received;
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
    return resign(out, detection.scheme, credentials) ?? refusal("stale_signature");
  };
}
