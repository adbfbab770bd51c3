/**
 * Alibaba Cloud SLS PutWebtracking bodies sent compressed (session 15). Alibaba's PutWebtracking
 * request syntax lets `POST /logstores/{logstore}/track` carry `x-log-compresstype: lz4` (or
 * `deflate`) with `x-log-bodyrawsize`, as PutLogs does, and @alicloud/sls20201230 compresses it
 * when asked to; before, such a body was refused 415 `unsupported_content_encoding`. The body is
 * decompressed (`sls-compression.ts`), read by the built-in JSON or text codec as an uncompressed
 * web tracking body is, and compressed again the same way after redaction, with a true
 * `x-log-bodyrawsize`. Only the catalog's web tracking endpoint and only a compressed body: an
 * uncompressed one stays with the built-in codecs, unchanged.
 */
import type { TransferBody } from "@kago/redaction";
import type { VendorCatalog } from "@kago/vendors";
import { jsonCodec, textPlainCodec } from "../codecs/builtin.js";
import type { BodyCodec, CodecContext, CodecResult } from "../codecs/registry.js";
import { headerValue } from "../http/headers.js";
import type { SlsCodecOptions } from "./sls-codec.js";
import { compressSls, decompressSls, slsCodecRefusal, slsCompressionOf } from "./sls-compression.js";

/** The catalog endpoint whose bodies this codec reads. */
const WEB_TRACKING_POST = "aliyun.sls.web-tracking-post";

/** Options of {@link createSlsWebTrackingCodec}. */
export interface SlsWebTrackingCodecOptions extends SlsCodecOptions {
  /** The catalog that says which requests are web tracking posts. */
  readonly catalog: VendorCatalog;
}

/** The codec that reads the decompressed bytes: JSON, or text (a browser's `text/plain` beacon). */
function textCodecOf(ctx: CodecContext): BodyCodec | undefined {
  if (jsonCodec.matches(ctx)) return jsonCodec;
  if (textPlainCodec.matches(ctx)) return textPlainCodec;
  return undefined;
}

/** The PutWebtracking codec for compressed JSON / text bodies (aliyun). */
export function createSlsWebTrackingCodec(options: SlsWebTrackingCodecOptions): BodyCodec {
  return {
    name: "sls-webtracking",
    claimsHeaders: ["x-log-compresstype"],
    matches: (ctx) =>
      ctx.recipient === "aliyun" &&
      headerValue(ctx.headers, "x-log-compresstype") !== undefined &&
      textCodecOf(ctx) !== undefined &&
      options.catalog.match("aliyun", { method: ctx.method, path: ctx.path })?.id === WEB_TRACKING_POST,
    decode(bytes, ctx): CodecResult<TransferBody> {
      let raw: Buffer;
      try {
        raw = decompressSls(bytes, ctx, options.maxRawSize);
      } catch (err) {
        return slsCodecRefusal(err, "sls_compression_invalid");
      }
      return (textCodecOf(ctx) as BodyCodec).decode(raw, ctx);
    },
    encode(body, ctx): CodecResult<Buffer> {
      const text = (textCodecOf(ctx) as BodyCodec).encode(body, ctx);
      if (!text.ok) return text;
      try {
        return { ok: true, value: compressSls(text.value, slsCompressionOf(ctx)) };
      } catch (err) {
        return slsCodecRefusal(err, "encoding_failure");
      }
    },
  };
}
