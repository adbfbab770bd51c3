/**
 * Header values outside ASCII, over real sockets with the vendor integration, the bytes checked
 * as they arrive on the vendor's socket. Session 16 (red-team H3, H11) refused every such header
 * the vendor would receive; session 17 (red-team R10) reads a UTF-8 value as its text, forwards
 * what the engine keeps as UTF-8 (an untouched value byte for byte) and refuses only bytes that
 * are not UTF-8. A redacted header the re-encoding left outside what it arrived as is the
 * gateway's own failure, answered before anything is sent.
 */
import { createRedactor, type HeaderPair, type Redactor } from "@kago/redaction";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "./support/client.js";
import { startGateway, TEST_SECRET } from "./support/gateway.js";
import { type RawUpstream, startRawUpstream } from "./support/raw-upstream.js";
import { policyForwardingHeaders, startVendorGateway, type VendorGateway } from "./vendors/support.js";

/** A header value as Node hands it over and sends it: one Latin-1 character per byte. */
const asBytes = (bytes: Buffer) => bytes.toString("latin1");
/** The UTF-8 bytes of `text`, as a header value the client sends. */
const utf8 = (text: string) => asBytes(Buffer.from(text, "utf8"));
/** Bytes given in hex, among ASCII text: `mixed("Caf", "e9")`. */
const mixed = (ascii: string, hex: string) =>
  asBytes(Buffer.concat([Buffer.from(ascii), Buffer.from(hex, "hex")]));

let upstream: RawUpstream;
/** The built-in policy: aliyun gets `User-Agent`, facebook none; `X-Remark` is dropped unread. */
let gw: VendorGateway;
/** Forwards (and reads) `X-Remark` and `X-Data`, as a deployment's `forwardHeaders` would. */
let forwarding: VendorGateway;

beforeAll(async () => {
  upstream = await startRawUpstream();
  const upstreams = { facebook: upstream.url, aliyun: upstream.url };
  gw = await startVendorGateway({ upstreams });
  forwarding = await startVendorGateway({
    upstreams,
    policy: policyForwardingHeaders(["x-remark", "x-data"]),
  });
});
afterAll(async () => {
  await gw.close();
  await forwarding.close();
  await upstream.close();
});

/*
 * Bodies go as Buffers: Node's client writes a request head together with a string body, as UTF-8
 * (the one-byte header characters would go as two bytes each).
 */
const TRACK_BODY = Buffer.from('{"__logs__":[{"event":"tap"}]}');
const EVENTS_BODY = Buffer.from(JSON.stringify({ data: [{ event_name: "Purchase" }] }));
const track = (headers: Record<string, string>) =>
  send(gw.url, {
    method: "POST",
    path: "/aliyun/logstores/app/track",
    headers: { "content-type": "application/json", ...headers },
    body: TRACK_BODY,
  });
const events = (headers: Record<string, string>, via: { url: string } = forwarding) =>
  send(via.url, {
    method: "POST",
    path: "/facebook/v21.0/918273645501234/events",
    headers: { "content-type": "application/json", ...headers },
    body: EVENTS_BODY,
  });

/** The bytes of header `name` in the last request the vendor received. */
const lastHeader = (name: string) => upstream.headerBytes(upstream.heads.at(-1), name);

/** Values no log line may hold, in the forms they could be logged in. */
function expectNotLogged(via: VendorGateway, ...texts: string[]): void {
  const logged = JSON.stringify(via.logs);
  for (const text of texts) {
    expect(logged).not.toContain(text);
    expect(logged).not.toContain(utf8(text));
  }
}

