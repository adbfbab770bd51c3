import { describe, expect, it } from "vitest";
import { findDeviceOwnerNames } from "../src/device-owner-names.js";
import { redactedMessage, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const owners = (text: string) => (findDeviceOwnerNames(text) ?? []).map(([s, e]) => text.slice(s, e));

describe("the owner's name in a device's name (session 16)", () => {
  it.each([
    ["Astrid's iPhone", ["Astrid"]],
    ["Astrid’s MacBook Pro", ["Astrid"]],
    ["Astrid Solberg's iPhone", ["Astrid Solberg"]],
    ["Astrids iPhone", ["Astrids"]],
    ["Søren's Galaxy S23", ["Søren"]],
    ["Hans' iPad", ["Hans"]],
    ["iPhone von Astrid", ["Astrid"]],
    ["iPhone de José María", ["José María"]],
    ["张三的iPhone", ["张三"]],
    ["device Astrid Solberg's iPhone connected", ["Astrid Solberg"]],
    ["Yesterday Astrid's iPhone synced", ["Astrid"]],
    ["Astrid's Apple Watch and Erik's AirPods", ["Astrid", "Erik"]],
    ["Annie's Mac", ["Annie"]],
    ["Jordan's iPhone", ["Jordan"]],
    // session 18 (red team round 7, R12): the Turkish genitive, listed name or not
    ["Ayşe'nin iPhone'u", ["Ayşe"]],
    ["Mehmet'in iPad'i", ["Mehmet"]],
    ["Oğuz'un MacBook'u", ["Oğuz"]],
    ["Kago/2.8.1 (Ayşe Yılmaz'ın iPhone'u; iOS 17)", ["Ayşe Yılmaz"]],
    // session 19 (red team round 7, R12's rest): Cyrillic names with no possessive; a Latin
    // given name before 的
    ["Kago/2.8.1 (Иван Петров iPhone; iOS 17)", ["Иван Петров"]],
    ["Kago/2.8.1 (Иван iPhone; iOS 17)", ["Иван"]],
    ["Петров Иван iPad", ["Петров Иван"]],
    ["Маша Apple Watch", ["Маша"]],
    ["Олександр Шевченко Galaxy S23", ["Олександр Шевченко"]],
    ["Kago/2.8.1 (Astrid的iPhone; 13812345678)", ["Astrid"]],
  ])("%s: %j", (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });

  it.each([
    "iPhone 15 Pro",
    "Galaxy S23 Ultra",
    "Apple's iPhone",
    "Google's Pixel 8",
    "Today's iPhone deals",
    "This iPhone is locked",
    "Phone Cases iPhone 15",
    "Moms iPad",
    "Mom's iPad",
    "the company's iPhone",
    "苹果的iPhone",
    "Pixel von Google",
    "Mac de Apple",
    "Read the Galaxy Guide",
    // a red team's round 5: capitalised words that are no given name (session 16)
    "Women's Apple Watch band",
    "Womens Pixel Watch band",
    "Christmas iPad deals",
    "China's iPhone sales",
    "Engadget's Pixel 9 review",
    "Costco's iPad Pro",
    "Macy's Galaxy sale",
    "Siri's iPhone",
    "Annie's Mac and Cheese",
    "Guardians Galaxy poster",
    "iPhone de Paris",
    // the Turkish genitive of a maker, a country, a city (session 18)
    "Apple'ın iPhone'u",
    "Samsung'un Galaxy S24'ü",
    "Türkiye'nin iPhone pazarı",
    "İstanbul'un iPhone mağazaları",
    "ayşe'nin iPhone'u", // no capital
    // Cyrillic words before a device word that are nobody's name, names that are words, a model
    // in a Russian user agent, a maker before 的 (session 19)
    "Купить iPhone 15 недорого",
    "Новый iPhone 15 Pro",
    "Найти iPhone",
    "Обзор Galaxy S23 Ultra",
    "Чехол Силиконовый iPhone 13",
    "Москва iPhone",
    "Вера iPhone",
    "Роман iPhone",
    "у Ивана iPhone",
    "Mozilla/5.0 (Linux; Android 14; Redmi Note 12) ru-RU",
    "Apple的iPhone",
    "Today的iPhone",
  ])("%s names nobody", (text) => {
    expect(owners(text)).toEqual([]);
  });

  it("cuts the name out of a device field and free text where the device may go but a name may not", () => {
    const res = redactJsonBody(
      r,
      "aliyun",
      JSON.stringify({ device_name: "Astrid's iPhone", model: "iPhone 15 Pro" }),
    );
    if (!res.ok) throw new Error(res.error.code);
    expect(JSON.parse(res.transfer.body.kind === "json" ? res.transfer.body.text : "")).toEqual({
      device_name: "[redacted:account.profile.name]'s iPhone",
      model: "iPhone 15 Pro",
    });
    expect(redactedMessage(r, "device Astrids iPhone connected")).toBe(
      "device [redacted:account.profile.name] iPhone connected",
    );
  });
});

describe("the host name macOS and iOS make of a device's name (session 19, a red team's round 8, R13)", () => {
  it.each([
    ["Astrid-Solbergs-MacBook-Pro", ["Astrid-Solbergs"]],
    ["Astrids-iPhone", ["Astrids"]],
    ["Astrid-Solbergs-MBP.local", ["Astrid-Solbergs"]],
    ["Astrids-MacBook-Air.local", ["Astrids"]],
    ["Astrid-Solbergs-Mac-mini.local", ["Astrid-Solbergs"]],
    ["iPhone-de-Joao", ["Joao"]], // `João` without its accent
    ["host Astrid-Solbergs-MacBook-Pro.local started", ["Astrid-Solbergs"]],
    // in lower case, as DHCP and mDNS write it
    ["astrid-solbergs-macbook-pro.local", ["astrid-solbergs"]],
    ["dhcp lease astrids-iphone.lan 10.0.0.23", ["astrids"]],
    ["joaos-mbp", ["joaos"]],
    ["Astrids-iPhone and eriks-ipad", ["Astrids", "eriks"]],
  ])("reads the owner in %j", (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });

  it.each([
    "MacBook-Pro.local",
    "iPhone",
    "kago-build-mac-03",
    "web-01",
    "ip-10-0-0-12",
    "Cases-iPhone-15",
    "Apples-iPhone",
    "Todays-iPhone-deals",
    "Johns-Hopkins-iPad",
    "the Tools-Mac build",
    "iPhone-de-Apple",
    "apples-iphone",
    "tools-mac-mini",
    "bills-ipad", // a given name that is also a word
    "macys-iphone-sale", // a shop
    "astrid-cases-iphone", // a listing, not a possessive
    "cases-iphone-15",
    "kago-builds-macbook",
    "zhangweis-mbp.lan", // a Chinese full name is no listed given name (left open)
  ])("reads none in %j", (text) => {
    expect(owners(text)).toEqual([]);
  });

  it("cuts the name out of a host name sent to aliyun", () => {
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ hostname: "Astrid-Solbergs-MacBook-Pro" }));
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : "").toBe(
      '{"hostname":"[redacted:account.profile.name]-MacBook-Pro"}',
    );
  });
});
