import { DEFAULTS, loadConfig, parseCliArgs, telemetryFromEnv } from "@kago/gateway";
import { describe, expect, it } from "vitest";

describe("flags and config", () => {
  it("applies the documented defaults", () => {
    const c = loadConfig(parseCliArgs([]), {});
    expect(c).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      adminPort: 9464,
      adminHost: "127.0.0.1",
      maxBodyBytes: DEFAULTS.maxBodyBytes,
      policyFile: null,
      secret: null,
      upstreams: {},
    });
    expect(c.telemetry).toMatchObject({
      exporter: "otlp",
      protocol: "http/protobuf",
      url: "http://localhost:4318/v1/traces",
      serviceName: "kago-gateway",
    });
  });
  it("parses every flag, repeatable --upstream, admin port off", () => {
    const c = loadConfig(
      parseCliArgs([
        "--port",
        "9000",
        "--host",
        "0.0.0.0",
        "--upstream",
        "facebook=http://127.0.0.1:1/fb",
        "--upstream",
        "zego=https://example.test",
        "--upstream",
        "Tencent:SMS=https://sms.example.test",
        "--policy",
        "p.yaml",
        "--admin-port",
        "off",
        "--max-body-bytes",
        "10",
        "--max-inflated-bytes",
        "20",
        "--upstream-timeout-ms",
        "30",
      ]),
      { KAGO_GATEWAY_SECRET: "0123456789abcdef0123" },
    );
    expect(c).toMatchObject({
      port: 9000,
      host: "0.0.0.0",
      adminPort: null,
      policyFile: "p.yaml",
      maxBodyBytes: 10,
      maxInflatedBytes: 20,
      upstreamTimeoutMs: 30,
      secret: "0123456789abcdef0123",
      upstreams: {
        facebook: "http://127.0.0.1:1/fb",
        zego: "https://example.test",
        "tencent:sms": "https://sms.example.test",
      },
    });
  });
  it("refuses bad values instead of guessing", () => {
    expect(() => loadConfig(parseCliArgs(["--port", "http"]), {})).toThrow();
    expect(() => loadConfig(parseCliArgs(["--upstream", "facebook"]), {})).toThrow(/recipient/);
    expect(() => loadConfig(parseCliArgs(["--upstream", "facebook=ftp://x"]), {})).toThrow();
    expect(() =>
      loadConfig(parseCliArgs(["--upstream", "a=http://x", "--upstream", "a=http://y"]), {}),
    ).toThrow();
    expect(() => loadConfig(parseCliArgs(["--upstream", "tencent:=http://x"]), {})).toThrow(
      /<recipient>:<name>/,
    );
    expect(() => loadConfig(parseCliArgs(["--upstream", "tencent:a:b=http://x"]), {})).toThrow(
      /<recipient>:<name>/,
    );
    expect(() => parseCliArgs(["--nope"])).toThrow();
    expect(() => loadConfig(parseCliArgs([]), { KAGO_GATEWAY_SECRET: "short" })).toThrow();
    expect(() => telemetryFromEnv({ OTEL_TRACES_EXPORTER: "zipkin" })).toThrow();
  });
  it("reads the standard OTEL variables", () => {
    expect(
      telemetryFromEnv({
        OTEL_TRACES_EXPORTER: "console",
        OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/",
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_SERVICE_NAME: "gw",
      }),
    ).toMatchObject({
      exporter: "console",
      url: "http://collector:4318/v1/traces",
      protocol: "http/json",
      serviceName: "gw",
    });
    expect(telemetryFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c/t" }).url).toBe("http://c/t");
  });
});
