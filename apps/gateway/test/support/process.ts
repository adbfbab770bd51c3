/**
 * The real gateway process for tests: `src/main.ts` under Node with the `source` condition,
 * its stdout parsed as JSON log lines.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const appDir = fileURLToPath(new URL("../..", import.meta.url));

/** A started gateway process. */
export interface StartedProcess {
  readonly child: ChildProcess;
  /** Every log line so far, parsed. */
  readonly lines: Array<Record<string, unknown>>;
  /** The port of the `listening` line. */
  readonly port: number;
  readonly exited: Promise<number | null>;
}

/** Spawns the gateway with `args` and `env` (over this process's); resolves on its `listening` line. */
export function startProcess(args: string[], env: Record<string, string>): Promise<StartedProcess> {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", ...args], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Array<Record<string, unknown>> = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (c: Buffer) => {
      buffer += c.toString("utf8");
      let nl = buffer.indexOf("\n");
      while (nl >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf("\n");
        if (line.trim() === "") continue;
        const parsed = JSON.parse(line) as Record<string, unknown>;
        lines.push(parsed);
        if (parsed.event === "listening") resolve({ child, lines, port: Number(parsed.port), exited });
      }
    });
    void exited.then((code) => reject(new Error(`gateway exited early (${String(code)}): ${stderr}`)));
  });
}
