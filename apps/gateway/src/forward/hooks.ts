/**
 * Pre-forward hooks: the last step before bytes leave, where a vendor integration re-signs a
 * request (a signature over the body or query), or fixes a header that describes the body.
 * Hooks run in order; each sees what the previous one returned. A hook may refuse the transfer.
 */
import { createHash } from "node:crypto";
import type { HeaderPair } from "@kago/redaction";
import type { Refusal } from "../errors.js";
import type { UpstreamTarget } from "../routing.js";

/** A transfer ready to leave: the final target, headers and body bytes. */
export interface OutgoingTransfer {
  /** Recipient id. */
  readonly recipient: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Upstream origin and the raw path and query to send. */
  readonly target: UpstreamTarget;
  /**
   * Headers to send (without Host and Content-Length, which the gateway sets). Values are text:
   * one that arrived as UTF-8 is decoded, and the forwarder sends each as its UTF-8 bytes (what a
   * signature over the text, as the SDKs compute it, covers).
   */
  readonly headers: readonly HeaderPair[];
  /** Body bytes exactly as they will be sent (content coding applied). */
  readonly body: Buffer;
  /** The same body before its content coding (what `x-log-bodyrawsize`-style headers describe). */
  readonly decodedBody: Buffer;
  /**
   * True when the bytes sent differ from the bytes received: a redaction changed the body, or a
   * brotli body was compressed again by the gateway (see `forwardableAsReceived`).
   */
  readonly bodyChanged: boolean;
  /** True when the redaction changed anything (path, query, headers or body). */
  readonly changed: boolean;
  /** The request as it arrived, before redaction: what a signature on it was computed over. */
  readonly received: ReceivedRequest;
}

/** A request as the gateway received it (for hooks that verify the caller's signature). */
export interface ReceivedRequest {
  /** The vendor path, raw (without the `/<recipient>` prefix). */
  readonly path: string;
  /** The path exactly as the client sent it (with the `/<recipient>` prefix in origin form). */
  readonly requestPath: string;
  /** The raw query without `?`. */
  readonly query: string;
  /** The Host header as received, if any. */
  readonly host: string | undefined;
  /** Forwardable headers as received, as text (UTF-8 values decoded, as `OutgoingTransfer.headers`). */
  readonly headers: readonly HeaderPair[];
  /** The body bytes as received (content coding applied). */
  readonly body: Buffer;
}

/** A pre-forward hook. Returning a refusal stops the transfer (nothing is forwarded). */
export type PreForwardHook = (
  out: OutgoingTransfer,
) => OutgoingTransfer | Refusal | Promise<OutgoingTransfer | Refusal>;

function setHeader(headers: readonly HeaderPair[], name: string, value: string): HeaderPair[] {
  return headers.map(([n, v]): HeaderPair => (n === name ? [n, value] : [n, v]));
}

/**
 * `out` with its `Content-MD5` (RFC 1864) recomputed over the bytes sent, in the form the client
 * used: base64 as the RFC says, or hex (upper or lower case) as Alibaba Cloud SLS clients send it.
 * Unchanged when it has none.
 */
export function withFreshContentMd5(out: OutgoingTransfer): OutgoingTransfer {
  const current = out.headers.find(([n]) => n === "content-md5")?.[1];
  if (current === undefined) return out;
  const digest = createHash("md5").update(out.body);
  let value: string;
  if (/^[0-9A-F]{32}$/.test(current)) value = digest.digest("hex").toUpperCase();
  else if (/^[0-9a-f]{32}$/i.test(current)) value = digest.digest("hex");
  else value = digest.digest("base64");
  return { ...out, headers: setHeader(out.headers, "content-md5", value) };
}

/**
 * Whether `value` is the MD5 of `body`, in base64 or hex (either case). Session 20 (red team round
 * 10, F1): the engine keeps a `Content-MD5` that has a digest's form, and 32 hex digits can spell
 * a phone number (`13812345678abcdef...`): one that is not the body's is no checksum but text
 * riding along.
 */
function isMd5Of(value: string, body: Buffer): boolean {
  const digest = createHash("md5").update(body).digest();
  const given = value.trim();
  return given === digest.toString("base64") || given.toLowerCase() === digest.toString("hex");
}

/**
 * Keeps `Content-MD5` true. An unchanged body's checksum is forwarded when it is the MD5 of the
 * body as received; any other value is no checksum of these bytes (a stale one, one over the
 * document before gzip, or text riding along), and the header is removed (session 20: first
 * refused 400, which red team round 11 F7 saw break clients that hash before compressing; a
 * signature over a wrong checksum fails at the vendor with or without it). A changed body's is recomputed ({@link withFreshContentMd5}); beside an
 * `Authorization` header that is left to the vendor signature hook (`vendors/signature-hook.ts`),
 * which knows whether a signature covers the checksum: it recomputes it too, before re-signing or
 * refusing a signature the change made stale (session 20).
 */
export const contentMd5Hook: PreForwardHook = (out) => {
  const current = out.headers.find(([n]) => n === "content-md5")?.[1];
  if (current === undefined) return out;
  if (!out.bodyChanged) {
    if (isMd5Of(current, out.received.body)) return out;
    return { ...out, headers: out.headers.filter(([n]) => n !== "content-md5") };
  }
  if (out.headers.some(([n]) => n === "authorization")) return out;
  return withFreshContentMd5(out);
};

/**
 * Keeps Alibaba Cloud SLS's `x-log-bodyrawsize` (the body's size before compression) true when
 * the body changed. Vendor codecs that decode `x-log-compresstype` themselves hand the gateway the
 * uncompressed body, so `decodedBody` is the size the header describes.
 */
export const bodyRawSizeHook: PreForwardHook = (out) => {
  if (!out.bodyChanged || !out.headers.some(([n]) => n === "x-log-bodyrawsize")) return out;
  return { ...out, headers: setHeader(out.headers, "x-log-bodyrawsize", String(out.decodedBody.length)) };
};

/** The hooks a gateway runs by default: headers that describe the body are kept true. */
export const DEFAULT_PRE_FORWARD_HOOKS: readonly PreForwardHook[] = [bodyRawSizeHook, contentMd5Hook];
