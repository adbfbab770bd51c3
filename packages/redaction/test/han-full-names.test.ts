import { describe, expect, it } from "vitest";
import { isHanFullName, isSurnameLedHan } from "../src/han-full-names.js";

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

describe("a surname first, read loosely under a broad Name label (session 20)", () => {
  it.each(["周迅", "莫言", "任正非", "欧阳娜娜", "章子怡", "霍建华", "关晓彤", "金币", "周卡"])(
    "reads %s",
    (value) => {
      expect(isSurnameLedHan(value)).toBe(true);
    },
  );

  // a less common surname before a rarer character is an accepted miss: 巩俐
  it.each([
    "玫瑰",
    "迪丽热巴",
    "黄金",
    "王者",
    "上次",
    "关注",
    "华为",
    "王者荣耀礼包",
    "王",
    "周迅a",
    "巩俐",
  ])("keeps %s", (value) => {
    expect(isSurnameLedHan(value)).toBe(false);
  });
});
