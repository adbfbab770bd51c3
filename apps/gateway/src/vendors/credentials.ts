/**
 * The vendor credentials the gateway holds for re-signing: from the environment
 * (`KAGO_ALIYUN_ACCESS_KEY_ID` / `_SECRET`, `KAGO_TENCENT_SECRET_ID` / `_KEY`) and from a secrets
 * file (`--secrets-file`, JSON or YAML), validated with `vendorCredentialsSchema` of
 * @kago/vendors. Errors name the file and the field, never a value.
 */
import { readFileSync } from "node:fs";
import { credentialsFromEnv, type VendorCredentials, vendorCredentialsSchema } from "@kago/vendors";
import { parse as parseYaml } from "yaml";

/** Reads and validates a secrets file. Throws a TypeError (no value in the message) when invalid. */
export function readSecretsFile(file: string): VendorCredentials {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new TypeError(`--secrets-file ${file} cannot be read`);
  }
  let raw: unknown;
  try {
    raw = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch {
    throw new TypeError(`--secrets-file ${file} is not valid ${/\.json$/i.test(file) ? "JSON" : "YAML"}`);
  }
  const parsed = vendorCredentialsSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`).join("; ");
    throw new TypeError(`--secrets-file ${file} is invalid (${where})`);
  }
  return parsed.data;
}

/**
 * The credentials from the environment and an optional secrets file. A recipient given by both is
 * refused (which one should win is not the gateway's guess).
 */
export function loadVendorCredentials(
  secretsFile: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): VendorCredentials {
  let fromEnv: VendorCredentials;
  try {
    fromEnv = credentialsFromEnv(env);
  } catch {
    throw new TypeError("the KAGO_ALIYUN_* / KAGO_TENCENT_* credentials in the environment are invalid");
  }
  if (secretsFile === undefined) return fromEnv;
  const fromFile = readSecretsFile(secretsFile);
  for (const id of ["aliyun", "tencent"] as const) {
    if (fromEnv[id] !== undefined && fromFile[id] !== undefined)
      throw new TypeError(`credentials for ${id} are given both in the environment and in --secrets-file`);
  }
  return { ...fromFile, ...fromEnv };
}
