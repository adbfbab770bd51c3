/**
 * A recipient whose APIs live on several hosts (Tencent: IM REST on console.tim.qq.com, each Cloud
 * API product on <product>.tencentcloudapi.com) gets named upstreams: `--upstream tencent=<IM>`
 * and `--upstream tencent:tms=<product>`, reached as `/tencent/...` and `/tencent:tms/...`. Both
 * are the `tencent` recipient to the policy and the vendor catalog; only the host differs. The
 * Cloud API call is made and TC3-signed by tencentcloud-sdk-nodejs-common and re-signed by the
 * gateway for the host it is sent to.
 */
import { verifyTc3 } from "@kago/vendors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startUpstream, type TestUpstream } from "../support/upstream.js";
import { signableOf, startVendorGateway, transfersLogged, type VendorGateway } from "./support.js";
import { CommonClient, TENCENT_TEST_CREDS } from "./tencent-support.js";

const creds = TENCENT_TEST_CREDS;
const EMAIL = "ingrid.solberg@example.org";

let im: TestUpstream;
let tms: TestUpstream;
let gw: VendorGateway;

beforeAll(async () => {
  im = await startUpstream();
  tms = await startUpstream();
  gw = await startVendorGateway({
    upstreams: { tencent: im.url, "tencent:tms": tms.url },
    credentials: { tencent: creds },
  });
});
afterAll(async () => {
  await gw?.close();
  await Promise.all([im?.close(), tms?.close()]);
});

/** The Cloud API client pointed at the gateway under `route` (`tencent` or `tencent:tms`). */
function cloudClient(route: string) {
  return new CommonClient("tms.tencentcloudapi.com", "2020-12-29", {
    credential: creds,
    region: "ap-singapore",
    profile: { httpProfile: { endpoint: `127.0.0.1:${gw.port}/${route}`, protocol: "http://" } },
  });
}

const call = (route: string) =>
  cloudClient(route)
    .request("TextModeration", { DataId: "msg-30417", Content: `reach me at ${EMAIL}`, BizType: "kago_chat" })
    .then(
      () => undefined,
      () => undefined,
    );

describe("named upstreams of one recipient", () => {
  it("sends /tencent:tms/ to the named upstream, redacted and re-signed for its host", async () => {
    const before = { im: im.received.length, tms: tms.received.length };
    await call("tencent:tms");
    expect(im.received.length).toBe(before.im);
    const got = tms.received[before.tms];
    if (got === undefined) throw new Error("nothing reached the named upstream");
    expect(got.body.toString("utf8")).not.toContain(EMAIL);
    expect(got.headers.host).toBe(`127.0.0.1:${tms.port}`);
    expect(verifyTc3(signableOf(got), creds)).toBe(true);
    const line = (await transfersLogged(gw, 1)).at(-1);
    expect(line?.recipient).toBe("tencent");
    expect(line?.upstream).toBe("tencent:tms");
    expect(line?.endpoint).toBe("tencent.cloudapi.tc3");
  });

  it("keeps /tencent/ on the recipient's own upstream", async () => {
    const before = { im: im.received.length, tms: tms.received.length };
    await call("tencent");
    expect(tms.received.length).toBe(before.tms);
    const got = im.received[before.im];
    if (got === undefined) throw new Error("nothing reached the recipient's upstream");
    expect(got.headers.host).toBe(`127.0.0.1:${im.port}`);
    expect(verifyTc3(signableOf(got), creds)).toBe(true);
  });

  it("answers 404 unknown_recipient for a name no flag defined, and forwards nothing", async () => {
    const before = im.received.length + tms.received.length;
    const res = await fetch(`${gw.url}/tencent:sms/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unknown_recipient");
    expect(im.received.length + tms.received.length).toBe(before);
  });
});
