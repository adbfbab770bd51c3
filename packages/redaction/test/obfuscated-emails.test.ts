/**
 * E-mail addresses spelt out to slip past filters (`erik [at] example [dot] org`): found when the
 * `at` is bracketed, not in plain sentences.
 */
import { describe, expect, it } from "vitest";
import { findObfuscatedEmails } from "../src/obfuscated-emails.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith } from "./helpers.js";

const found = (text: string) => (findObfuscatedEmails(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findObfuscatedEmails", () => {
  it("reads a bracketed at, and a bracketed dot or a plain one, in any case and spacing", () => {
    expect(
      found("write erik [at] example [dot] org, or ERIK.S(AT)MAIL.EXAMPLE.CO.UK; ana{at}example.org!"),
    ).toEqual(["erik [at] example [dot] org", "ERIK.S(AT)MAIL.EXAMPLE.CO.UK", "ana{at}example.org"]);
    expect(found("mail <at> x: li_wei < at > example ( dot ) cn")).toEqual([
      "li_wei < at > example ( dot ) cn",
    ]);
  });

  it("does not read plain words, other symbols or half an address", () => {
    for (const text of [
      "meet erik at example dot org", // plain words: too many sentences have this shape
      "zhangsan#163.com",
      "erik [at] localhost",
      "erik [at] example [dot] 42",
    ])
      expect(found(text), text).toEqual([]);
    // any word before the bracket is a local part: over-redaction, as for a plain address
    expect(found("see [at] example.org")).toEqual(["see [at] example.org"]);
  });
});

describe("obfuscated addresses in a transfer (aliyun may not get e-mail addresses)", () => {
  it("replaces the whole spelt-out address in a string that holds nothing else a finder reads", () => {
    const r = redactorWith();
    const res = redactJsonBody(
      r,
      "aliyun",
      JSON.stringify({ message: "reach me at erik [at] example [dot] org thanks" }),
    );
    expect(JSON.parse(bodyOf(res)).message).toBe("reach me at [redacted:contact.email] thanks");
    expect(findingsOf(res)).toEqual([["body:message~text", "contact.email", "drop", "text"]]);
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });
});
