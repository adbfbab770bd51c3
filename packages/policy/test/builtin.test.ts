import { readFileSync } from "node:fs";
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import {
  BUILTIN_POLICY_URL,
  foldWhitespace,
  loadBuiltinPolicy,
  loadBuiltinPolicyWithDocument,
  readBuiltinSourceText,
  sha256Hex,
} from "@kago/policy";
import { describe, expect, it } from "vitest";

const { policy, document } = loadBuiltinPolicyWithDocument();
const sourceText = readBuiltinSourceText();

const under = (prefix: string) => CATEGORY_KEYS.filter((k) => k === prefix || k.startsWith(`${prefix}.`));

/**
 * The contract table (contract/README.md, "What each recipient may receive") written out by
 * hand, independently of kago.yaml, plus the lead's decided reading of account.id.
 */
const EXPECTED_ALLOWED: Record<string, readonly CategoryKey[]> = {
  facebook: ["network.status"],
  aliyun: [...under("device"), ...under("log")],
  tencent: [
    "network.status",
    "storage",
    "media.camera",
    "media.microphone",
    "media.photo_album",
    "account.id",
  ],
  zego: ["network.status", "storage", "media.microphone", "media.photo_album", "account.id"],
};

describe("the built-in Kago policy", () => {
  it("compiles, with version and the four recipients", () => {
    expect(loadBuiltinPolicy().version).toBe("kago-1");
    expect([...policy.recipients.keys()].sort()).toEqual(["aliyun", "facebook", "tencent", "zego"]);
  });

  it("cites the text it names: the sha256 matches the committed copy", () => {
    expect(sha256Hex(sourceText)).toBe(document.source.sha256);
  });

  it("quotes every citation verbatim (white space folded) from source/privacy-policy.txt", () => {
    const folded = foldWhitespace(sourceText);
    const citations = [
      ...document.readings.map((r) => r.citation),
      ...Object.values(document.recipients).flatMap((r) => [
        r.purposeCitation,
        ...r.grants.map((g) => g.citation),
      ]),
    ];
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) expect(folded).toContain(foldWhitespace(c));
  });

  it("cites the disclosure clause, which has line breaks inside it in the source", () => {
    const clause =
      "When your desired products and services can only be provided if your personal information is disclosed;";
    expect(sourceText).not.toContain(clause);
    expect(policy.recipients.get("tencent")?.decide("account.id")).toMatchObject({
      kind: "allow",
      grant: { category: "account.id", citation: clause },
    });
  });

  it("refuses an account id that is a phone number or an e-mail address, for every recipient (session 15)", () => {
    for (const id of Object.keys(EXPECTED_ALLOWED))
      expect(policy.recipients.get(id)?.accountIdsWithPersonalData, id).toBe("refuse");
  });

  for (const [id, expected] of Object.entries(EXPECTED_ALLOWED)) {
    it(`${id}: decide() over every category matches the contract table`, () => {
      const recipient = policy.recipients.get(id);
      if (!recipient) throw new Error(`no recipient ${id}`);
      const allowed = new Set<CategoryKey>(expected);
      for (const key of CATEGORY_KEYS) {
        const decision = recipient.decide(key);
        if (allowed.has(key)) {
          expect(decision.kind, key).toBe("allow");
        } else {
          expect(decision, key).toEqual({
            kind: "deny",
            operator: { operator: "drop" },
            reason: `not granted to ${id}`,
          });
        }
      }
      expect([...recipient.allowed].sort()).toEqual([...allowed].sort());
    });
  }

  it("grants aliyun device identifiers through the device grant, with its reading", () => {
    const decision = policy.recipients.get("aliyun")?.decide("device.identifier.imei");
    expect(decision).toMatchObject({
      kind: "allow",
      grant: {
        category: "device",
        citation: "Type of data collected by SDK: device information, log information",
      },
    });
    expect(decision?.kind === "allow" && decision.grant.reading).toMatch(/not network/);
  });

  it("gives nobody the profile, contact data, IP, SSID, BSSID, operator, cookies, history or GAID", () => {
    const nobody = [
      ...under("account.profile"),
      ...under("contact"),
      "network.ip_address",
      "network.ssid",
      "network.bssid",
      "network.operator",
      "cookie",
      "browsing_history",
      ...under("advertising_id"),
    ] as const;
    for (const r of policy.recipients.values()) {
      for (const key of nobody) expect(r.decide(key).kind, `${r.id} ${key}`).toBe("deny");
    }
  });

  it("decide() stays total for a key outside the taxonomy (runtime data): deny, drop", () => {
    const decide = policy.recipients.get("facebook")?.decide as (k: string) => unknown;
    expect(decide("not.a.category")).toMatchObject({ kind: "deny", operator: { operator: "drop" } });
  });

  it("writes down the readings the lead decided", () => {
    expect(document.readings.map((r) => r.id).sort()).toEqual([
      "account-id-for-message-delivery",
      "catalog-rows-are-exhaustive",
      "device-information-excludes-network",
      "gaid-has-its-own-purpose",
      "network-status-is-connection-state",
      "storage-is-read-storage-space",
    ]);
  });

  it("the YAML points editors at the committed JSON Schema", () => {
    const firstLine = readFileSync(BUILTIN_POLICY_URL, "utf8").split("\n", 1)[0];
    expect(firstLine).toBe("# yaml-language-server: $schema=../schema/policy.schema.json");
  });
});
