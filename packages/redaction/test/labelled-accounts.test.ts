/**
 * Handles, passport, social security and phone numbers, payment cards and coordinates a word names
 * in prose (`src/labelled-accounts.ts`), and the sentences around those words that name nothing.
 */
import { describe, expect, it } from "vitest";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "facebook");
const HANDLE = "[redacted:contact.messenger]";
const CARD = "[redacted:financial.payment_card]";
const PLACE = "[redacted:location.coordinates]";

describe("values a label names in prose", () => {
  it.each([
    ["add me on wechat: astrid_wx", `add me on wechat: ${HANDLE}`],
    ["加我微信astrid_wx", `加我微信${HANDLE}`],
    ["加我微信 astrid_wx", `加我微信 ${HANDLE}`],
    ["vx：astrid_wx", `vx：${HANDLE}`],
    ["V信：astrid_wx，备注来自直播间", `V信：${HANDLE}，备注来自直播间`],
    ["扣扣 123456789", `扣扣 ${HANDLE}`],
    ["qq 123456789", `qq ${HANDLE}`],
    ["用QQ号12345登录", `用QQ号${HANDLE}登录`],
    ["威信 astrid_wx", `威信 ${HANDLE}`],
    ["wx号：astrid520", `wx号：${HANDLE}`],
    ["vx号 astrid520", `vx号 ${HANDLE}`],
    ["企鹅号 12345678", `企鹅号 ${HANDLE}`],
    // the labels as chats write them past keyword filters
    ["V❤ astrid520", `V❤ ${HANDLE}`],
    ["薇❤️：astrid520", `薇❤️：${HANDLE}`],
    ["卫星：astrid520", `卫星：${HANDLE}`],
    ["➕🛰️ astrid520", `➕🛰️ ${HANDLE}`],
    ["绿泡泡 astrid520", `绿泡泡 ${HANDLE}`],
    ["wei信 astrid520", `wei信 ${HANDLE}`],
    ["微xin：astrid520", `微xin：${HANDLE}`],
    ["w x: astrid520", `w x: ${HANDLE}`],
    ["q q：12345678", `q q：${HANDLE}`],
    ["扣扣号：12345678", `扣扣号：${HANDLE}`],
    ["加扣 12345678", `加扣 ${HANDLE}`],
    ["🐧 12345678", `🐧 ${HANDLE}`],
    ["薇信：astrid_wx", `薇信：${HANDLE}`],
    ["加v astrid_wx", `加v ${HANDLE}`],
    ["+V: astrid_wx", `+V: ${HANDLE}`],
    ["➕v astrid_wx", `➕v ${HANDLE}`],
    ["line id: astrid123", `line id: ${HANDLE}`],
    ["KakaoTalk ID astrid_99", `KakaoTalk ID ${HANDLE}`],
    ["telegram @astrid_tg", `telegram ${HANDLE}`],
    ["join https://t.me/astrid_tg?start=1", `join https://t.me/${HANDLE}?start=1`],
    ["wa.me/4791234567 any time", "wa.me/[redacted:contact.phone] any time"],
    ["加我抖音号：astrid520", `加我抖音号：${HANDLE}`],
    ["快手号 kago_88", `快手号 ${HANDLE}`],
    ["小红书号12345678", `小红书号${HANDLE}`],
    ["微博 @astrid_99", `微博 ${HANDLE}`],
    ["instagram: astrid.solberg_", `instagram: ${HANDLE}`],
    ["follow me on ig astrid_k", `follow me on ig ${HANDLE}`],
    ["IG: astrid.99", `IG: ${HANDLE}`],
    ["加我v: astrid520", `加我v: ${HANDLE}`],
    ["V：astrid520，备注直播", `V：${HANDLE}，备注直播`],
    ["薇 astrid520", `薇 ${HANDLE}`],
    ["薇astrid_wx", `薇${HANDLE}`],
    ["私信加微 astrid_wx", `私信加微 ${HANDLE}`],
    ["微：astrid520", `微：${HANDLE}`],
    ["dy号：astrid520", `dy号：${HANDLE}`],
    ["ins: astrid_k", `ins: ${HANDLE}`],
    ["tg: @astrid_k", `tg: ${HANDLE}`],
    ["fb: astrid.solberg.9", `fb: ${HANDLE}`],
    ["https://www.facebook.com/astrid.solberg.9", `https://www.facebook.com/${HANDLE}`],
    ["instagram.com/astrid_k?igsh=abc", `instagram.com/${HANDLE}?igsh=abc`],
    ["see x.com/astrid_k/status/1790000000000", `see x.com/${HANDLE}/status/1790000000000`],
    ["tiktok.com/@astrid_k", `tiktok.com/${HANDLE}`],
    ["follow me on twitter @astrid_99", `follow me on twitter ${HANDLE}`],
    ["passport no. E12345678", "passport no. [redacted:identity.passport]"],
    ["护照 E12345678", "护照 [redacted:identity.passport]"],
    ["ssn 536-22-1234", "ssn [redacted:identity.national_id]"],
    ["SSN 536 22 1234.", "SSN [redacted:identity.national_id]."],
    ["Social Security No. 536221234 on file", "Social Security No. [redacted:identity.national_id] on file"],
    ["HKID A123456(3)", "HKID [redacted:identity.national_id]"],
    ["香港身份证 Z683365(A)", "香港身份证 [redacted:identity.national_id]"],
    ["台湾身份证 A123456789", "台湾身份证 [redacted:identity.national_id]"],
    ["身分證字號：F131045679", "身分證字號：[redacted:identity.national_id]"],
    ["ID card: AB987654(3) expired", "ID card: [redacted:identity.national_id] expired"],
    ["my HKID is A1234563", "my HKID is [redacted:identity.national_id]"],
    ["phone 4791234567", "phone [redacted:contact.phone]"],
    ["📱4791234567", "📱[redacted:contact.phone]"],
    ["☎️: 4791234567", "☎️: [redacted:contact.phone]"],
    ["call me on 4791234567 after six", "call me on [redacted:contact.phone] after six"],
    ["Text me at +4791234567", "Text me at [redacted:contact.phone]"],
    ["收款账号：6228 4800 1234 5678 9", "收款账号：[redacted:financial.bank_account]"],
    ["bank account 12345678901234, thanks", "bank account [redacted:financial.bank_account], thanks"],
    ["银行账号 6222021234567890128", "银行账号 [redacted:financial.payment_card]"],
    ["tel +4791234567, after 6pm", "tel [redacted:contact.phone], after 6pm"],
    ["telephone 4158675309.", "telephone [redacted:contact.phone]."],
    ["call me on 415/555/2671", "call me on [redacted:contact.phone]"],
    ["tel: 020 / 7946 / 0958 (office)", "tel: [redacted:contact.phone] (office)"],
    ["phone 47_91_23_45_67", "phone [redacted:contact.phone]"],
    ["phone 4791234567 or 4791234568", "phone [redacted:contact.phone] or 4791234568"],
    ["电话 4791234567", "电话 [redacted:contact.phone]"],
    ["手机号91234567", "手机号[redacted:contact.phone]"],
    ["联系方式：4791234567", "联系方式：[redacted:contact.phone]"],
    ["card 4539 5787 6362 1486 exp 12/29 cvv 123", `card ${CARD} exp 12/29 cvv ${CARD}`],
    ["Card: 4539578763621486, CVV: 123", `Card: ${CARD}, CVV: ${CARD}`],
    ["卡号6217000000000000004", `卡号${CARD}`],
    ["my credit card 4539578763621486 was declined", `my credit card ${CARD} was declined`],
    ["paid with visa 4539578763621486", `paid with visa ${CARD}`],
    ["Mastercard: 5555 5555 5555 4444", `Mastercard: ${CARD}`],
    ["amex 378282246310005 exp 12/29", `amex ${CARD} exp 12/29`],
    ["银联卡6212345678901234569", `银联卡${CARD}`],
    ["ship to zip code 94103-1234, thanks", "ship to zip code [redacted:contact.address], thanks"],
    ["postcode SW1A 1AA", "postcode [redacted:contact.address]"],
    ["Postal code: K1A 0B6", "Postal code: [redacted:contact.address]"],
    ["邮编100020", "邮编[redacted:contact.address]"],
    ["郵便番号 100-0001", "郵便番号 [redacted:contact.address]"],
    ["postcode 0150 Oslo", "postcode [redacted:contact.address] Oslo"],
    ["I'm at 59.9139, 10.7522 now", `I'm at ${PLACE} now`],
    ["location: 59.9139,10.7522", `location: ${PLACE}`],
    ["坐标：39.9042,116.4074", `坐标：${PLACE}`],
    ["https://maps.google.com/?q=59.9139,10.7522", `https://maps.google.com/?q=${PLACE}`],
    ["https://www.google.com/maps/@59.9139,10.7522,15z", `https://www.google.com/maps/@${PLACE},15z`],
    ["see geo:59.9139,10.7522 here", `see geo:${PLACE} here`],
    ["user location: lat 59.9139, lng 10.7522", `user location: lat ${PLACE}, lng ${PLACE}`],
    ["Lat: 59.9139 Long: 10.7522", `Lat: ${PLACE} Long: ${PLACE}`],
    // session 13: the longitude first (AMap, Baidu), Android's Location, Chinese degrees
    ["location=114.057939,22.543099", `location=${PLACE}`],
    ["位置 114.057939,22.543099", `位置 ${PLACE}`],
    ["Location[fused 22.543099,114.057939 hAcc=15]", `Location[fused ${PLACE} hAcc=15]`],
    ["我在北纬22.5431 东经114.0579", `我在北纬${PLACE} 东经${PLACE}`],
    // session 13: passports and identity numbers in other languages, phones by their local labels
    ["Passport No.E12345678", "Passport No.[redacted:identity.passport]"],
    ["passeport n° 12AB34567", "passeport n° [redacted:identity.passport]"],
    ["pasaporte: PAA123456 vigente", "pasaporte: [redacted:identity.passport] vigente"],
    ["Reisepassnummer C01X00T47", "Reisepassnummer [redacted:identity.passport]"],
    ["여권번호: M12345678", "여권번호: [redacted:identity.passport]"],
    ["港澳通行证 C12345678", "港澳通行证 [redacted:identity.passport]"],
    ["港澳通行证号码：C12345678", "港澳通行证号码：[redacted:identity.passport]"],
    ["DNI 12345678Z", "DNI [redacted:identity.national_id]"],
    ["mi dni nº 12345678-Z, gracias", "mi dni nº [redacted:identity.national_id], gracias"],
    ["NIE X1234567L", "NIE [redacted:identity.national_id]"],
    ["aadhaar 2345 6789 0124", "aadhaar [redacted:identity.national_id]"],
    ["Aadhar no. 499118665246", "Aadhar no. [redacted:identity.national_id]"],
    ["Telefon: 015123456789", "Telefon: [redacted:contact.phone]"],
    ["Handy: 015123456789", "Handy: [redacted:contact.phone]"],
    ["Handynummer 01511234567", "Handynummer [redacted:contact.phone]"],
    ["Mobil: 0151/23456789", "Mobil: [redacted:contact.phone]"],
    ["Tel. 0612345678", "Tel. [redacted:contact.phone]"],
    ["Tel.030-12345678", "Tel.[redacted:contact.phone]"],
    ["portable: 06 12 34 56 78", "portable: [redacted:contact.phone]"],
    ["cellulare 3471234567", "cellulare [redacted:contact.phone]"],
    ["téléphone 0612345678", "téléphone [redacted:contact.phone]"],
    ["teléfono 612345678", "teléfono [redacted:contact.phone]"],
    ["celular: 11987654321", "celular: [redacted:contact.phone]"],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
    expect(said(expected)).toBe(expected);
  });

  it.each([
    "card 3 of 5",
    "my card is blue",
    "order 4539578763621486 shipped",
    "card 4539578763621487 declined",
    "passport photo uploaded",
    "passport E1234",
    "ssn 000-12-3456", // never issued: no area 000, 666 or 9xx, no group 00, no serial 0000
    "ssn 666-12-3456",
    "ssn 536-00-1234",
    "ssn 536-22-12345",
    "social security benefits 2024",
    "企鹅号很可爱",
    "企鹅 2 只", // a label that is also an ordinary word wants the account's own form
    "卫星 2024 发射",
    "绿泡泡 100 个",
    "I ❤ you 2024",
    "v❤ 12345678", // a WeChat ID starts with a letter
    "w x y 123",
    "身份证 A123456788", // the check digit fails
    "HKID A123456(4)",
    "id card A12345 lost",
    "identity card 2024",
    "call me at 5pm",
    "call me on 12/05",
    "bank account 1234", // too short for an account
    "bank account closed",
    "phone 123", // a phone's label before a number too short, a date, or an id glued to letters
    "mobile 20240115 release",
    "tel 2024/01/15", // a date or a version after a phone's label is none
    "phone 14.2.1 update",
    "phone 123/456", // too few digits
    "call me at 5/10",
    "cell 12345678abc",
    "telegram 12345678",
    "手机壳 2 个",
    "wechat pay 100",
    "QQ音乐",
    "微信支付",
    "wx.login() failed",
    "wx_appid=wx1234567890abcdef",
    "卡号错误",
    "error at line 123",
    "line: 42",
    "威信度很高",
    "加v的人",
    "telegram @astrid", // a handle needs a digit, `_` or `-` after a Latin label
    "bit.me/abcdef",
    "t.me/ab",
    "抖音真好玩",
    "快手很火",
    "我在小红书看到的",
    "instagram story",
    "ig story 2024", // a Latin label's handle holds a letter and a digit, `_` or `-`
    "big_data_1 ig", // not glued: `ig` only as a word
    "watch?v=dQw4w9WgXcQ", // a bare `v` labels only before `:`, a video id follows `=`
    "v: 2.8.1",
    "v astrid520",
    "V: amazing", // after one letter, a WeChat ID with a digit, `_` or `-`
    "微 astrid520", // a bare 微 labels only before its `:`
    "微笑 smile_2024",
    "insert into t values (row_1)",
    "https://www.facebook.com/events/123456", // the networks' own pages name nobody
    "instagram.com/p/Cabc_123",
    "https://dropbox.com/astrid_k",
    "dev: astrid520",
    "张薇 2024", // after `薇` only a WeChat ID's own form
    "薇薇 12345678",
    "visa E12345678 approved", // a travel visa's number is no card
    "visa 2024 application",
    "twitter api v2",
    "twitter 2024 recap",
    "wechat 100 yuan",
    "skype 2-3 pm",
    "at 59.9, 10.7",
    "at 91.0000, 10.7522",
    "that 59.9139, 10.7522",
    "score 0.8123,0.7712",
    "long 1000.5000 ms",
    "lat 95.1234",
    "latency 12.345",
    "zip 2 files", // a postal code has four digits or more, or a British or Canadian shape
    "zip 12 MB",
    "zip the 10000 files",
    "zipcode lookup failed",
    // session 13's near misses
    "passport no.1 priority", // a passport number has five digits or more
    "passeport n° 2",
    "Reisepass beantragt 2024",
    "港澳通行证办理 2024年",
    "여권 사진 2024",
    "dni 12345678A", // the check letter fails
    "el DNI es obligatorio",
    "er war nie 12345678 Mal da", // German `nie` (never): no Spanish number follows
    "nie 12345678Z", // a NIE starts with X, Y or Z; a DNI's label is `dni`
    "aadhaar 2345 6789 0123", // Verhoeff's check fails
    "aadhaar 1234 5678 9012", // no Aadhaar starts with 0 or 1
    "aadhaar update 2024",
    "handy tool 1234567x",
    "Keep this handy: 2024 release",
    "Mobil 1 5W-30",
    "portable 2000 mAh",
    "portable 15.6 inch, 16 GB",
    "mobile 2024-123456 build", // a long last group only after an area code starting with 0
    "mobile 20240115-123456 release",
    "tel. 2024/01/15",
    "Tel. 10.0.19041.1234",
    "Telefonie 12345678",
    "celular 2 unidades",
    "hotel. 0612345678", // a label is a word of its own
  ])("%s names nothing", (text) => {
    expect(said(text)).toBe(text);
  });
});
