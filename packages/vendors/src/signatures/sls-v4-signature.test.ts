import {
  detectSignature,
  parseSlsV4Authorization,
  resignSls,
  resignSlsV4,
  type SignableRequest,
  slsContentSha256,
  slsV4Authorization,
  slsV4CanonicalRequest,
  verifySls,
  verifySlsV4,
} from "@kago/vendors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCjs, startCapture } from "../../test/real-clients.js";
import { toSignable } from "../../test/signable.js";

/**
 * The test vectors the SLS SDKs share for v4 (the Python SDK's `tests/sign_v4_test.py`, the Go
 * SDK's `signer_v4_test.go` and the Java SDK's `SlsV4SignerTest` assert the first one): one key
 * pair, one time, headers and query parameters with spaces, case and an empty key.
 */
const VECTOR_CREDS = { accessKeyId: "acsddda21dsd", accessKeySecret: "zxasdasdasw2" };
const DATE_TIME = "20220808T032330Z";
const VECTOR_HEADERS: Array<[string, string]> = [
  ["hello", "world"],
  ["hello-text", "a12X- "],
  [" ko ", ""],
  ["x-log-test", "het123"],
  ["x-acs-ppp", "dds"],
];
// ' abc'=efg, ' agc '='', ''=efg, 'A-bc'=eFg, as a raw query.
const VECTOR_QUERY = "%20abc=efg&%20agc%20=&=efg&A-bc=eFg";
const VECTOR_BODY = new TextEncoder().encode("adasd= -asd zcas");

/** A request as the SDK signer completes it: `x-log-content-sha256` and `x-log-date` added. */
function vectorRequest(
  method: string,
  path: string,
  query: string,
  headers: Array<[string, string]>,
  body: Uint8Array,
): SignableRequest {
  return {
    method,
    path,
    query,
    headers: [...headers, ["x-log-content-sha256", slsContentSha256(body)], ["x-log-date", DATE_TIME]],
    body,
  };
}

const signature = (request: SignableRequest, region: string) =>
  slsV4Authorization(request, VECTOR_CREDS, { region, dateTime: DATE_TIME });
const expected = (region: string, hex: string) =>
  `SLS4-HMAC-SHA256 Credential=acsddda21dsd/20220808/${region}/sls/aliyun_v4_request,Signature=${hex}`;

describe("SLS v4 signature: the SDKs' shared test vectors", () => {
  it("signs headers and a query with spaces, case and an empty key", () => {
    const request = vectorRequest("POST", "/logstores", VECTOR_QUERY, VECTOR_HEADERS, VECTOR_BODY);
    expect(signature(request, "cn-hangzhou")).toBe(
      expected("cn-hangzhou", "a98f5632e93836e63839cd836a54055f480020a9364ca944e2d34f2eb9bf1bed"),
    );
  });

  it("signs a request with no other header or parameter, in another region", () => {
    const request = vectorRequest("POST", "/logstores", "", [], VECTOR_BODY);
    expect(signature(request, "cn-shanghai")).toBe(
      expected("cn-shanghai", "8a10a5e723cb2e75964816de660b2c16a58af8bc0261f7f0722d832468c76ce8"),
    );
  });

  it("signs an empty body (the SHA-256 of nothing) under POST and GET", () => {
    const empty = new Uint8Array();
    expect(
      signature(vectorRequest("POST", "/logstores", VECTOR_QUERY, VECTOR_HEADERS, empty), "cn-hangzhou"),
    ).toBe(expected("cn-hangzhou", "5a66d8f8051983e0e9d08e0f960ef9252ef971eead5bb5c7acec8617a2eb2701"));
    expect(
      signature(vectorRequest("GET", "/logstores", VECTOR_QUERY, VECTOR_HEADERS, empty), "cn-hangzhou"),
    ).toBe(expected("cn-hangzhou", "d92741852500791d662a8d469ff61627c0559ecd86c3f59b7bf6772b6c62666a"));
  });

  it("keeps a path's reserved characters and encodes a value's (`~` kept, `+`, space and `/` encoded)", () => {
    const query = `${VECTOR_QUERY}&${encodeURIComponent("abs-ij*asd/vc")}=${encodeURIComponent("a~js+d ada")}&${encodeURIComponent("a abAas123/vc")}=${encodeURIComponent("a~jdad a2ADFs+d ada")}`;
    const request = vectorRequest("POST", "/logstores/hello/a+*~bb/cc", query, VECTOR_HEADERS, VECTOR_BODY);
    expect(signature(request, "cn-hangzhou")).toBe(
      expected("cn-hangzhou", "2c204068e961a8813a6bcf7ac422f7fa6e9bf9a5da493e0165dfe100854d18ff"),
    );
  });

  it("encodes a value as the SDKs' v4 URI encoding does (UTF-8, upper-case hex)", () => {
    const value = "!@#$%^&*()=-+ ~./_[()]%20你好\u0000\u0111❤😓";
    const request = vectorRequest("GET", "/", `k=${encodeURIComponent(value)}`, [], new Uint8Array());
    expect(slsV4CanonicalRequest(request).split("\n")[2]).toBe(
      "k=%21%40%23%24%25%5E%26%2A%28%29%3D-%2B%20~.%2F_%5B%28%29%5D%2520%E4%BD%A0%E5%A5%BD%00%C4%91%E2%9D%A4%F0%9F%98%93",
    );
  });

  it("refuses to canonicalize a repeated query key or signed header (the SDKs sign one value each)", () => {
    expect(() => slsV4CanonicalRequest(vectorRequest("GET", "/", "a=1&a=2", [], new Uint8Array()))).toThrow(
      /repeats a query parameter/,
    );
    expect(() =>
      slsV4CanonicalRequest(
        vectorRequest(
          "GET",
          "/",
          "",
          [
            ["x-log-a", "1"],
            ["x-log-a", "2"],
          ],
          new Uint8Array(),
        ),
      ),
    ).toThrow(/repeats a signed header/);
  });

  it("reads an Authorization, and declines one it cannot check", () => {
    expect(parseSlsV4Authorization(expected("cn-hangzhou", "a".repeat(64)))).toEqual({
      accessKeyId: "acsddda21dsd",
      date: "20220808",
      region: "cn-hangzhou",
      signature: "a".repeat(64),
    });
    expect(parseSlsV4Authorization("SLS4-HMAC-SHA256 Credential=x")).toBeUndefined();
    expect(parseSlsV4Authorization(expected("cn-hangzhou", "A".repeat(64)))).toBeUndefined();
    expect(
      detectSignature(
        "aliyun",
        vectorRequest("GET", "/", "", [["authorization", "SLS4-HMAC-SHA256 Credential=x"]], new Uint8Array()),
      ),
    ).toEqual({
      scheme: "sls-v4",
      coversBody: true,
      coversQuery: true,
      resigner: null,
    });
  });
});

