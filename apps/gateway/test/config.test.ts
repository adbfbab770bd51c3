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
      upstreamIdleMs: 4000,
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
        "--upstream-idle-ms",
        "1500",
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
      upstreamIdleMs: 1500,
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
    expect(() => loadConfig(parseCliArgs(["--upstream-idle-ms", "0"]), {})).toThrow();
    expect(() => loadConfig(parseCliArgs([]), { KAGO_GATEWAY_SECRET: "short" })).toThrow();
    expect(() => telemetryFromEnv({ OTEL_TRACES_EXPORTER: "zipkin" })).toThrow();
  });
  it("refuses user-info in an upstream URL without quoting it; near misses start (session 20)", () => {
    const message = (args: string[], env: Record<string, string> = {}): string => {
      try {
        loadConfig(parseCliArgs(args), env);
      } catch (err) {
        return String((err as Error).message);
      }
      return "started";
    };
    for (const url of [
      "http://kago:hunter2@127.0.0.1:9000/fb",
      "https://kago:hunter2@graph.facebook.com",
      "http://kago@127.0.0.1:9000/fb",
      "http://:hunter2@127.0.0.1:9000/fb",
    ]) {
      for (const key of ["facebook", "tencent:sms"]) {
        const text = message(["--upstream", `${key}=${url}`]);
        expect(text, url).toMatch(/user-info \(user:password@\) in an upstream URL is refused/);
        expect(text, url).not.toMatch(/hunter2|kago:/);
      }
    }
    // A spec without "=" or with a bad key is not quoted either: it may be a URL with a password.
    for (const spec of ["http://kago:hunter2@127.0.0.1:9000/fb", "http://kago:hunter2@x/a=http://y"]) {
      const text = message(["--upstream", spec]);
      expect(text).toMatch(/--upstream/);
      expect(text).not.toContain("hunter2");
    }
    // near misses: an @ in the path or the query, a port, an IPv6 host
    expect(
      loadConfig(
        parseCliArgs([
          "--upstream",
          "facebook=http://127.0.0.1:9000/fb@v1",
          "--upstream",
          "zego=http://[::1]:9000/?a=b@c",
        ]),
        {},
      ).upstreams,
    ).toEqual({ facebook: "http://127.0.0.1:9000/fb@v1", zego: "http://[::1]:9000/?a=b@c" });
  });
  it("refuses half a vendor key pair in the environment, naming the missing variable (session 20)", () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ KAGO_ALIYUN_ACCESS_KEY_ID: "LTAI5tHalfPairId" }, "KAGO_ALIYUN_ACCESS_KEY_SECRET"],
      [{ KAGO_ALIYUN_ACCESS_KEY_SECRET: "HalfPairSecret0123" }, "KAGO_ALIYUN_ACCESS_KEY_ID"],
      [{ KAGO_TENCENT_SECRET_ID: "AKIDHalfPairId" }, "KAGO_TENCENT_SECRET_KEY"],
      [{ KAGO_TENCENT_SECRET_KEY: "HalfPairKey0123" }, "KAGO_TENCENT_SECRET_ID"],
      // an empty partner counts as missing
      [{ KAGO_TENCENT_SECRET_ID: "AKIDHalfPairId", KAGO_TENCENT_SECRET_KEY: "" }, "KAGO_TENCENT_SECRET_KEY"],
    ];
    for (const [env, missing] of cases) {
      let text = "started";
      try {
        loadConfig(parseCliArgs([]), env);
      } catch (err) {
        text = String((err as Error).message);
      }
      expect(text).toContain(`but ${missing} is not`);
      for (const value of Object.values(env)) if (value !== "") expect(text).not.toContain(value);
    }
    // near misses: whole pairs, none, and a half pair of one vendor beside nothing of the other
    expect(
      Object.keys(
        loadConfig(parseCliArgs([]), {
          KAGO_ALIYUN_ACCESS_KEY_ID: "LTAI5tWholePair",
          KAGO_ALIYUN_ACCESS_KEY_SECRET: "WholePairSecret0123",
          KAGO_TENCENT_SECRET_ID: "AKIDWholePair",
          KAGO_TENCENT_SECRET_KEY: "WholePairKey0123",
        }).vendorCredentials,
      ).sort(),
    ).toEqual(["aliyun", "tencent"]);
    expect(loadConfig(parseCliArgs([]), { KAGO_ALIYUN_ACCESS_KEY_ID: "" }).vendorCredentials).toEqual({});
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
