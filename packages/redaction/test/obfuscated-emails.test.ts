/**
 * E-mail addresses spelt out to slip past filters (`erik [at] example [dot] org`, `erik at gmail
 * dot com`, `zhangsan#163.com`, `zhangsan艾特qq点com`): found when the `at` is bracketed, the `dot`
 * spelt out, the provider known or the Chinese words used; not in plain sentences.
 */
import { describe, expect, it } from "vitest";
import { findObfuscatedEmails } from "../src/obfuscated-emails.js";
import { bodyOf, findingsOf, redactedMessage, redactJsonBody, redactorWith } from "./helpers.js";

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

  it("reads a plain at before a spelt-out dot and a common top-level domain", () => {
    expect(found("mail erik at gmail dot com or ERIK.S AT MAIL DOT EXAMPLE DOT NO")).toEqual([
      "erik at gmail dot com",
      "ERIK.S AT MAIL DOT EXAMPLE DOT NO",
    ]);
    expect(found("astrid at mail.example dot org.")).toEqual(["astrid at mail.example dot org"]);
    // a local part spelt out too (session 13)
    expect(found("my email is jane dot doe at gmail dot com; jane underscore doe at outlook.com")).toEqual([
      "jane dot doe at gmail dot com",
      "jane underscore doe at outlook.com",
    ]);
    expect(found("connect the dot at the end dot com")).toEqual([]);
  });

  it("reads a plain at or a # before a mailbox provider's domain", () => {
    expect(found("erik at gmail.com, zhangsan#163.com; li_wei#qq.com.cn")).toEqual([
      "erik at gmail.com",
      "zhangsan#163.com",
      "li_wei#qq.com.cn",
    ]);
  });

  it("reads the Chinese at and dot", () => {
    expect(found("邮箱zhangsan艾特qq点com，或者lisi艾特163.com")).toEqual([
      "zhangsan艾特qq点com",
      "lisi艾特163.com",
    ]);
    expect(found("发到wangwu@163点com")).toEqual(["wangwu@163点com"]);
  });

  it("reads an @ written loosely: spaced, small, before Chinese or spaced dots, before a bare provider", () => {
    expect(found("mail erik @ example . org, ana@ example.org; li ＠example.net")).toEqual([
      "erik @ example . org",
      "ana@ example.org",
      "li ＠example.net",
    ]);
    expect(found("erik﹫example.org 或 erik@example。com")).toEqual([
      "erik﹫example.org",
      "erik@example。com",
    ]);
    expect(found("邮箱12345678@qq谢谢, or erik@gmail please")).toEqual(["12345678@qq", "erik@gmail"]);
  });

  it("reads an address spelt one character at a time", () => {
    expect(found("e r i k @ g m a i l . c o m")).toEqual(["e r i k @ g m a i l . c o m"]);
    expect(found("mail me: e r i k . b e r g @ e x a m p l e . o r g thanks")).toEqual([
      "e r i k . b e r g @ e x a m p l e . o r g",
    ]);
    expect(found("加我 1 2 3 4 5 ＠ q q . c o m")).toEqual(["1 2 3 4 5 ＠ q q . c o m"]);
    // spaced characters that are no address: no top-level domain, or not standing alone
    for (const text of [
      "a b @ c d",
      "x @ y . z",
      "e r i k @ e x a m p l e . m u s e u m",
      "ab c @ d e . c o m x y",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("leaves an ordinary address to the e-mail finder, and an @ that names no address alone", () => {
    for (const text of [
      "mail erik@example.org",
      "erik@example.org。谢谢",
      "meet me @ 5pm",
      "@ all hello",
      "cost 5 @ 3.50 each",
      "hi @qqbot",
      "erik@qq.com",
      "erik @ example . museum",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("does not read plain words, other symbols or half an address", () => {
    for (const text of [
      "meet erik at example.org", // a plain at before an unknown domain: `look at example.org`
      "look at the dot product",
      "erik at example dot museum", // not a top-level domain read after a spelt-out dot
      "issue#164.com",
      "zhangsan#example.com",
      "erik [at] localhost",
      "erik [at] example [dot] 42",
      "一点点com",
      "erik@163.com点", // a real address is the e-mail finder's
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

  it("replaces the plain-word and Chinese spellings in a chat message", () => {
    const r = redactorWith();
    expect(redactedMessage(r, "mail erik at gmail dot com thanks", "tencent")).toBe(
      "mail [redacted:contact.email] thanks",
    );
    const out = redactedMessage(r, "邮箱zhangsan艾特qq点com，谢谢", "tencent");
    expect(out).toBe("邮箱[redacted:contact.email]，谢谢");
    expect(redactedMessage(r, "mail erik @ example . org or 12345678@qq", "tencent")).toBe(
      "mail [redacted:contact.email] or [redacted:contact.email]",
    );
    expect(redactedMessage(r, out, "tencent")).toBe(out);
  });
});
