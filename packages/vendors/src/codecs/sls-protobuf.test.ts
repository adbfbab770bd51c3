import { dirname, join } from "node:path";
import {
  decodeLogGroup,
  decodeSlsBody,
  encodeLogGroup,
  encodeSlsBody,
  type SlsLogGroup,
  VendorCodecError,
} from "@kago/vendors";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCjs, startCapture } from "../../test/real-clients.js";

// The real SLS client and the protobufjs schema it serialises with.
const SlsClient = requireCjs("@alicloud/log") as new (
  config: Record<string, unknown>,
) => {
  postLogStoreLogs(project: string, logstore: string, data: unknown): Promise<unknown>;
};
const clientDir = dirname(requireCjs.resolve("@alicloud/log"));
const protobuf = createRequireFrom(clientDir)("protobufjs");
const LogGroupProto = protobuf.loadSync(join(clientDir, "lib", "sls.proto")).lookupType("sls.LogGroup");

function createRequireFrom(dir: string) {
  return (id: string) => requireCjs(requireCjs.resolve(id, { paths: [dir] }));
}

let capture: Awaited<ReturnType<typeof startCapture>>;
beforeAll(async () => {
  capture = await startCapture();
});
afterAll(async () => {
  await capture.close();
});

const SAMPLE = {
  logs: [
    {
      timestamp: 1767261600,
      timestampNsPart: 123456789,
      content: {
        event: "cold_start",
        device_model: "Pixel 8 Pro",
        user_email: "ingrid.solberg@example.org",
        note: "ünïcødé ✓",
      },
    },
    { timestamp: 1767261601, content: { event: "toggle", imei: "353918116204732" } },
  ],
  tags: [{ sdk: "kago-track/1.2" }, { __client_ip__: "192.0.2.44" }],
  topic: "settings",
  source: "192.0.2.44",
};

async function sendWithRealClient(data: unknown) {
  const client = new SlsClient({
    accessKeyId: "AKIDEXAMPLE",
    accessKeySecret: "secretEXAMPLE",
    endpoint: `http://127.0.0.1:${capture.port}`,
  });
  const before = capture.requests.length;
  await client.postLogStoreLogs("", "app-usage", data);
  const request = capture.requests[before];
  if (request === undefined) throw new Error("the client sent nothing");
  return request;
}

describe("SLS LogGroup codec against @alicloud/log 1.2.6", () => {
  it("decodes the client's PutLogs body and re-encodes it byte for byte", async () => {
    const request = await sendWithRealClient(SAMPLE);
    // The client appends "?" even with no query parameters.
    expect(request.url).toBe("/logstores/app-usage/shards/lb?");
    expect(request.headers["content-type"]).toBe("application/x-protobuf");
    const group = decodeLogGroup(request.body);
    expect(group).toEqual({
      Logs: [
        {
          Time: 1767261600,
          TimeNs: 123456789,
          Contents: [
            { Key: "event", Value: "cold_start" },
            { Key: "device_model", Value: "Pixel 8 Pro" },
            { Key: "user_email", Value: "ingrid.solberg@example.org" },
            { Key: "note", Value: "ünïcødé ✓" },
          ],
        },
        {
          Time: 1767261601,
          Contents: [
            { Key: "event", Value: "toggle" },
            { Key: "imei", Value: "353918116204732" },
          ],
        },
      ],
      Topic: "settings",
      Source: "192.0.2.44",
      LogTags: [
        { Key: "sdk", Value: "kago-track/1.2" },
        { Key: "__client_ip__", Value: "192.0.2.44" },
      ],
    });
    expect(Buffer.from(encodeLogGroup(group)).equals(request.body)).toBe(true);
    expect(Number(request.headers["x-log-bodyrawsize"])).toBe(request.body.length);
  });

  it("re-encodes a redacted group into bytes the client's own protobuf schema parses", async () => {
    const request = await sendWithRealClient(SAMPLE);
    const group = decodeLogGroup(request.body);
    const redacted: SlsLogGroup = {
      ...group,
      Logs: group.Logs.map((log) => ({
        ...log,
        Contents: log.Contents.filter((c) => c.Key !== "user_email"),
      })),
    };
    delete redacted.Source;
    const bytes = encodeLogGroup(redacted);
    const parsed = LogGroupProto.toObject(LogGroupProto.decode(bytes), { defaults: false });
    expect(parsed.Logs[0].Contents.map((c: { Key: string }) => c.Key)).toEqual([
      "event",
      "device_model",
      "note",
    ]);
    expect(parsed.Logs[0].TimeNs).toBe(123456789);
    expect(parsed.Source).toBeUndefined();
    expect(parsed.Topic).toBe("settings");
    expect(parsed.LogTags).toHaveLength(2);
  });

  it("round-trips arbitrary groups through protobufjs in both directions", () => {
    const kv = fc.record({ Key: fc.string({ unit: "grapheme" }), Value: fc.string({ unit: "grapheme" }) });
    const log = fc.record(
      {
        Time: fc.nat({ max: 0xffffffff }),
        Contents: fc.array(kv, { maxLength: 5 }),
        TimeNs: fc.nat({ max: 0xffffffff }),
      },
      { requiredKeys: ["Time", "Contents"] },
    );
    const group = fc.record(
      {
        Logs: fc.array(log, { maxLength: 4 }),
        Reserved: fc.string(),
        Topic: fc.string(),
        Source: fc.string(),
        LogTags: fc.array(kv, { maxLength: 3 }),
      },
      { requiredKeys: ["Logs", "LogTags"] },
    );
    fc.assert(
      fc.property(group, (g) => {
        const theirs: Uint8Array = LogGroupProto.encode(LogGroupProto.fromObject(g)).finish();
        const ours = encodeLogGroup(g);
        expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
        expect(decodeLogGroup(theirs)).toEqual(g);
      }),
      { numRuns: 200 },
    );
  });
});

