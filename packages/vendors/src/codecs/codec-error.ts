/**
 * The one error type the vendor codecs throw. Messages name the structure, never a value.
 */

/** Why a vendor body could not be decoded or encoded. */
export type VendorCodecErrorCode =
  | "sls_protobuf_invalid" // the bytes are not a LogGroup this codec reads faithfully
  | "sls_compression_unsupported" // x-log-compresstype is neither absent, lz4 nor deflate
  | "sls_compression_invalid" // the compressed bytes do not decompress
  | "sls_rawsize_mismatch" // x-log-bodyrawsize is missing, malformed or differs from the decompressed size
  | "sls_body_too_large"; // the decompressed size exceeds the configured limit

/** A decoding or encoding failure of a vendor wire format. */
export class VendorCodecError extends Error {
  /** Stable machine-readable code. */
  readonly code: VendorCodecErrorCode;

  constructor(code: VendorCodecErrorCode, message: string) {
    super(message);
    this.name = "VendorCodecError";
    this.code = code;
  }
}
