/**
 * Session 20, red team round 10 F2 and F6: a mobile number as a path segment, as Meta's id, behind
 * a version's `v` or in Zego's fixed `/`, was forwarded while an e-mail there was refused; a
 * version-shaped segment holding a mobile's digits was shown in the log line as a version. Over
 * real sockets through the catalog: what the upstream received, or the refusal, and the log line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, send } from "../support/client.js";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import { startVendorGateway, transfersLogged, type VendorGateway } from "./support.js";

const BODY = JSON.stringify({ data: [{ event_name: "Purchase" }] });

let upstream: TestUpstream;
let gw: VendorGateway;
beforeAll(async () => {
  upstream = await startUpstream();
  gw = await startVendorGateway({
    upstreams: {
      facebook: `${upstream.url}/fb`,
      tencent: `${upstream.url}/tc`,
      zego: `${upstream.url}/zg`,
    },
  });
});
afterAll(async () => {
  await gw.close();
  await upstream.close();
});

describe("numbers in path segments (session 20)", () => {
  it.each([
    "/facebook/v21.0/13812345678/events",
    "/facebook/v13812345678/1/events",
    "/facebook/v138.1234.5678/1/events",
    "/tencent/v13812345678/openim/sendmsg?sdkappid=1&identifier=admin&usersig=x&random=1&contenttype=json",
    "/zego/13812345678/?Action=DescribeUserNum&AppId=1",
  ])("refuses %s, naming no digit", async (path) => {
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path,
      headers: { "Content-Type": "application/json" },
      body: BODY,
    });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("personal_data_in_path");
    expect(res.body).not.toContain("1381");
    expect(upstream.received.length).toBe(before);
    const [line] = (await transfersLogged(gw, 1)).slice(-1);
    expect(JSON.stringify(line)).not.toMatch(/1381|1234\.5678/);
  });

  it.each([
    "/facebook/v21.0/918273645501234/events",
    "/facebook/v21.0/1234567890123456/activities",
    "/facebook/v474.123.45/1/events",
    // an older Page's 11-digit id where Graph addresses an object (red team round 11 F2)
    "/facebook/v21.0/19292868552/feed",
  ])("forwards %s as written", async (path) => {
    const before = upstream.received.length;
    const res = await send(gw.url, {
      method: "POST",
      path,
      headers: { "Content-Type": "application/json" },
      body: BODY,
    });
    expect(res.status).toBe(200);
    expect(upstream.received[before]?.url).toBe(`/fb${path.slice("/facebook".length)}`);
  });

  it("shows a version-shaped segment with a mobile's digits as {} in the log line (F6)", async () => {
    await send(gw.url, {
      method: "POST",
      path: "/facebook/v474.123.45/1/events",
      headers: { "Content-Type": "application/json" },
      body: BODY,
    });
    const [line] = (await transfersLogged(gw, 1)).slice(-1);
    expect(JSON.stringify(line)).not.toContain("474.123");
    expect(line?.path).toBe("/facebook/{}/1/events");
  });
});
