/**
 * The credentials the gateway may hold to re-sign requests whose body it changed. Loaded by the
 * gateway from environment variables or a secrets file; validated here.
 */
import { z } from "zod";

/** Credentials per recipient; each is optional (without them a changed signed body is refused). */
export const vendorCredentialsSchema = z
  .object({
    aliyun: z
      .object({
        accessKeyId: z
          .string()
          .min(1)
          .describe("SLS AccessKey ID; must equal the one the backends sign with."),
        accessKeySecret: z.string().min(1).describe("SLS AccessKey secret."),
      })
      .strict()
      .optional()
      .describe("Re-signs SLS PutLogs requests (Content-MD5, x-log-bodyrawsize, Authorization)."),
    tencent: z
      .object({
        secretId: z
          .string()
          .min(1)
          .describe("Tencent Cloud SecretId; must equal the one the backends sign with."),
        secretKey: z.string().min(1).describe("Tencent Cloud SecretKey."),
      })
      .strict()
      .optional()
      .describe(
        "Re-signs Tencent Cloud API requests: 3.0 (TC3-HMAC-SHA256) and the older Signature parameter.",
      ),
  })
  .strict()
  .describe("Vendor credentials for re-signing changed requests.");

/** Validated vendor credentials. */
export type VendorCredentials = z.infer<typeof vendorCredentialsSchema>;

/** The environment variables `credentialsFromEnv` reads. */
export const CREDENTIAL_ENV_VARS = {
  aliyunAccessKeyId: "KAGO_ALIYUN_ACCESS_KEY_ID",
  aliyunAccessKeySecret: "KAGO_ALIYUN_ACCESS_KEY_SECRET",
  tencentSecretId: "KAGO_TENCENT_SECRET_ID",
  tencentSecretKey: "KAGO_TENCENT_SECRET_KEY",
} as const;

/**
 * Builds the credentials object from environment variables (a pair is taken only when both halves
 * are set) and validates it. Pure: pass `process.env`.
 */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): VendorCredentials {
  const v = CREDENTIAL_ENV_VARS;
  const raw: Record<string, unknown> = {};
  if (env[v.aliyunAccessKeyId] && env[v.aliyunAccessKeySecret])
    raw.aliyun = { accessKeyId: env[v.aliyunAccessKeyId], accessKeySecret: env[v.aliyunAccessKeySecret] };
  if (env[v.tencentSecretId] && env[v.tencentSecretKey])
    raw.tencent = { secretId: env[v.tencentSecretId], secretKey: env[v.tencentSecretKey] };
  return vendorCredentialsSchema.parse(raw);
}
