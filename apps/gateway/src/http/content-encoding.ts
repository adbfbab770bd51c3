/**
 * Content codings: decoding a request body under its `Content-Encoding` with a limit on the
 * inflated size, and applying the same coding again to the redacted body.
 */
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { type Refusal, RefusalError, refusal } from "../errors.js";

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

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotliDecompress = promisify(zlib.brotliDecompress);
const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);
const deflateRaw = promisify(zlib.deflateRaw);
const brotliCompress = promisify(zlib.brotliCompress);

function isTooLarge(err: unknown): boolean {
  return (
    err instanceof RangeError ||
    (typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE")
  );
}

async function guarded(run: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await run();
  } catch (err) {
    throw new RefusalError(isTooLarge(err) ? "inflated_body_too_large" : "malformed_encoding");
  }
}

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
 * Decodes `bytes` under `applied`, never producing more than `maxInflated` bytes. Rejects with a
 * `RefusalError` (`inflated_body_too_large` or `malformed_encoding`). For deflate it tries the
 * zlib wrapper first, then raw deflate, and returns which one matched.
 */
export async function decodeContent(
  bytes: Buffer,
  applied: AppliedCoding,
  maxInflated: number,
): Promise<{ bytes: Buffer; applied: AppliedCoding }> {
  const opts = { maxOutputLength: maxInflated };
  switch (applied.coding) {
    case "identity":
      return decodeIdentity(bytes, applied, maxInflated);
    case "gzip":
      return { bytes: await guarded(() => gunzip(bytes, opts)), applied };
    case "br":
      return { bytes: await guarded(() => brotliDecompress(bytes, opts)), applied };
    case "deflate":
      try {
        return { bytes: await inflate(bytes, opts), applied: { ...applied, deflateVariant: "zlib" } };
      } catch (err) {
        if (isTooLarge(err)) throw new RefusalError("inflated_body_too_large");
        return {
          bytes: await guarded(() => inflateRaw(bytes, opts)),
          applied: { ...applied, deflateVariant: "raw" },
        };
      }
  }
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
