/**
 * @kago/gateway: the privacy egress gateway as a library, so tests and tools can run it
 * in-process. The process entry point is `main.ts`.
 */
export { parseCliArgs, type RawArgs, USAGE } from "./cli/args.js";
export { BUILTIN_CODECS, formCodec, jsonCodec, textPlainCodec } from "./codecs/builtin.js";
export { type Charset, charsetOf, decodeText, encodeText } from "./codecs/charset.js";
export { type MediaType, parseMediaType } from "./codecs/media-type.js";
export {
  type BodyCodec,
  type CodecContext,
  type CodecRegistry,
  type CodecResult,
  createCodecRegistry,
  VENDOR_COMPRESSION_HEADERS,
} from "./codecs/registry.js";
export {
  DEFAULTS,
  type GatewayConfig,
  GatewayConfigSchema,
  loadConfig,
  type TelemetryConfig,
  TelemetryConfigSchema,
  telemetryFromEnv,
} from "./config.js";
export {
  type ErrorEntry,
  GATEWAY_ERROR_CODES,
  GATEWAY_ERRORS,
  type GatewayErrorCode,
  type Refusal,
  RefusalError,
  refusal,
  refusalBody,
} from "./errors.js";
export {
  bodyRawSizeHook,
  contentMd5Hook,
  DEFAULT_PRE_FORWARD_HOOKS,
  type OutgoingTransfer,
  type PreForwardHook,
  type ReceivedRequest,
} from "./forward/hooks.js";
export { POOLED_SOCKET_IDLE_MS } from "./forward/proxy.js";
export {
  createGateway,
  type Gateway,
  type GatewayAddresses,
  type GatewayOptions,
  resolveUpstreams,
} from "./gateway.js";
export { forwardableHeaders, HOP_BY_HOP, TRACE_CONTEXT } from "./http/headers.js";
export { closeLogger, createLogger, LOG_CLOSE_DEADLINE_MS, releaseLogger } from "./logging.js";
export { createMetrics, type GatewayMetrics, METRIC_NAMES } from "./metrics.js";
export { type PipelineDeps, type PipelineInput, type PipelineResult, runPipeline } from "./pipeline.js";
export { hostOfAuthority, type Route, resolveRoute, type UpstreamTarget, upstreamTarget } from "./routing.js";
export {
  reportParts,
  type TransferDecision,
  type TransferRecord,
  templatePath,
  templateQuery,
} from "./telemetry/record.js";
export { createTelemetry, type Telemetry } from "./telemetry/sdk.js";
export { PRIVACY_ATTRIBUTES, spanAttributes } from "./telemetry/span-attributes.js";
export { loadVendorCredentials, readSecretsFile } from "./vendors/credentials.js";
export { createEndpointRouting, type EndpointRouting, UNKNOWN_ENDPOINT } from "./vendors/endpoint-routing.js";
export { compileEndpointPlans } from "./vendors/engine-plans.js";
export {
  createVendorIntegration,
  type VendorIntegration,
  type VendorIntegrationOptions,
} from "./vendors/integration.js";
export { createSignatureHook } from "./vendors/signature-hook.js";
export { createSlsCodec, type SlsCodecOptions } from "./vendors/sls-codec.js";
export { slsBodyRawSizeHook } from "./vendors/sls-compression.js";
export {
  createSlsWebTrackingCodec,
  type SlsWebTrackingCodecOptions,
} from "./vendors/sls-webtracking-codec.js";
