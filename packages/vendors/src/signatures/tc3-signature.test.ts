import {
  detectSignature,
  parseTc3Authorization,
  resignTc3,
  type SignableRequest,
  verifyTc3,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { useCapture } from "../../test/real-clients.js";
import { toSignable } from "../../test/signable.js";
import { CommonClient, TENCENT_CREDS, TencentSign } from "../../test/tencent-sdk.js";

const creds = TENCENT_CREDS;
const capture = useCapture('{"Response":{"RequestId":"r-1"}}');

const header = (r: SignableRequest, name: string) => r.headers.find(([k]) => k === name)?.[1];

describe("TC3-HMAC-SHA256, checked against tencentcloud-sdk-nodejs-common 4.1.220", () => {
  it("verifies what the real CommonClient signed and re-signs a changed body as its signer would", async () => {
    const client = new CommonClient("cvm.tencentcloudapi.com", "2017-03-12", {
      credential: creds,
      region: "ap-singapore",
      // Endpoint override with the gateway's route prefix, as docs/vendors/tencent.md describes.
      profile: { httpProfile: { endpoint: `127.0.0.1:${capture.port}/tencent`, protocol: "http://" } },
    });
    const before = capture.requests.length;
    await client.request("DescribeInstances", {
      Limit: 10,
      Filters: [{ Name: "tag:owner", Values: ["kago_30417"] }],
    });
    const sent = capture.requests[before];
    if (sent === undefined) throw new Error("nothing captured");
    const request = toSignable(sent);
    expect(request.path).toBe("/tencent/"); // the SDK signs the path it sends, prefix included

    expect(detectSignature("tencent", request)).toEqual({
      scheme: "tc3",
      coversBody: true,
      coversQuery: true,
      resigner: "tc3",
    });
    expect(verifyTc3(request, creds)).toBe(true);
    expect(verifyTc3(request, { ...creds, secretKey: "wrong" })).toBe(false);

    const body = new TextEncoder().encode(
      '{"Limit":10,"Filters":[{"Name":"tag:owner","Values":["[redacted]"]}]}',
    );
    const changed = { ...request, body };
    expect(verifyTc3(changed, creds)).toBe(false);
    const resigned = { ...changed, headers: resignTc3(changed, creds) };
    expect(verifyTc3(resigned, creds)).toBe(true);

    const theirs = TencentSign.sign3({
      method: "POST",
      url: `http://127.0.0.1:${capture.port}/tencent/`,
      payload: Buffer.from(body),
      timestamp: Number(header(request, "x-tc-timestamp")),
      service: "127",
      secretId: creds.secretId,
      secretKey: creds.secretKey,
      headers: { "Content-Type": header(request, "content-type") },
    });
    expect(header(resigned, "authorization")).toBe(theirs);
    expect(header(resigned, "x-tc-timestamp")).toBe(header(request, "x-tc-timestamp"));

    // Gateway path-prefix mode: the SDK signed for the gateway's host (and a service taken from it);
    // re-signing for the vendor host and service gives what the SDK would have sent to the vendor.
    const forVendor: SignableRequest = {
      ...changed,
      path: "/",
      headers: changed.headers.map(
        ([k, v]) => [k, k === "host" ? "cvm.tencentcloudapi.com" : v] as [string, string],
      ),
    };
    const vendorSigned = resignTc3(forVendor, creds, { service: "cvm" });
    const expected = TencentSign.sign3({
      method: "POST",
      url: "https://cvm.tencentcloudapi.com/",
      payload: Buffer.from(body),
      timestamp: Number(header(request, "x-tc-timestamp")),
      service: "cvm",
      secretId: creds.secretId,
      secretKey: creds.secretKey,
      headers: { "Content-Type": header(request, "content-type") },
    });
    expect(vendorSigned.find(([k]) => k === "authorization")?.[1]).toBe(expected);
  });

  it("re-signs for the vendor host, matching the SDK signer for that host", () => {
    const body = new TextEncoder().encode('{"Limit":1}');
    const timestamp = 1767261600;
    const headers: Array<[string, string]> = [
      ["host", "cvm.tencentcloudapi.com"],
      ["content-type", "application/json"],
      ["x-tc-action", "DescribeInstances"],
      ["x-tc-timestamp", String(timestamp)],
      ["x-tc-version", "2017-03-12"],
    ];
    const sign = (payload: Uint8Array) =>
      TencentSign.sign3({
        method: "POST",
        url: "https://cvm.tencentcloudapi.com/",
        payload: Buffer.from(payload),
        timestamp,
        service: "cvm",
        secretId: creds.secretId,
        secretKey: creds.secretKey,
        headers: { "Content-Type": "application/json" },
      });
    const request: SignableRequest = {
      method: "POST",
      path: "/",
      query: "",
      headers: [...headers, ["authorization", sign(body)]],
      body,
    };
    expect(verifyTc3(request, creds)).toBe(true);
    const newBody = new TextEncoder().encode('{"Limit":2}');
    const resigned = resignTc3({ ...request, body: newBody }, creds);
    expect(resigned.find(([k]) => k === "authorization")?.[1]).toBe(sign(newBody));
  });
});

describe("detectSignature", () => {
  const req = (query: string, headers: Array<[string, string]> = [], body = ""): SignableRequest => ({
    method: body === "" ? "GET" : "POST",
    path: "/",
    query,
    headers,
    body: new TextEncoder().encode(body),
  });
  it("knows the schemes that do not cover the body", () => {
    expect(
      detectSignature(
        "zego",
        req(
          "Action=SendBarrageMessage&AppId=1&SignatureNonce=n&Timestamp=1&Signature=s&SignatureVersion=2.0",
        ),
      ),
    ).toEqual({
      scheme: "zego-query",
      coversBody: false,
      coversQuery: false,
      resigner: null,
    });
    expect(detectSignature("tencent", req("sdkappid=1&identifier=admin&usersig=x&random=1")).scheme).toBe(
      "tim-usersig",
    );
    expect(detectSignature("facebook", req("access_token=t&appsecret_proof=p")).scheme).toBe(
      "fb-appsecret-proof",
    );
    expect(
      detectSignature(
        "facebook",
        req("", [["content-type", "application/x-www-form-urlencoded"]], "data=%5B%5D&appsecret_proof=p"),
      ).scheme,
    ).toBe("fb-appsecret-proof");
    expect(detectSignature("facebook", req("access_token=t")).scheme).toBe("none");
  });
  it("parses the scope an SDK pointed at the gateway produces, and flags any TC3 header as body-covering", () => {
    const sig = "0".repeat(64);
    const auth = `TC3-HMAC-SHA256 Credential=AKIDx/2026-11-29/kago-gateway:8080/tencent/tc3_request, SignedHeaders=content-type;host, Signature=${sig}`;
    expect(parseTc3Authorization(auth)?.service).toBe("kago-gateway:8080/tencent");
    expect(detectSignature("tencent", req("", [["authorization", "TC3-HMAC-SHA256 garbled"]], "{}"))).toEqual(
      {
        scheme: "tc3",
        coversBody: true,
        coversQuery: true,
        resigner: null,
      },
    );
  });

  it("flags Tencent's v1 signature as body-covering (re-signable) and an SLS v4 Authorization it cannot read as not re-signable", () => {
    const v1 = detectSignature(
      "tencent",
      req("", [["content-type", "application/x-www-form-urlencoded"]], "Action=X&Nonce=1&Signature=abc"),
    );
    expect(v1).toEqual({ scheme: "tc-v1", coversBody: true, coversQuery: true, resigner: "tc-v1" });
    expect(
      detectSignature("aliyun", req("", [["authorization", "SLS4-HMAC-SHA256 Credential=x"]])).resigner,
    ).toBeNull();
    expect(detectSignature("nobody", req("Signature=x")).scheme).toBe("none");
  });
});
