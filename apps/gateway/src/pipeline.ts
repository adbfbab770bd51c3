/**
 * The request pipeline, from a routed request and its raw body to the bytes to forward:
 * content decoding, body codec, the engine, re-encoding, pre-forward hooks. Pure of express and
 * of the network; every refusal comes back as a value.
 */
import type { CompiledPolicy } from "@kago/policy";
import type {
  HeaderPair,
  RedactionReport,
  RedactOptions,
  Redactor,
  RedactResult,
  Transfer,
  TransferBody,
} from "@kago/redaction";
import { redactionError } from "@kago/redaction";
import { parseMediaType } from "./codecs/media-type.js";
import type { BodyCodec, CodecContext, CodecRegistry } from "./codecs/registry.js";
import { VENDOR_COMPRESSION_HEADERS } from "./codecs/registry.js";
import { type Refusal, RefusalError, refusal } from "./errors.js";
import type { OutgoingTransfer, PreForwardHook } from "./forward/hooks.js";
import {
  type AppliedCoding,
  decodeContent,
  decodeIdentity,
  encodeContent,
  forwardableAsReceived,
  parseContentEncoding,
} from "./http/content-encoding.js";
import { assertSendableHeaders, readHeaderText } from "./http/header-text.js";
import { type Route, upstreamTarget } from "./routing.js";
import { builtinVocabulary, knownLocation } from "./telemetry/vocabulary.js";

/** An engine refusal as the gateway answers it: its location shown with known words only. */
function engineRefusal(error: { code: string; status: number; message: string; location?: string }): Refusal {
  const { code, status, message } = error;
  return error.location === undefined || error.location === ""
    ? { code, status, message }
    : { code, status, message, location: knownLocation(error.location, builtinVocabulary()) };
}

/** What the pipeline needs, fixed at start-up. */
export interface PipelineDeps {
  readonly policy: CompiledPolicy;
  readonly redactor: Redactor;
  readonly codecs: CodecRegistry;
  /** Upstream base URL per recipient id. */
  readonly upstreams: ReadonlyMap<string, URL>;
  readonly maxInflatedBytes: number;
  readonly hooks: readonly PreForwardHook[];
  /**
   * Per-transfer engine options, e.g. the vendor catalog's payload plan for the endpoint the
   * transfer is for. Absent: the engine's generic rules alone.
   */
  readonly redactOptions?: (transfer: Transfer) => RedactOptions | undefined;
  /** Refuses a transfer before the engine runs (e.g. an endpoint the policy does not admit). */
  readonly admit?: (transfer: Transfer) => Refusal | undefined;
}

/** One request as the pipeline receives it. */
export interface PipelineInput {
  readonly route: Route;
  readonly method: string;
  /** Forwardable headers (see `forwardableHeaders`) as Node hands them over: one char per byte. */
  readonly headers: readonly HeaderPair[];
  /** The raw `Content-Encoding` header, if any. */
  readonly contentEncoding: string | undefined;
  /** The raw body as received. */
  readonly body: Buffer;
  /** The Host header as received. */
  readonly host?: string | undefined;
  /** The path as the client sent it (default: the route's vendor path). */
  readonly requestPath?: string;
}

/** The pipeline's result: bytes to forward with the engine's report, or a refusal (with the report when the engine ran). */
export type PipelineResult =
  | { readonly ok: true; readonly outgoing: OutgoingTransfer; readonly report: RedactionReport }
  | { readonly ok: false; readonly refusal: Refusal; readonly report: RedactionReport | null };

interface DecodedBody {
  readonly body: TransferBody;
  readonly codec: BodyCodec | null;
  readonly ctx: CodecContext | null;
  readonly coding: AppliedCoding | null;
}

async function decodeBody(
  deps: PipelineDeps,
  input: PipelineInput,
  headers: readonly HeaderPair[],
): Promise<DecodedBody> {
  if (input.body.length === 0) return { body: { kind: "none" }, codec: null, ctx: null, coding: null };
  // One pass over the headers: the Content-Type, how many there are, the vendor compression ones.
  let contentType: string | undefined;
  let contentTypes = 0;
  const compression: string[] = [];
  for (const [name, value] of headers) {
    if (name === "content-type") {
      contentTypes++;
      contentType ??= value;
    } else if (VENDOR_COMPRESSION_HEADERS.includes(name)) compression.push(name);
  }
  if (contentType === undefined) throw new RefusalError("missing_content_type");
  // Two Content-Types would let the vendor read the body as something other than what was inspected.
  if (contentTypes > 1) throw new RefusalError("malformed_request");
  const mediaType = parseMediaType(contentType);
  if (mediaType === undefined) throw new RefusalError("unsupported_media_type");
  const ctx: CodecContext = {
    recipient: input.route.recipient,
    method: input.method,
    path: input.route.path,
    mediaType,
    headers,
  };
  const codec = deps.codecs.find(ctx);
  if (codec === undefined) throw new RefusalError("unsupported_media_type");
  for (const name of compression) {
    if (!(codec.claimsHeaders ?? []).includes(name)) throw new RefusalError("unsupported_content_encoding");
  }
  const parsed = parseContentEncoding(input.contentEncoding);
  if ("code" in parsed) throw new RefusalError(parsed);
  // Without a content coding there is nothing to wait for: no promise, no microtask hop.
  const { bytes, applied } =
    parsed.coding === "identity"
      ? decodeIdentity(input.body, parsed, deps.maxInflatedBytes)
      : await decodeContent(input.body, parsed, deps.maxInflatedBytes);
  const decoded = codec.decode(bytes, ctx);
  if (!decoded.ok) throw new RefusalError(decoded.refusal);
  return { body: decoded.value, codec, ctx, coding: applied };
}

