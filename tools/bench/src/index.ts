/**
 * @kago/bench: the gateway against a plain pass-through proxy. The CLI is `dist/main.js`
 * (`npm run bench`); these exports are the reusable parts, used by its tests.
 */
export { type BenchOptions, parseBenchOptions, TARGET_NAMES, type TargetName } from "./bench-options.js";
export { createLatencyRecorder, type LatencyRecorder, median } from "./latency-recorder.js";
export { createPassThrough, type UpstreamMap } from "./pass-through.js";
export {
  type CapiPayload,
  type CapiPayloadOptions,
  createCapiPayload,
  formatSize,
  parseSize,
} from "./payload.js";
export { type CapturedOverIpc, checkForwarded, type Expectation } from "./sanity-check.js";
export { createStandInCollector, type StandInCollector } from "./stand-in-collector.js";
export { type CapturedRequest, createStandInUpstream, type StandInUpstream } from "./stand-in-upstream.js";
