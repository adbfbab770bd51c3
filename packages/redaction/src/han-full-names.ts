/**
 * A Chinese person's full name as a whole value (session 20): `张伟`, `王秀英`, `欧阳娜娜`, read
 * where a key or a label says "name" but the value may as well be a thing's (an item's `name` beside
 * its `sku`, a table's column labelled `Name`). A red team's round 9 (A6) found `张伟` and `王秀英`
 * passing there: a gift's two ideographs (`玫瑰`, `火箭`) have the same shape.
 *
 * The reading: one of the hundred commonest surnames (a compound one whole: `欧阳`; the list of
 * `introduced-names.ts`), then one or two ideographs that are each among the commonest characters
 * of given names ({@link GIVEN_NAME_CHARACTERS}), and not a common word that starts with a
 * surname's character (`黄金`, `金牌`, `汤圆`: `NOT_NAMES` there). Measured on 483 gift and product
 * names written to start with a surname's character as often as possible (`金币`, `王冠`,
 * `康乃馨`, `马卡龙`, `王者荣耀礼包`): a surname and one or two ideographs alone takes 197 of them;
 * with the given names' characters 13 (`杨梅`, `金刚`, `高达`, `丁香`, `李子`; some are persons'
 * names too: `黎明`), and 250 of 320 persons' names (every one of the common ones, `张伟`, `李娜`,
 * `王秀英`, `张子涵`; not given names of rarer characters, `周迅`, `巩俐`, `莫言`): an accepted miss.
 *
 * Session 20 (a table's column labelled `Name`, a search filter's `name` field): there a value
 * goes unless it reads as a thing's, so a looser reading ({@link isSurnameLedHan}) takes any one or
 * two ideographs after a common surname (`周迅`, `莫言`), and a given name's characters after a
 * less common surname too (`章子怡`, `霍建华`, `关晓彤`); what marks a thing's name there
 * (`金币`, `周卡`, `黄金会员`) is read by `thing-name-shapes.ts`.
 */
import { surnameLengthAt, NOT_NAMES as WORDS_AFTER_SURNAME } from "./introduced-names.js";
import { isIdeographCode } from "./scripts.js";

/**
 * The commonest characters of Chinese given names, men's and women's, older (`秀英`, `桂兰`,
 * `建国`) and newer (`梓涵`, `浩然`, `一诺`). Not characters that mostly end a thing's name
 * (`山`, `花`, `石`, `酒`, `卡`, `币`).
 */
const GIVEN_NAME_CHARACTERS: ReadonlySet<string> = new Set(
  [
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国峰亮成志东海文博阳晨昊然",
    "轩涵子梓睿泽宸皓铭哲天毅荣德福生祥庆胜兵武利民忠义仁安康乐和新永长立正世光春晓宏辰逸航翔",
    "鸿瑞琦彬坤冬锋剑钢亚清伦松柏青森川江峻云雷霆晖煜炜烨灿耀琛瑜瑾璇玮珂君贤良彦诚信达奇坚豪",
    "迪敏捷芳娜秀英静丽艳娟霞兰桂玲红梅欣佳怡婷雪慧莉萍燕琳晶丹倩颖露瑶璐淑珍凤芬玉翠琴洁诗雨",
    "可馨悦琪嘉思依若彤晗萱妍语熙昕蕾薇菲蓉芸婉娇媛妮姗娴萌茜岚瑛琼莹美香月秋冰爱蓓贞惠一小家",
    "振梦墨诺桐汐曦冉沫霖朗笑舒心蕊婧祎凡源颖鹤鸣远骏腾跃越学",
  ]
    .join("")
    .split(""),
);

/** The most ideographs of a full name: a compound surname and two of a given name. */
const LONGEST = 4;

/** True when `s` is a Chinese person's full name as the module comment reads one. */
export function isHanFullName(s: string): boolean {
  if (s.length < 2 || s.length > LONGEST) return false;
  const surname = surnameLengthAt(s, 0);
  const given = s.length - surname;
  if (surname === 0 || given < 1 || given > 2 || WORDS_AFTER_SURNAME.has(s.slice(0, 2))) return false;
  for (let k = surname; k < s.length; k++) if (!GIVEN_NAME_CHARACTERS.has(s.charAt(k))) return false;
  return true;
}

/**
 * Surnames past the hundred commonest of `introduced-names.ts`, read only before a given name's
 * characters ({@link GIVEN_NAME_CHARACTERS}): `章子怡`, `霍建华`, `关晓彤`, `鹿晗`, `靳东`, `华晨宇`.
 * Several start common words too (`关注`, `华为`, `包装`), which the given names' characters keep apart.
 */
const LESS_COMMON_SURNAMES: ReadonlySet<string> = new Set(
  "章关华霍鹿靳鞠巩舒殷柯管祝左涂谷岳甘卓蓝屈焦鲁游辛阎单洪包詹申翟裴聂耿骆邬穆湛柴宁房滕尚萧".split(""),
);

/**
 * True when `s` (two to four ideographs) starts like a Chinese person's full name, read more
 * loosely than {@link isHanFullName} for a value whose label names a thing's field as often as a
 * person's (session 20): a common surname (a compound one whole) and any one or two ideographs, not
 * a common word that starts with a surname's character (`黄金`, `王者`); or a less common surname
 * ({@link LESS_COMMON_SURNAMES}) and one or two of a given name's characters. A thing's name of
 * that shape (`金币`, `周卡`) is told apart by the caller.
 */
export function isSurnameLedHan(s: string): boolean {
  if (s.length < 2 || s.length > LONGEST) return false;
  for (let k = 0; k < s.length; k++) if (!isIdeographCode(s.charCodeAt(k))) return false;
  const surname = surnameLengthAt(s, 0);
  if (surname > 0) {
    const given = s.length - surname;
    return given >= 1 && given <= 2 && !WORDS_AFTER_SURNAME.has(s.slice(0, 2));
  }
  if (s.length > 3 || !LESS_COMMON_SURNAMES.has(s.charAt(0))) return false;
  for (let k = 1; k < s.length; k++) if (!GIVEN_NAME_CHARACTERS.has(s.charAt(k))) return false;
  return true;
}
