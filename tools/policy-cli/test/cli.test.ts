import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { CATEGORY_KEYS } from "@kago/personal-data";
import { BUILTIN_POLICY_URL } from "@kago/policy";
import { HELP } from "@kago/policy-cli";
import { afterAll, describe, expect, it } from "vitest";
import { run, TESTDATA } from "./run-cli.js";

const PKG = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "kago-policy-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("kago-policy (in-process)", () => {
  it("--help prints usage and exits 0", async () => {
    expect(await run("--help")).toEqual({ code: 0, stdout: HELP, stderr: "" });
  });

  it.each([
    [[]],
    [["frobnicate"]],
    [["lint"]],
    [["lint", "a.yaml", "b.yaml"]],
    [["explain"]],
    [["categories", "--bogus"]],
    [["lint", "valid-minimal.yaml", "--policy", "x.yaml"]],
    [["lint", "policy.txt"]],
    [["lint", "does-not-exist.yaml"]],
  ])("usage error %j exits 2 with a message on stderr", async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^kago-policy: .+\nRun 'kago-policy --help' for usage\.\n$/);
  });

  it("lint on a valid file exits 0", async () => {
    expect(await run("lint", "valid-operators.yaml")).toEqual({
      code: 0,
      stdout: "valid-operators.yaml: ok (policy test-1, 2 recipients)\n",
      stderr: "",
    });
  });

  it("lint on the built-in policy exits 0 (its source.file resolves beside it)", async () => {
    const r = await run("lint", fileURLToPath(BUILTIN_POLICY_URL));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: ok \(policy kago-1, 4 recipients\)\n$/);
  });

  it("lint reports file:line: path: message [code] and exits 1", async () => {
    const r = await run("lint", "invalid-unknown-category.yaml");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "invalid-unknown-category.yaml:14: recipients.facebook.grants[0].category: not a category of the taxonomy [unknown_category]\n",
    );
    expect(r.stderr).toBe("invalid-unknown-category.yaml: 1 issue\n");
  });

  it("lint --json gives machine-readable issues", async () => {
    const r = await run("lint", "invalid-duplicate-recipient.json", "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      file: "invalid-duplicate-recipient.json",
      ok: false,
      issues: [
        {
          code: "duplicate_recipient",
          path: ["recipients", "tencent"],
          pathText: "recipients.tencent",
          line: 24,
          message: "recipient 'tencent' is defined twice",
        },
      ],
    });
  });

  it("explain shows allowed, allowed via an ancestor grant, operators, citations and readings", async () => {
    const r = await run("explain", "aliyun");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const row = (key: string) => lines.find((l) => l.startsWith(`${key} `))?.replace(/\s+/g, " ");
    expect(row("device")).toBe("device allow [2] device-information-excludes-network");
    expect(row("device.identifier.imei")).toBe(
      "device.identifier.imei allow via device [2] device-information-excludes-network",
    );
    expect(row("network.ip_address")).toMatch(
      /^network\.ip_address drop .*device-information-excludes-network/,
    );
    expect(row("advertising_id.gaid")).toBe("advertising_id.gaid drop gaid-has-its-own-purpose");
    expect(r.stdout).toContain('[1] "SDK usage: log collection, upload and analysis"');
    expect(r.stdout).toContain('[2] "Type of data collected by SDK: device information, log information"');
    expect(r.stdout).toContain("device-information-excludes-network: The heading");
    // no account ids for aliyun: the setting does not apply and is not shown
    expect(r.stdout).not.toContain("account ids with personal data");
  });

  it("explain shows what a recipient granted account ids does with one that holds personal data (session 15)", async () => {
    const r = await run("explain", "tencent");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain("account ids with personal data: refuse");
    const json = await run("explain", "zego", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ recipient: { accountIdsWithPersonalData: "refuse" } });
  });

  it("explain shows what a recipient does with headers it does not need (session 16)", async () => {
    const r = await run("explain", "facebook");
    expect(r.stdout.split("\n")).toContain("unknown headers: drop");
    const custom = await run("explain", "aliyun", "--policy", "valid-operators.yaml");
    expect(custom.stdout.split("\n")).toContain("unknown headers: drop (also forwarded: x-kago-tenant)");
    const inspect = await run("explain", "facebook", "--policy", "valid-operators.yaml", "--json");
    expect(JSON.parse(inspect.stdout)).toMatchObject({
      recipient: { unknownHeaders: "inspect", forwardHeaders: [] },
    });
  });

  it("explain --json lists every category with its decision", async () => {
    const r = await run("explain", "zego", "--json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { categories: { category: string; decision: string }[] };
    expect(out.categories.map((c) => c.category)).toEqual(CATEGORY_KEYS);
    expect(out.categories.filter((c) => c.decision === "allow").map((c) => c.category)).toEqual([
      "account.id",
      "media.photo_album",
      "media.microphone",
      "storage",
      "network.status",
    ]);
  });

  it("explain --policy uses the given file and shows operator parameters", async () => {
    const r = await run("explain", "facebook", "--policy", "valid-operators.yaml");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^network\.ip_address\s+truncate\(ipv4Bits=16, ipv6Bits=48\)$/m);
    expect(r.stdout).toMatch(/^account\.profile\.birthday\s+generalize\(to=year\)$/m);
  });

  it("explain of an unknown recipient is a usage error naming the known ones", async () => {
    const r = await run("explain", "google");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "unknown recipient 'google'; the policy names: zego, aliyun, tencent, facebook",
    );
  });

  it("explain with a broken --policy prints its issues and exits 1", async () => {
    const r = await run("explain", "facebook", "--policy", "invalid-source-hash.yaml");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^invalid-source-hash\.yaml:5: source\.sha256: .*\[source_hash_mismatch\]\n$/);
  });

  it("categories prints the tree, children indented under parents", async () => {
    const r = await run("categories");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CATEGORY\s+LABEL\s+DESCRIPTION$/m);
    expect(r.stdout).toMatch(/^ {4}device\.identifier\.imei\s+IMEI\s/m);
    const json = JSON.parse((await run("categories", "--json")).stdout) as { key: string }[];
    expect(json.map((e) => e.key)).toEqual(CATEGORY_KEYS);
  });
});

describe("kago-policy (real process)", () => {
  const exec = promisify(execFile);
  const spawnCli = async (...argv: string[]) => {
    try {
      const { stdout, stderr } = await exec(
        process.execPath,
        ["--conditions=source", "--import", "tsx", "src/main.ts", ...argv],
        { cwd: PKG },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("exits 0, 1 and 2 with the matching output", async () => {
    const bad = join(tmp, "bad.yaml");
    writeFileSync(bad, "version: x\nrecipients: {}\n");
    const [ok, issues, usage] = await Promise.all([
      spawnCli("lint", join(TESTDATA, "valid-minimal.json")),
      spawnCli("lint", bad),
      spawnCli("nope"),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/valid-minimal\.json: ok \(policy test-json-1, 1 recipient\)\n$/);
    expect(issues.code).toBe(1);
    expect(issues.stdout).toBe(
      `${bad}:1: source: Invalid input: expected object, received undefined [invalid_field]\n`,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("unknown command 'nope'");
  });
});