function sameBody(a: TransferBody, b: TransferBody): boolean {
  if (a.kind === "none" || b.kind === "none") return a.kind === b.kind;
  return a.kind === b.kind && a.text === b.text;
}

/** The bytes to forward, and what changed: the text (a redaction) or only the bytes (re-compressed). */
interface EncodedBody {
  readonly body: Buffer;
  readonly decodedBody: Buffer;
  /** The engine changed the body's text. */
  readonly textChanged: boolean;
  /** The bytes sent differ from the bytes received. */
  readonly bytesChanged: boolean;
}

async function encodeBody(
  input: PipelineInput,
  decoded: DecodedBody,
  result: TransferBody,
): Promise<EncodedBody> {
  const same = sameBody(decoded.body, result);
  if (same && (decoded.coding === null || forwardableAsReceived(decoded.coding))) {
    // Unchanged: forward the very bytes that arrived (same compression, same checksums).
    return { body: input.body, decodedBody: input.body, textChanged: false, bytesChanged: false };
  }
  if (result.kind === "none" || decoded.codec === null || decoded.ctx === null || decoded.coding === null) {
    if (result.kind === "none") {
      const empty = Buffer.alloc(0);
      return { body: empty, decodedBody: empty, textChanged: true, bytesChanged: true };
    }
    throw new RefusalError("encoding_failure");
  }
  // Changed, or unchanged in a coding whose bytes cannot all be inspected: encode what was inspected.
  const encoded = decoded.codec.encode(result, decoded.ctx);
  if (!encoded.ok) throw new RefusalError(encoded.refusal);
  return {
    body:
      decoded.coding.coding === "identity"
        ? encoded.value
        : await encodeContent(encoded.value, decoded.coding),
    decodedBody: encoded.value,
    textChanged: !same,
    bytesChanged: true,
  };
}

async function runHooks(
  hooks: readonly PreForwardHook[],
  out: OutgoingTransfer,
): Promise<OutgoingTransfer | Refusal> {
  let current = out;
  for (const hook of hooks) {
    const pending = hook(current);
    // Most hooks answer synchronously; only a promise is awaited.
    const next = pending instanceof Promise ? await pending : pending;
    if ("code" in next) return next;
    current = next;
  }
  return current;
}

function redact(deps: PipelineDeps, transfer: Transfer): RedactResult {
  try {
    return deps.redactor.redact(transfer, deps.redactOptions?.(transfer));
  } catch {
    // The engine's exception may quote a value: only the fixed message leaves this function.
    return { ok: false, error: redactionError("engine_failure") };
  }
}

/** Runs the pipeline for one request. Never throws for anything a request can cause. */
export async function runPipeline(deps: PipelineDeps, input: PipelineInput): Promise<PipelineResult> {
  let report: RedactionReport | null = null;
  try {
    // Header values as text from here on (UTF-8 decoded); the forwarder writes them back as bytes.
    const received = readHeaderText(input.headers);
    const decoded = await decodeBody(deps, input, received.headers);
    const transfer: Transfer = {
      recipient: input.route.recipient,
      method: input.method,
      path: input.route.path,
      query: input.route.query,
      headers: received.headers,
      body: decoded.body,
    };
    const admission = deps.admit?.(transfer);
    if (admission !== undefined) return { ok: false, refusal: admission, report: null };
    const outcome = redact(deps, transfer);
    if (!outcome.ok) return { ok: false, refusal: engineRefusal(outcome.error), report: null };
    report = outcome.report;
    const result = outcome.transfer;
    assertSendableHeaders(result.headers, received);
    const encoded = await encodeBody(input, decoded, result.body);
    const headers: HeaderPair[] = [...result.headers];
    const codingHeader = decoded.coding?.header ?? null;
    if (codingHeader !== null && encoded.body.length > 0) headers.push(["content-encoding", codingHeader]);
    const base = deps.upstreams.get(input.route.upstream);
    if (base === undefined || result.recipient !== input.route.recipient)
      throw new RefusalError("internal_error");
    const out = await runHooks(deps.hooks, {
      recipient: result.recipient,
      method: input.method,
      target: upstreamTarget(base, result.path, result.query),
      headers,
      body: encoded.body,
      decodedBody: encoded.decodedBody,
      bodyChanged: encoded.bytesChanged,
      changed: outcome.report.changed || encoded.textChanged,
      received: {
        path: input.route.path,
        requestPath: input.requestPath ?? input.route.path,
        query: input.route.query,
        host: input.host,
        headers: received.headers,
        body: input.body,
      },
    });
    if ("code" in out) return { ok: false, refusal: out, report };
    return { ok: true, outgoing: out, report };
  } catch (err) {
    return {
      ok: false,
      refusal: err instanceof RefusalError ? err.refusal : refusal("internal_error"),
      report,
    };
  }
}
