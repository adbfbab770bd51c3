/**
 * Header values outside ASCII (session 16, red-team H3 and H11): a header the vendor would receive
 * so is refused, since the vendor's reading of it cannot be known (one the policy drops anyway is
 * dropped); a redacted header the re-encoding left outside ASCII is the gateway's own failure,
 * answered before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "./support/client.js";
import { startGateway, type TestGateway } from "./support/gateway.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";
import { policyForwardingHeaders } from "./vendors/support.js";

/** A header value as Node hands it over and sends it: one Latin-1 character per byte. */
const utf8Bytes = (text: string) => Buffer.from(text, "utf8").toString("latin1");

let upstream: TestUpstream;
/** Forwards (and reads) `X-Remark` and `X-Data`, as a deployment's `forwardHeaders` would. */
let gw: TestGateway;
/** The built-in policy: both headers are dropped unread. */
let dropping: TestGateway;

beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startGateway(
    { upstreams: { facebook: upstream.url } },
    { policy: policyForwardingHeaders(["x-remark", "x-data"]) },
  );
  dropping = await startGateway({ upstreams: { facebook: upstream.url } });
});
afterAll(async () => {
  await gw.close();
  await dropping.close();
  await upstream.close();
});

const events = (headers: Record<string, string>, via = gw) =>
  send(via.url, {
    method: "POST",
    path: "/facebook/v21.0/918273645501234/events",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ data: [{ event_name: "Purchase" }] }),
  });

describe("header values outside ASCII", () => {
  it.each([
    ["a name and an address in UTF-8", "我叫张三，住在北京市朝阳区建国路88号"],
    ["a fullwidth e-mail address", "联系我 ｚｑ７．ｌｅａｋ＠ｅｘａｍｐｌｅ．ｏｒｇ"],
    ["one Latin-1 byte", "Ærlig talt"],
  ])("refuses %s with non_ascii_header, forwarding nothing and naming no value", async (_, text) => {
    const before = upstream.received.length;
    const res = await events({ "x-remark": utf8Bytes(text) });
    expect(res.status).toBe(400);
    expect((res.json as { error: { code: string } }).error.code).toBe("non_ascii_header");
    expect(upstream.received.length).toBe(before);
    expect(gw.rawLogs.join("\n")).not.toContain(utf8Bytes(text).slice(0, 6));
  });

  it("drops, and does not refuse, such a header the policy drops anyway", async () => {
    const res = await events({ "x-remark": utf8Bytes("我叫张三") }, dropping);
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.headers["x-remark"]).toBeUndefined();
  });

  it("forwards ASCII, percent-encoded UTF-8 among it, and reads it", async () => {
    const res = await events({ "x-remark": `call me on +47 412 34 567 ${encodeURIComponent("张三")}` });
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.headers["x-remark"]).toBe(
      `call me on [redacted:contact.phone] ${encodeURIComponent("张三")}`,
    );
  });

  it("answers encoding_failure (not a 502) when a redacted header would leave ASCII", async () => {
    const before = upstream.received.length;
    const res = await events({ "x-data": String.raw`{"note":"\u5f20\u4e09 zq7.leak@example.org"}` });
    expect(res.status).toBe(500);
    expect((res.json as { error: { code: string } }).error.code).toBe("encoding_failure");
    expect(upstream.received.length).toBe(before);
  });
});
