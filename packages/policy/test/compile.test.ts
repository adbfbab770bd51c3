import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import {
  compilePolicy,
  type OperatorSpecDocument,
  type PolicyDocument,
  readBuiltinSourceText,
  selfAndAncestors,
  sha256Hex,
} from "@kago/policy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const sourceText = readBuiltinSourceText();
const CITATION = "Type of data collected by SDK: network status";

function docWith(
  grants: CategoryKey[],
  operators: Partial<Record<CategoryKey, OperatorSpecDocument>>,
): PolicyDocument {
  return {
    version: "prop-1",
    source: { title: "Kago Privacy Policy", sha256: sha256Hex(sourceText) },
    readings: [],
    recipients: {
      r: {
        vendor: "Vendor",
        purpose: "Purpose",
        purposeCitation: "SDK usage: instant messaging",
        hosts: ["api.example.com"],
        defaultUpstream: "https://api.example.com",
        grants: grants.map((category) => ({ category, citation: CITATION })),
        operators,
        defaultOperator: { operator: "drop" },
        unknownEndpoints: "enforce",
        unknownHeaders: "drop",
        forwardHeaders: [],
        accountIdsWithPersonalData: "refuse",
      },
    },
  };
}

const keyArb = fc.constantFrom(...CATEGORY_KEYS);

describe("compilePolicy", () => {
  it("a granted ancestor grants every descendant; the nearest rule decides; decide is total", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(keyArb, { maxLength: 6 }),
        fc.uniqueArray(keyArb, { maxLength: 6 }),
        (grants, ops) => {
          // Keep only operators that do not sit on or below a grant (those are conflicts, tested elsewhere).
          const operatorKeys = ops.filter(
            (k) => !selfAndAncestors(k).some((a) => grants.includes(a as CategoryKey)),
          );
          const operators = Object.fromEntries(
            operatorKeys.map((k) => [k, { operator: "mask", params: { char: "*", keepLast: 0 } }]),
          );
          const result = compilePolicy(docWith(grants, operators), { sourceText });
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          const r = result.policy.recipients.get("r");
          if (!r) throw new Error("no recipient");
          for (const key of CATEGORY_KEYS) {
            const chain = selfAndAncestors(key);
            const nearestGrant = chain.findIndex((k) => grants.includes(k as CategoryKey));
            const nearestOp = chain.findIndex((k) => operatorKeys.includes(k as CategoryKey));
            const d = r.decide(key);
            if (nearestGrant >= 0 && (nearestOp < 0 || nearestGrant < nearestOp)) {
              expect(d).toMatchObject({ kind: "allow", grant: { category: chain[nearestGrant] } });
              expect(r.allowed.has(key)).toBe(true);
            } else {
              expect(d).toMatchObject({
                kind: "deny",
                operator: { operator: nearestOp >= 0 ? "mask" : "drop" },
              });
              expect(r.allowed.has(key)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("returns issues instead of throwing, and never a policy, when the source text differs", () => {
    const result = compilePolicy(docWith(["network.status"], {}), { sourceText: `${sourceText}\nchanged` });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["source_hash_mismatch"]);
  });

  it("rejects generalize and truncate as a recipient's default operator", () => {
    const doc = docWith([], {});
    const r = doc.recipients.r;
    if (!r) throw new Error("no recipient");
    r.defaultOperator = { operator: "generalize", params: { to: "year" } };
    const result = compilePolicy(doc, { sourceText });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join("/")])).toEqual([
      ["operator_not_applicable", "recipients/r/defaultOperator/operator"],
    ]);
  });

  it("host lookups do not see a wildcard's bare suffix, and exact names win", () => {
    const doc = docWith([], {});
    const r = doc.recipients.r;
    if (!r) throw new Error("no recipient");
    r.hosts = ["*.logs.example.com", "api.example.com"];
    const result = compilePolicy(doc, { sourceText });
    if (!result.ok) throw new Error("did not compile");
    expect(result.policy.recipientForHost("p.eu.logs.example.com")?.id).toBe("r");
    expect(result.policy.recipientForHost("logs.example.com")).toBeUndefined();
    expect(result.policy.recipientForHost(undefined as unknown as string)).toBeUndefined();
  });
});
