/**
 * Certificates made at test time with `openssl` (EC P-256, valid one day), written into a
 * folder of the test's as `<name>.key` / `<name>.crt`.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const NEW_EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: "ignore" });
}

/** A self-signed certificate (a CA, or a lone server certificate when `san` is given). */
export function selfSigned(cwd: string, name: string, san?: string): void {
  const ext = san === undefined ? [] : ["-addext", `subjectAltName=${san}`];
  openssl(
    ["req", "-x509", ...NEW_EC_KEY, "-keyout", `${name}.key`, "-out", `${name}.crt`, "-days", "1"].concat([
      "-subj",
      `/CN=${name}`,
      ...ext,
    ]),
    cwd,
  );
}

/** A certificate signed by `ca` with the X.509 extensions in `ext` (openssl extfile text). */
export function issue(cwd: string, ca: string, name: string, ext: string): void {
  writeFileSync(join(cwd, `${name}.ext`), ext);
  openssl(
    ["req", "-new", ...NEW_EC_KEY, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`],
    cwd,
  );
  openssl(
    [
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      `${ca}.crt`,
      "-CAkey",
      `${ca}.key`,
      "-CAcreateserial",
    ].concat(["-out", `${name}.crt`, "-days", "1", "-extfile", `${name}.ext`]),
    cwd,
  );
}

/** Extensions of a TLS server certificate for the names in `san` (e.g. `DNS:localhost,IP:127.0.0.1`). */
export const serverExt = (san: string): string => `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`;
