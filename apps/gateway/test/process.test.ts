/**
 * The real process (src/main.ts under Node with the `source` condition): start-up, /healthz,
 * the missing-secret warning, and a SIGTERM that drains an in-flight transfer before exiting.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "./support/client.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));

interface Started {
  readonly child: ChildProcess;
  readonly lines: Array<Record<string, unknown>>;
  readonly port: number;
  readonly exited: Promise<number | null>;
}

function startProcess(args: string[], env: Record<string, string>): Promise<Started> {
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

describe("the gateway process", () => {
  let upstream: TestUpstream;
  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(() => upstream.close());

  it("serves /healthz, warns about a missing secret, and drains in-flight transfers on SIGTERM", async () => {
    const env: Record<string, string> = { OTEL_TRACES_EXPORTER: "none", KAGO_GATEWAY_SECRET: "" };
    const gw = await startProcess(
      ["--port", "0", "--admin-port", "0", "--upstream", `facebook=${upstream.url}/fb`],
      env,
    );
    try {
      expect(gw.lines.some((l) => l.event === "secret" && l.level === 40)).toBe(true);
      const health = await send(`http://127.0.0.1:${gw.port}`, { path: "/healthz" });
      expect(health.status).toBe(200);

      upstream.delayMs = 800;
      const inFlight = send(`http://127.0.0.1:${gw.port}`, { path: "/facebook/v21.0/1/events" });
      await new Promise((r) => setTimeout(r, 200));
      expect(upstream.received.length).toBe(1);
      gw.child.kill("SIGTERM");
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await gw.exited).toBe(0);
      expect(gw.lines.map((l) => l.event)).toEqual(
        expect.arrayContaining(["shutdown", "transfer", "stopped"]),
      );
    } finally {
      upstream.delayMs = 0;
      if (gw.child.exitCode === null) gw.child.kill("SIGKILL");
    }
  });

  it("refuses to start on a bad flag, with usage", async () => {
    await expect(
      startProcess(["--upstream", "nobody=http://127.0.0.1:1"], { OTEL_TRACES_EXPORTER: "none" }),
    ).rejects.toThrow(/no recipient of the policy/);
  });
});
