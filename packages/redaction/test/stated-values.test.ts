/**
 * Values a sentence states after a personal label and a copula (`src/stated-values.ts`): what a
 * user types into a support chat, and the sentences around such labels that state nothing.
 */
import { describe, expect, it } from "vitest";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const said = (text: string) => redactedMessage(r, text, "facebook");

describe("values stated after a personal label", () => {
  it.each([
    ["我的银行卡号是6217000000000000004", "我的银行卡号是[redacted:financial.payment_card]"],
    ["我的护照号是E12345678", "我的护照号是[redacted:identity.passport]"],
    ["我的微信号是astrid_wx，加我", "我的微信号是[redacted:contact.messenger]，加我"],
    ["我的微信是astrid，加我", "我的微信是[redacted:contact.messenger]，加我"],
    ["我的QQ是123456789", "我的QQ是[redacted:contact.messenger]"],
    ["收货地址是北京市朝阳区建国路88号", "收货地址是[redacted:contact.address]"],
    ["生日是1990年4月1日", "生日是[redacted:account.profile.birthday]"],
    ["身份证号码为110105194912310021", "身份证号码为[redacted:identity.national_id]"],
    ["my wechat is astrid_wx", "my wechat is [redacted:contact.messenger]"],
    ["my passport number is E12345678", "my passport number is [redacted:identity.passport]"],
    ["my card number is 4539578763621486", "my card number is [redacted:financial.payment_card]"],
    ["my phone is 7700 900123, call me", "my phone is [redacted:contact.phone], call me"],
    ["my new phone number is +47 999 99 999", "my new phone number is [redacted:contact.phone]"],
    ["his qq was 12345678 before", "his qq was [redacted:contact.messenger] before"],
    ["my gender is female", "my gender is [redacted:account.profile.gender]"],
    // other languages: the label's words, or its last or first word, name the category
    ["mi número de teléfono es 612 345 678", "mi número de teléfono es [redacted:contact.phone]"],
    ["meu CPF é 123.456.789-09", "meu CPF é [redacted:identity.national_id]"],
    ["mon passeport est 12AB34567", "mon passeport est [redacted:identity.passport]"],
    ["ihr Geburtsdatum ist 01.04.1990", "ihr Geburtsdatum ist [redacted:account.profile.birthday]"],
    ["パスポート番号はTZ1234567です", "パスポート番号は[redacted:identity.passport]です"],
    // a number no word names is a phone's, with seven digits (session 14)
    ["my number is 09876543210", "my number is [redacted:contact.phone]"],
    ["her number was +91 98765 43210, ok", "her number was [redacted:contact.phone], ok"],
    ["mi número es 612 34 56 78", "mi número es [redacted:contact.phone]"],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
    expect(said(expected)).toBe(expected);
  });

  it.each([
    "my phone is broken",
    "my wechat is down today",
    "手机是新的",
    "收货地址是错的",
    "因为网络不好",
    "我认为是对的",
    "the phone is 7700 900123 km away",
    "这是我的手机",
    "私は学生です",
    "son phone is broken",
    "my number is 42",
    "my number is 12-34",
    "my order number is 123456789",
  ])("%s states nothing", (text) => {
    expect(said(text)).toBe(text);
  });
});
