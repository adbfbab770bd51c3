/**
 * Routing attacks: CONNECT, absolute-form requests to unknown hosts and to the cloud metadata
 * address, Host and X-Forwarded-Host spoofing, path tricks that try to reach another
 * recipient's route, protocol upgrades. Nothing reaches an upstream it should not.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import {
  EMAIL,
  expectNoLeak,
  expectRawRefusal,
  expectServesNext,
  IP,
  type Rig,
  rawExchange,
  rawRequest,
  startRig,
} from "./harness.js";

let rig: Rig;
let facebookHost: string;
let aliyunHost: string;
beforeAll(async () => {
  rig = await startRig();
  facebookHost = rig.gw.policy.recipients.get("facebook")?.hosts[0] ?? "";
  aliyunHost = rig.gw.policy.recipients.get("aliyun")?.hosts[0] ?? "";
  expect(facebookHost).not.toBe("");
  expect(aliyunHost).not.toBe("");
});
afterAll(() => rig.close());
afterEach(async () => {
  await expectServesNext(rig);
});

describe("CONNECT: 405 connect_not_supported", () => {
  for (const target of ["vendor", "169.254.169.254:80", "127.0.0.1:upstream"]) {
    it(`to ${target}`, async () => {
      const authority =
        target === "vendor"
          ? `${facebookHost}:443`
          : target === "127.0.0.1:upstream"
            ? `127.0.0.1:${String(rig.upstream.port)}`
            : target;
      const res = await rawExchange(rig.gw.port, [
        rawRequest(`CONNECT ${authority} HTTP/1.1`, [`Host: ${authority}`]),
      ]);
      expectRawRefusal(rig, res, 405, "connect_not_supported");
    });
  }
});

describe("absolute-form requests to hosts no recipient owns: 403 host_not_allowed", () => {
  const targets = (): string[] => [
    "http://example.com/steal",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254:80/computeMetadata/v1/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "https://169.254.169.254/latest/meta-data/",
    `http://${facebookHost}@169.254.169.254/latest/meta-data/`,
    `http://${facebookHost}.evil.example/v21.0/1/events`,
    `http://127.0.0.1:${String(rig.upstream.port)}/fb/v21.0/1/events`,
    `http://localhost:${String(rig.upstream.port)}/fb/v21.0/1/events`,
    `http://127.0.0.1:${String(rig.gw.port)}/facebook/x`,
  ];
  it("every one of them", async () => {
    for (const target of targets()) {
      const res = await rawExchange(rig.gw.port, [
        rawRequest(`GET ${target} HTTP/1.1`, [`Host: ${new URL(target).host}`, `X-Email: ${EMAIL}`]),
      ]);
      expect({ target, status: res.status, code: res.code }).toEqual({
        target,
        status: 403,
        code: "host_not_allowed",
      });
      expect(rig.upstream.received).toHaveLength(0);
    }
  });
  it("a target that is no http(s) URL: 400 bad_request_target", async () => {
    for (const target of ["ftp://169.254.169.254/", "file:///etc/passwd", "*"]) {
      const res = await rawExchange(rig.gw.port, [
        rawRequest(`GET ${target} HTTP/1.1`, ["Host: gateway.test"]),
      ]);
      expect({ target, status: res.status, code: res.code }).toEqual({
        target,
        status: 400,
        code: "bad_request_target",
      });
      expect(rig.upstream.received).toHaveLength(0);
    }
  });
});

describe("Host and X-Forwarded-Host never route", () => {
  it("origin form goes to the recipient of its path, whatever Host and X-Forwarded-Host say", async () => {
    const res = await send(rig.gw.url, {
      path: "/facebook/v21.0/1/events",
      headers: {
        host: aliyunHost,
        "x-forwarded-host": "169.254.169.254",
        "x-forwarded-for": IP,
        forwarded: `for=${IP};host=169.254.169.254`,
      },
    });
    expect(res.status).toBe(200);
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/fb/v21.0/1/events"]);
    expect(rig.upstream.received[0]?.headers.host).toBe(`127.0.0.1:${String(rig.upstream.port)}`);
    expectNoLeak(rig);
  });
  it("absolute form goes to the recipient of its target host, not of its Host header", async () => {
    const res = await rawExchange(rig.gw.port, [
      rawRequest(`GET http://${facebookHost}/v21.0/1/events HTTP/1.1`, [
        `Host: ${aliyunHost}`,
        "X-Forwarded-Host: 169.254.169.254",
      ]),
    ]);
    expect(res.status).toBe(200);
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/fb/v21.0/1/events"]);
    expect(rig.upstream.received[0]?.headers.host).toBe(`127.0.0.1:${String(rig.upstream.port)}`);
  });
});

describe("path tricks toward another recipient's route: refused, nothing forwarded", () => {
  const climbing = [
    "/facebook/../aliyun/logstores/x",
    "/facebook/%2e%2e/aliyun/logstores/x",
    "/facebook/%2E%2E/aliyun/logstores/x",
    "/facebook/.%2e/aliyun/logstores/x",
    "/facebook/..%2Faliyun/logstores/x",
    "/facebook/..%2faliyun/logstores/x",
    "/facebook/%2e%2e%2faliyun/logstores/x",
    "/facebook/x/..",
    "/facebook/..%5Caliyun/logstores/x",
    "/facebook/..\\aliyun/logstores/x",
    "/facebook/%252e%252e/aliyun/logstores/x",
    "/facebook/..%252faliyun/logstores/x",
    "/facebook/%25252e%25252e/aliyun/logstores/x",
    "/facebook/..;/aliyun/logstores/x",
    "/facebook/%c0%ae%c0%ae/aliyun/logstores/x",
    "/facebook/./x",
  ];
  it("dot segments in every spelling: 400 bad_request_target", async () => {
    for (const path of climbing) {
      const res = await rawExchange(rig.gw.port, [
        rawRequest(`GET ${path} HTTP/1.1`, ["Host: gateway.test"]),
      ]);
      expect({ path, status: res.status, code: res.code }).toEqual({
        path,
        status: 400,
        code: "bad_request_target",
      });
      expect(rig.upstream.received).toHaveLength(0);
    }
  });
  it("the same tricks in absolute form: 400 bad_request_target", async () => {
    for (const path of ["/../aliyun/x", "/%2e%2e/aliyun/x", "/..%2Faliyun/x"]) {
      const res = await rawExchange(rig.gw.port, [
        rawRequest(`GET http://${facebookHost}${path} HTTP/1.1`, [`Host: ${facebookHost}`]),
      ]);
      expect({ path, status: res.status, code: res.code }).toEqual({
        path,
        status: 400,
        code: "bad_request_target",
      });
      expect(rig.upstream.received).toHaveLength(0);
    }
  });
  it("a recipient segment that is encoded or empty names no recipient: 404 unknown_recipient", async () => {
    for (const path of [
      "//aliyun/x",
      "/facebook%2F..%2Faliyun/x",
      "/%66acebook/x",
      "/facebook%2faliyun/x",
      "/ aliyun/x".replace(" ", "%20"),
    ]) {
      const res = await send(rig.gw.url, { path });
      expect({ path, status: res.status, code: errorCode(res) }).toEqual({
        path,
        status: 404,
        code: "unknown_recipient",
      });
      expect(rig.upstream.received).toHaveLength(0);
    }
  });
  it("an encoded slash without dots stays inside the recipient's prefix, sent as received", async () => {
    const res = await send(rig.gw.url, { path: "/facebook/a%2Fb/c" });
    expect(res.status).toBe(200);
    expect(rig.upstream.received.map((r) => r.url)).toEqual(["/fb/a%2Fb/c"]);
  });
});

describe("protocol upgrades: 400 upgrade_not_supported", () => {
  for (const [name, headers] of [
    [
      "WebSocket",
      [
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
      ],
    ],
    ["h2c", ["Upgrade: h2c", "Connection: Upgrade, HTTP2-Settings", "HTTP2-Settings: AAMAAABkAAQAAP__"]],
  ] as const) {
    it(name, async () => {
      const res = await rawExchange(rig.gw.port, [
        rawRequest("GET /facebook/v21.0/1/events HTTP/1.1", [
          "Host: gateway.test",
          ...headers,
          `X-Email: ${EMAIL}`,
        ]),
      ]);
      expectRawRefusal(rig, res, 400, "upgrade_not_supported");
      expect(res.raw).not.toMatch(/^HTTP\/1\.1 101/);
    });
  }
});
