/**
 * aliyun through the gateway, driven by @alicloud/log 1.2.6 (PutLogs protobuf, SLS signature) and
 * by hand-built lz4 / deflate PutLogs bodies signed with the SLS scheme; and (session 15)
 * hand-built compressed web tracking bodies, as a browser beacon sends them, unsigned; and
 * (session 17) a signed PutLogs with a UTF-8 `x-log-*` header, and thing ids and quantities in
 * PutLogs Contents that keep their digits.
 */
import { dirname, join } from "node:path";
import {
  compressSlsBody,
  decodeSlsBody,
  decompressSlsBody,
  encodeSlsBody,
  type SignableRequest,
  type SlsLogGroup,
  slsAuthorization,
  slsContentMd5,
  verifySls,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { send } from "../support/client.js";
import { requireCjs, signableOf, transfersLogged, useVendorRig, type VendorGateway } from "./support.js";

type SlsClient = { postLogStoreLogs(project: string, logstore: string, data: unknown): Promise<unknown> };
const Sls = requireCjs("@alicloud/log") as new (config: Record<string, unknown>) => SlsClient;
// The client's own protobuf schema, loaded with the protobufjs it ships with.
const clientRequire = requireCjs("node:module").createRequire(
  requireCjs.resolve("@alicloud/log"),
) as NodeJS.Require;
const protobuf = clientRequire("protobufjs") as {
  loadSync(file: string): {
    lookupType(name: string): {
      decode(b: Uint8Array): unknown;
      verify(m: unknown): string | null;
      toObject(m: unknown, o: unknown): Record<string, unknown>;
    };
  };
};
const LogGroup = protobuf
  .loadSync(join(dirname(requireCjs.resolve("@alicloud/log")), "lib", "sls.proto"))
  .lookupType("sls.LogGroup");

const creds = { accessKeyId: "LTAI5tGatewayTestKey", accessKeySecret: "GatewayTestSecretOnly0123456789" };
const EMAIL = "ingrid.solberg@example.org";
const DEVICE_ID = "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

const rig = useVendorRig("aliyun", creds);
const { gateway } = rig;

function client(gw: VendorGateway, secret = creds.accessKeySecret): SlsClient {
  return new Sls({ accessKeyId: creds.accessKeyId, accessKeySecret: secret, endpoint: `${gw.url}/aliyun` });
}

const logs = (content: Record<string, string>, topic = "app-usage") => ({
  logs: [{ timestamp: 1767261600, content }],
  topic,
});

async function sendCatching(send: () => Promise<unknown>): Promise<unknown> {
  try {
    return await send();
  } catch (err) {
    return err;
  }
}

describe("aliyun PutLogs from @alicloud/log", () => {
  it("with credentials: the e-mail is gone, the device id stays, the protobuf parses with the client's schema, rawsize and signature are valid", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    await client(gw).postLogStoreLogs(
      "",
      "app-usage",
      logs({ event: "cold_start", device_id: DEVICE_ID, user_email: EMAIL }),
    );
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    expect(got.url).toBe("/logstores/app-usage/shards/lb");
    expect(got.body.includes(Buffer.from(EMAIL))).toBe(false);

    const message = LogGroup.decode(got.body);
    expect(LogGroup.verify(message)).toBeNull();
    const group = LogGroup.toObject(message, { defaults: false }) as {
      Logs: Array<{ Time: number; Contents: Array<{ Key: string; Value: string }> }>;
      Topic: string;
    };
    expect(group.Topic).toBe("app-usage");
    expect(group.Logs[0]?.Time).toBe(1767261600);
    expect(group.Logs[0]?.Contents).toEqual([
      { Key: "event", Value: "cold_start" },
      { Key: "device_id", Value: DEVICE_ID },
    ]);
    expect(got.headers["x-log-bodyrawsize"]).toBe(String(got.body.length));
    expect(got.headers["content-md5"]).toBe(slsContentMd5(got.body));
    expect(verifySls(signableOf(got), creds)).toBe(true);

    const [line] = await transfersLogged(gw, 1);
    expect(line?.endpoint).toBe("aliyun.sls.put-logs");
    expect(line?.categoriesRemoved).toContain("contact.email");
    expect(JSON.stringify(gw.logs)).not.toContain(EMAIL);
  });

  it("session 17: an order number, a room id and a byte count of eleven digits arrive as sent; a phone number under phone does not", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    await client(gw).postLogStoreLogs(
      "",
      "app-usage",
      logs({
        order_no: "13812345678",
        room_id: "13912345678",
        bytes_sent: "15012345678",
        phone: "18612345678",
      }),
    );
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const group = LogGroup.toObject(LogGroup.decode(got.body), { defaults: false }) as {
      Logs: Array<{ Contents: Array<{ Key: string; Value: string }> }>;
    };
    expect(group.Logs[0]?.Contents).toEqual([
      { Key: "order_no", Value: "13812345678" },
      { Key: "room_id", Value: "13912345678" },
      { Key: "bytes_sent", Value: "15012345678" },
    ]);
    expect(verifySls(signableOf(got), creds)).toBe(true);
  });

  it("session 20: a topic is read by the value rules: a host name with a person's name, an e-mail address go; machine and app names stay", async () => {
    const gw = await gateway(true);
    const topicAfter = async (topic: string) => {
      const before = rig.upstream.received.length;
      await client(gw).postLogStoreLogs("", "app-usage", logs({ event: "cold_start" }, topic));
      const got = rig.upstream.received[before];
      if (got === undefined) throw new Error("nothing forwarded");
      expect(verifySls(signableOf(got), creds)).toBe(true);
      return (LogGroup.toObject(LogGroup.decode(got.body), { defaults: false }) as { Topic?: string }).Topic;
    };
    expect(await topicAfter("astrid-solbergs-macbook-pro.local")).toBe(
      "[redacted:account.profile.name]-macbook-pro.local",
    );
    expect(await topicAfter("Astrid Solberg")).toBe("[redacted:account.profile.name]");
    expect(await topicAfter(EMAIL)).toBeUndefined();
    for (const kept of [
      "app-usage",
      "MacBook-Pro.local",
      "ci-mac-mini-03.local",
      "nginx-access",
      "kago_30417",
    ])
      expect(await topicAfter(kept)).toBe(kept);
    expect(JSON.stringify(gw.logs)).not.toContain("astrid");
  });

  it("without credentials: a body that had to change is refused with 422 stale_signature and nothing is forwarded", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    const res = await fetchPutLogs(gw, { event: "cold_start", user_email: EMAIL });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("stale_signature");
    expect(rig.upstream.received.length).toBe(before);
  });

  it("without credentials: an unchanged body passes with its signature untouched", async () => {
    const gw = await gateway(false);
    const before = rig.upstream.received.length;
    await client(gw).postLogStoreLogs("", "app-usage", logs({ event: "cold_start", device_id: DEVICE_ID }));
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    expect(verifySls(signableOf(got), creds)).toBe(true);
    const group = decodeSlsBody(got.body, {
      bodyRawSize: got.headers["x-log-bodyrawsize"] as string,
    }).logGroup;
    expect(group.Logs[0]?.Contents.map((c) => c.Key)).toEqual(["event", "device_id"]);
  });

  it("with credentials: a request whose original signature does not verify is refused, not re-signed (no signing oracle)", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    await sendCatching(() =>
      client(gw, "NotTheGatewaysSecret0000000000").postLogStoreLogs(
        "",
        "app-usage",
        logs({ user_email: EMAIL }),
      ),
    );
    const [line] = await transfersLogged(gw, 1);
    expect(line?.errorCode).toBe("stale_signature");
    expect(line?.status).toBe(422);
    expect(rig.upstream.received.length).toBe(before);
  });
});

