/**
 * Content codings: decoding a request body under its `Content-Encoding` with a limit on the
 * inflated size, and applying the same coding again to the redacted body.
 */
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { type Refusal, RefusalError, refusal } from "../errors.js";
import { gunzipStrict } from "./gzip.js";
import { type CountedOutput, inflateCounted, inflateWhole } from "./inflate-counted.js";

/** A content coding the gateway can decode and re-apply. */
export type ContentCoding = "identity" | "gzip" | "deflate" | "br";

/**
 * A decoded coding, with what re-encoding needs: the header value as received (`x-gzip` stays
 * `x-gzip`), and for deflate whether the body was zlib-wrapped (RFC 9110) or raw (as some
 * clients send it).
 */
export interface AppliedCoding {
  readonly coding: ContentCoding;
  /** The Content-Encoding header value to send again, or `null` for identity. */
  readonly header: string | null;
  readonly deflateVariant: "zlib" | "raw";
}

const NAMES: Readonly<Record<string, ContentCoding>> = {
  "": "identity",
  identity: "identity",
  gzip: "gzip",
  "x-gzip": "gzip",
  deflate: "deflate",
  br: "br",
};

/**
 * Parses a `Content-Encoding` header. One coding is supported (`identity` entries are ignored);
 * anything else, including a chain of several codings, is refused as
 * `unsupported_content_encoding`.
 */
export function parseContentEncoding(header: string | undefined): AppliedCoding | Refusal {
  const tokens = (header ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== "" && t !== "identity");
  if (tokens.length === 0) return { coding: "identity", header: null, deflateVariant: "zlib" };
  const [only] = tokens;
  const coding = tokens.length === 1 && only !== undefined ? NAMES[only] : undefined;
  if (coding === undefined) return refusal("unsupported_content_encoding");
  return { coding, header: only ?? null, deflateVariant: "zlib" };
}

const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);
const deflateRaw = promisify(zlib.deflateRaw);
const brotliCompress = promisify(zlib.brotliCompress);

/** The identity coding, synchronously: the bytes themselves, within `maxInflated`. */
export function decodeIdentity(
  bytes: Buffer,
  applied: AppliedCoding,
  maxInflated: number,
): { bytes: Buffer; applied: AppliedCoding } {
  if (bytes.length > maxInflated) throw new RefusalError("inflated_body_too_large");
  return { bytes, applied };
}

/**
 * Decodes `bytes` under `applied`, never producing more than `maxInflated` bytes, and reading
 * every byte: what a decoder would skip (gzip header fields, padding or data after the
 * compressed stream) is refused, since an unchanged body is forwarded as it arrived. Rejects with
 * a `RefusalError` (`inflated_body_too_large` or `malformed_encoding`). For deflate it tries the
 * zlib wrapper first, then raw deflate, and returns which one matched.
 */
export async function decodeContent(
  bytes: Buffer,
  applied: AppliedCoding,
  maxInflated: number,
): Promise<{ bytes: Buffer; applied: AppliedCoding }> {
  switch (applied.coding) {
    case "identity":
      return decodeIdentity(bytes, applied, maxInflated);
    case "gzip":
      return { bytes: await gunzipStrict(bytes, maxInflated), applied };
    case "br":
      return { bytes: await inflateWhole(zlib.brotliDecompress, bytes, maxInflated), applied };
    case "deflate": {
      let wrapped: CountedOutput;
      try {
        wrapped = await inflateCounted(zlib.inflate, bytes, maxInflated);
      } catch (err) {
        if (err instanceof RefusalError && err.refusal.code === "inflated_body_too_large") throw err;
        return {
          bytes: await inflateWhole(zlib.inflateRaw, bytes, maxInflated),
          applied: { ...applied, deflateVariant: "raw" },
        };
      }
      if (wrapped.consumed !== bytes.length) throw new RefusalError("malformed_encoding");
      return { bytes: wrapped.buffer, applied: { ...applied, deflateVariant: "zlib" } };
    }
  }
}

/**
 * Whether a body decoded under `applied` may be forwarded as it arrived when its text is
 * unchanged. Not brotli: a brotli stream can carry metadata meta-blocks, bytes the decoder skips
 * by design and no one can inspect, so a brotli body always goes out as the gateway's own
 * compression of the inspected text.
 */
export function forwardableAsReceived(applied: AppliedCoding): boolean {
  return applied.coding !== "br";
}

/** Applies `applied` again to a (redacted) body. */
export async function encodeContent(bytes: Buffer, applied: AppliedCoding): Promise<Buffer> {
  switch (applied.coding) {
    case "identity":
      return bytes;
    case "gzip":
      return gzip(bytes);
    case "br":
      return brotliCompress(bytes);
    case "deflate":
      return applied.deflateVariant === "raw" ? deflateRaw(bytes) : deflate(bytes);
  }
}