// The Node SDK (@alicloud/sls20201230 5.9.0 with @alicloud/gateway-sls 0.3.2), configured for v4.
interface SlsV4Client {
  putWebtrackingWithOptions(
    project: string,
    logstore: string,
    request: unknown,
    headers: Record<string, string>,
    runtime: Record<string, unknown>,
  ): Promise<unknown>;
}
const Sls = requireCjs("@alicloud/sls20201230") as {
  default: new (config: Record<string, unknown>) => SlsV4Client;
  PutWebtrackingRequest: new (fields: Record<string, unknown>) => unknown;
};
const GatewaySls = requireCjs("@alicloud/gateway-sls") as {
  default: new () => {
    getSignature(
      pathname: string,
      method: string,
      query: Record<string, string>,
      headers: Record<string, string>,
      secret: string,
    ): Promise<string>;
    getAuthorizationV4(
      context: unknown,
      date: string,
      contentHash: string,
      accessKeyId: string,
      accessKeySecret: string,
    ): Promise<string>;
  };
};

const creds = { accessKeyId: "LTAI5tExampleKeyId", accessKeySecret: "ExampleSecretForTestsOnly0123456" };
let capture: Awaited<ReturnType<typeof startCapture>>;

beforeAll(async () => {
  capture = await startCapture();
});
afterAll(async () => {
  await capture.close();
});

/**
 * What the SDK sends for a WebTracking PutWebtracking call. It puts the project in front of the
 * endpoint to make the host (`<project>.<endpoint>`); a project `127` and an endpoint
 * `0.0.1:<port>` point it at the loopback capture server, and that host is what it signs.
 */
async function sdkRequest(signatureVersion: "v4" | "v1" = "v4"): Promise<SignableRequest> {
  const client = new Sls.default({
    ...creds,
    endpoint: `0.0.1:${capture.port}`,
    regionId: "cn-hangzhou",
    signatureVersion,
    protocol: "HTTP",
  });
  const before = capture.requests.length;
  await client.putWebtrackingWithOptions(
    "127",
    "app-usage",
    new Sls.PutWebtrackingRequest({
      logs: [{ event: "cold_start", user_email: "astrid@example.org", user_name: "Astrid Solberg" }],
      source: "android",
      topic: "app",
    }),
    {},
    {},
  );
  const request = capture.requests[before];
  if (request === undefined) throw new Error("nothing captured");
  return toSignable(request);
}

const header = (r: SignableRequest, name: string) => r.headers.find(([k]) => k === name)?.[1];

/** The SDK's own v4 signer over a request's headers (the independent check of a re-signature). */
async function sdkAuthorization(request: SignableRequest): Promise<string> {
  const headers = Object.fromEntries(request.headers.filter(([k]) => k !== "authorization"));
  const context = {
    request: { headers, pathname: request.path, method: request.method, query: {} },
    configuration: { regionId: "cn-hangzhou" },
  };
  return new GatewaySls.default().getAuthorizationV4(
    context,
    header(request, "x-log-date") ?? "",
    header(request, "x-log-content-sha256") ?? "",
    creds.accessKeyId,
    creds.accessKeySecret,
  );
}

