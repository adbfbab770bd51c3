/**
 * `--workers 2` as a real process (src/main.ts under Node with the `source` condition): both
 * workers listen on one port and answer, the primary's admin port sums their metrics, a killed
 * worker is replaced, and SIGTERM drains an in-flight transfer before every process exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "./support/client.js";
import { startUpstream, type TestUpstream } from "./support/upstream.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));

type Line = Record<string, unknown>;

interface Cluster {
  readonly child: ChildProcess;
  readonly lines: Line[];
  readonly exited: Promise<number | null>;
  /** Resolves with the first log line (already seen or still to come) that `match` accepts. */
  waitFor(match: (line: Line) => boolean, timeoutMs?: number): Promise<Line>;
}

function startCluster(args: string[], env: Record<string, string>): Cluster {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", ...args], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Line[] = [];
  const waiters: Array<{ match: (line: Line) => boolean; resolve: (line: Line) => void }> = [];
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let buffer = "";
  child.stdout?.on("data", (c: Buffer) => {
    buffer += c.toString("utf8");
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (text.trim() === "") continue;
      const line = JSON.parse(text) as Line;
      lines.push(line);
      for (const w of [...waiters]) {
        if (!w.match(line)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  return {
    child,
    lines,
    exited,
    waitFor(match, timeoutMs = 20_000) {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching log line in ${String(timeoutMs)} ms; stderr: ${stderr}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
        void exited.then((code) => reject(new Error(`the gateway exited (${String(code)}): ${stderr}`)));
      });
    },
  };
}

const EVENT_BODY = JSON.stringify({
  data: [
    { event_name: "Purchase", user_data: { em: "ingrid@example.org" }, custom_data: { currency: "EUR" } },
  ],
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the gateway with --workers 2", () => {
  let upstream: TestUpstream;
  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(() => upstream.close());

  it("answers from both workers, sums their metrics, replaces a dead worker and drains on SIGTERM", async () => {
    const gw = startCluster(
      ["--workers", "2", "--port", "0", "--admin-port", "0", "--upstream", `facebook=${upstream.url}/fb`],
      { OTEL_TRACES_EXPORTER: "none", KAGO_GATEWAY_SECRET: "" },
    );
    try {
      await gw.waitFor((l) => l.event === "cluster_ready");
      const admin = await gw.waitFor((l) => l.event === "cluster_admin");
      // The primary sees a worker's listen before that worker has logged its own line.
      let listening = gw.lines.filter((l) => l.event === "listening");
      for (let i = 0; i < 100 && listening.length < 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        listening = gw.lines.filter((l) => l.event === "listening");
      }
      expect(listening).toHaveLength(2);
      const port = Number(listening[0]?.port);
      expect(listening[1]?.port).toBe(port);
      expect(listening.every((l) => l.adminPort === null)).toBe(true);
      // The primary made the one random secret the workers share: a single warning.
      expect(gw.lines.filter((l) => l.event === "secret")).toHaveLength(1);
      const base = `http://127.0.0.1:${port}`;
      const post = () =>
        send(base, {
          method: "POST",
          path: "/facebook/v21.0/1/events",
          headers: { "content-type": "application/json" },
          body: EVENT_BODY,
        });

      const first = await Promise.all(Array.from({ length: 6 }, post));
      expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(upstream.received).toHaveLength(6);
      for (const r of upstream.received) expect(r.body.toString("utf8")).not.toContain("ingrid@example.org");

      const metrics = await send(`http://127.0.0.1:${String(admin.adminPort)}`, { path: "/metrics" });
      expect(metrics.status).toBe(200);
      expect(metrics.body.toString("utf8")).toContain(
        'kago_gateway_transfers_total{recipient="facebook",decision="redacted"} 6',
      );

      const workers = gw.lines.filter((l) => l.event === "worker_listening").map((l) => Number(l.pid));
      expect(new Set(workers).size).toBe(2);
      const [victim, survivor] = workers as [number, number];
      process.kill(victim, "SIGKILL");
      await gw.waitFor((l) => l.event === "worker_exit" && l.pid === victim);
      const replacement = await gw.waitFor(
        (l) => l.event === "worker_listening" && !workers.includes(Number(l.pid)),
      );
      const again = await Promise.all(Array.from({ length: 4 }, post));
      expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200]);

      upstream.delayMs = 800;
      const inFlight = post();
      // Polled, not slept: on a loaded machine the request may take a while to reach the upstream.
      for (let i = 0; i < 500 && upstream.received.length < 11; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(upstream.received).toHaveLength(11);
      gw.child.kill("SIGTERM");
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await gw.exited).toBe(0);
      expect(gw.lines.at(-1)?.event).toBe("stopped");
      expect(isAlive(survivor)).toBe(false);
      expect(isAlive(Number(replacement.pid))).toBe(false);
    } finally {
      upstream.delayMs = 0;
      if (gw.child.exitCode === null) gw.child.kill("SIGKILL");
    }
  }, 60_000);
});