describe("UTF-8 header values are read and forwarded as their bytes (session 17)", () => {
  it.each([
    ["a Chinese app's device model", "Kago/2.8.1 (小米 13; Android 14; zh-CN)"],
    ["a Chinese app name", "酷狗音乐/11.0.5 CFNetwork/1410.0.3 Darwin/22.6.0"],
    [
      "a character below U+0100 (two UTF-8 bytes, not one Latin-1 byte)",
      "Kago/2.8.1 (Café Edition; Android 14)",
    ],
  ])("aliyun gets %s in User-Agent byte for byte", async (_, ua) => {
    const before = upstream.heads.length;
    const res = await track({ "user-agent": utf8(ua) });
    expect(res.status).toBe(200);
    expect(upstream.heads.length).toBe(before + 1);
    expect(lastHeader("user-agent")).toEqual(Buffer.from(ua, "utf8"));
  });

  it("aliyun gets its own x-log-* header in Chinese byte for byte", async () => {
    const res = await track({ "x-log-topic-note": utf8("北京 测试环境") });
    expect(res.status).toBe(200);
    expect(lastHeader("x-log-topic-note")).toEqual(Buffer.from("北京 测试环境", "utf8"));
  });

  it("facebook, whose policy removes user agents, gets the same request without it", async () => {
    const before = upstream.heads.length;
    const res = await events({ "user-agent": utf8("Kago/2.8.1 (小米 13; Android 14; zh-CN)") }, gw);
    expect(res.status).toBe(200);
    expect(upstream.heads.length).toBe(before + 1);
    expect(lastHeader("user-agent")).toBeUndefined();
  });

  it("removes a name and a phone number from Chinese text in a header the policy reads, the rest as sent", async () => {
    const res = await events({ "x-remark": utf8("我叫张三，电话13812345678") });
    expect(res.status).toBe(200);
    expect(lastHeader("x-remark")).toEqual(
      Buffer.from("我叫[redacted:account.profile.name]，电话[redacted:contact.phone]", "utf8"),
    );
    expectNotLogged(forwarding, "张三", "13812345678");
  });

  it("removes a fullwidth e-mail address, and keeps Chinese text without personal data byte for byte", async () => {
    await events({ "x-remark": utf8("联系我 ｚｑ７．ｌｅａｋ＠ｅｘａｍｐｌｅ．ｏｒｇ") });
    expect(lastHeader("x-remark")).toEqual(Buffer.from("联系我 [redacted:contact.email]", "utf8"));
    // a byte-order mark opening the value is kept too
    for (const kept of ["北京今天晴，气温25度", "\ufeff订单已发货（顺丰）"]) {
      const res = await events({ "x-remark": utf8(kept) });
      expect(res.status).toBe(200);
      expect(lastHeader("x-remark")).toEqual(Buffer.from(kept, "utf8"));
    }
  });

  it("forwards ASCII, percent-encoded UTF-8 among it, and reads it", async () => {
    const res = await events({ "x-remark": `call me on +47 412 34 567 ${encodeURIComponent("张三")}` });
    expect(res.status).toBe(200);
    expect(lastHeader("x-remark")?.toString("latin1")).toBe(
      `call me on [redacted:contact.phone] ${encodeURIComponent("张三")}`,
    );
  });
});

describe("bytes that are not UTF-8 stay refused where the vendor would get them", () => {
  it.each([
    ["a lone lead byte", "x-remark", mixed("北京", "e4")],
    ["Latin-1 é", "x-remark", mixed("Caf", "e9")],
    ["a Latin-1 letter opening the value", "x-remark", mixed("", "c6726c69672074616c74")],
    ["an over-long slash", "x-remark", mixed("a", "c0af")],
    ["an over-long three-byte slash", "x-remark", mixed("a", "e080af")],
    ["an encoded surrogate", "x-remark", mixed("a", "eda080")],
    ["a code point above U+10FFFF", "x-remark", mixed("a", "f4908080")],
    ["Latin-1 in aliyun's User-Agent", "user-agent", mixed("Kago/2.8.1 (Caf", "e9293b")],
  ])("refuses %s with non_ascii_header, forwarding nothing and naming no value", async (_, name, value) => {
    const before = upstream.heads.length;
    const via = name === "user-agent" ? gw : forwarding;
    const res = name === "user-agent" ? await track({ [name]: value }) : await events({ [name]: value });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("non_ascii_header");
    expect(upstream.heads.length).toBe(before);
    expect(JSON.stringify(via.logs)).not.toContain(value);
  });

  it("refuses a header with one Latin-1 and one UTF-8 value", async () => {
    const res = await send(forwarding.url, {
      method: "POST",
      path: "/facebook/v21.0/918273645501234/events",
      headers: { "content-type": "application/json", "x-remark": [mixed("Caf", "e9"), utf8("北京")] },
      body: EVENTS_BODY,
    });
    expect(errorCode(res)).toBe("non_ascii_header");
  });

  it("drops, and does not refuse, such a header the policy drops anyway", async () => {
    const res = await events({ "x-remark": mixed("Caf", "e9"), "user-agent": mixed("a", "e4") }, gw);
    expect(res.status).toBe(200);
    expect(lastHeader("x-remark")).toBeUndefined();
    expect(lastHeader("user-agent")).toBeUndefined();
  });
});

