/**
 * JSON Web Tokens and Facebook `signed_request`s (session 18): the claims that name the person a
 * token was issued to (`sub`, `oid`, `upn`, `picture`...) are read inside a token's payload only,
 * and a signed token whose claims change is replaced whole by one placeholder, since a token with
 * a claim cut out no longer verifies. Tokens are made and signed with node:crypto (HS256 and
 * ES256, as any JWT library writes them; no JWT library is a dependency of the repository).
 */
import { createHmac, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const HS256 = { alg: "HS256", typ: "JWT" };

/** A compact JWS of `claims`, signed with HMAC-SHA256. */
function hs256(claims: object, header: object = HS256): string {
  const input = `${b64url(header)}.${b64url(claims)}`;
  return `${input}.${createHmac("sha256", "kago-test-key").update(input).digest("base64url")}`;
}

const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
/** A compact JWS of `claims`, signed with ECDSA P-256 (an OpenID Connect ID token's usual form). */
function es256(claims: object): string {
  const input = `${b64url({ alg: "ES256", kid: "k1", typ: "JWT" })}.${b64url(claims)}`;
  const signature = sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" });
  return `${input}.${signature.toString("base64url")}`;
}

/** An unsecured JWS (`alg: none`): no signature to break. */
function unsecured(claims: object): string {
  return `${b64url({ alg: "none" })}.${b64url(claims)}.`;
}

/** A Facebook `signed_request`: the HMAC-SHA256 signature, then the payload. */
function signedRequest(payload: object): string {
  const encoded = b64url(payload);
  return `${createHmac("sha256", "app-secret").update(encoded).digest("base64url")}.${encoded}`;
}

const r = redactorWith();
const TIMES = { iss: "https://auth.kago.example", iat: 1767250000, exp: 1767260000 };

/** The `token` member of `{"token": value}` after redaction for `recipient`. */
function tokenAfter(value: string, recipient = "facebook"): string {
  return (
    JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify({ token: value })))) as { token: string }
  ).token;
}

describe("the claims of a JWT that name its person", () => {
  it("reads `sub` as the account id inside a token's payload, and only there", () => {
    const res = redactJsonBody(
      r,
      "facebook",
      JSON.stringify({ token: es256({ sub: "kago_30417", ...TIMES }) }),
    );
    expect(bodyOf(res)).toBe('{"token":"[redacted:account.id]"}');
    expect(findingsOf(res)).toEqual([["body:token#base64#json.sub", "account.id", "drop", "schema"]]);
    // near misses: `sub` outside a token is a subscription, a subject, a sub-object
    for (const body of [
      '{"sub":"kago_30417"}',
      '{"sub":{"id":1,"plan":"pro"},"subject":"Re: invoice"}',
      JSON.stringify({ data: b64url({ sub: "kago_30417" }) }), // base64 JSON, but no JWT
      JSON.stringify({ note: `${b64url({ typ: "JWT" })}.${b64url({ sub: "kago_30417" })}.c2ln` }), // no alg
    ])
      expect(bodyOf(redactJsonBody(r, "facebook", body))).toBe(body);
  });

  it("reads the other registered claims of the user, and leaves the token's, session's and client's", () => {
    const personal: Record<string, unknown> = {
      oid: "8f3e2b1a-1c2d-4e5f-9a8b-7c6d5e4f3a2b",
      upn: "asolberg",
      unique_name: "asolberg",
      picture: "https://cdn.kago.example/a/7f3e.jpg",
      profile: "https://kago.example/u/7f3e",
      website: "https://solberg.example",
      act: { sub: "support_17" },
      may_act: { sub: "support_17" },
      firebase: { identities: { "google.com": ["109876543210987654321"] }, sign_in_provider: "google.com" },
    };
    for (const [claim, value] of Object.entries(personal)) {
      const out = tokenAfter(unsecured({ [claim]: value, exp: 1 }));
      // a member whose only member goes stays, empty
      const kept =
        claim === "firebase"
          ? { firebase: { identities: { "google.com": [] }, sign_in_provider: "google.com" } }
          : typeof value === "object"
            ? { [claim]: {} }
            : {};
      expect([claim, out]).toEqual([claim, unsecured({ ...kept, exp: 1 })]);
    }
    const operational = {
      sid: "08a5019c-17e1-4977-8f42-65a12843ea02",
      session_state: "3c1f",
      jti: "9f2c",
      nonce: "n-0S6_WzA2Mj",
      at_hash: "77QmUPtjPfzWtF2AnpK9RQ",
      aud: "kago-app",
      azp: "kago-app",
      client_id: "kago-app",
      tid: "72f988bf",
      scope: "openid profile",
      amr: ["pwd"],
      act: { client_id: "batch" },
      email_verified: true,
      ...TIMES,
    };
    for (const token of [unsecured(operational), hs256(operational)]) expect(tokenAfter(token)).toBe(token);
  });

  it("reads no `sub` or `oid` in a token a client got for itself, but what their shape says", () => {
    const auth0 = hs256({
      sub: "AbC123xyz@clients",
      aud: "https://api.kago.example",
      gty: "client-credentials",
    });
    const entra = es256({ sub: "5b1f7e0c", oid: "5b1f7e0c", idtyp: "app", ...TIMES });
    for (const token of [auth0, entra]) expect(tokenAfter(token)).toBe(token);
    // a user's token of the same issuer
    expect(tokenAfter(es256({ sub: "5b1f7e0c", oid: "5b1f7e0c", idtyp: "user" }))).toBe(
      "[redacted:account.id]",
    );
    // an address is an address whoever holds it
    expect(tokenAfter(hs256({ sub: "svc@example.org", gty: "client-credentials" }))).toBe(
      "[redacted:contact.email]",
    );
  });
});

