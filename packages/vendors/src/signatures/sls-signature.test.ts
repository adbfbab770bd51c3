import {
  decodeSlsBody,
  detectSignature,
  encodeSlsBody,
  resignSls,
  type SignableRequest,
  slsContentMd5,
  verifySls,
} from "@kago/vendors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCjs, startCapture } from "../../test/real-clients.js";
import { toSignable } from "../../test/signable.js";

type SlsClientInstance = {
  postLogStoreLogs(project: string, logstore: string, data: unknown): Promise<unknown>;
  getProjectLogs(project: string, data: Record<string, string>): Promise<unknown>;
  _sign(
    verb: string,
    path: string,
    queries: Record<string, string>,
    headers: Record<string, string>,
    creds: unknown,
  ): string;
};
const SlsClient = requireCjs("@alicloud/log") as new (config: Record<string, unknown>) => SlsClientInstance;

const creds = { accessKeyId: "LTAI5tExampleKeyId", accessKeySecret: "ExampleSecretForTestsOnly0123456" };
let capture: Awaited<ReturnType<typeof startCapture>>;
let client: SlsClientInstance;

beforeAll(async () => {
  capture = await startCapture();
  client = new SlsClient({ ...creds, endpoint: `http://127.0.0.1:${capture.port}` });
});
afterAll(async () => {
  await capture.close();
});

async function captured(send: () => Promise<unknown>): Promise<SignableRequest> {
  const before = capture.requests.length;
  await send();
  const request = capture.requests[before];
  if (request === undefined) throw new Error("nothing captured");
  return toSignable(request);
}

const header = (r: SignableRequest, name: string) => r.headers.find(([k]) => k === name)?.[1];

describe("SLS signature, checked against @alicloud/log 1.2.6", () => {
  it("verifies what the real client signed (PutLogs body) and rejects a wrong secret or a changed body", async () => {
    const request = await captured(() =>
      client.postLogStoreLogs("", "app-usage", {
        logs: [{ timestamp: 1767261600, content: { event: "cold_start", user_email: "a@example.org" } }],
        topic: "t",
      }),
    );
    expect(verifySls(request, creds)).toBe(true);
    expect(verifySls(request, { ...creds, accessKeySecret: "other" })).toBe(false);
    expect(verifySls({ ...request, body: new Uint8Array([...request.body, 0]) }, creds)).toBe(false);
    expect(detectSignature("aliyun", request)).toEqual({
      scheme: "sls",
      coversBody: true,
      coversQuery: true,
      resigner: "sls",
    });
  });

  it("verifies a signed query (canonical resource with sorted, decoded pairs)", async () => {
    const request = await captured(() =>
      client.getProjectLogs("", {
        query: "* | select count(1) where a = 'ü&x'",
        from: "1767261600",
        to: "1767265200",
      }),
    );
    expect(request.query).not.toBe("");
    expect(verifySls(request, creds)).toBe(true);
    expect(verifySls({ ...request, query: request.query.replace("from=", "fro=") }, creds)).toBe(false);
  });

  it("re-signs a redacted, lz4-compressed body exactly as the client would sign it", async () => {
    const original = await captured(() =>
      client.postLogStoreLogs("", "app-usage", {
        logs: [{ timestamp: 1767261600, content: { event: "cold_start", user_email: "a@example.org" } }],
      }),
    );
    const decoded = decodeSlsBody(original.body, {});
    const redacted = {
      ...decoded.logGroup,
      Logs: decoded.logGroup.Logs.map((l) => ({
        ...l,
        Contents: l.Contents.filter((c) => c.Key !== "user_email"),
      })),
    };
    const encoded = encodeSlsBody(redacted, "lz4");
    const changed: SignableRequest = {
      ...original,
      headers: [...original.headers, ["x-log-compresstype", "lz4"]],
      body: encoded.body,
    };
    expect(verifySls(changed, creds)).toBe(false); // stale
    const headers = resignSls(changed, creds, { bodyRawSize: encoded.rawSize });
    const resigned = { ...changed, headers };
    expect(header(resigned, "content-md5")).toBe(slsContentMd5(encoded.body));
    expect(header(resigned, "x-log-bodyrawsize")).toBe(String(encoded.rawSize));
    expect(header(resigned, "date")).toBe(header(original, "date"));
    expect(verifySls(resigned, creds)).toBe(true);
    // The client's own signing code over the new headers gives the same Authorization.
    const asObject = Object.fromEntries(headers.filter(([k]) => k !== "authorization"));
    expect(header(resigned, "authorization")).toBe(client._sign("POST", original.path, {}, asObject, creds));
    // and the re-signed body still decodes with the new raw size.
    expect(
      decodeSlsBody(resigned.body, {
        compressType: "lz4",
        bodyRawSize: header(resigned, "x-log-bodyrawsize"),
      }).logGroup,
    ).toEqual(redacted);
  });

  it("an unsigned web tracking request has no signature", () => {
    const request: SignableRequest = {
      method: "GET",
      path: "/logstores/x/track",
      query: "APIVersion=0.6.0",
      headers: [],
      body: new Uint8Array(),
    };
    expect(detectSignature("aliyun", request).scheme).toBe("none");
  });
});
