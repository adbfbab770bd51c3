/**
 * aliyun through the gateway with SLS signature v4 (`SLS4-HMAC-SHA256`), driven by the Node SDK
 * @alicloud/sls20201230 5.9.0 configured with `signatureVersion: "v4"` (session 15; until then
 * every changed v4 request was refused as `stale_signature`).
 *
 * The SDK calls `<project>.<endpoint>` and signs that host and the operation's path. It cannot be
 * pointed at a path prefix, so the test lets it send to a loopback capture server (project `127`,
 * endpoint `0.0.1:<port>`), then replays its exact bytes, headers and Host to the gateway under
 * the `/aliyun` route prefix, which v4 (like v1) does not sign. PutWebtracking is used: the SDK's
 * PutLogs cannot serialise its protobuf body in this version (gateway-sls 0.3.2 encodes only JSON
 * and binary bodies).
 *
 * Session 15: the SDK compresses a web tracking body when the call sets `x-log-compresstype`
 * (lz4 through lz4-napi, a native LZ4 independent of the catalog's, or deflate through zlib);
 * the gateway reads, redacts and compresses it again with a true `x-log-bodyrawsize`.
 */
import { inflateSync } from "node:zlib";
import { type SignableRequest, verifySls, verifySlsV4 } from "@kago/vendors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../support/client.js";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import { requireCjs, signableOf, transfersLogged, useVendorRig, type VendorGateway } from "./support.js";

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

// lz4-napi, which the SDK's @alicloud/gateway-sls-util compresses with: its blocks carry a 4-byte size prefix
const lz4Napi = requireCjs("node:module").createRequire(requireCjs.resolve("@alicloud/gateway-sls-util"))(
  "lz4-napi",
) as {
  uncompressSync(data: Uint8Array): Buffer;
};

const creds = { accessKeyId: "LTAI5tGatewayTestKey", accessKeySecret: "GatewayTestSecretOnly0123456789" };
const EMAIL = "ingrid.solberg@example.org";
const DEVICE_ID = "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

const rig = useVendorRig("aliyun", creds);
let capture: TestUpstream;
beforeAll(async () => {
  capture = await startUpstream();
});
afterAll(async () => {
  await capture.close();
});

/**
 * What the SDK sends for one web tracking record, signed with `secret`. `__source__` is the
 * sender's IP (the catalog's network.ip_address), so a body with one always changes.
 */
async function sdkRequest(
  log: Record<string, string>,
  {
    secret = creds.accessKeySecret,
    source,
    compressType,
    signatureVersion = "v4",
  }: {
    secret?: string;
    source?: string;
    compressType?: "lz4" | "deflate";
    signatureVersion?: "v4" | "v1";
  } = {},
) {
  const client = new Sls.default({
    accessKeyId: creds.accessKeyId,
    accessKeySecret: secret,
    endpoint: `0.0.1:${capture.port}`,
    regionId: "cn-hangzhou",
    signatureVersion,
    protocol: "HTTP",
  });
  const before = capture.received.length;
  await client.putWebtrackingWithOptions(
    "127",
    "app-usage",
    new Sls.PutWebtrackingRequest({ logs: [log], topic: "app", ...(source === undefined ? {} : { source }) }),
    compressType === undefined ? {} : { "x-log-compresstype": compressType },
    {},
  );
  const sent = capture.received[before];
  if (sent === undefined) throw new Error("the SDK sent nothing");
  expect(sent.headers.authorization).toMatch(signatureVersion === "v4" ? /^SLS4-HMAC-SHA256 / : /^LOG /);
  return sent;
}

/** Replays the SDK's request to the gateway, Host and all, under the route prefix. */
async function replay(gw: VendorGateway, sent: Awaited<ReturnType<typeof sdkRequest>>) {
  const headers: Record<string, string> = {};
  for (let i = 0; i < sent.rawHeaders.length; i += 2)
    headers[String(sent.rawHeaders[i]).toLowerCase()] = String(sent.rawHeaders[i + 1]);
  return send(gw.url, { method: sent.method, path: `/aliyun${sent.url}`, headers, body: sent.body });
}

/** Replays `sent`, expects 200, and returns what the upstream received. */
async function forwarded(gw: VendorGateway, sent: Awaited<ReturnType<typeof sdkRequest>>) {
  const before = rig.upstream.received.length;
  const res = await replay(gw, sent);
  expect(res.status).toBe(200);
  const got = rig.upstream.received[before];
  if (got === undefined) throw new Error("nothing forwarded");
  return got;
}

/** Replays `sent` and expects 422 `stale_signature` with nothing forwarded upstream. */
async function expectStaleSignature(gw: VendorGateway, sent: Awaited<ReturnType<typeof sdkRequest>>) {
  const before = rig.upstream.received.length;
  const res = await replay(gw, sent);
  expect(res.status).toBe(422);
  expect((res.json as { error: { code: string } }).error.code).toBe("stale_signature");
  expect(rig.upstream.received.length).toBe(before);
}

