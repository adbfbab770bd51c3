/** Runs the CLI in-process, in `testdata/`, and collects what it printed. */
import { fileURLToPath } from "node:url";
import { type CliIo, runCli } from "@kago/policy-cli";

/** The fixtures directory, the working directory of {@link run}. */
export const TESTDATA = fileURLToPath(new URL("../testdata/", import.meta.url));

/** Runs `kago-policy <argv>` with `testdata/` as working directory. */
export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: TESTDATA,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
