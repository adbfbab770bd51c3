import { type ChildProcess, fork, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { ChildConfig, ChildMessage } from "./child-protocol.js";

/** A target or helper process the bench started, with its port. */
export interface BenchProcess {
  /** OS process id (the cluster primary when there are workers). */
  readonly pid: number;
  /** Port it listens on, on 127.0.0.1. */
  readonly port: number;
  /** Ask the child something over IPC (only for children started with {@link startChild}). */
  ask<T>(request: Record<string, unknown>): Promise<T>;
  /** Stop it (SIGTERM, then SIGKILL after 5 s) and wait for it to exit. */
  stop(): Promise<void>;
}

/** Ask the OS for a free loopback port (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const live = new Set<ChildProcess>();

/** Stop every process the bench started and has not stopped yet (on Ctrl-C or a crash). */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...live].map((child) => stopProcess(child)));
}

function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Fork `child-main.js` in a role and wait until it listens. */
export async function startChild(config: Omit<ChildConfig, "port">): Promise<BenchProcess> {
  const port = await freePort();
  const full: ChildConfig = { ...config, port };
  const child = track(
    fork(new URL("./child-main.js", import.meta.url), [JSON.stringify(full)], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  let nextId = 1;
  const pending = new Map<number, (value: unknown) => void>();
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${config.role} exited with ${code} before it was ready`)));
    child.on("message", (message: ChildMessage) => {
      if (message.type === "ready") resolve();
      else if (message.type === "reply") {
        pending.get(message.id)?.(message.value);
        pending.delete(message.id);
      }
    });
  });
  child.removeAllListeners("exit");
  track(child);
  return {
    pid: child.pid ?? 0,
    port,
    ask<T>(request: Record<string, unknown>) {
      const id = nextId++;
      return new Promise<T>((resolve) => {
        pending.set(id, (value) => resolve(value as T));
        child.send({ ...request, id });
      });
    },
    stop: () => stopProcess(child),
  };
}

/** How to start a process that is not one of ours (the gateway), and how to tell it is ready. */
export interface SpawnOptions {
  /** Script to run with node. */
  readonly script: string;
  /** Its arguments. */
  readonly args: readonly string[];
  /** Extra node flags (e.g. `--cpu-prof`). */
  readonly nodeFlags: readonly string[];
  /** Extra environment variables. */
  readonly env: Readonly<Record<string, string>>;
  /** Port it will listen on. */
  readonly port: number;
  /** Path answering 200 once it is ready. */
  readonly healthPath: string;
  /** A name for error messages. */
  readonly name: string;
}

async function waitHealthy(options: SpawnOptions, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode} at start-up`);
    try {
      const response = await fetch(`http://127.0.0.1:${options.port}${options.healthPath}`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${options.name} did not answer ${options.healthPath} within 20 s`);
}

/** Spawn `node <script> <args>` and wait until its health path answers 200. */
export async function spawnProcess(options: SpawnOptions): Promise<BenchProcess> {
  const child = track(
    spawn(process.execPath, [...options.nodeFlags, options.script, ...options.args], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...options.env },
    }),
  );
  try {
    await waitHealthy(options, child);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    pid: child.pid ?? 0,
    port: options.port,
    ask: () => Promise.reject(new Error(`${options.name} has no IPC channel`)),
    stop: () => stopProcess(child),
  };
}
