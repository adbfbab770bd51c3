/**
 * The body-codec registry: which codec turns a request body into the engine's `TransferBody`
 * and back. Codecs are tried in order, first match wins; a deployment (or the vendor catalog)
 * registers its own codecs ahead of the built-in JSON, form and text codecs, keyed on whatever
 * it needs: media type, recipient, vendor path, headers.
 */
import type { HeaderPair, TransferBody } from "@kago/redaction";
import type { Refusal } from "../errors.js";
import type { MediaType } from "./media-type.js";

/** What a codec may look at to decide whether it handles a body. */
export interface CodecContext {
  /** Recipient id. */
  readonly recipient: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Raw vendor path. */
  readonly path: string;
  /** The parsed Content-Type. */
  readonly mediaType: MediaType;
  /** The request's forwardable headers. */
  readonly headers: readonly HeaderPair[];
}

/** A result: a value or a refusal. */
export type CodecResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: Refusal };

/** Turns content-decoded body bytes into a `TransferBody` and a redacted one back into bytes. */
export interface BodyCodec {
  /** Name, for logs and the README. */
  readonly name: string;
  /**
   * Vendor compression headers this codec decodes itself (e.g. `x-log-compresstype`). A request
   * carrying such a header is refused unless the codec that matched claims it.
   */
  readonly claimsHeaders?: readonly string[];
  /** Whether this codec handles the body. */
  matches(ctx: CodecContext): boolean;
  /** Bytes (after Content-Encoding decoding) to the engine's body. */
  decode(bytes: Buffer, ctx: CodecContext): CodecResult<TransferBody>;
  /** The engine's (redacted) body back to bytes in the original form. */
  encode(body: TransferBody, ctx: CodecContext): CodecResult<Buffer>;
}

/** An ordered set of codecs. */
export interface CodecRegistry {
  /** The first codec that matches, if any. */
  find(ctx: CodecContext): BodyCodec | undefined;
  /** The codecs in lookup order. */
  readonly codecs: readonly BodyCodec[];
}

/** Builds a registry; `codecs` are tried in the order given. */
export function createCodecRegistry(codecs: readonly BodyCodec[]): CodecRegistry {
  const list = [...codecs];
  return {
    codecs: list,
    find: (ctx) => list.find((c) => c.matches(ctx)),
  };
}

/**
 * Vendor compression headers the gateway knows it cannot read by itself: a body announced as
 * compressed this way is refused (415) unless a registered codec claims the header.
 */
export const VENDOR_COMPRESSION_HEADERS: readonly string[] = ["x-log-compresstype"];
