import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatForFileName, formatPath, loadPolicy, type PolicyIssueCode } from "@kago/policy";
import { describe, expect, it } from "vitest";

const TESTDATA = fileURLToPath(new URL("../testdata/", import.meta.url));
const files = readdirSync(TESTDATA).sort();

function load(file: string) {
  const format = formatForFileName(file);
  if (format === undefined) throw new Error(`no format for ${file}`);
  return loadPolicy(readFileSync(`${TESTDATA}${file}`, "utf8"), format);
}

/** Each invalid file, the issue it must raise (first issue), its path and, for YAML, its line. */
const INVALID: Record<string, { code: PolicyIssueCode; path: string; line?: number }> = {
  // session 15: only refuse or pseudonymize; a drop would cut the id out and a mask pool the ids
  "invalid-account-ids-operator.yaml": {
    code: "invalid_field",
    path: "recipients.tencent.accountIdsWithPersonalData",
    line: 13,
  },
  "invalid-citation-not-in-source.yaml": {
    code: "citation_not_in_source",
    path: "recipients.facebook.grants[0].citation",
    line: 15,
  },
  "invalid-duplicate-grant.yaml": {
    code: "duplicate_grant",
    path: "recipients.facebook.grants[1].category",
    line: 16,
  },
  "invalid-duplicate-recipient.json": { code: "duplicate_recipient", path: "recipients.tencent", line: 24 },
  "invalid-duplicate-recipient.yaml": { code: "duplicate_recipient", path: "recipients.facebook", line: 16 },
  "invalid-grant-and-operator.yaml": {
    code: "conflicting_rules",
    path: "recipients.facebook.operators.network.status",
    line: 14,
  },
  // session 16: names are compared lower-cased, so an upper-case one would never match
  "invalid-forward-header.yaml": {
    code: "invalid_field",
    path: "recipients.facebook.forwardHeaders[0]",
    line: 12,
  },
  "invalid-host-conflict.yaml": { code: "conflicting_rules", path: "recipients.meta.hosts[0]", line: 20 },
  "invalid-host.yaml": { code: "invalid_host", path: "recipients.facebook.hosts[1]", line: 11 },
  "invalid-operator-below-grant.yaml": {
    code: "conflicting_rules",
    path: "recipients.facebook.operators.network.ip_address",
    line: 14,
  },
  "invalid-operator-not-applicable.yaml": {
    code: "operator_not_applicable",
    path: "recipients.facebook.operators.network.ssid.operator",
    line: 14,
  },
  "invalid-operator-params.yaml": {
    code: "invalid_operator_params",
    path: "recipients.facebook.operators.network.ip_address.params.ipv4Bits",
    line: 17,
  },
  "invalid-recipient-without-hosts.yaml": {
    code: "recipient_without_hosts",
    path: "recipients.facebook.hosts",
    line: 11,
  },
  "invalid-source-hash.yaml": { code: "source_hash_mismatch", path: "source.sha256", line: 5 },
  "invalid-syntax.json": { code: "syntax_error", path: "(document)", line: 13 },
  "invalid-syntax.yaml": { code: "syntax_error", path: "(document)", line: 12 },
  "invalid-unknown-category-operator.yaml": {
    code: "unknown_category",
    path: "recipients.facebook.operators.network.mac",
    line: 14,
  },
  "invalid-unknown-category.yaml": {
    code: "unknown_category",
    path: "recipients.facebook.grants[0].category",
    line: 14,
  },
  "invalid-unknown-field.json": { code: "invalid_field", path: "recipients.tencent.grant", line: 17 },
  "invalid-unknown-operator.yaml": {
    code: "unknown_operator",
    path: "recipients.facebook.operators.network.ip_address.operator",
    line: 14,
  },
  "invalid-unknown-reading.yaml": {
    code: "unknown_reading",
    path: "recipients.facebook.grants[0].reading",
    line: 16,
  },
  "invalid-upstream.yaml": {
    code: "invalid_upstream",
    path: "recipients.facebook.defaultUpstream",
    line: 12,
  },
};

describe("testdata policy files", () => {
  it("every invalid-* file has an expectation and every expectation a file", () => {
    expect(files.filter((f) => f.startsWith("invalid-"))).toEqual(Object.keys(INVALID).sort());
  });

  for (const file of files.filter((f) => f.startsWith("valid-"))) {
    it(`${file} loads and compiles`, () => {
      const result = load(file);
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  }

  for (const [file, expected] of Object.entries(INVALID)) {
    it(`${file} fails with ${expected.code} at ${expected.path}`, () => {
      const result = load(file);
      if (result.ok) throw new Error(`${file} unexpectedly loaded`);
      const first = result.issues[0];
      expect({ code: first?.code, path: first && formatPath(first.path), line: first?.line }).toEqual(
        expected,
      );
    });
  }

  it("valid-operators.yaml carries operator parameters and defaults into decisions", () => {
    const result = load("valid-operators.yaml");
    if (!result.ok) throw new Error("valid-operators.yaml did not load");
    const facebook = result.policy.recipients.get("facebook");
    expect(facebook?.unknownEndpoints).toBe("refuse");
    expect(facebook?.accountIdsWithPersonalData).toBe("refuse"); // the default
    expect(result.policy.recipients.get("aliyun")?.accountIdsWithPersonalData).toBe("pseudonymize");
    // session 16: the header settings, and their defaults
    expect(facebook?.unknownHeaders).toBe("inspect");
    expect(facebook?.forwardHeaders).toEqual([]);
    expect(result.policy.recipients.get("aliyun")?.unknownHeaders).toBe("drop");
    expect(result.policy.recipients.get("aliyun")?.forwardHeaders).toEqual(["x-kago-tenant"]);
    expect(facebook?.decide("network.ip_address")).toMatchObject({
      kind: "deny",
      operator: { operator: "truncate", params: { ipv4Bits: 16, ipv6Bits: 48 } },
    });
    expect(facebook?.decide("network.ssid")).toMatchObject({
      operator: { operator: "mask", params: { char: "#", keepLast: 2 } },
    });
    expect(facebook?.decide("network.status").kind).toBe("allow");
    expect(facebook?.decide("contact.phone")).toMatchObject({
      operator: { operator: "hash" },
    });
    expect(facebook?.decide("account.id")).toMatchObject({
      operator: { operator: "pseudonymize" },
    });
    expect(facebook?.decide("cookie")).toMatchObject({ kind: "deny", operator: { operator: "drop" } });
    const aliyun = result.policy.recipients.get("aliyun");
    expect(aliyun?.decide("device.identifier.imei")).toMatchObject({
      kind: "allow",
      grant: { category: "device", reading: "No." },
    });
    expect(result.policy.recipientForHost("x.sls.example.com")?.id).toBe("aliyun");
  });

  it("reports every issue of a file, not only the first", () => {
    const text = readFileSync(`${TESTDATA}valid-minimal.yaml`, "utf8")
      .replace("category: network.status", "category: network.status\n        reading: nope")
      .replace('"SDK usage: Advertising data statistics"', '"SDK usage: advertising"');
    const result = loadPolicy(text, "yaml");
    expect(result.ok ? [] : result.issues.map((i) => i.code).sort()).toEqual([
      "citation_not_in_source",
      "unknown_reading",
    ]);
  });
});
