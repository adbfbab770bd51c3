import { createHmac } from "node:crypto";
import { OPERATORS, type OperatorInput } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { redactJsonBody, redactorWith, SECRET, transfer } from "./helpers.js";

const digest = (data: string) => createHmac("sha256", SECRET).update(data).digest();
const input = (value: string, extra: Partial<OperatorInput> = {}): OperatorInput => ({
  value,
  isNumber: false,
  category: "network.ip_address",
  params: undefined,
  digest,
  ...extra,
});

describe("operators", () => {
  it("drop", () => expect(OPERATORS.drop.apply(input("x"))).toEqual({ kind: "drop" }));
  it("mask: same length, keepLast; numbers unsupported", () => {
    expect(OPERATORS.mask.apply(input("secret"))).toEqual({
      kind: "replace",
      value: "******",
      isNumber: false,
    });
    expect(OPERATORS.mask.apply(input("secret", { params: { keepLast: 2 } }))).toMatchObject({
      value: "****et",
    });
    expect(OPERATORS.mask.apply(input("12", { isNumber: true }))).toEqual({ kind: "unsupported" });
  });
  it("hash: keyed (HMAC), not a bare SHA-256, stable", () => {
    const a = OPERATORS.hash.apply(input("+447700900417"));
    const bare = createHmac("sha256", "").update("+447700900417").digest("hex");
    expect(a).toEqual(OPERATORS.hash.apply(input("+447700900417")));
    expect(a.kind === "replace" && a.value).toMatch(/^[0-9a-f]{64}$/);
    expect(a.kind === "replace" && a.value).not.toBe(bare);
    const other = createHmac("sha256", "another-secret-0123456789").update("x").digest();
    expect(OPERATORS.hash.apply(input("x", { digest: () => other }))).not.toEqual(
      OPERATORS.hash.apply(input("x")),
    );
  });
  it.each([
    ["192.0.2.44", "192.0.2.0"],
    ["203.0.113.255", "203.0.113.0"],
    ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::"],
    ["2001:db8::1", "2001:db8::"],
    ["fe80::1%eth0", "fe80::"],
  ])("truncate %s -> %s", (ip, out) => {
    expect(OPERATORS.truncate.apply(input(ip))).toEqual({ kind: "replace", value: out, isNumber: false });
  });
  it("truncate: not an IP -> unsupported", () => {
    expect(OPERATORS.truncate.apply(input("kago_30417"))).toEqual({ kind: "unsupported" });
  });
  it.each([
    ["19941102", true, "1994"],
    ["1994-11-02", false, "1994"],
    ["02/11/1994", false, "1994"],
  ])("generalize %s -> %s", (value, isNumber, year) => {
    expect(OPERATORS.generalize.apply(input(value, { isNumber }))).toEqual({
      kind: "replace",
      value: year,
      isNumber,
    });
  });
  it("generalize: not a date -> unsupported", () => {
    expect(OPERATORS.generalize.apply(input("19941340"))).toEqual({ kind: "unsupported" });
  });
  it("pseudonymize: psn_ + 26 base32, stable per category and value", () => {
    const a = OPERATORS.pseudonymize.apply(input("kago_30417", { category: "account.id" }));
    expect(a.kind === "replace" && a.value).toMatch(/^psn_[a-z2-7]{26}$/);
    expect(OPERATORS.pseudonymize.apply(input("kago_30417", { category: "account.id" }))).toEqual(a);
    expect(OPERATORS.pseudonymize.apply(input("kago_30418", { category: "account.id" }))).not.toEqual(a);
  });
});

describe("operators inside the engine", () => {
  const r = redactorWith({
    "network.ip_address": { operator: "truncate" },
    "account.profile.birthday": { operator: "generalize" },
    "account.id": { operator: "pseudonymize" },
    "contact.email": { operator: "hash" },
    "account.profile.name": { operator: "mask" },
  });
  it("applies each in place and keeps the JSON type where it can", () => {
    const res = redactJsonBody(
      r,
      "facebook",
      '{"ip":"192.0.2.44","db":19941102,"birthday":"1994-11-02","user_id":"kago_30417","em":"a@b.org","name":"Ingrid"}',
    );
    expect(res.ok).toBe(true);
    const out = JSON.parse(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : "null");
    expect(out.ip).toBe("192.0.2.0");
    expect(out.db).toBe(1994);
    expect(out.birthday).toBe("1994");
    expect(out.user_id).toMatch(/^psn_/);
    expect(out.em).toMatch(/^[0-9a-f]{64}$/);
    expect(out.name).toBe("******");
  });
  it("falls back to drop where the operator cannot apply, and says so", () => {
    const res = redactJsonBody(r, "facebook", '{"ip":"not-an-ip","k":1}');
    expect(res.ok && res.transfer.body).toEqual({ kind: "json", text: '{"k":1}' });
    expect(res.ok && res.report.findings[0]).toEqual({
      location: "body:ip",
      category: "network.ip_address",
      action: "drop",
      detector: "key",
      fallbackFrom: "truncate",
    });
  });
  it("truncates each address of X-Forwarded-For", () => {
    const res = r.redact(
      transfer("facebook", { headers: [["x-forwarded-for", "192.0.2.44, 198.51.100.7"]] }),
    );
    expect(res.ok && res.transfer.headers).toEqual([["x-forwarded-for", "192.0.2.0, 198.51.100.0"]]);
  });
});
