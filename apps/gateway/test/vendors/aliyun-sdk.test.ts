/**
 * aliyun through the gateway, driven by the legacy `aliyun-sdk` 1.12.10 client (issue 5):
 * `new ALY.SLS({ ..., apiVersion: "2015-06-01" }).putLogs(...)`.
 *
 * What the client does (read in node_modules/aliyun-sdk/lib/services/sls.js and signers/sls.js):
 * it encodes the LogGroup with pomelo-protobuf (field numbers of SLS's `sls.proto`), always
 * compresses it with `deflate` (`x-log-compresstype: deflate`, `x-log-bodyrawsize` = protobuf
 * length), sets an upper-case hex Content-MD5 and signs with the SLS scheme (`LOG <id>:<sig>`
 * over method, Content-MD5, Content-Type, Date, the `x-log-*` headers and the path). The gateway
 * supports deflate, so the client's own form goes through unchanged in shape.
 *
 * One adaptation is needed, and it is the client's, not the gateway's: aliyun-sdk drops the path
 * of `endpoint` (its REST builder sets the request path to the operation's URI), so it cannot be
 * pointed at `http://<gateway>/aliyun` the way @alicloud/log can. The test gives it the gateway's
 * origin as endpoint (an IP, so the SDK does not put the project into the host) and adds the
 * `/aliyun` route prefix in a `sign` listener, i.e. after the client has signed. The SLS signature
 * does not cover the route prefix, so the client's signature stays what the vendor would check.
 */
import { decodeSlsBody, verifySls } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import type { ReceivedRequest } from "../support/upstream.js";
import { requireCjs, signableOf, transfersLogged, useVendorRig, type VendorGateway } from "./support.js";

type Callback = (err: (Error & { code?: unknown; message: string }) | null, data: unknown) => void;
interface AlyRequest {
  on(
    event: "sign",
    listener: (req: {
      httpRequest: { path: string; body: Buffer; headers: Record<string, unknown> };
    }) => void,
  ): AlyRequest;
  send(callback: Callback): void;
}
interface AlySls {
  putLogs(params: Record<string, unknown>): AlyRequest;
}
const ALY = requireCjs("aliyun-sdk") as { SLS: new (config: Record<string, unknown>) => AlySls };

// @alicloud/log's own sls.proto, read with the protobufjs it ships with: an independent decoder of
// what arrives upstream (aliyun-sdk keeps its schema in a module-local variable).
const { dirname, join } = requireCjs("node:path") as typeof import("node:path");
const clientRequire = requireCjs("node:module").createRequire(
  requireCjs.resolve("@alicloud/log"),
) as NodeJS.Require;
const protobuf = clientRequire("protobufjs") as {
  loadSync(file: string): {
    lookupType(name: string): { decode(b: Uint8Array): unknown; verify(m: unknown): string | null };
  };
};
const LogGroup = protobuf
  .loadSync(join(dirname(requireCjs.resolve("@alicloud/log")), "lib", "sls.proto"))
  .lookupType("sls.LogGroup");

const creds = { accessKeyId: "LTAI5tGatewayTestKey", accessKeySecret: "GatewayTestSecretOnly0123456789" };
const EMAIL = "ingrid.solberg@example.org";
const REAL_NAME = "Ingrid Solberg";
// SLS's LogGroup `source` is the sending machine's IP; the field map files it as
// network.ip_address, which aliyun may not receive.
const SOURCE_IP = "192.0.2.44";
const DEVICE_ID = "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
const TIME = 1767261600;

const rig = useVendorRig("aliyun", creds);
const { gateway } = rig;

/** What the client sent: its (deflated) body and Authorization, as signed. */
interface Sent {
  body: Buffer;
  authorization: string;
}

