/**
 * Alibaba Cloud SLS PutLogs bodies (`application/x-protobuf`, optionally `x-log-compresstype: lz4 |
 * deflate`): decoded to the LogGroup's JSON text for the engine (its `Contents` / `LogTags` are
 * Key/Value lists the engine reads as tag/value pairs), and encoded back after redaction with the
 * compression the request came with (`sls-compression.ts`). The codec claims
 * `x-log-compresstype`, so the gateway does not refuse it as an unknown compression.
 */
import type { TransferBody } from "@kago/redaction";
import { decodeLogGroup, encodeLogGroup, type SlsLogGroup } from "@kago/vendors";
import { z } from "zod";
import type { BodyCodec, CodecResult } from "../codecs/registry.js";
import { refusal } from "../errors.js";
import { compressSls, decompressSls, slsCodecRefusal, slsCompressionOf } from "./sls-compression.js";

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

/** Options of {@link createSlsCodec} and the web tracking codec. */
export interface SlsCodecOptions {
  /** Largest decompressed body accepted (the gateway's `--max-inflated-bytes`). */
  readonly maxRawSize: number;
}

/** The SLS PutLogs body codec (aliyun, `application/x-protobuf`). */
export function createSlsCodec(options: SlsCodecOptions): BodyCodec {
  return {
    name: "sls-protobuf",
    claimsHeaders: ["x-log-compresstype"],
    matches: (ctx) => ctx.recipient === "aliyun" && ctx.mediaType.essence === "application/x-protobuf",
    decode(bytes, ctx): CodecResult<TransferBody> {
      try {
        const logGroup = decodeLogGroup(decompressSls(bytes, ctx, options.maxRawSize));
        return { ok: true, value: { kind: "json", text: JSON.stringify(logGroup) } };
      } catch (err) {
        return slsCodecRefusal(err, "sls_protobuf_invalid");
      }
    },
    encode(body, ctx): CodecResult<Buffer> {
      if (body.kind !== "json") return { ok: false, refusal: refusal("encoding_failure") };
      try {
        const parsed = logGroupSchema.safeParse(JSON.parse(body.text));
        // The engine removed something the protobuf requires (a Key, a Time): nothing to write faithfully.
        if (!parsed.success) return { ok: false, refusal: refusal("encoding_failure") };
        const raw = encodeLogGroup(parsed.data as SlsLogGroup);
        return { ok: true, value: compressSls(raw, slsCompressionOf(ctx)) };
      } catch (err) {
        return slsCodecRefusal(err, "encoding_failure");
      }
    },
  };
}
