import { describe, expect, it } from "vitest";
import { createCapiPayload } from "./payload.js";
import { checkForwarded } from "./sanity-check.js";

const payload = createCapiPayload({ targetBytes: 2048 });
const asCaptured = (body: string, url = `/gw${payload.path}`) => ({
  method: "POST",
  url,
  body: Buffer.from(body).toString("base64"),
});

function redact(body: Buffer): string {
  const parsed = JSON.parse(body.toString("utf8")) as { data: { user_data?: unknown }[] };
  for (const event of parsed.data) delete event.user_data;
  return JSON.stringify(parsed);
}

describe("checkForwarded", () => {
  it("accepts a redacted batch that kept its operational values", () => {
    expect(checkForwarded(payload, asCaptured(redact(payload.body)), "redacted")).toEqual([]);
  });

  it("reports leaked personal values by count, never by value", () => {
    const problems = checkForwarded(payload, asCaptured(payload.body.toString("utf8")), "redacted");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/planted personal values reached the upstream/);
    for (const value of payload.personalValues) expect(problems[0]).not.toContain(value);
  });

  it("reports a batch whose events did not arrive, and a body that is not JSON", () => {
    expect(checkForwarded(payload, asCaptured('{"data":[]}'), "redacted")).toEqual([
      "2 operational values did not reach the upstream",
    ]);
    expect(checkForwarded(payload, asCaptured("<html>", "/gw/"), "redacted")).toEqual([
      "4 operational values did not reach the upstream",
      "the forwarded body is not JSON",
    ]);
  });

  it("demands byte-identical forwarding from the pass-through", () => {
    expect(checkForwarded(payload, asCaptured(payload.body.toString("utf8")), "byte-identical")).toEqual([]);
    expect(checkForwarded(payload, asCaptured(redact(payload.body)), "byte-identical")).toHaveLength(1);
  });
});
