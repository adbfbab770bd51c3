/**
 * Nothing the engine keeps beyond a call (its key caches, the kept location tree) may hold on to a
 * request body: in V8 a key sliced out of the body is a view that keeps the whole body alive, so a
 * cached key would keep personal data in memory for as long as the cache entry lives. The probe
 * redacts 100 bodies of 1 MB with new keys in a child process and reports the heap growth after
 * garbage collection: kept bodies would show as 100 MB or more.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const probe = fileURLToPath(new URL("./fixtures/retention-probe.ts", import.meta.url));
const personalProbe = fileURLToPath(new URL("./fixtures/personal-retention-probe.ts", import.meta.url));

describe("memory kept between calls", () => {
  it("keeps no request body alive after its call", () => {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--conditions=source", "--import", "tsx", probe],
      { encoding: "utf8", cwd: fileURLToPath(new URL("..", import.meta.url)) },
    );
    const grown = Number(out.trim());
    expect(Number.isFinite(grown)).toBe(true);
    // kept bodies would be 100 x 1 MB (one-byte strings); what the caches may keep is far less
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  }, 60_000);

  it("keeps no personal value, key, tag or parameter name beyond the next call", () => {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", "--conditions=source", "--import", "tsx", personalProbe],
      { encoding: "utf8", cwd: fileURLToPath(new URL("..", import.meta.url)) },
    );
    // What a heap snapshot taken after the calls still holds of the planted values. The last
    // call's (49) may linger in V8's own last-match state; any older one is kept by the engine.
    const held = JSON.parse(out.trim()) as string[];
    expect(held.filter((value) => !value.includes("-49@"))).toEqual([]);
  }, 60_000);
});