describe("SLS v4 signature, checked against @alicloud/sls20201230 5.9.0 (signatureVersion v4)", () => {
  it("verifies what the real client signed, and rejects a wrong secret, a changed body, host or header", async () => {
    const request = await sdkRequest();
    expect(header(request, "authorization")).toMatch(/^SLS4-HMAC-SHA256 /);
    expect(detectSignature("aliyun", request)).toEqual({
      scheme: "sls-v4",
      coversBody: true,
      coversQuery: true,
      resigner: "sls-v4",
    });
    expect(verifySlsV4(request, creds)).toBe(true);
    expect(verifySlsV4(request, { ...creds, accessKeySecret: "other" })).toBe(false);
    expect(verifySlsV4({ ...request, body: new Uint8Array([...request.body, 32]) }, creds)).toBe(false);
    const swap = (name: string, value: string) => ({
      ...request,
      headers: request.headers.map(([k, v]): [string, string] => [k, k === name ? value : v]),
    });
    expect(verifySlsV4(swap("host", "other.example"), creds)).toBe(false);
    expect(verifySlsV4(swap("x-log-apiversion", "0.6.1"), creds)).toBe(false);
    expect(verifySlsV4({ ...request, path: `${request.path}x` }, creds)).toBe(false);
  });

  it("re-signs a changed body for another host exactly as the client's own signer would", async () => {
    const original = await sdkRequest();
    const body = new TextEncoder().encode(
      new TextDecoder().decode(original.body).replace("astrid@example.org", "[redacted]"),
    );
    const changed: SignableRequest = {
      ...original,
      headers: original.headers.map(([k, v]): [string, string] => [
        k,
        k === "host" ? "proj.cn-hangzhou.log.aliyuncs.com" : v,
      ]),
      body,
    };
    expect(verifySlsV4(changed, creds)).toBe(false); // stale
    const resigned = { ...changed, headers: resignSlsV4(changed, creds) };
    expect(header(resigned, "x-log-content-sha256")).toBe(slsContentSha256(body));
    expect(header(resigned, "x-log-bodyrawsize")).toBe(String(body.length));
    expect(header(resigned, "x-log-date")).toBe(header(original, "x-log-date"));
    expect(header(resigned, "content-md5")).toBeUndefined(); // v4 clients send none; none is added
    expect(verifySlsV4(resigned, creds)).toBe(true);
    expect(header(resigned, "authorization")).toBe(await sdkAuthorization(resigned));
  });

  it("does not re-sign what it cannot read: an Authorization it cannot parse, or no x-log-date", async () => {
    const original = await sdkRequest();
    const without = (name: string) => ({
      ...original,
      headers: original.headers.filter(([k]) => k !== name),
    });
    expect(() => resignSlsV4(without("x-log-date"), creds)).toThrow(/not readable/);
    expect(verifySlsV4(without("x-log-date"), creds)).toBe(false);
    const garbled = {
      ...original,
      headers: original.headers.map(([k, v]): [string, string] => [
        k,
        k === "authorization" ? "SLS4-HMAC-SHA256 x" : v,
      ]),
    };
    expect(() => resignSlsV4(garbled, creds)).toThrow(/not readable/);
  });
});

describe("SLS v1 as @alicloud/sls20201230 signs it by default: hmac-sha256 (session 16)", () => {
  it("verifies it, and re-signs a changed body with the same method, as the client's own signer would", async () => {
    const original = await sdkRequest("v1");
    expect(header(original, "x-log-signaturemethod")).toBe("hmac-sha256");
    expect(header(original, "authorization")).toMatch(/^LOG LTAI5tExampleKeyId:/);
    expect(verifySls(original, creds)).toBe(true);
    expect(verifySls(original, { ...creds, accessKeySecret: "other" })).toBe(false);
    const body = new TextEncoder().encode(
      new TextDecoder().decode(original.body).replace("astrid@example.org", "[redacted]"),
    );
    const changed: SignableRequest = { ...original, body };
    expect(verifySls(changed, creds)).toBe(false); // stale
    const resigned = { ...changed, headers: resignSls(changed, creds) };
    expect(verifySls(resigned, creds)).toBe(true);
    const headers = Object.fromEntries(resigned.headers.filter(([k]) => k !== "authorization"));
    const own = await new GatewaySls.default().getSignature(
      resigned.path,
      resigned.method,
      {},
      headers,
      creds.accessKeySecret,
    );
    expect(header(resigned, "authorization")).toBe(`LOG ${creds.accessKeyId}:${own}`);
  });

  it("refuses to read a signature method SLS does not define", async () => {
    const original = await sdkRequest("v1");
    const other = {
      ...original,
      headers: original.headers.map(([k, v]): [string, string] => [
        k,
        k === "x-log-signaturemethod" ? "hmac-md5" : v,
      ]),
    };
    expect(() => verifySls(other, creds)).toThrow(/neither hmac-sha1 nor hmac-sha256/);
  });
});
