import { detectSignature, resignTcV1, SignatureError, tcV1StringToSign, verifyTcV1 } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { useCapture } from "../../test/real-clients.js";
import { CommonClient, TENCENT_CREDS, TencentSign } from "../../test/tencent-sdk.js";

// tencentcloud-sdk-nodejs-common (signMethod HmacSHA1 / HmacSHA256) is the independent implementation.
const creds = TENCENT_CREDS;
const capture = useCapture('{"Response":{"RequestId":"r-1"}}');

async function sdkCall(signMethod: string, reqMethod: "POST" | "GET") {
  const client = new CommonClient("cvm.tencentcloudapi.com", "2017-03-12", {
    credential: creds,
    region: "ap-singapore",
    profile: {
      signMethod,
      httpProfile: { endpoint: `127.0.0.1:${capture.port}/tencent`, protocol: "http://", reqMethod },
    },
  });
  const before = capture.requests.length;
  await client.request("DescribeInstances", {
    Limit: 10,
    Filters: [{ Name: "tag:owner", Values: ["reach me at ingrid@example.org"] }],
  });
  const sent = capture.requests[before];
  if (sent === undefined) throw new Error("nothing captured");
  const q = sent.url.indexOf("?");
  return {
    sent,
    request: {
      method: reqMethod,
      host: `127.0.0.1:${capture.port}`,
      path: q < 0 ? sent.url : sent.url.slice(0, q),
      params: reqMethod === "GET" ? sent.url.slice(q + 1) : sent.body.toString("utf8"),
    },
  };
}

describe("Tencent Cloud API v1 signature, checked against tencentcloud-sdk-nodejs-common 4.1.220", () => {
  it.each([
    ["HmacSHA256", "POST"],
    ["HmacSHA1", "POST"],
    ["HmacSHA256", "GET"],
  ] as const)(
    "verifies what the real CommonClient signed (%s, %s) and re-signs a change as its signer would",
    async (signMethod, reqMethod) => {
      const { sent, request } = await sdkCall(signMethod, reqMethod);
      expect(request.path).toBe("/tencent/"); // the SDK signs the path it sends, prefix included
      expect(
        detectSignature("tencent", {
          method: reqMethod,
          path: request.path,
          query: reqMethod === "GET" ? request.params : "",
          headers: Object.entries(sent.headers).map(([k, v]) => [k, String(v)] as [string, string]),
          body: sent.body,
        }),
      ).toMatchObject({ scheme: "tc-v1", resigner: "tc-v1" });
      expect(verifyTcV1(request, creds)).toBe(true);
      expect(verifyTcV1(request, { ...creds, secretKey: "wrong" })).toBe(false);
      expect(verifyTcV1(request, { ...creds, secretId: "AKIDsomeoneElse" })).toBe(false);

      // the gateway removed the e-mail; the call now goes to the vendor's host and path
      const changed = {
        ...request,
        host: "cvm.tencentcloudapi.com",
        path: "/",
        params: request.params.replace(/ingrid(%40|@)example\.org/, "%5Bredacted%5D"),
      };
      expect(changed.params).not.toBe(request.params);
      expect(verifyTcV1(changed, creds)).toBe(false);
      const resigned = { ...changed, params: resignTcV1(changed, creds) };
      expect(verifyTcV1(resigned, creds)).toBe(true);
      // only the Signature pair changed, and to what the SDK's own signer computes
      const pairs = (s: string) => s.split("&").filter((p) => !p.startsWith("Signature="));
      expect(pairs(resigned.params)).toEqual(pairs(changed.params));
      const theirs = TencentSign.sign(creds.secretKey, tcV1StringToSign(changed), signMethod);
      expect(new URLSearchParams(resigned.params).get("Signature")).toBe(theirs);
      expect(tcV1StringToSign(changed)).toMatch(
        new RegExp(
          `^${reqMethod}cvm\\.tencentcloudapi\\.com/\\?Action=DescribeInstances&Filters\\.0\\.Name=tag:owner&`,
        ),
      );
    },
  );

  it("refuses to re-sign a call signed with another SecretId, and undecodable or repeated parameters", () => {
    const base = { method: "POST", host: "cvm.tencentcloudapi.com", path: "/" };
    const other = { ...base, params: "Action=X&SecretId=AKIDother&Nonce=1&Signature=abc" };
    expect(() => resignTcV1(other, creds)).toThrow(SignatureError);
    for (const params of [
      `Action=X&SecretId=${creds.secretId}&Signature=%E0%A4%A`,
      `Action=X&Action=Y&SecretId=${creds.secretId}&Signature=abc`,
      `Action=X&SecretId=${creds.secretId}&SignatureMethod=HmacMD5&Signature=abc`,
      `Action=X&SecretId=${creds.secretId}`,
    ])
      expect(() => resignTcV1({ ...base, params }, creds), params).toThrow(SignatureError);
  });
});