const PUTLOGS_PATH = "/logstores/app-usage/shards/lb";

/**
 * A PutLogs request as @alicloud/log builds and signs it (header values as text, with `extra`
 * headers among the signed ones): its headers and body.
 */
function signedPutLogs(
  content: Record<string, string>,
  compression: "none" | "lz4" | "deflate" = "none",
  extra: ReadonlyArray<[string, string]> = [],
): { headers: Array<[string, string]>; body: Uint8Array } {
  const group: SlsLogGroup = {
    Logs: [{ Time: 1767261600, Contents: Object.entries(content).map(([Key, Value]) => ({ Key, Value })) }],
    Topic: "app-usage",
    LogTags: [{ Key: "__client_ip__", Value: "192.0.2.44" }],
  };
  const { body, rawSize } = encodeSlsBody(group, compression);
  const headers: Array<[string, string]> = [
    ["content-type", "application/x-protobuf"],
    ["content-md5", slsContentMd5(body)],
    ["date", new Date().toUTCString()],
    ["x-log-apiversion", "0.6.0"],
    ["x-log-bodyrawsize", String(rawSize)],
    ["x-log-signaturemethod", "hmac-sha1"],
    ...extra,
  ];
  if (compression !== "none") headers.push(["x-log-compresstype", compression]);
  const request: SignableRequest = { method: "POST", path: PUTLOGS_PATH, query: "", headers, body };
  headers.push(["authorization", slsAuthorization(request, creds)]);
  return { headers, body };
}

