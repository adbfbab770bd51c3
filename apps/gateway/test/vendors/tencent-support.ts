/** What the Tencent tests share: the real Cloud API client library, typed, and the test credentials. */
import { requireCjs } from "./support.js";

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
