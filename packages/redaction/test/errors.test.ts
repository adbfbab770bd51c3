import { readFileSync } from "node:fs";
import { REDACTION_ERROR_CODES, REDACTION_ERRORS, redactionError } from "@kago/redaction";
import { describe, expect, it } from "vitest";

describe("error table", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  it.each(REDACTION_ERROR_CODES)("%s is documented in the README with its status", (code) => {
    expect(readme).toContain(`| \`${code}\` | ${REDACTION_ERRORS[code].status} |`);
  });
  it("builds error values with an optional location", () => {
    expect(redactionError("too_deep", "body:a")).toEqual({
      code: "too_deep",
      status: 400,
      message: REDACTION_ERRORS.too_deep.message,
      location: "body:a",
    });
    expect(redactionError("unknown_recipient")).not.toHaveProperty("location");
  });
});