/** A PutLogs request as @alicloud/log builds it, sent with fetch so the test reads the refusal. */
async function fetchPutLogs(
  gw: VendorGateway,
  content: Record<string, string>,
  compression: "none" | "lz4" | "deflate" = "none",
): Promise<Response> {
  const { headers, body } = signedPutLogs(content, compression);
  return fetch(`${gw.url}/aliyun${PUTLOGS_PATH}`, { method: "POST", headers, body });
}

describe("aliyun PutLogs with lz4 and deflate (hand-built, SLS-signed)", () => {
  for (const compression of ["lz4", "deflate"] as const) {
    it(`${compression}: re-encoded with the same compression, a true x-log-bodyrawsize and a valid signature`, async () => {
      const gw = await gateway(true);
      const before = rig.upstream.received.length;
      const res = await fetchPutLogs(
        gw,
        { event: "pay", user_email: EMAIL, device_id: DEVICE_ID },
        compression,
      );
      expect(res.status).toBe(200);
      const got = rig.upstream.received[before];
      if (got === undefined) throw new Error("nothing forwarded");
      expect(got.headers["x-log-compresstype"]).toBe(compression);
      const decoded = decodeSlsBody(got.body, {
        compressType: got.headers["x-log-compresstype"] as string,
        bodyRawSize: got.headers["x-log-bodyrawsize"] as string,
      });
      expect(decoded.compression).toBe(compression);
      expect(decoded.raw.length).toBe(Number(got.headers["x-log-bodyrawsize"]));
      expect(decoded.logGroup.Logs[0]?.Contents).toEqual([
        { Key: "event", Value: "pay" },
        { Key: "device_id", Value: DEVICE_ID },
      ]);
      expect(LogGroup.verify(LogGroup.decode(decoded.raw))).toBeNull();
      expect(verifySls(signableOf(got), creds)).toBe(true);
    });
  }

  it("deflate followed by bytes zlib would skip: 400 sls_compression_invalid, nothing forwarded", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    const group: SlsLogGroup = {
      Logs: [{ Time: 1767261600, Contents: [{ Key: "event", Value: "pay" }] }],
      Topic: "app-usage",
      LogTags: [],
    };
    const { body, rawSize } = encodeSlsBody(group, "deflate");
    const res = await fetch(`${gw.url}/aliyun/logstores/app-usage/shards/lb`, {
      method: "POST",
      headers: {
        "content-type": "application/x-protobuf",
        "x-log-compresstype": "deflate",
        "x-log-bodyrawsize": String(rawSize),
      },
      body: Buffer.concat([body, Buffer.from(` user_email=${EMAIL}`)]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("sls_compression_invalid");
    expect(rig.upstream.received.length).toBe(before);
  });

  it("a body that does not decode is refused with the codec's code", async () => {
    const gw = await gateway(true);
    const res = await fetch(`${gw.url}/aliyun/logstores/app-usage/shards/lb`, {
      method: "POST",
      headers: {
        "content-type": "application/x-protobuf",
        "x-log-compresstype": "lz4",
        "x-log-bodyrawsize": "999",
      },
      body: Buffer.from([0xff, 0x00, 0x12]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^sls_/);
  });
});

describe("aliyun web tracking with x-log-compresstype (hand-built, unsigned)", () => {
  const track = {
    __topic__: "web",
    __logs__: [{ page: "/room/5102", action: "click_gift", email: EMAIL, device_id: DEVICE_ID }],
    __tags__: { ua: "Mozilla/5.0" },
  };
  const post = (gw: VendorGateway, body: Uint8Array, headers: Record<string, string>) =>
    fetch(`${gw.url}/aliyun/logstores/web/track`, {
      method: "POST",
      headers: { "x-log-apiversion": "0.6.0", ...headers },
      body,
    });

  it("lz4 in a text/plain beacon: the e-mail is gone, the rest arrives lz4 with a true x-log-bodyrawsize", async () => {
    const gw = await gateway(false);
    const raw = Buffer.from(JSON.stringify(track));
    const before = rig.upstream.received.length;
    const res = await post(gw, compressSlsBody(raw, "lz4"), {
      "content-type": "text/plain;charset=UTF-8",
      "x-log-compresstype": "lz4",
      "x-log-bodyrawsize": String(raw.length),
    });
    expect(res.status).toBe(200);
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const out = decompressSlsBody(got.body, {
      compressType: got.headers["x-log-compresstype"] as string,
      bodyRawSize: got.headers["x-log-bodyrawsize"] as string,
    });
    expect(out.compression).toBe("lz4");
    const sent = JSON.parse(Buffer.from(out.raw).toString("utf8")) as typeof track;
    expect(sent.__logs__).toEqual([{ page: "/room/5102", action: "click_gift", device_id: DEVICE_ID }]);
    expect(sent.__tags__).toEqual(track.__tags__);
    const [line] = await transfersLogged(gw, 1);
    expect(line?.endpoint).toBe("aliyun.sls.web-tracking-post");
  });

  it("session 20: a __topic__ holding a host name with a person's name loses the name, in a POST body and a GET query", async () => {
    const gw = await gateway(false);
    const host = "astrid-solbergs-macbook-pro.local";
    let before = rig.upstream.received.length;
    const body = Buffer.from(JSON.stringify({ ...track, __topic__: host }));
    expect((await post(gw, body, { "content-type": "application/json" })).status).toBe(200);
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    const sent = JSON.parse(got.body.toString("utf8")) as typeof track;
    expect(sent.__topic__).toBe("[redacted:account.profile.name]-macbook-pro.local");
    before = rig.upstream.received.length;
    const query = (topic: string) =>
      `APIVersion=0.6.0&__topic__=${encodeURIComponent(topic)}&action=click_gift`;
    for (const [topic, arrives] of [
      [host, query("[redacted:account.profile.name]-macbook-pro.local")],
      ["web", query("web")],
      ["ci-mac-mini-03.local", query("ci-mac-mini-03.local")],
    ] as const) {
      const res = await fetch(`${gw.url}/aliyun/logstores/web/track?${query(topic)}`);
      expect(res.status).toBe(200);
      expect(rig.upstream.received[before++]?.url).toBe(`/logstores/web/track?${arrives}`);
    }
  });

  it("refuses what it cannot read: zstd (no zstd library here), an lz4 body whose raw size is wrong, an lz4 body on another path", async () => {
    const gw = await gateway(false);
    const raw = Buffer.from(JSON.stringify(track));
    const before = rig.upstream.received.length;
    const cases: Array<[Uint8Array, Record<string, string>, number, string, string?]> = [
      [
        raw,
        { "x-log-compresstype": "zstd", "x-log-bodyrawsize": String(raw.length) },
        400,
        "sls_compression_unsupported",
      ],
      [
        compressSlsBody(raw, "lz4"),
        { "x-log-compresstype": "lz4", "x-log-bodyrawsize": String(raw.length + 7) },
        400,
        "sls_compression_invalid",
      ],
      [
        compressSlsBody(raw, "lz4"),
        { "x-log-compresstype": "lz4", "x-log-bodyrawsize": String(raw.length) },
        415,
        "unsupported_content_encoding",
        "/aliyun/logstores/web/shards/lb",
      ],
    ];
    for (const [body, headers, status, code, path] of cases) {
      const res = await fetch(`${gw.url}${path ?? "/aliyun/logstores/web/track"}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-log-apiversion": "0.6.0", ...headers },
        body,
      });
      expect(res.status, code).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect(rig.upstream.received.length).toBe(before);
  });
});

describe("a UTF-8 x-log-* header under the SLS signature (session 17)", () => {
  /** A header value as Node sends it and an upstream's `rawHeaders` hold it: one char per byte. */
  const bytesOf = (text: string) => Buffer.from(text, "utf8").toString("latin1");
  const note = "北京 测试环境";

  it("with credentials: the signature the client made over its text verifies, the changed body is re-signed, the header arrives byte for byte", async () => {
    const gw = await gateway(true);
    const before = rig.upstream.received.length;
    // The SDKs sign header values as text (HMAC over its UTF-8), and send them as those bytes.
    const { headers, body } = signedPutLogs({ event: "pay", user_email: EMAIL }, "none", [
      ["x-log-note", note],
    ]);
    const res = await send(gw.url, {
      method: "POST",
      path: `/aliyun${PUTLOGS_PATH}`,
      headers: Object.fromEntries(headers.map(([n, v]) => [n, bytesOf(v)])),
      body: Buffer.from(body),
    });
    expect(res.status).toBe(200);
    const got = rig.upstream.received[before];
    if (got === undefined) throw new Error("nothing forwarded");
    expect(got.headers["x-log-note"]).toBe(bytesOf(note));
    expect(decodeSlsBody(got.body, {}).logGroup.Logs[0]?.Contents).toEqual([{ Key: "event", Value: "pay" }]);
    const signed = signableOf(got);
    const asText = signed.headers.map(([n, v]): [string, string] => [
      n,
      Buffer.from(v, "latin1").toString("utf8"),
    ]);
    expect(verifySls({ ...signed, headers: asText }, creds)).toBe(true);
  });
});
