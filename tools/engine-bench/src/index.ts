/** @kago/engine-bench: the redaction engine's throughput benchmark (see README.md). */
export { type Measured, type MeasureOptions, measure, median } from "./measure.js";
export { BENCH_SIZES, outputDigests } from "./output-digests.js";
export { type Payload, payloadsOfSize, prng } from "./payloads.js";
export { type BenchRow, formatRows, runBench } from "./run-bench.js";
