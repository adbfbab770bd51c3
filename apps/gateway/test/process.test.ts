/**
 * The real process (src/main.ts under Node with the `source` condition): start-up, /healthz,
 * the missing-secret warning, and a SIGTERM that drains an in-flight transfer before exiting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "./support/client.js";
import { startProcess } from "./support/process.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";

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
      // Polled, not slept: on a loaded machine the request may take a while to reach the upstream.
      for (let i = 0; i < 500 && upstream.received.length < 1; i++)
        await new Promise((r) => setTimeout(r, 20));
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

  it("drains on one SIGTERM delivered twice, as npm start forwards a process group's (red team round 11)", async () => {
    const gw = await startProcess(
      ["--port", "0", "--admin-port", "0", "--upstream", `facebook=${upstream.url}/fb`],
      {
        OTEL_TRACES_EXPORTER: "none",
      },
    );
    try {
      const before = upstream.received.length;
      upstream.delayMs = 800;
      const inFlight = send(`http://127.0.0.1:${gw.port}`, { path: "/facebook/v21.0/1/events" });
      for (let i = 0; i < 500 && upstream.received.length <= before; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(upstream.received.length).toBe(before + 1);
      gw.child.kill("SIGTERM");
      // the second delivery after the first was handled (two pending SIGTERMs merge into one)
      for (let i = 0; i < 250 && !gw.lines.some((l) => l.event === "shutdown"); i++)
        await new Promise((r) => setTimeout(r, 20));
      gw.child.kill("SIGTERM");
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await gw.exited).toBe(0);
    } finally {
      upstream.delayMs = 0;
      if (gw.child.exitCode === null) gw.child.kill("SIGKILL");
    }
  });

  it("exits 2 on user-info in an upstream URL and on half a key pair, without printing the secret (session 20)", async () => {
    const { spawnSync } = await import("node:child_process");
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", ...args], {
        cwd: new URL("..", import.meta.url),
        env: { ...process.env, OTEL_TRACES_EXPORTER: "none", ...env },
        encoding: "utf8",
      });
    const userInfo = run(["--port", "0", "--upstream", "facebook=http://kago:hunter2@127.0.0.1:1/fb"], {});
    expect(userInfo.status).toBe(2);
    expect(userInfo.stderr).toMatch(/user-info/);
    expect(userInfo.stdout + userInfo.stderr).not.toContain("hunter2");
    const halfPair = run(["--port", "0"], { KAGO_ALIYUN_ACCESS_KEY_ID: "LTAI5tHalfPairId" });
    expect(halfPair.status).toBe(2);
    expect(halfPair.stderr).toContain("KAGO_ALIYUN_ACCESS_KEY_SECRET is not");
    expect(halfPair.stdout + halfPair.stderr).not.toContain("LTAI5tHalfPairId");
  });

  it("exits on SIGTERM when the reader of its stdout has gone away, and at once on a second signal (session 20)", {
    timeout: 30_000,
  }, async () => {
    const { spawn } = await import("node:child_process");
    const exitsWithin = (child: ReturnType<typeof spawn>, ms: number) =>
      new Promise<number | null | "running">((resolve) => {
        const timer = setTimeout(() => resolve("running"), ms);
        child.once("exit", (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
    const start = () => {
      const child = spawn(
        process.execPath,
        ["--conditions=source", "--import", "tsx", "src/main.ts", "--port", "0", "--admin-port", "off"],
        {
          cwd: new URL("..", import.meta.url),
          env: { ...process.env, OTEL_TRACES_EXPORTER: "none", KAGO_GATEWAY_SECRET: "0123456789abcdef0123" },
          stdio: ["ignore", "pipe", "ignore"],
        },
      );
      const listening = new Promise<void>((resolve) => {
        let text = "";
        child.stdout?.on("data", (c: Buffer) => {
          text += c.toString("utf8");
          if (text.includes('"event":"listening"')) resolve();
        });
      });
      return { child, listening };
    };
    // The reader goes away (a dead supervisor or log pipe): the shutdown line meets EPIPE.
    const gone = start();
    await gone.listening;
    gone.child.stdout?.destroy();
    await new Promise((r) => setTimeout(r, 200));
    gone.child.kill("SIGTERM");
    const code = await exitsWithin(gone.child, 8_000);
    if (code === "running") gone.child.kill("SIGKILL");
    expect(code).toBe(0);
    // A second signal during a drain stops it at once.
    const twice = start();
    await twice.listening;
    twice.child.stdout?.on("data", () => {});
    twice.child.kill("SIGSTOP");
    twice.child.kill("SIGTERM");
    twice.child.kill("SIGINT");
    twice.child.kill("SIGCONT");
    const second = await exitsWithin(twice.child, 8_000);
    if (second === "running") twice.child.kill("SIGKILL");
    expect(second).toBe(1);
  });

  it("refuses to start on a bad flag, with usage", async () => {
    await expect(
      startProcess(["--upstream", "nobody=http://127.0.0.1:1"], { OTEL_TRACES_EXPORTER: "none" }),
    ).rejects.toThrow(/no recipient of the policy/);
  });
});
