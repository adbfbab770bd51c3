/**
 * PutLogs request bodies: `x-log-compresstype` (none, `lz4` raw block, `deflate` = zlib stream)
 * around a protobuf LogGroup, with `x-log-bodyrawsize` the size before compression.
 */
import { deflateSync, inflateSync } from "node:zlib";
import { VendorCodecError } from "./codec-error.js";
import { lz4CompressBlock, lz4DecompressBlock } from "./lz4-block.js";
import { decodeLogGroup, encodeLogGroup, type SlsLogGroup } from "./sls-protobuf.js";

/** The compressions SLS accepts on a request body. */
export type SlsCompression = "none" | "lz4" | "deflate";

/** Options for decoding. */
export interface SlsDecodeOptions {
  /** Refuse bodies that decompress to more than this many bytes (default 32 MiB). */
  readonly maxRawSize?: number;
}

/** A decoded PutLogs body. */
export interface DecodedSlsBody {
  readonly logGroup: SlsLogGroup;
  readonly compression: SlsCompression;
  /** The uncompressed protobuf bytes. */
  readonly raw: Uint8Array;
}

/** An encoded PutLogs body and the header values that must go with it. */
export interface EncodedSlsBody {
  readonly body: Uint8Array;
  /** The new `x-log-bodyrawsize`. */
  readonly rawSize: number;
  readonly compression: SlsCompression;
}

const DEFAULT_MAX_RAW = 32 * 1024 * 1024;

/** Reads `x-log-compresstype` (case-insensitive; absent or empty means none). */
export function parseSlsCompression(header: string | undefined): SlsCompression {
  const value = (header ?? "").trim().toLowerCase();
  if (value === "" || value === "none") return "none";
  if (value === "lz4" || value === "deflate") return value;
  throw new VendorCodecError("sls_compression_unsupported", "x-log-compresstype is not lz4 or deflate");
}

function parseRawSize(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const v = header.trim();
  if (!/^\d{1,12}$/.test(v))
    throw new VendorCodecError("sls_rawsize_mismatch", "x-log-bodyrawsize is not a size");
  return Number(v);
}

/**
 * Decompresses a PutLogs body per its headers and decodes the LogGroup.
 * @param body the body bytes as received (after any HTTP Content-Encoding was removed).
 * @param headers `x-log-compresstype` and `x-log-bodyrawsize` values, if present.
 */
export function decodeSlsBody(
  body: Uint8Array,
  headers: { readonly compressType?: string | undefined; readonly bodyRawSize?: string | undefined },
  options: SlsDecodeOptions = {},
): DecodedSlsBody {
  const max = options.maxRawSize ?? DEFAULT_MAX_RAW;
  const compression = parseSlsCompression(headers.compressType);
  const rawSize = parseRawSize(headers.bodyRawSize);
  let raw: Uint8Array;
  if (compression === "lz4") {
    if (rawSize === undefined)
      throw new VendorCodecError("sls_rawsize_mismatch", "an lz4 body needs x-log-bodyrawsize");
    if (rawSize > max)
      throw new VendorCodecError("sls_body_too_large", "x-log-bodyrawsize exceeds the limit");
    raw = lz4DecompressBlock(body, rawSize);
  } else if (compression === "deflate") {
    try {
      raw = inflateSync(body, { maxOutputLength: max });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      throw new VendorCodecError(
        tooLarge ? "sls_body_too_large" : "sls_compression_invalid",
        tooLarge ? "deflate body exceeds the limit" : "deflate body does not inflate",
      );
    }
  } else {
    if (body.length > max) throw new VendorCodecError("sls_body_too_large", "body exceeds the limit");
    raw = body;
  }
  if (rawSize !== undefined && rawSize !== raw.length)
    throw new VendorCodecError(
      "sls_rawsize_mismatch",
      "x-log-bodyrawsize differs from the decompressed size",
    );
  return { logGroup: decodeLogGroup(raw), compression, raw };
}

/** Encodes a LogGroup and compresses it the same way the original body was. */
export function encodeSlsBody(logGroup: SlsLogGroup, compression: SlsCompression): EncodedSlsBody {
  const raw = encodeLogGroup(logGroup);
  let body: Uint8Array;
  if (compression === "lz4") body = lz4CompressBlock(raw);
  else if (compression === "deflate") body = new Uint8Array(deflateSync(raw));
  else body = raw;
  return { body, rawSize: raw.length, compression };
}