/** Sends PutLogs with aliyun-sdk; resolves with the client's error (or null) and what it sent. */
function putLogs(
  gw: VendorGateway,
  contents: Record<string, string>,
  source?: string,
): Promise<{ err: Parameters<Callback>[0]; sent: Sent }> {
  const sls = new ALY.SLS({
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.accessKeySecret,
    endpoint: `http://127.0.0.1:${gw.port}`,
    apiVersion: "2015-06-01",
    maxRetries: 0,
  });
  const sent: Sent = { body: Buffer.alloc(0), authorization: "" };
  return new Promise((resolve) => {
    sls
      .putLogs({
        projectName: "kago-app-logs",
        logStoreName: "app-usage",
        logGroup: {
          logs: [{ time: TIME, contents: Object.entries(contents).map(([key, value]) => ({ key, value })) }],
          topic: "app-usage",
          ...(source === undefined ? {} : { source }),
        },
      })
      .on("sign", (req) => {
        req.httpRequest.path = `/aliyun${req.httpRequest.path}`;
        sent.body = req.httpRequest.body;
        sent.authorization = String(req.httpRequest.headers.Authorization);
      })
      .send((err) => resolve({ err, sent }));
  });
}

const personal = { event: "cold_start", device_id: DEVICE_ID, user_email: EMAIL, real_name: REAL_NAME };

/** The request the upstream received at index `k`; fails the test when nothing was forwarded. */
function receivedAt(k: number): ReceivedRequest {
  const got = rig.upstream.received[k];
  if (got === undefined) throw new Error("nothing forwarded");
  return got;
}

/** The LogGroup a forwarded request carries, decoded as its compression headers say. */
function decodeForwarded(got: ReceivedRequest) {
  return decodeSlsBody(got.body, {
    compressType: got.headers["x-log-compresstype"] as string,
    bodyRawSize: got.headers["x-log-bodyrawsize"] as string,
  });
}

