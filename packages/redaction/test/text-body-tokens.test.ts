/**
 * The base64 and hex tokens of a plain-text body (session 18). A JSON string's text had its tokens
 * read (a JWT, an encoded document in a log line), a `text/plain` body only its spans, so
 * base64 of an e-mail address or of a JSON record went through as sent.
 */
import { describe, expect, it } from "vitest";
import { redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const b64 = (s: string) => Buffer.from(s).toString("base64");

function redactText(text: string) {
  const res = r.redact(transfer("aliyun", { body: { kind: "text", text } }));
  if (!res.ok) throw new Error(res.error.code);
  return {
    text: res.transfer.body.kind === "text" ? res.transfer.body.text : "",
    findings: res.report.findings.map((f) => [f.location, f.category, f.action]),
  };
}

describe("a plain-text body's encoded tokens", () => {
  it("are read as a JSON string's are: base64 of text, and of a JSON record", () => {
    expect(redactText(`token ${b64("my email is astrid.solberg@example.org")} end`)).toEqual({
      text: `token ${b64("my email is [redacted:contact.email]")} end`,
      findings: [["body:#base64~text", "contact.email", "drop"]],
    });
    expect(redactText(`user ${b64('{"email":"astrid.solberg@example.org","n":1}')}`).text).toBe(
      `user ${b64('{"n":1}')}`,
    );
  });

  it("with the body's spans, and a body that is one token", () => {
    const text = `${b64("call 13812345678 now")} from astrid.solberg@example.org`;
    expect(redactText(text).text).toBe(
      `${b64("call [redacted:contact.phone] now")} from [redacted:contact.email]`,
    );
    expect(redactText(b64("astrid.solberg@example.org is my address")).text).toBe(
      b64("[redacted:contact.email] is my address"),
    );
  });

  it("replace a signed JWT whose claims change, as in a JSON string (signed-tokens.ts)", () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jwt = `${part({ alg: "HS256", typ: "JWT" })}.${part({ uid: "kago_30417", exp: 1767260000 })}.${"s".repeat(43)}`;
    expect(redactText(`auth failed for Bearer ${jwt} at 10:00`).text).toBe(
      "auth failed for Bearer [redacted:account.id] at 10:00",
    );
  });

  it("leave tokens that encode no text, ids and hashes, byte for byte", () => {
    for (const text of [
      "request 5f2b8c1e9a7d4e3f8b6c2a1d9e8f7a6b done",
      "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      `image ${Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 3, 4, 5, 6, 7, 8, 9]).toString("base64")}`,
      "plain text with no token at all",
    ])
      expect(redactText(text), text).toEqual({ text, findings: [] });
  });
});
