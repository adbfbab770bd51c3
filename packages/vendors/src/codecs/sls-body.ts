/**
 * PutLogs request bodies: `x-log-compresstype` (none, `lz4` raw block, `deflate` = zlib stream)
 * around a protobuf LogGroup, with `x-log-bodyrawsize` the size before compression. The
 * compression alone (`decompressSlsBody` / `compressSlsBody`) is PutWebtracking's too, around its
 * JSON body (session 15). `zstd`, which newer SLS SDKs prefer when a zstd library loads, is refused:
 * Node 20's `node:zlib` has none, and a zstd library would need a native build.
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

/** A request body with its SLS compression removed. */
export interface DecompressedSlsBody {
  readonly compression: SlsCompression;
  /** The uncompressed bytes (a protobuf LogGroup for PutLogs, JSON for PutWebtracking). */
  readonly raw: Uint8Array;
}

/** A decoded PutLogs body. */
export interface DecodedSlsBody extends DecompressedSlsBody {
  readonly logGroup: SlsLogGroup;
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

/** The SLS headers that describe a compressed body. */
export interface SlsBodyHeaders {
  /** `x-log-compresstype`, if present. */
  readonly compressType?: string | undefined;
  /** `x-log-bodyrawsize`, if present. */
  readonly bodyRawSize?: string | undefined;
}

/**
 * Decompresses a PutLogs or PutWebtracking body per its headers, checking the declared raw size.
 * Throws `VendorCodecError` for an unknown compression, a body that does not decompress, or a
 * size that does not match.
 * @param body the body bytes as received (after any HTTP Content-Encoding was removed).
 */
export function decompressSlsBody(
  body: Uint8Array,
  headers: SlsBodyHeaders,
  options: SlsDecodeOptions = {},
): DecompressedSlsBody {
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
  return { compression, raw };
}

/** Compresses request body bytes as `x-log-compresstype` says. */
export function compressSlsBody(raw: Uint8Array, compression: SlsCompression): Uint8Array {
  if (compression === "lz4") return lz4CompressBlock(raw);
  if (compression === "deflate") return new Uint8Array(deflateSync(raw));
  return raw;
}

/**
 * Decompresses a PutLogs body per its headers and decodes the LogGroup.
 * @param body the body bytes as received (after any HTTP Content-Encoding was removed).
 * @param headers `x-log-compresstype` and `x-log-bodyrawsize` values, if present.
 */
export function decodeSlsBody(
  body: Uint8Array,
  headers: SlsBodyHeaders,
  options: SlsDecodeOptions = {},
): DecodedSlsBody {
  const decompressed = decompressSlsBody(body, headers, options);
  return { ...decompressed, logGroup: decodeLogGroup(decompressed.raw) };
}

/** Encodes a LogGroup and compresses it the same way the original body was. */
export function encodeSlsBody(logGroup: SlsLogGroup, compression: SlsCompression): EncodedSlsBody {
  const raw = encodeLogGroup(logGroup);
  return { body: compressSlsBody(raw, compression), rawSize: raw.length, compression };
}