describe("SLS body compression", () => {
  it.each(["lz4", "deflate", "none"] as const)(
    "round-trips a %s body and reports the raw size",
    (compression) => {
      const raw = LogGroupProto.encode(
        LogGroupProto.fromObject({
          Logs: Array.from({ length: 50 }, (_, i) => ({
            Time: 1767261600 + i,
            Contents: [
              { Key: "event", Value: "screen_view" },
              { Key: "seq", Value: String(i) },
            ],
          })),
          Topic: "t",
        }),
      ).finish() as Uint8Array;
      const group = decodeLogGroup(raw);
      const encoded = encodeSlsBody(group, compression);
      expect(encoded.rawSize).toBe(raw.length);
      if (compression !== "none") expect(encoded.body.length).toBeLessThan(raw.length);
      const decoded = decodeSlsBody(encoded.body, {
        compressType: compression === "none" ? undefined : compression,
        bodyRawSize: String(encoded.rawSize),
      });
      expect(decoded.compression).toBe(compression);
      expect(Buffer.from(decoded.raw).equals(Buffer.from(raw))).toBe(true);
      expect(decoded.logGroup).toEqual(group);
    },
  );

  it("refuses what it cannot read faithfully", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof VendorCodecError ? e.code : "other";
      }
      return "none";
    };
    const raw = encodeLogGroup({ Logs: [{ Time: 1, Contents: [{ Key: "a", Value: "b" }] }], LogTags: [] });
    expect(codeOf(() => decodeSlsBody(raw, { compressType: "gzip" }))).toBe("sls_compression_unsupported");
    expect(codeOf(() => decodeSlsBody(raw, { compressType: "lz4" }))).toBe("sls_rawsize_mismatch");
    expect(codeOf(() => decodeSlsBody(raw, { bodyRawSize: String(raw.length + 1) }))).toBe(
      "sls_rawsize_mismatch",
    );
    expect(codeOf(() => decodeSlsBody(raw, { compressType: "deflate" }))).toBe("sls_compression_invalid");
    expect(codeOf(() => decodeSlsBody(raw, {}, { maxRawSize: 4 }))).toBe("sls_body_too_large");
    // unknown field 7, truncated length, invalid UTF-8, a Log without Time
    expect(codeOf(() => decodeLogGroup(Uint8Array.of(0x3a, 0x00)))).toBe("sls_protobuf_invalid");
    expect(codeOf(() => decodeLogGroup(Uint8Array.of(0x1a, 0x05, 0x61)))).toBe("sls_protobuf_invalid");
    expect(codeOf(() => decodeLogGroup(Uint8Array.of(0x1a, 0x01, 0xff)))).toBe("sls_protobuf_invalid");
    expect(codeOf(() => decodeLogGroup(Uint8Array.of(0x0a, 0x00)))).toBe("sls_protobuf_invalid");
    expect(decodeSlsBody(raw, {}).logGroup.Logs).toHaveLength(1);
    // a real U+FFFD is valid UTF-8 and survives
    const replacement = { Logs: [{ Time: 1, Contents: [{ Key: "k", Value: "a\uFFFDb" }] }], LogTags: [] };
    expect(decodeLogGroup(encodeLogGroup(replacement))).toEqual(replacement);
  });
});