describe("aliyun PutLogs from aliyun-sdk (ALY.SLS, apiVersion 2015-06-01)", () => {
  it("with credentials: e-mail and name are gone, the device id stays, the deflated LogGroup decodes, rawsize and signature are valid", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const { err, sent } = await putLogs(gw, personal, SOURCE_IP);
    expect(err).toBeNull();
    const got = receivedAt(before);
    expect(got.method).toBe("POST");
    expect(got.url).toBe("/logstores/app-usage/shards/lb");
    expect(got.headers["x-log-compresstype"]).toBe("deflate");

    const decoded = decodeForwarded(got);
    expect(decoded.compression).toBe("deflate");
    expect(decoded.raw.length).toBe(Number(got.headers["x-log-bodyrawsize"]));
    const raw = Buffer.from(decoded.raw);
    for (const gone of [EMAIL, REAL_NAME, "Solberg", "ingrid.solberg", SOURCE_IP]) {
      expect(raw.includes(Buffer.from(gone))).toBe(false);
      expect(got.body.includes(Buffer.from(gone))).toBe(false);
    }
    expect(raw.includes(Buffer.from(DEVICE_ID))).toBe(true);
    expect(LogGroup.verify(LogGroup.decode(decoded.raw))).toBeNull();

    const group = decoded.logGroup;
    expect(group.Topic).toBe("app-usage");
    expect(group.Source).toBeUndefined();
    expect(group.Logs).toHaveLength(1);
    expect(group.Logs[0]?.Time).toBe(TIME);
    expect(group.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "cold_start" },
      { Key: "device_id", Value: DEVICE_ID },
    ]);
    // Re-signed by the gateway: a new body and Authorization that verify with the shared key only.
    expect(got.body.equals(sent.body)).toBe(false);
    expect(got.headers.authorization).not.toBe(sent.authorization);
    expect(verifySls(signableOf(got), creds)).toBe(true);
    expect(verifySls(signableOf(got), { ...creds, accessKeySecret: "NotTheSecret0000000000000000000" })).toBe(
      false,
    );

    const [line] = await transfersLogged(gw, 1);
    expect(line?.endpoint).toBe("aliyun.sls.put-logs");
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["contact.email", "account.profile.name", "network.ip_address"]),
    );
    const logs = JSON.stringify(gw.logs);
    expect(logs).not.toContain(EMAIL);
    expect(logs).not.toContain(REAL_NAME);
  });

  it("with credentials: a signed JWT holding an account id and an e-mail in a log line is replaced whole, the rest of the line arrives as sent", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const b64url = (text: string) => Buffer.from(text).toString("base64url");
    const header = b64url('{"alg":"HS256","typ":"JWT"}');
    const jwt = `${header}.${b64url(JSON.stringify({ sub: "42", email: EMAIL }))}.c2lnbmF0dXJl`;
    const { err } = await putLogs(gw, { event: "auth_failed", message: `rejected Bearer ${jwt} (expired)` });
    expect(err).toBeNull();
    const got = receivedAt(before);
    const decoded = decodeForwarded(got);
    expect(decoded.logGroup.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "auth_failed" },
      // session 18: a token with a claim cut out would not verify; it goes whole
      { Key: "message", Value: "rejected Bearer [redacted:account.id] (expired)" },
    ]);
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("with credentials: values named in a log line (key=value, Chinese labels) and under qualified keys go, the rest stays", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const { err } = await putLogs(gw, {
      event: "checkout",
      message: `login ok user_name=${REAL_NAME} plan=gold; 联系人 姓名：张三，状态：正常`,
      customer_first_name: "Astrid",
    });
    expect(err).toBeNull();
    const got = receivedAt(before);
    const decoded = decodeForwarded(got);
    expect(decoded.logGroup.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "checkout" },
      {
        Key: "message",
        Value:
          "login ok user_name=[redacted:account.profile.name] plan=gold; 联系人 姓名：[redacted:account.profile.name]，状态：正常",
      },
    ]);
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("with credentials: a name introduced in prose, an accented address and hex text in a log line go", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const hex = (text: string) => Buffer.from(text).toString("hex");
    const { err } = await putLogs(gw, {
      event: "support_chat",
      message: `hi, my name is ${REAL_NAME}, write to josé@example.org`,
      payload: `retry payload=${hex(`{"email":"${EMAIL}","plan":"gold"}`)} ok`,
    });
    expect(err).toBeNull();
    const got = receivedAt(before);
    const decoded = decodeForwarded(got);
    expect(decoded.logGroup.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "support_chat" },
      {
        Key: "message",
        Value: "hi, my name is [redacted:account.profile.name], write to [redacted:contact.email]",
      },
      { Key: "payload", Value: `retry payload=${hex('{"plan":"gold"}')} ok` },
    ]);
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("with credentials: the user's name goes from the log's message too, before or after the field", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const { err } = await putLogs(gw, {
      message: "user ingrid reported: stream dropped",
      real_name: REAL_NAME,
      screen: "room",
    });
    expect(err).toBeNull();
    const got = receivedAt(before);
    expect(decodeForwarded(got).logGroup.Logs[0]?.Contents).toEqual([
      { Key: "message", Value: "user [redacted:account.profile.name] reported: stream dropped" },
      { Key: "screen", Value: "room" },
    ]);
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("without credentials: the changed body is refused with 422 stale_signature and nothing is forwarded", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    const { err } = await putLogs(gw, personal, SOURCE_IP);
    expect(err?.code).toBe(422);
    expect((JSON.parse(err?.message ?? "{}") as { error?: { code?: string } }).error?.code).toBe(
      "stale_signature",
    );
    expect(rig.upstream.received.length).toBe(before);
  });

  it("without credentials: a body with nothing to remove arrives byte for byte with the client's signature", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    const { err, sent } = await putLogs(gw, { event: "cold_start", device_id: DEVICE_ID });
    expect(err).toBeNull();
    const got = receivedAt(before);
    expect(sent.body.length).toBeGreaterThan(0);
    expect(got.body.equals(sent.body)).toBe(true);
    expect(got.headers.authorization).toBe(sent.authorization);
    expect(verifySls(signableOf(got), creds)).toBe(true);
    const group = decodeForwarded(got).logGroup;
    expect(group.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "cold_start" },
      { Key: "device_id", Value: DEVICE_ID },
    ]);
  });
});
