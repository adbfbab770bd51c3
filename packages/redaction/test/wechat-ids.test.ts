/**
 * WeChat's internal account ids written bare (session 17, a red team's round 6 F11): removed as
 * a messenger account wherever free text carries them; a field named after them stays.
 */
import { describe, expect, it } from "vitest";
import { findWechatIds } from "../src/wechat-ids.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const found = (text: string) => (findWechatIds(text) ?? []).map(([a, b, c]) => [text.slice(a, b), c]);

describe("bare WeChat ids", () => {
  it("are found in text, glued to CJK or standing alone", () => {
    expect(found("加我 wxid_astrid90 谢谢")).toEqual([["wxid_astrid90", "contact.messenger"]]);
    expect(found("加我wxid_4k7m2p9x1q22，谢谢")).toEqual([["wxid_4k7m2p9x1q22", "contact.messenger"]]);
    expect(found("from=wxid_k7m2-p9x1 to=wxid_z9y8x7w6")).toEqual([
      ["wxid_k7m2-p9x1", "contact.messenger"],
      ["wxid_z9y8x7w6", "contact.messenger"],
    ]);
  });

  it("leave a field or column named after them, a short or digit-less run, a glued word", () => {
    for (const text of [
      "add wxid_field to the table",
      "wxid_list",
      "wxid_astridsolberg",
      "wxid_ab1",
      "my_wxid_4k7m2p9x1q22",
      "WXID_4K7M2P9X1Q22",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("are removed from a message for a recipient that may not receive messenger accounts", () => {
    expect(redactedMessage(r, "加我 wxid_astrid90 谢谢", "facebook")).toBe(
      "加我 [redacted:contact.messenger] 谢谢",
    );
    expect(redactedMessage(r, "add wxid_field to the table", "facebook")).toBe("add wxid_field to the table");
  });
});
