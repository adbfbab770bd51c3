/**
 * `kago-policy dry-run`: captured transfers through the catalog and the engine, nothing sent. The
 * captures in testdata hold personal values; the output must name endpoints, categories,
 * locations and codes, and never one of those values.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeSlsBody } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { run, TESTDATA } from "./run-cli.js";

/** The personal values planted in the capture files. */
const PLANTED = [
  "ingrid.solberg@example.org",
  "ola.nordmann@example.org",
  "192.0.2.44",
  "198.51.100.7",
  "353918116204732",
  "912 34 567",
  "EAAB0123",
];

describe("kago-policy dry-run", () => {
  it("says per transfer what would be sent, removed or refused, and sums it per recipient", async () => {
    const { code, stdout } = await run("dry-run", "valid-captures.jsonl");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "valid-captures.jsonl:1: facebook facebook.capi.events: redacted; sent network.status; removed contact.email, network.ip_address",
    );
    expect(lines).toContain(
      "valid-captures.jsonl:4: facebook facebook.capi.events: refused personal_data_in_path at path:[1]",
    );
    expect(lines).toContain("valid-captures.jsonl:5: mixpanel -: refused unknown_recipient");
    expect(lines).toContain("valid-captures.jsonl:6: zego unknown: unchanged; sent -; removed -");
    expect(lines).toContain("valid-captures.jsonl:7: facebook -: refused unsupported_media_type");
    expect(stdout).toContain("tencent: 1 transfer, 0 refused");
    expect(stdout).toMatch(
      /aliyun: 1 transfer, 0 refused.*\n {2}sent: {4}device\.attribute\.model \(1\), device\.identifier\.imei \(1\)\n {2}removed: contact\.email \(1\), network\.ip_address \(1\)/,
    );
  });

  it("never prints a value, a path or a body from the captures", async () => {
    const captures = readFileSync(`${TESTDATA}valid-captures.jsonl`, "utf8");
    for (const value of PLANTED) expect(captures).toContain(value);
    for (const json of [false, true]) {
      const { stdout } = await run("dry-run", "valid-captures.jsonl", ...(json ? ["--json"] : []));
      for (const value of PLANTED) expect(stdout, `${value} (json: ${json})`).not.toContain(value);
      expect(stdout).not.toContain("/v21.0/");
    }
    const invalid = await run("dry-run", "invalid-captures.jsonl");
    expect(invalid.stdout).not.toContain("ingrid");
  });

  it("writes JSON lines with --json: one per transfer, then the summary", async () => {
    const { code, stdout } = await run("dry-run", "valid-captures.jsonl", "--json");
    expect(code).toBe(0);
    const objects = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects).toHaveLength(8);
    expect(objects[3]).toMatchObject({
      line: 4,
      outcome: "refused",
      error: { code: "personal_data_in_path", location: "path:[1]" },
    });
    expect(objects[0]).toMatchObject({ endpoint: "facebook.capi.events", outcome: "redacted" });
    expect(objects[7]).toMatchObject({ summary: { facebook: { transfers: 3, refused: 2 } } });
  });

  it("reports lines that are not captures, by line and issue code, and exits 1", async () => {
    const { code, stdout } = await run("dry-run", "invalid-captures.jsonl");
    expect(code).toBe(1);
    expect(stdout).toContain("invalid-captures.jsonl:2: not a valid capture: not a JSON object");
    expect(stdout).toContain("invalid-captures.jsonl:3: not a valid capture: path: invalid_type");
    expect(stdout).toContain("invalid-captures.jsonl:4: not a valid capture: (line): unrecognized_keys");
    expect(stdout).toContain("invalid-captures.jsonl:1: facebook facebook.capi.events: unchanged");
  });

  it("reads SLS PutLogs protobuf bodies (lz4) given in base64, as the gateway's codec does", async () => {
    const group = {
      Logs: [
        {
          Time: 1767261600,
          Contents: [
            { Key: "event", Value: "open_room" },
            { Key: "user_email", Value: "ingrid.solberg@example.org" },
          ],
        },
      ],
      LogTags: [],
    };
    const encoded = encodeSlsBody(group, "lz4");
    const capture = (body: Uint8Array) =>
      JSON.stringify({
        recipient: "aliyun",
        path: "/logstores/app-usage/shards/lb",
        headers: [
          ["content-type", "application/x-protobuf"],
          ["x-log-compresstype", "lz4"],
          ["x-log-bodyrawsize", String(encoded.rawSize)],
        ],
        bodyBase64: Buffer.from(body).toString("base64"),
      });
    const dir = mkdtempSync(join(tmpdir(), "kago-dry-run-"));
    try {
      const file = join(dir, "sls.jsonl");
      writeFileSync(file, `${capture(encoded.body)}\n${capture(new Uint8Array([1, 2, 3]))}\n`);
      const { code, stdout } = await run("dry-run", file);
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /sls\.jsonl:1: aliyun aliyun\.sls\.[a-z-]+: redacted; sent -; removed contact\.email/,
      );
      expect(stdout).toMatch(/sls\.jsonl:2: aliyun -: refused sls_/);
      expect(stdout).not.toContain("ingrid");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes another policy with --policy, and refuses a file it cannot read", async () => {
    const other = await run("dry-run", "valid-captures.jsonl", "--policy", "valid-minimal.json");
    expect(other.code).toBe(0);
    const missing = await run("dry-run", "no-such-file.jsonl");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-file.jsonl: cannot read the captures (ENOENT)");
  });

  it("drops the headers a recipient does not need, as the gateway does, and says how many (session 16)", async () => {
    const capture = (recipient: string, path: string) =>
      JSON.stringify({
        recipient,
        path,
        headers: [
          ["content-type", "application/json"],
          ["x-log-apiversion", "0.6.0"],
          ["x-kago-user", "kago_30417"],
        ],
        body: '{"event":"tap"}',
      });
    const dir = mkdtempSync(join(tmpdir(), "kago-dry-run-"));
    try {
      const file = join(dir, "headers.jsonl");
      writeFileSync(
        file,
        `${capture("aliyun", "/logstores/app/track")}\n${capture("facebook", "/v21.0/1/events")}\n`,
      );
      const { code, stdout } = await run("dry-run", file);
      expect(code).toBe(0);
      // aliyun's own x-log-apiversion stays; facebook needs neither header
      expect(stdout).toContain(
        "headers.jsonl:1: aliyun aliyun.sls.web-tracking-post: redacted; sent -; removed -; headers dropped 1\n",
      );
      expect(stdout).toContain(
        "headers.jsonl:2: facebook facebook.capi.events: redacted; sent -; removed -; headers dropped 2\n",
      );
      expect(stdout).not.toContain("kago_30417");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
