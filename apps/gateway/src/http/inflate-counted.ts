/**
 * Runs one of zlib's asynchronous convenience decoders and reports how many input bytes it
 * consumed. zlib stops at the end of a compressed stream and quietly ignores whatever follows
 * (cleartext after a zlib, raw deflate or brotli stream); the count is how the gateway knows that
 * no byte it would forward went unread.
 */
import type { InputType, ZlibOptions } from "node:zlib";
import { RefusalError } from "../errors.js";

/** A zlib convenience decoder (`inflate`, `inflateRaw`, `brotliDecompress`...). */
export type ZlibDecoder = (
  input: InputType,
  options: ZlibOptions,
  callback: (error: Error | null, result: unknown) => void,
) => void;

/** What a decoder produced and how many input bytes it read. */
export interface CountedOutput {
  readonly buffer: Buffer;
  readonly consumed: number;
}

function isTooLarge(err: unknown): boolean {
  return (
    err instanceof RangeError ||
    (typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE")
  );
}

/**
 * Decodes `input` with `decoder`, producing at most `maxOutput` bytes. Rejects with a
 * `RefusalError`: `inflated_body_too_large` past the limit, `malformed_encoding` when the data
 * does not decode (corrupt, truncated, a preset dictionary).
 */
export function inflateCounted(
  decoder: ZlibDecoder,
  input: Buffer,
  maxOutput: number,
): Promise<CountedOutput> {
  return new Promise((resolve, reject) => {
    decoder(input, { info: true, maxOutputLength: maxOutput }, (err, result) => {
      if (err !== null) {
        reject(new RefusalError(isTooLarge(err) ? "inflated_body_too_large" : "malformed_encoding"));
        return;
      }
      const { buffer, engine } = result as { buffer: Buffer; engine: { bytesWritten: number } };
      resolve({ buffer, consumed: engine.bytesWritten });
    });
  });
}

/**
 * Like {@link inflateCounted}, and every input byte must have been consumed: anything after the
 * end of the compressed stream is refused as `malformed_encoding`.
 */
export async function inflateWhole(decoder: ZlibDecoder, input: Buffer, maxOutput: number): Promise<Buffer> {
  const { buffer, consumed } = await inflateCounted(decoder, input, maxOutput);
  if (consumed !== input.length) throw new RefusalError("malformed_encoding");
  return buffer;
}