describe("a signed token whose claims change", () => {
  it("is replaced whole, its claims reported as dropped; an unsecured one is written back without them", () => {
    const claims = { sub: "kago_30417", email: "astrid@example.org", locale: "nb-NO", ...TIMES };
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ token: hs256(claims), level: "warn" }));
    expect(bodyOf(res)).toBe('{"token":"[redacted:account.id]","level":"warn"}');
    // aliyun may get the language, but it went with the token: reported as dropped, not sent
    expect(findingsOf(res)).toEqual([
      ["body:token#base64#json.sub", "account.id", "drop", "schema"],
      ["body:token#base64#json.email", "contact.email", "drop", "key"],
      ["body:token#base64#json.locale", "device.attribute.language", "drop", "key"],
    ]);
    if (res.ok) expect(res.report.categoriesSent).toEqual([]);
    const { sub: _sub, email: _email, ...rest } = claims;
    expect(tokenAfter(unsecured(claims), "aliyun")).toBe(unsecured(rest));
  });

  it("is replaced in a log line, the words and an untouched token around it kept", () => {
    const clean = hs256({ scope: "read", ...TIMES });
    const line = `auth failed for Bearer ${es256({ sub: "kago_30417", ...TIMES })} (expired); retry with ${clean}`;
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: line }));
    expect(JSON.parse(bodyOf(res)).message).toBe(
      `auth failed for Bearer [redacted:account.id] (expired); retry with ${clean}`,
    );
    const lines = `token=${hs256({ uid: "u1" })}\nnext line`;
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", JSON.stringify({ message: lines })))).message).toBe(
      "token=[redacted:account.id]\nnext line",
    );
  });

  it("is replaced in an Authorization header, which stays", () => {
    const res = r.redact(
      transfer("facebook", { headers: [["authorization", `Bearer ${hs256({ sub: "kago_30417" })}`]] }),
    );
    expect(res.ok && res.transfer.headers).toEqual([["authorization", "Bearer [redacted:account.id]"]]);
    const clean = `Bearer ${hs256({ aud: "graph", ...TIMES })}`;
    const kept = r.redact(transfer("facebook", { headers: [["authorization", clean]] }));
    expect(kept.ok && kept.transfer.headers).toEqual([["authorization", clean]]);
  });

  it("is kept for a recipient granted its account id, and never refused for one inside a token", () => {
    const token = es256({ sub: "kago_30417", ...TIMES });
    expect(tokenAfter(token, "tencent")).toBe(token);
    // the id inside a token addresses nobody at tencent: the token goes, the message stays
    expect(tokenAfter(es256({ sub: "astrid@example.org" }), "tencent")).toBe("[redacted:contact.email]");
    expect(tokenAfter(unsecured({ uid: "astrid@example.org", exp: 1 }), "tencent")).toBe(
      unsecured({ exp: 1 }),
    );
    // near miss: an account id tencent addresses is still refused when it is an address
    const refused = redactJsonBody(r, "tencent", '{"To_Account":"astrid@example.org"}');
    expect(refused.ok ? null : refused.error.code).toBe("personal_data_in_account_id");
  });
});

describe("a Facebook signed_request", () => {
  const payload = { algorithm: "HMAC-SHA256", issued_at: 1767250000, user_id: "100012345678901" };

  it("is replaced whole as a value, a form or query parameter, and in a log line", () => {
    const request = signedRequest(payload);
    expect(tokenAfter(request)).toBe("[redacted:account.id]");
    const form = r.redact(
      transfer("facebook", {
        query: `signed_request=${request}&v=1`,
        body: { kind: "form", text: `signed_request=${request}` },
      }),
    );
    expect(form.ok && [form.transfer.query, form.transfer.body]).toEqual([
      "signed_request=%5Bredacted%3Aaccount.id%5D&v=1",
      { kind: "form", text: "signed_request=%5Bredacted%3Aaccount.id%5D" },
    ]);
    const line = `deauthorize callback signed_request=${request} ok`;
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: line }));
    expect(JSON.parse(bodyOf(res)).message).toBe(
      "deauthorize callback signed_request=[redacted:account.id] ok",
    );
    expect(findingsOf(res)).toEqual([["body:message#base64#json.user_id", "account.id", "drop", "key"]]);
  });

  it("is kept when no claim changes; other dotted tokens are read as before", () => {
    const clean = signedRequest({ algorithm: "HMAC-SHA256", issued_at: 1767250000 });
    expect(tokenAfter(clean)).toBe(clean);
    // no `algorithm`, or no 43-character signature alone before it: base64 JSON, written back
    const signature = signedRequest(payload).slice(0, 43);
    for (const [head, claims] of [
      [signature, { uid: "u1", n: 1 }],
      [signature.slice(0, 20), { algorithm: "HMAC-SHA256", uid: "u1", n: 1 }],
      [`x.${signature}`, { algorithm: "HMAC-SHA256", uid: "u1", n: 1 }],
      [`x${signature}`, { algorithm: "HMAC-SHA256", uid: "u1", n: 1 }],
      [`${"; ".repeat(15)}${signature.slice(0, 20)}`, { algorithm: "HMAC-SHA256", uid: "u1", n: 1 }],
    ] as const) {
      const out = tokenAfter(`${head}.${b64url(claims)}`);
      const { uid: _uid, ...rest } = claims;
      expect([head, out.slice(0, head.length + 1)]).toEqual([head, `${head}.`]);
      expect(JSON.parse(Buffer.from(out.slice(head.length + 1), "base64").toString())).toEqual(rest);
    }
  });
});

