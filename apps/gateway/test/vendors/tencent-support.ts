/**
 * What the Tencent tests share: the real Cloud API client library, typed, the test credentials,
 * and an IM REST call with a real UserSig.
 */
import type { ReceivedRequest } from "../support/upstream.js";
import { requireCjs, transfersLogged, type VendorGateway, type VendorRig } from "./support.js";

/** tencentcloud-sdk-nodejs-common's CommonClient (the core every product client is built on). */
export const { CommonClient } = requireCjs("tencentcloud-sdk-nodejs-common") as {
  CommonClient: new (
    endpoint: string,
    version: string,
    config: Record<string, unknown>,
  ) => { request(action: string, req: unknown): Promise<unknown> };
};

/** Test-only Cloud API credentials (not a real key). */
export const TENCENT_TEST_CREDS = {
  secretId: "AKIDGatewayTestSecretId0001",
  secretKey: "GatewayTestSecretKeyOnly01234",
};

const TLSSigAPIv2 = requireCjs("tls-sig-api-v2") as {
  Api: new (sdkappid: number, key: string) => { genUserSig(userid: string, expire: number): string };
};

/** The IM REST query of an app's administrator, with a real UserSig from tls-sig-api-v2. */
export const IM_QUERY = (() => {
  const sdkappid = 1400000417;
  const usersig = new TLSSigAPIv2.Api(
    sdkappid,
    "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e",
  ).genUserSig("administrator", 86400);
  return `sdkappid=${sdkappid}&identifier=administrator&usersig=${encodeURIComponent(usersig)}&random=99999999&contenttype=json`;
})();

/** What an IM REST call through the gateway gave: its status and JSON answer, and what the upstream got. */
export interface ImCall {
  readonly status: number;
  readonly answer: { error?: { code: string; message: string; location?: string } };
  /** The request the upstream received for it, if any. */
  readonly got: ReceivedRequest | undefined;
}

/** Posts `body` as JSON to `gw`'s `/tencent/v4/<api>?<IM_QUERY>` (the upstream is `rig`'s). */
export async function postIm(rig: VendorRig, gw: VendorGateway, api: string, body: unknown): Promise<ImCall> {
  const before = rig.upstream.received.length;
  const res = await fetch(`${gw.url}/tencent/v4/${api}?${IM_QUERY}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as ImCall["answer"];
  return { status: res.status, answer, got: rig.upstream.received[before] };
}

/** {@link postIm}, expecting it forwarded: what the upstream received. */
export async function forwardedIm(
  rig: VendorRig,
  gw: VendorGateway,
  api: string,
  body: unknown,
): Promise<ReceivedRequest> {
  const { status, got } = await postIm(rig, gw, api, body);
  if (status !== 200 || got === undefined) throw new Error(`not forwarded: status ${status}`);
  return got;
}

/** An IM call the upstream received: its body as text and parsed, and the call's transfer log line. */
export interface ImDelivery {
  readonly text: string;
  readonly sent: ReturnType<typeof JSON.parse>;
  readonly line: Record<string, unknown> | undefined;
}

/** {@link forwardedIm}, read: what the upstream received, and the call's log line (session 16). */
export async function deliveredIm(
  rig: VendorRig,
  gw: VendorGateway,
  api: string,
  body: unknown,
): Promise<ImDelivery> {
  const before = gw.transfers().length;
  const got = await forwardedIm(rig, gw, api, body);
  if (got.url !== `/v4/${api}?${IM_QUERY}`) throw new Error(`forwarded to another URL: ${got.url}`);
  const line = (await transfersLogged(gw, before + 1))[before];
  const text = got.body.toString("utf8");
  return { text, sent: JSON.parse(text), line };
}
