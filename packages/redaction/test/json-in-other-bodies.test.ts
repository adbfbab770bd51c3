/**
 * A JSON document sent as plain text or as a form is read as JSON. Many vendor endpoints parse
 * their body as JSON whatever the content type says, so reading it only as text would let a
 * member the engine removes from JSON (a name under its key, which no text finder sees) through
 * under another content type: the classic content-type confusion of inspecting proxies.
 */
import type { TransferBody } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const DOC = '{"__logs__":[{"event":"open","user_name":"Astrid Solberg", "n":1.10}]}';

function redactBody(body: TransferBody) {
  const res = r.redact(transfer("aliyun", { body }));
  if (!res.ok) return { code: res.error.code };
  return {
    body: res.transfer.body,
    findings: res.report.findings.map((f) => [f.location, f.category, f.action]),
  };
}

describe("JSON in a plain-text or form body", () => {
  it.each(["text", "form"] as const)(
    "a %s body holding a JSON document is redacted as JSON, keeping its kind",
    (kind) => {
      expect(redactBody({ kind, text: DOC })).toEqual({
        body: { kind, text: '{"__logs__":[{"event":"open", "n":1.10}]}' },
        findings: [["body:__logs__[].user_name", "account.profile.name", "drop"]],
      });
    },
  );

  it("also when white space comes first, and for an array", () => {
    expect(redactBody({ kind: "text", text: '\n [{"name":"Astrid"},2]' })).toMatchObject({
      body: { kind: "text", text: "\n [{},2]" },
    });
  });

  it("past a byte-order mark, which is kept", () => {
    expect(redactBody({ kind: "text", text: '\ufeff{"name":"Astrid","k":1}' })).toMatchObject({
      body: { kind: "text", text: '\ufeff{"k":1}' },
    });
  });

  it("refuses duplicate keys there as in a JSON body: the vendor's parser might pick the other", () => {
    expect(redactBody({ kind: "text", text: '{"a":1,"a":2}' })).toEqual({ code: "duplicate_key" });
  });

  it("reads text that only starts like JSON as text, its findings and nothing else", () => {
    const text = "{retry 3} contact erik@example.org now";
    expect(redactBody({ kind: "text", text })).toEqual({
      body: { kind: "text", text: "{retry 3} contact [redacted:contact.email] now" },
      findings: [["body:~text", "contact.email", "drop"]],
    });
  });

  it("reads a form that starts with a bracket but is not JSON as a form", () => {
    expect(redactBody({ kind: "form", text: "[x]=1&email=erik%40example.org" })).toEqual({
      body: { kind: "form", text: "[x]=1" },
      findings: [["body:email", "contact.email", "drop"]],
    });
  });

  it("reads a text body shaped like form pairs as text, where a key still names its value", () => {
    expect(redactBody({ kind: "text", text: "user_name=Astrid+Solberg&x=1" })).toEqual({
      body: { kind: "text", text: "user_name=[redacted:account.profile.name]&x=1" },
      findings: [["body:~text", "account.profile.name", "drop"]],
    });
  });

  it("leaves a JSON text body with nothing personal in it as it came", () => {
    expect(redactBody({ kind: "text", text: '{"event":"open","n":12345678901234567890}' })).toEqual({
      body: { kind: "text", text: '{"event":"open","n":12345678901234567890}' },
      findings: [],
    });
  });
});
