/**
 * Alibaba Cloud SLS PutLogs bodies (`application/x-protobuf`, optionally `x-log-compresstype: lz4 |
 * deflate`): decoded to the LogGroup's JSON text for the engine (its `Contents` / `LogTags` are
 * Key/Value lists the engine reads as tag/value pairs), and encoded back after redaction with the
 * compression the request came with. The codec claims `x-log-compresstype`, so the gateway does
 * not refuse it as an unknown compression. A deflate body is inflated here, counting the bytes
 * zlib reads: zlib ignores whatever follows the stream, and an unchanged body goes out as it
 * arrived, so trailing bytes are refused (`sls_compression_invalid`) rather than forwarded unread.
 */
import { inflateSync } from "node:zlib";
import type { HeaderPair, TransferBody } from "@kago/redaction";
import {
  decodeSlsBody,
  encodeSlsBody,
  parseSlsCompression,
  type SlsLogGroup,
  VendorCodecError,
} from "@kago/vendors";
import { z } from "zod";
import type { BodyCodec, CodecContext, CodecResult } from "../codecs/registry.js";
import { refusal } from "../errors.js";
import type { PreForwardHook } from "../forward/hooks.js";
import { headerValue } from "../http/headers.js";

/** The `x-log-bodyrawsize` of bodies this codec encoded, keyed by the very buffer it returned. */
const rawSizes = new WeakMap<Buffer, number>();

const uint32 = z.number().int().min(0).max(0xffff_ffff);
const pair = z.object({ Key: z.string(), Value: z.string() }).strict();
/** What the redacted JSON must still be to go back on the wire: a LogGroup the encoder writes faithfully. */
const logGroupSchema = z
  .object({
    Logs: z.array(z.object({ Time: uint32, Contents: z.array(pair), TimeNs: uint32.optional() }).strict()),
    Reserved: z.string().optional(),
    Topic: z.string().optional(),
    Source: z.string().optional(),
    MachineUUID: z.string().optional(),
    LogTags: z.array(pair),
  })
  .strict();

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

function codecRefusal(err: unknown): CodecResult<never> {
  if (err instanceof VendorCodecError) return { ok: false, refusal: refusal(err.code) };
  return { ok: false, refusal: refusal("sls_protobuf_invalid") };
}

/** Options of {@link createSlsCodec}. */
export interface SlsCodecOptions {
  /** Largest decompressed body accepted (the gateway's `--max-inflated-bytes`). */
  readonly maxRawSize: number;
}

/** The SLS PutLogs body codec (aliyun, `application/x-protobuf`). */
export function createSlsCodec(options: SlsCodecOptions): BodyCodec {
  const compressionOf = (ctx: CodecContext) =>
    parseSlsCompression(headerValue(ctx.headers, "x-log-compresstype"));
  return {
    name: "sls-protobuf",
    claimsHeaders: ["x-log-compresstype"],
    matches: (ctx) => ctx.recipient === "aliyun" && ctx.mediaType.essence === "application/x-protobuf",
    decode(bytes, ctx): CodecResult<TransferBody> {
      try {
        const compressType = headerValue(ctx.headers, "x-log-compresstype");
        const deflated = compressionOf(ctx) === "deflate";
        const { logGroup } = decodeSlsBody(
          deflated ? inflateWhole(bytes, options.maxRawSize) : bytes,
          {
            compressType: deflated ? undefined : compressType,
            bodyRawSize: headerValue(ctx.headers, "x-log-bodyrawsize"),
          },
          { maxRawSize: options.maxRawSize },
        );
        return { ok: true, value: { kind: "json", text: JSON.stringify(logGroup) } };
      } catch (err) {
        return codecRefusal(err);
      }
    },
    encode(body, ctx): CodecResult<Buffer> {
      if (body.kind !== "json") return { ok: false, refusal: refusal("encoding_failure") };
      let group: SlsLogGroup;
      try {
        const parsed = logGroupSchema.safeParse(JSON.parse(body.text));
        // The engine removed something the protobuf requires (a Key, a Time): nothing to write faithfully.
        if (!parsed.success) return { ok: false, refusal: refusal("encoding_failure") };
        group = parsed.data as SlsLogGroup;
        const encoded = encodeSlsBody(group, compressionOf(ctx));
        const out = Buffer.from(encoded.body.buffer, encoded.body.byteOffset, encoded.body.byteLength);
        rawSizes.set(out, encoded.rawSize);
        return { ok: true, value: out };
      } catch (err) {
        return err instanceof VendorCodecError
          ? codecRefusal(err)
          : { ok: false, refusal: refusal("encoding_failure") };
      }
    },
  };
}

/**
 * Sets `x-log-bodyrawsize` to the protobuf size before compression for a body this codec
 * re-encoded (the gateway's default hook only knows the bytes after compression). Runs before
 * the signature hook, which signs the header.
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
