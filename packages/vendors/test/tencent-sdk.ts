/**
 * What the Tencent signature tests share: tencentcloud-sdk-nodejs-common (its CommonClient and its
 * signing code, the independent implementation the gateway's signers are checked against), typed,
 * and the test credentials.
 */
import { requireCjs } from "./real-clients.js";

/** The SDK's CommonClient, the core every tencentcloud-sdk-nodejs product client is built on. */
export const { CommonClient } = requireCjs("tencentcloud-sdk-nodejs-common") as {
  CommonClient: new (
    endpoint: string,
    version: string,
    config: Record<string, unknown>,
  ) => { request(action: string, req: unknown): Promise<unknown> };
};

/** The SDK's signer: `sign` for the older `Signature` parameter, `sign3` for TC3. */
export const TencentSign = (
  requireCjs("tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js") as {
    default: {
      sign(secretKey: string, signStr: string, signMethod: string): string;
      sign3(args: Record<string, unknown>): string;
    };
  }
).default;

/** Test-only Cloud API credentials (not a real key). */
export const TENCENT_CREDS = {
  secretId: "AKIDExampleSecretIdForTests01",
  secretKey: "ExampleSecretKeyForTests0123456",
};
