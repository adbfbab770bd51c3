/**
 * China mobiles typed with letters that look like digits (`src/lookalike-numbers.ts`): `O` for 0,
 * `l` or `I` for 1, to get a number past a filter that looks for eleven digits.
 */
import { describe, expect, it } from "vitest";
import { findLookalikeNumbers } from "../src/lookalike-numbers.js";
import { phoneTokenOf, redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "tencent");
const PHONE = "[redacted:contact.phone]";

describe("China mobiles typed with look-alike letters", () => {
  it.each([
    ["加我 13800l38OOO", `加我 ${PHONE}`],
    ["电话 l38 0013 8OOO，谢谢", `电话 ${PHONE}，谢谢`],
    ["call I3800138000 now", `call ${PHONE} now`],
    ["138-OO13-8OOO", PHONE],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
    expect(said(expected)).toBe(expected);
  });

  it.each([
    "lIlIlIlIlIl", // no real digit: letters
    "13800138000x", // glued to a letter
    "lOOOOOOOOOO", // not a China mobile
    "138OOl38OOO and lOl", // five real digits only
    "version 1.0l and 1O points",
  ])("%s names no number", (text) => {
    expect(findLookalikeNumbers(text)).toBeNull();
  });

  it("keys the number by its digits, so a pseudonym is the same however it was written", () => {
    expect(phoneTokenOf("13800l38OOO")).toBe(phoneTokenOf("13800138000"));
  });
});
