import { readFileSync } from "node:fs";
import { GATEWAY_ERRORS } from "@kago/gateway";
import { REDACTION_ERRORS } from "@kago/redaction";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

function row(code: string): string | undefined {
  return readme.split("\n").find((line) => line.startsWith(`| \`${code}\` |`));
}

describe("the error table in the README", () => {
  it("documents every gateway code with its status", () => {
    for (const [code, entry] of Object.entries(GATEWAY_ERRORS)) {
      expect(row(code), code).toMatch(new RegExp(`^\\| \`${code}\` \\| ${entry.status} \\| [^|]*gateway`));
    }
  });
  it("documents every engine code with its status", () => {
    for (const [code, entry] of Object.entries(REDACTION_ERRORS)) {
      expect(row(code), code).toMatch(new RegExp(`^\\| \`${code}\` \\| ${entry.status} \\| [^|]*engine`));
    }
  });
  it("gateway messages never interpolate anything", () => {
    for (const entry of Object.values(GATEWAY_ERRORS)) expect(entry.message).not.toMatch(/\$\{|%s/);
  });
});
