import { readFileSync } from "node:fs";
import { loadBuiltinPolicy } from "@kago/policy";
import { describe, expect, it } from "vitest";
import { outputDigests } from "./output-digests.js";

describe("engine output on the benchmark payloads", () => {
  it("is byte-identical to the recorded output (body and report, every payload and size)", () => {
    const recorded = JSON.parse(
      readFileSync(new URL("../testdata/valid-output-digests.json", import.meta.url), "utf8"),
    ) as Record<string, string>;
    expect(Object.keys(recorded)).toHaveLength(9);
    expect(outputDigests(loadBuiltinPolicy())).toEqual(recorded);
  });
});
