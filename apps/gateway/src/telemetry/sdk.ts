/**
 * OpenTelemetry SDK set-up, in the app only (packages use `@opentelemetry/api`). A batch span
 * processor with a bounded queue decouples traffic from the collector: a slow or dead collector
 * costs dropped spans, never latency or failed requests.
 */
import { ProxyTracerProvider, type Tracer, trace } from "@opentelemetry/api";
import { OTLPTraceExporter as OtlpJsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as OtlpProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from "@opentelemetry/resources";
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type SpanExporter,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from "@opentelemetry/semantic-conventions";
import type { TelemetryConfig } from "../config.js";

/** The tracing side of a running gateway. */
export interface Telemetry {
  /** The tracer spans are made with. */
  readonly tracer: Tracer;
  /** Exports what is queued; resolves (never rejects) within the export timeout. */
  forceFlush(): Promise<void>;
  /** Flushes and stops; resolves (never rejects) within the export timeout. */
  shutdown(): Promise<void>;
}

/** The exporter the configuration asks for, or `null` for `none`. */
export function createSpanExporter(config: TelemetryConfig): SpanExporter | null {
  switch (config.exporter) {
    case "none":
      return null;
    case "console":
      return new ConsoleSpanExporter();
    case "otlp": {
      const options = { url: config.url, timeoutMillis: config.exportTimeoutMs };
      return config.protocol === "http/json" ? new OtlpJsonExporter(options) : new OtlpProtoExporter(options);
    }
  }
}

function bounded(p: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    p.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/**
 * Sets up a tracer provider for the gateway. `registerGlobal` also installs it as the global
 * provider (the process entry point does; in-process tests do not, so several gateways can run
 * side by side).
 */
export function createTelemetry(
  config: TelemetryConfig,
  options: { readonly registerGlobal: boolean; readonly serviceVersion?: string },
): Telemetry {
  const exporter = createSpanExporter(config);
  if (exporter === null) {
    // Tracing off: the API's no-op tracer (a non-recording span carrying the caller's trace
    // context, if any), not an SDK that would build, time and drop every span.
    const tracer = new ProxyTracerProvider().getTracer("@kago/gateway");
    return { tracer, forceFlush: () => Promise.resolve(), shutdown: () => Promise.resolve() };
  }
  const spanProcessors: SpanProcessor[] = [
    new BatchSpanProcessor(exporter, {
      maxQueueSize: 2048,
      maxExportBatchSize: 512,
      scheduledDelayMillis: 1000,
      exportTimeoutMillis: config.exportTimeoutMs,
    }),
  ];
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: config.serviceName,
        ...(options.serviceVersion === undefined ? {} : { [ATTR_SERVICE_VERSION]: options.serviceVersion }),
      }),
    );
  // Every transfer's span is recorded, whatever the caller's traceparent says: the SDK's default
  // (parent-based, or OTEL_TRACES_SAMPLER) let a caller's `-00` flag drop the audit record of its
  // own transfer (session 16, red-team H9). Sampling is for the collector to do, downstream.
  const provider = new NodeTracerProvider({ resource, spanProcessors, sampler: new AlwaysOnSampler() });
  // No context manager: the gateway hands every span its parent explicitly and nothing reads
  // context.active(), so an AsyncLocalStorage manager would only cost time on every async step.
  if (options.registerGlobal) provider.register({ contextManager: null });
  const tracer = options.registerGlobal
    ? trace.getTracer("@kago/gateway")
    : provider.getTracer("@kago/gateway");
  return {
    tracer,
    forceFlush: () => bounded(provider.forceFlush(), config.exportTimeoutMs + 500),
    shutdown: () => bounded(provider.shutdown(), config.exportTimeoutMs + 500),
  };
}
