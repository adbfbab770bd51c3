/**
 * Chinese street addresses in prose (`src/chinese-addresses.ts`): a road and its door number,
 * with the divisions before them and the premises after, and the text around them kept.
 */
import { describe, expect, it } from "vitest";
import { findChineseAddresses } from "../src/chinese-addresses.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const addresses = (text: string) => (findChineseAddresses(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("findChineseAddresses", () => {
  it("takes the divisions, the road, the door number and the premises, not the words before", () => {
    expect(addresses("我在北京市朝阳区建国路88号")).toEqual(["北京市朝阳区建国路88号"]);
    expect(addresses("送到上海市浦东新区世纪大道100号3栋2单元501室，谢谢")).toEqual([
      "上海市浦东新区世纪大道100号3栋2单元501室",
    ]);
    expect(addresses("寄到杭州市西湖区文三路478号和南京西路1-2号")).toEqual([
      "杭州市西湖区文三路478号",
      "南京西路1-2号",
    ]);
    expect(addresses("住在东城区东四十条胡同12号")).toEqual(["东城区东四十条胡同12号"]);
  });
  it("takes a door number in numerals or spaced, and a compound's building, unit and room", () => {
    expect(addresses("送到北京市朝阳区建国路八十八号")).toEqual(["北京市朝阳区建国路八十八号"]);
    expect(addresses("收货地址 上海市徐汇区漕溪北路 88 号")).toEqual(["上海市徐汇区漕溪北路 88 号"]);
    expect(addresses("我住在阳光小区3栋2单元501，来吧")).toEqual(["阳光小区3栋2单元501"]);
    expect(addresses("我住在阳光花园3号楼2单元501室")).toEqual(["阳光花园3号楼2单元501室"]);
    expect(addresses("在万科城市花园A座12层")).toEqual(["万科城市花园A座12层"]);
  });
  it("takes what a writer says after 我住在, 家住 or 住址 to the clause's end, not where without an address (session 13)", () => {
    expect(addresses("我住在朝阳区望京SOHO T1 2501，明天见")).toEqual(["朝阳区望京SOHO T1 2501"]);
    expect(addresses("家住杭州市西湖区文三路。住址：深圳市南山区科技园")).toEqual([
      "杭州市西湖区文三路",
      "深圳市南山区科技园",
    ]);
    expect(addresses("我家住在北京市海淀区中关村南大街5号院3号楼")).toEqual([
      "北京市海淀区中关村南大街5号院3号楼",
    ]);
    for (const text of ["我住在附近", "我住在学校宿舍", "我住在这里很久了", "他们住在一起"]) {
      expect(addresses(text), text).toEqual([]);
    }
  });

  it("takes a road's section, a building and unit without a road, and 我的地址 (session 13)", () => {
    expect(addresses("成都市武侯区人民南路四段12号，台北市信义区信义路五段7号")).toEqual([
      "成都市武侯区人民南路四段12号",
      "台北市信义区信义路五段7号",
    ]);
    expect(addresses("北京市朝阳区花家地北里3号楼2单元501")).toEqual(["北京市朝阳区花家地北里3号楼2单元501"]);
    expect(addresses("我的地址是：朝阳区望京SOHO T1 2501")).toEqual(["朝阳区望京SOHO T1 2501"]);
    expect(addresses("我的地址不对，3号楼在哪")).toEqual([]);
  });

  it("does not take a metro line, a compound without a building, or a bare number without a unit", () => {
    expect(addresses("坐地铁三号线到人民路")).toEqual([]);
    expect(addresses("中山路2号线换乘")).toEqual([]);
    expect(addresses("阳光小区很漂亮，3栋楼")).toEqual([]);
    expect(addresses("建国路88号2024年开业")).toEqual(["建国路88号"]);
  });
  it("does not take a road without a door number, a measure word or a date", () => {
    expect(addresses("明天去中山路吃饭")).toEqual([]);
    expect(addresses("这道3号题不会")).toEqual([]);
    expect(addresses("我3号在店里")).toEqual([]);
    expect(addresses("路88号")).toEqual([]);
  });
});

describe("Chinese street addresses in a transfer", () => {
  it("are cut out of a chat message, and redacting twice equals once", () => {
    const r = redactorWith();
    const out = redactedMessage(r, "麻烦送到上海市浦东新区世纪大道100号，谢谢", "tencent");
    expect(out).toBe("麻烦送到[redacted:contact.address]，谢谢");
    expect(redactedMessage(r, out, "tencent")).toBe(out);
  });
});