describe("a redaction that writes a header it cannot send as it came", () => {
  it("answers encoding_failure (not a 502) when an ASCII header would leave as UTF-8", async () => {
    const before = upstream.heads.length;
    const res = await events({ "x-data": String.raw`{"note":"\u5f20\u4e09 zq7.leak@example.org"}` });
    expect(res.status).toBe(500);
    expect(errorCode(res)).toBe("encoding_failure");
    expect(upstream.heads.length).toBe(before);
  });

  it("answers encoding_failure (not a 502) when the redaction writes a control character Node will not send", async () => {
    const before = upstream.heads.length;
    const res = await events({ "x-data": String.raw`{"note":"\u007f zq7.leak@example.org"}` });
    expect(res.status).toBe(500);
    expect(errorCode(res)).toBe("encoding_failure");
    expect(upstream.heads.length).toBe(before);
  });

  it("answers encoding_failure when the engine's text holds a lone surrogate, which no UTF-8 bytes encode", async () => {
    // No finder of the engine splits a surrogate pair (astral CJK names and emoji were tried); an
    // engine that did would otherwise have U+FFFD sent in its place.
    const policy = policyForwardingHeaders(["x-data"]);
    const engine = createRedactor({ policy, secret: TEST_SECRET });
    const cutLastUnit = ([name, value]: HeaderPair): HeaderPair => [
      name,
      name === "x-data" ? value.slice(0, -1) : value,
    ];
    const splitting: Redactor = {
      classify: (transfer, options) => engine.classify(transfer, options),
      redact(transfer, options) {
        const result = engine.redact(transfer, options);
        if (!result.ok) return result;
        return {
          ...result,
          transfer: { ...result.transfer, headers: result.transfer.headers.map(cutLastUnit) },
        };
      },
    };
    const cutting = await startGateway(
      { upstreams: { facebook: upstream.url } },
      { policy, redactor: splitting },
    );
    try {
      const before = upstream.heads.length;
      const res = await events({ "x-data": utf8("备注 😀") }, cutting);
      expect(errorCode(res)).toBe("encoding_failure");
      expect(upstream.heads.length).toBe(before);
      // the same engine cutting an ASCII character off leaves text that can go
      expect((await events({ "x-data": utf8("备注 😀.") }, cutting)).status).toBe(200);
      expect(lastHeader("x-data")).toEqual(Buffer.from("备注 😀", "utf8"));
    } finally {
      await cutting.close();
    }
  });

  it("sends the characters of such escapes as UTF-8 in a header that arrived as UTF-8", async () => {
    const res = await events({
      "x-data": utf8(String.raw`{"城市":"北京","note":"\u5f20\u4e09 zq7.leak@example.org"}`),
    });
    expect(res.status).toBe(200);
    expect(lastHeader("x-data")?.toString("utf8")).toMatch(
      /^\{"城市":"北京","note":"[^"]*\[redacted:contact\.email\]"\}$/,
    );
  });
});
