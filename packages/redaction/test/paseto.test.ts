/**
 * Public PASETOs (session 20): the message of a `v1`-`v4` `.public.` token is its claims in the
 * clear, read as a JWT's are (`sub`, `email`, `phone`...), and a token whose claims or footer
 * change is replaced whole, since a token with a claim cut out no longer verifies. Tokens are
 * signed with panva's `paseto` library (a devDependency pinned for these tests).
 */
import { V1, V2, V3, V4 } from "paseto";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const CLAIMS = { sub: "kago_30417", email: "leak@example.org", exp: "2026-12-01T11:00:00Z" };
const CLEAN = { scope: "read", exp: "2026-12-01T11:00:00Z", jti: "8f3e2b1a" };

/** The `token` member of `{"token": value}` after redaction for `recipient`. */
function tokenAfter(value: string, recipient = "aliyun"): string {
  return (
    JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify({ token: value })))) as { token: string }
  ).token;
}

const signed: Record<string, { claims: string; clean: string; footer: string; cleanFooter: string }> = {};
beforeAll(async () => {
  for (const [name, version] of [
    ["v1", V1],
    ["v2", V2],
    ["v3", V3],
    ["v4", V4],
  ] as const) {
    const key = await version.generateKey("public");
    const options = { iat: false } as const;
    signed[name] = {
      claims: await version.sign(CLAIMS, key, options),
      clean: await version.sign(CLEAN, key, options),
      footer: await version.sign(CLEAN, key, {
        ...options,
        footer: JSON.stringify({ kid: "leak@example.org" }),
      }),
      cleanFooter: await version.sign(CLEAN, key, {
        ...options,
        footer: JSON.stringify({ kid: "k4.pid.prod-1" }),
      }),
    };
  }
});

describe("a public PASETO", () => {
  it("has its claims read as a JWT's and is replaced whole, in every version", () => {
    for (const name of ["v1", "v2", "v3", "v4"]) {
      const tokens = signed[name] as (typeof signed)[string];
      const res = redactJsonBody(r, "aliyun", JSON.stringify({ token: tokens.claims, level: "warn" }));
      expect([name, bodyOf(res)]).toEqual([name, '{"token":"[redacted:account.id]","level":"warn"}']);
      expect(findingsOf(res)).toEqual([
        ["body:token#base64#json.sub", "account.id", "drop", "schema"],
        ["body:token#base64#json.email", "contact.email", "drop", "key"],
      ]);
      // near miss: no personal claim, the token stays as signed
      expect([name, tokenAfter(tokens.clean)]).toEqual([name, tokens.clean]);
      expect([name, tokenAfter(tokens.cleanFooter)]).toEqual([name, tokens.cleanFooter]);
      // its footer is signed too
      expect([name, tokenAfter(tokens.footer)]).toEqual([name, "[redacted:contact.email]"]);
    }
  });

  it("is replaced in a log line and an Authorization header, its footer with it", () => {
    const { claims, footer, clean } = signed.v4 as (typeof signed)[string];
    const line = `auth failed for ${claims} (expired); footer ${footer}. retry with ${clean}`;
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: line }));
    expect(JSON.parse(bodyOf(res)).message).toBe(
      `auth failed for [redacted:account.id] (expired); footer [redacted:contact.email]. retry with ${clean}`,
    );
    const header = r.redact(transfer("aliyun", { headers: [["authorization", `Bearer ${claims}`]] }));
    expect(header.ok && header.transfer.headers).toEqual([["authorization", "Bearer [redacted:account.id]"]]);
    // tencent may get the account id, not the e-mail
    expect(tokenAfter(claims, "tencent")).toBe("[redacted:contact.email]");
  });

  it("leaves local tokens and dotted strings that only start like one", () => {
    const b64 = (text: string) => Buffer.from(text).toString("base64url");
    for (const value of [
      // `local`: encrypted, opaque
      `v4.local.${b64(`${"\u0001".repeat(24)}${JSON.stringify(CLAIMS)}`)}`,
      // not base64url, or no JSON object before a signature of the version's length
      "v2.public.not base64 at all",
      `v2.public.${b64("a plain sentence, no claims at all, then the bytes of a signature....................")}`,
      `v2.public.${b64(JSON.stringify(CLEAN))}`, // no room for a signature
    ])
      expect(tokenAfter(value)).toBe(value);
    // no such version, or glued to a dotted name: base64 text as before, the e-mail cut out of it
    const fake = (claims: object) => b64(JSON.stringify(claims) + "x".repeat(64));
    for (const head of ["v9.public.", "x.v2.public."])
      expect(tokenAfter(head + fake(CLAIMS))).toBe(
        head + fake({ ...CLAIMS, email: "[redacted:contact.email]" }),
      );
    // a message that is not a JSON object: base64 text as before
    const prose = (mail: string) => `v2.public.${b64(`mail to ${mail} ${"x".repeat(64)}`)}`;
    expect(tokenAfter(prose("leak@example.org"))).toBe(prose("[redacted:contact.email]"));
  });
});
