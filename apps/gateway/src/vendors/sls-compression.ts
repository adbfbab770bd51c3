/**
 * Alibaba Cloud SLS request compression (`x-log-compresstype: lz4 | deflate`, with
 * `x-log-bodyrawsize` the size before compression), shared by the PutLogs and PutWebtracking
 * codecs (session 15: split out of the PutLogs codec when web tracking bodies got the same
 * treatment). A deflate body is inflated here, counting the bytes zlib reads: zlib ignores
 * whatever follows the stream, and an unchanged body goes out as it arrived, so trailing bytes are
 * refused (`sls_compression_invalid`) rather than forwarded unread. An lz4 block is read to its
 * last byte by the catalog's decoder. `zstd` is refused (`sls_compression_unsupported`).
 */
import { inflateSync } from "node:zlib";
import type { HeaderPair } from "@kago/redaction";
import {
  compressSlsBody,
  decompressSlsBody,
  parseSlsCompression,
  type SlsCompression,
  VendorCodecError,
} from "@kago/vendors";
import type { CodecContext, CodecResult } from "../codecs/registry.js";
import { type GatewayErrorCode, refusal } from "../errors.js";
import type { PreForwardHook } from "../forward/hooks.js";
import { headerValue } from "../http/headers.js";

/** The `x-log-bodyrawsize` of bodies an SLS codec encoded, keyed by the very buffer it returned. */
const rawSizes = new WeakMap<Buffer, number>();

/** Inflates an SLS deflate body, refusing it unless zlib read every byte of it. */
function inflateWhole(bytes: Buffer, maxRawSize: number): Buffer {
  let out: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    out = inflateSync(bytes, { info: true, maxOutputLength: maxRawSize }) as unknown as typeof out;
  } catch (err) {
    const tooLarge = (err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE";
    throw new VendorCodecError(
      tooLarge ? "sls_body_too_large" : "sls_compression_invalid",
      tooLarge ? "deflate body exceeds the limit" : "deflate body does not inflate",
    );
  }
  if (out.engine.bytesWritten !== bytes.length)
    throw new VendorCodecError("sls_compression_invalid", "bytes after the deflate stream");
  return out.buffer;
}

/** The request's `x-log-compresstype`; throws `VendorCodecError` for one SLS does not define here. */
export function slsCompressionOf(ctx: CodecContext): SlsCompression {
  return parseSlsCompression(headerValue(ctx.headers, "x-log-compresstype"));
}

/**
 * The body without its SLS compression, its `x-log-bodyrawsize` checked. Throws
 * `VendorCodecError` (see {@link slsCodecRefusal}).
 */
export function decompressSls(bytes: Buffer, ctx: CodecContext, maxRawSize: number): Buffer {
  const deflated = slsCompressionOf(ctx) === "deflate";
  const { raw } = decompressSlsBody(
    deflated ? inflateWhole(bytes, maxRawSize) : bytes,
    {
      compressType: deflated ? undefined : headerValue(ctx.headers, "x-log-compresstype"),
      bodyRawSize: headerValue(ctx.headers, "x-log-bodyrawsize"),
    },
    { maxRawSize },
  );
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

/** `raw` compressed as the request came; its size is remembered for {@link slsBodyRawSizeHook}. */
export function compressSls(raw: Uint8Array, compression: SlsCompression): Buffer {
  const body = compressSlsBody(raw, compression);
  const out = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  rawSizes.set(out, raw.length);
  return out;
}

/** The refusal for an error of an SLS codec: the catalog codec's own code, else `otherwise`. */
export function slsCodecRefusal(err: unknown, otherwise: GatewayErrorCode): CodecResult<never> {
  return { ok: false, refusal: refusal(err instanceof VendorCodecError ? err.code : otherwise) };
}

/**
 * Sets `x-log-bodyrawsize` to the size before compression for a body an SLS codec re-encoded
 * (the gateway's default hook only knows the bytes after compression). Runs before the signature
 * hook, which signs the header.
 */
export const slsBodyRawSizeHook: PreForwardHook = (out) => {
  if (!out.bodyChanged) return out;
  const rawSize = rawSizes.get(out.decodedBody);
  if (rawSize === undefined) return out;
  const value = String(rawSize);
  const present = out.headers.some(([n]) => n === "x-log-bodyrawsize");
  const headers: HeaderPair[] = present
    ? out.headers.map(([n, v]): HeaderPair => (n === "x-log-bodyrawsize" ? [n, value] : [n, v]))
    : [...out.headers, ["x-log-bodyrawsize", value]];
  return { ...out, headers };
};
