/**
 * `key=value` parameters after a `;` (session 16, a red-team probe): in a path segment (matrix
 * parameters, `;jsessionid=`, which servlet containers read) and in a query or form value
 * (`access_token=T;ph=4741234567`, which frameworks that split at `;` read as a pair of its own),
 * a phone number without `+`, an account id and a session id reached facebook, where the same
 * after `&` were removed. A `;` that starts no such parameter, or one the key table does not
 * name, leaves the bytes as they came.
 */
import { REDACTION_ERRORS, type Transfer } from "@kago/redaction";
import { describe, expect, it } from "vitest";
import { semicolonParameters } from "../src/semicolon-parameters.js";
import { findingsOf, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const PHONE = "4741234567"; // no `+`: a phone number only by its key

function at(recipient: string, path: string, query = ""): Transfer {
  return { recipient, method: "POST", path, query, headers: [], body: { kind: "none" } };
}

describe("reading `;` parameters", () => {
  it("finds `;key=value` up to the next `;`, the end, or where a URL's next part starts", () => {
    const read = (text: string) =>
      semicolonParameters(text).map((p) => [p.rawKey, p.rawValue, p.start, p.end]);
    expect(read(`T;ph=${PHONE}`)).toEqual([["ph", PHONE, 1, 15]]);
    expect(read("1;a=1;b=%32")).toEqual([
      ["a", "1", 1, 5],
      ["b", "%32", 5, 11],
    ]);
    expect(read("https://x/cb;jsessionid=5F0C?x=1")).toEqual([["jsessionid", "5F0C", 12, 28]]);
  });

  it("reads no parameter in text that only has a `;`, in JSON or in a sentence", () => {
    for (const text of ["a=1;2", "1;x", '{"a":"x;phone=1"}', "hello; phone=1", "a;phone =1", "x;=1", "plain"])
      expect(semicolonParameters(text), text).toEqual([]);
  });
});

describe("`;` parameters in a query or form value", () => {
  it.each([
    [`access_token=T;ph=${PHONE}`, "access_token=T", "query:ph", "contact.phone"],
    [`a=1;phone=${PHONE};b=2`, "a=1;b=2", "query:phone", "contact.phone"],
    [`a=1;uid=kago_30417`, "a=1", "query:uid", "account.id"],
    [
      `cb=https%3A%2F%2Fx%2Fc;jsessionid=5F0C2C1E9A?x=1`,
      "cb=https%3A%2F%2Fx%2Fc?x=1",
      "query:jsessionid",
      "cookie",
    ],
    [`a;uid=kago_30417&b=1`, "b=1", "query:a;uid", "account.id"],
    [`a=;phone2=${PHONE}`, "a=", "query:phone2", "contact.phone"],
  ])("%s becomes %s (facebook)", (query, sent, location, category) => {
    const res = r.redact(transfer("facebook", { query }));
    expect(res.ok && res.transfer.query).toBe(sent);
    expect(findingsOf(res)).toContainEqual([location, category, "drop", "key"]);
  });

  it("never names a parameter whose key is itself personal data, in a location or elsewhere", () => {
    const res = r.redact(transfer("facebook", { query: `a=1;phone%2B4915112345678=${PHONE}&b=2` }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(JSON.stringify(res.report)).not.toMatch(/4915/);
  });

  it("removes a parameter from a form value the same way", () => {
    const res = r.redact(
      transfer("facebook", { body: { kind: "form", text: `event=CUSTOM_APP_EVENTS;ph=${PHONE}&n=1` } }),
    );
    expect(res.ok && res.transfer.body).toEqual({ kind: "form", text: "event=CUSTOM_APP_EVENTS&n=1" });
  });

  it("keeps a parameter the recipient may receive: tencent gets account ids", () => {
    const query = "a=1;uid=kago_30417";
    const res = r.redact(transfer("tencent", { query }));
    expect(res.ok && res.transfer.query).toBe(query);
    expect(findingsOf(res)).toContainEqual(["query:uid", "account.id", "keep", "key"]);
  });

  it("keeps values with a `;` that names nothing byte for byte", () => {
    for (const query of [
      "a=1;2",
      "ct=text%2Fplain;charset=utf-8",
      "ct=text/plain;charset=utf-8",
      "q=x;md5=d41d8cd98f00b204;v=2",
      "style=a:1;b:2",
      "m=hi;+there;+bye",
      "n=1;name=events",
      "s=x;state=closed",
      "sql=select+1;phone_count=3",
      "x=1;phone=",
    ]) {
      const t = transfer("facebook", { query });
      const res = r.redact(t);
      expect(res.ok && res.transfer, query).toBe(t);
    }
  });
});

describe("matrix parameters in a path segment", () => {
  it.each([
    [`/v21.0/1;phone=${PHONE}/events`, "path:[1]"],
    ["/v21.0/1/events;uid=kago_30417", "path:[2]"],
    ["/v21.0/1/events;jsessionid=5F0C2C1E9A", "path:[2]"],
    ["/v21.0/1/events;a=1;PHPSESSID=5F0C2C1E9A", "path:[2]"],
    [`/v21.0/1;phone%32=${PHONE}/events`, "path:[1]"],
  ])("%s is refused at %s, without the value", (path, location) => {
    const res = r.redact(at("facebook", path));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toEqual({
      code: "personal_data_in_path",
      status: 400,
      message: REDACTION_ERRORS.personal_data_in_path.message,
      location,
    });
    expect(JSON.stringify(res.error)).not.toMatch(/4741|kago_|5F0C/);
  });

  it("lets a permitted one through and reports it at its segment", () => {
    const t = at("tencent", "/v4/openim;uid=kago_30417/sendmsg");
    const res = r.redact(t);
    expect(res.ok && res.transfer).toBe(t);
    expect(findingsOf(res)).toEqual([["path:[1]", "account.id", "keep", "key"]]);
  });

  it("keeps segments with a `;` that names nothing", () => {
    for (const path of [
      "/v21.0/1;v=2/events",
      "/v21.0/1;x/events",
      "/v21.0/a;b;c/events",
      "/v21.0/1/events;name=events",
      "/v21.0/1/events;phone=",
      "/v21.0/1/events;%ZZ=1",
    ]) {
      const res = r.redact(at("facebook", path));
      expect(res.ok, path).toBe(true);
      if (res.ok) expect(res.report.findings, path).toEqual([]);
    }
  });
});
