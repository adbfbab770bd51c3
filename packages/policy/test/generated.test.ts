import { readFileSync } from "node:fs";
import type { CategoryKey } from "@kago/personal-data";
import { type AllowedCategories, KAGO_POLICY, POLICY_ISSUE_CODES, policyJsonSchema } from "@kago/policy";
import { describe, expect, expectTypeOf, it } from "vitest";
import { builtinPolicyDocument, JSON_SCHEMA_URL } from "../src/generate.js";

describe("generated files (regenerate with `npm run generate-schema -w @kago/policy`)", () => {
  it("schema/policy.schema.json equals the JSON Schema generated from the zod schema", () => {
    const committed: unknown = JSON.parse(readFileSync(JSON_SCHEMA_URL, "utf8"));
    expect(committed).toEqual(policyJsonSchema());
  });

  it("every property of the JSON Schema carries a description", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === "object") {
        for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof child.description !== "string" && typeof child.$ref !== "string")
            missing.push(`${path}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(n)) walk(child, `${path}.${key}`);
    };
    walk(policyJsonSchema(), "");
    expect(missing).toEqual([]);
  });

  it("KAGO_POLICY (typed literal) equals policies/kago.yaml", () => {
    expect(KAGO_POLICY).toEqual(builtinPolicyDocument());
  });

  it("AllowedCategories expands grants to descendants at the type level", () => {
    expectTypeOf<AllowedCategories<typeof KAGO_POLICY, "facebook">>().toEqualTypeOf<"network.status">();
    expectTypeOf<"device.identifier.imei">().toExtend<AllowedCategories<typeof KAGO_POLICY, "aliyun">>();
    expectTypeOf<"log.click">().toExtend<AllowedCategories<typeof KAGO_POLICY, "aliyun">>();
    expectTypeOf<
      Extract<AllowedCategories<typeof KAGO_POLICY, "aliyun">, `network${string}`>
    >().toEqualTypeOf<never>();
    expectTypeOf<AllowedCategories<typeof KAGO_POLICY, "zego">>().toEqualTypeOf<
      "network.status" | "storage" | "media.microphone" | "media.photo_album" | "account.id"
    >();
    expectTypeOf<AllowedCategories<typeof KAGO_POLICY, "nobody">>().toEqualTypeOf<never>();
    expectTypeOf<AllowedCategories<typeof KAGO_POLICY, "tencent">>().toExtend<CategoryKey>();
  });
});

describe("README", () => {
  it("documents every issue code", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const code of Object.keys(POLICY_ISSUE_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });
});