describe("a JWS whose protected header holds personal data (session 20)", () => {
  it("is replaced whole when signed, its header members read as the claims are", () => {
    const kid = hs256({ scope: "read", ...TIMES }, { alg: "HS256", kid: "leak@example.org" });
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ token: kid, level: "warn" }));
    expect(bodyOf(res)).toBe('{"token":"[redacted:contact.email]","level":"warn"}');
    expect(findingsOf(res)).toEqual([["body:token#base64#json.kid", "contact.email", "drop", "value"]]);
    // the header is read before the claims, as it is written
    const both = hs256({ sub: "kago_30417" }, { alg: "HS256", typ: "JWT", phone: "13812345678" });
    expect(tokenAfter(both, "aliyun")).toBe("[redacted:contact.phone]");
    const line = `auth ok Bearer ${kid} (cached)`;
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", JSON.stringify({ message: line })))).message).toBe(
      "auth ok Bearer [redacted:contact.email] (cached)",
    );
    const header = r.redact(transfer("aliyun", { headers: [["authorization", `Bearer ${kid}`]] }));
    expect(header.ok && header.transfer.headers).toEqual([
      ["authorization", "Bearer [redacted:contact.email]"],
    ]);
  });

  it("reads a token in Authorization as in a body: a phone as kid or in a claim (red team round 11 O2)", () => {
    for (const token of [
      hs256({ scope: "read" }, { alg: "HS256", kid: "13812345678" }),
      hs256({ scope: "read", note: "call 13812345678" }, { alg: "HS256", kid: "k1" }),
    ]) {
      const header = r.redact(transfer("facebook", { headers: [["authorization", `Bearer ${token}`]] }));
      expect(header.ok && header.transfer.headers).toEqual([
        ["authorization", "Bearer [redacted:contact.phone]"],
      ]);
    }
    // near miss: a token with ordinary claims and header stays byte for byte
    const clean = hs256({ scope: "read", ...TIMES }, { alg: "HS256", kid: "2026-11-rotation-3" });
    const kept = r.redact(transfer("facebook", { headers: [["authorization", `Bearer ${clean}`]] }));
    expect(kept.ok && kept.transfer.headers).toEqual([["authorization", `Bearer ${clean}`]]);
  });

  it("refuses a transfer whose URL path holds it, as one whose payload has personal data", () => {
    const kid = hs256({ scope: "read" }, { alg: "HS256", kid: "leak@example.org" });
    const refused = r.redact({ ...transfer("aliyun"), path: `/session/${kid}` });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: "personal_data_in_path",
      location: "path:[1]",
    });
    const clean = hs256({ scope: "read" }, { alg: "HS256", kid: "2026-11-rotation-3" });
    expect(r.redact({ ...transfer("aliyun"), path: `/session/${clean}` }).ok).toBe(true);
  });

  it("is written back without them when unsecured; ordinary headers stay", () => {
    const header = { alg: "none", kid: "leak@example.org" };
    const claims = { scope: "read", exp: 1 };
    expect(tokenAfter(`${b64url(header)}.${b64url(claims)}.`, "aliyun")).toBe(
      `${b64url({ alg: "none" })}.${b64url(claims)}.`,
    );
    // near misses: key ids, thumbprints, a DPoP proof's public key, a certificate URL
    for (const head of [
      { alg: "RS256", kid: "2026-11-rotation-3", typ: "JWT" },
      { alg: "ES256", kid: "kago-prod-1", x5t: "NjVBRjY5MDlCMUIwNzU4RTA2QzZFMDQ4QzQ2MDAyQjVDNjk1RTM2Qg" },
      {
        alg: "ES256",
        typ: "dpop+jwt",
        jwk: {
          kty: "EC",
          crv: "P-256",
          x: "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs",
          y: "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA",
        },
      },
      { alg: "RS256", jku: "https://auth.kago.example/.well-known/jwks.json", cty: "JWT" },
    ]) {
      const token = hs256({ scope: "read", ...TIMES }, head);
      expect(tokenAfter(token, "aliyun")).toBe(token);
    }
  });
});
