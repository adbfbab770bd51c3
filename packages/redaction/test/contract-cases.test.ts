import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor, type Transfer } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { loadContractCases } from "./contract-cases.js";
import { fixturePolicy } from "./fixture-policy.js";

const SECRET = "contract-case-secret-0123456789";

/** Every view of a transfer the contract runner checks: raw, percent-decoded, JSON-unescaped. */
function views(t: Transfer): string {
  const parts = [t.path, t.query, ...t.headers.map(([n, v]) => `${n}: ${v}`)];
  if (t.body.kind !== "none") parts.push(t.body.text);
  const raw = parts.join("\n");
  const decoded = (s: string) => {
    try {
      return decodeURIComponent(s.replaceAll("+", " "));
    } catch {
      return s;
    }
  };
  const unescaped = raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
  return [raw, decoded(raw), unescaped, unescaped.replaceAll('\\"', '"')].join("\n");
}

const cases = loadContractCases();

describe.each([
  ["fixture policy", fixturePolicy()],
  ["built-in Kago policy", loadBuiltinPolicy()],
])("contract cases at the engine level (%s)", (_label, policy) => {
  const redactor = createRedactor({ policy, secret: SECRET });
  it("loads all 8 cases", () => {
    expect(cases).toHaveLength(8);
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = redactor.redact(c.transfer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const seen = views(result.transfer).toLowerCase();
    for (const literal of c.mustNotReach) expect(seen).not.toContain(literal.toLowerCase());
    const seenExact = views(result.transfer);
    for (const literal of c.mustReach) expect(seenExact).toContain(literal);
    expect(result.report.changed).toBe(true);
    expect(result.report.categoriesRemoved.length).toBeGreaterThan(0);
    // the report carries no value of the transfer
    const report = JSON.stringify(result.report).toLowerCase();
    for (const literal of c.mustNotReach) expect(report).not.toContain(literal.toLowerCase());
    // a JSON body stays valid JSON
    const out = result.transfer.body;
    if (out.kind === "json") expect(() => JSON.parse(out.text)).not.toThrow();
    // the input was not mutated
    expect(c.transfer).toEqual(loadContractCases().find((x) => x.name === c.name)?.transfer);
  });
});