describe("aliyun web tracking from @alicloud/sls20201230, signed with SLS v4", () => {
  it("with credentials: the e-mail is gone, the device id stays, and the request is re-signed for the upstream's host", async () => {
    const gw = await rig.gateway(true);
    const sent = await sdkRequest(
      { event: "cold_start", device_id: DEVICE_ID, user_email: EMAIL },
      { source: "192.0.2.44" },
    );
    const got = await forwarded(gw, sent);
    expect(got.url).toBe("/logstores/app-usage/track");
    expect(got.body.includes(Buffer.from(EMAIL))).toBe(false);
    expect(got.body.includes(Buffer.from(DEVICE_ID))).toBe(true);
    const upstreamRequest: SignableRequest = signableOf(got);
    expect(got.headers.host).toBe(`127.0.0.1:${rig.upstream.port}`);
    expect(got.headers.authorization).not.toBe(sent.headers.authorization);
    expect(got.headers["x-log-date"]).toBe(sent.headers["x-log-date"]);
    expect(verifySlsV4(upstreamRequest, creds)).toBe(true);

    const [line] = await transfersLogged(gw, 1);
    expect(line?.endpoint).toBe("aliyun.sls.web-tracking-post");
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["contact.email", "network.ip_address"]));
    expect(got.body.includes(Buffer.from("192.0.2.44"))).toBe(false);
    expect(JSON.stringify(gw.logs)).not.toContain(EMAIL);
  });

  it("without credentials: a body that had to change is refused with 422 stale_signature and nothing is forwarded", async () => {
    const gw = await rig.gateway(false);
    await expectStaleSignature(gw, await sdkRequest({ event: "cold_start", user_email: EMAIL }));
  });

  it("with credentials: a request whose original signature does not verify is refused, not re-signed (no signing oracle)", async () => {
    const gw = await rig.gateway(true);
    await expectStaleSignature(
      gw,
      await sdkRequest({ user_email: EMAIL }, { secret: "NotTheGatewaysSecret0000000000" }),
    );
  });

  it("an unchanged body passes with its signature untouched", async () => {
    const gw = await rig.gateway(false);
    const sent = await sdkRequest({ event: "cold_start", device_id: DEVICE_ID });
    const got = await forwarded(gw, sent);
    expect(got.body.equals(sent.body)).toBe(true);
    expect(got.headers.authorization).toBe(sent.headers.authorization);
    expect(got.headers["x-log-content-sha256"]).toBe(sent.headers["x-log-content-sha256"]);
  });
});

/** The JSON of a compressed web tracking body, read with the SDK's own decompressors. */
describe("aliyun web tracking from @alicloud/sls20201230 with its default SLS v1 signature, hmac-sha256 (session 16)", () => {
  it("with credentials: the e-mail is gone and the request is re-signed with hmac-sha256", async () => {
    const gw = await rig.gateway(true);
    const sent = await sdkRequest({ event: "cold_start", user_email: EMAIL }, { signatureVersion: "v1" });
    expect(sent.headers["x-log-signaturemethod"]).toBe("hmac-sha256");
    const got = await forwarded(gw, sent);
    expect(got.body.includes(Buffer.from(EMAIL))).toBe(false);
    expect(got.headers.authorization).not.toBe(sent.headers.authorization);
    expect(got.headers["x-log-signaturemethod"]).toBe("hmac-sha256");
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("without credentials: 422 stale_signature, nothing forwarded", async () => {
    const gw = await rig.gateway(false);
    await expectStaleSignature(gw, await sdkRequest({ user_email: EMAIL }, { signatureVersion: "v1" }));
  });
});

function readCompressed(body: Buffer, compressType: string, rawSize: number): string {
  if (compressType === "deflate") return inflateSync(body).toString("utf8");
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(rawSize);
  return lz4Napi.uncompressSync(Buffer.concat([prefix, body])).toString("utf8");
}

describe("aliyun web tracking compressed by @alicloud/sls20201230 (x-log-compresstype)", () => {
  for (const compressType of ["lz4", "deflate"] as const) {
    it(`${compressType}: the e-mail is gone, the device id stays, the body is ${compressType} again with a true x-log-bodyrawsize, re-signed`, async () => {
      const gw = await rig.gateway(true);
      const sent = await sdkRequest(
        { event: "cold_start", device_id: DEVICE_ID, user_email: EMAIL },
        { compressType },
      );
      expect(sent.headers["x-log-compresstype"]).toBe(compressType);
      const got = await forwarded(gw, sent);
      expect(got.headers["x-log-compresstype"]).toBe(compressType);
      const rawSize = Number(got.headers["x-log-bodyrawsize"]);
      const text = readCompressed(got.body, compressType, rawSize);
      expect(Buffer.byteLength(text)).toBe(rawSize);
      const body = JSON.parse(text) as { __logs__: Array<Record<string, string>>; __topic__: string };
      expect(body.__topic__).toBe("app");
      expect(body.__logs__).toEqual([{ event: "cold_start", device_id: DEVICE_ID }]);
      expect(verifySlsV4(signableOf(got), creds)).toBe(true);
      const [line] = await transfersLogged(gw, 1);
      expect(line?.endpoint).toBe("aliyun.sls.web-tracking-post");
      expect(line?.categoriesRemoved).toEqual(["contact.email"]);
      expect(JSON.stringify(gw.logs)).not.toContain(EMAIL);
    });
  }

  it("lz4, nothing to remove: the SDK's bytes and signature arrive untouched", async () => {
    const gw = await rig.gateway(false);
    const sent = await sdkRequest({ event: "cold_start", device_id: DEVICE_ID }, { compressType: "lz4" });
    const got = await forwarded(gw, sent);
    expect(got.body.equals(sent.body)).toBe(true);
    expect(got.headers["x-log-bodyrawsize"]).toBe(sent.headers["x-log-bodyrawsize"]);
    expect(got.headers.authorization).toBe(sent.headers.authorization);
  });
});
