import { describe, expect, it } from "vitest";
import { isHanFullName } from "../src/han-full-names.js";

describe("a Chinese full name as a whole value (session 20, red team round 9 A6)", () => {
  it.each(["张伟", "王芳", "李娜", "王秀英", "刘浩然", "张子涵", "欧阳娜娜", "诸葛亮"])(
    "reads %s",
    (name) => {
      expect(isHanFullName(name)).toBe(true);
    },
  );

  it.each([
    // gifts and products, those starting with a surname's character too
    "玫瑰",
    "火箭",
    "跑车",
    "小熊",
    "王者荣耀礼包",
    "金币",
    "王冠",
    "黄金",
    "康乃馨",
    "马卡龙",
    "周卡",
    "金牌",
    "文静",
    "安静",
    // a compound surname's first character alone, a surname alone, too long, no ideographs
    "上次",
    "司机",
    "王",
    "欧阳娜娜娜",
    "Astrid",
  ])("keeps %s", (name) => {
    expect(isHanFullName(name)).toBe(false);
  });
});
