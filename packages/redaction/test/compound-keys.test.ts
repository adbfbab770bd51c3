/**
 * Field names that qualify a key-table name: `billing_email`, `customer_first_name`,
 * `user.nickname`, `userFirstName`, and query or form keys in bracket notation. A name, a
 * nickname or an address has no shape a value detector could find: only the key says what it is.
 */
import { describe, expect, it } from "vitest";
import { KEY_LOOKUP, keyWords } from "../src/key-table.js";
import { redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

describe("keyWords", () => {
  it.each([
    ["customer_first_name", ["customer", "first", "name"]],
    ["userFirstName", ["user", "first", "name"]],
    ["user.first-name", ["user", "first", "name"]],
    ["user[first_name][]", ["user", "first", "name"]],
    ["HTTPUserEmail", ["http", "user", "email"]],
    ["userIP", ["user", "ip"]],
    ["imei1", ["imei1"]],
    ["用户_email", ["用户", "email"]],
  ])("%s", (raw, words) => {
    expect(keyWords(raw)).toEqual(words);
  });
});

describe("a key-table name at the end of a longer key", () => {
  it.each([
    ["billing_email", "contact.email"],
    ["customerEmailAddress", "contact.email"],
    ["customer_first_name", "account.profile.name"],
    ["user.first_name", "account.profile.name"],
    ["userFirstName", "account.profile.name"],
    ["user_nickname", "account.profile.nickname"],
    ["shipping_zip_code", "contact.address"],
    ["user_home_address", "contact.address"],
    ["emergency_contact_phone_number", "contact.phone"],
    ["mobile_no", "contact.phone"],
    ["player_dob", "account.profile.birthday"],
    ["user_gender", "account.profile.gender"],
    ["last_login_ip", "network.ip_address"],
    ["device_imei", "device.identifier.imei"],
    ["billing_email_sha256", "contact.email"],
    ["hashed_customer_email", "contact.email"],
    ["first_name[]", "account.profile.name"],
    ["姓名", "account.profile.name"],
    ["联系人姓名", "account.profile.name"],
    ["user手机号", "contact.phone"],
    ["收货地址", "contact.address"],
    // traditional Chinese, as backends in Hong Kong and Taiwan write them
    ["電話", "contact.phone"],
    ["手機號碼", "contact.phone"],
    ["聯絡電話", "contact.phone"],
    ["電子郵件", "contact.email"],
    ["電郵", "contact.email"],
    ["暱稱", "account.profile.nickname"],
    ["真實姓名", "account.profile.name"],
    ["性別", "account.profile.gender"],
    ["收貨地址", "contact.address"],
    ["個性簽名", "account.profile.introduction"],
    ["user電話", "contact.phone"],
    // a person in a role, named
    ["sender_name", "account.profile.name"],
    ["msgSenderName", "account.profile.name"],
    ["order.customer_name", "account.profile.name"],
    ["card_holder_name", "account.profile.name"],
    ["CallerName", "account.profile.name"],
    // session 13: a nickname by role, and names that stand for a person alone
    ["fromNick", "account.profile.nickname"],
    ["X-User-Id", "account.id"],
    ["收款人", "account.profile.name"],
    ["持卡人姓名", "account.profile.name"],
    ["linkman", "account.profile.name"],
    ["custName", "account.profile.name"],
    ["emergencyContact", "account.profile.name"],
    ["payee", "account.profile.name"],
    ["homeAddr", "contact.address"],
    ["addrDetail", "contact.address"],
    ["target_user_id", "account.id"],
    ["wx_openid", "account.id"],
    ["sender_nick", "account.profile.nickname"],
    ["userNick", "account.profile.nickname"],
    ["buyerNick", "account.profile.nickname"],
    ["buyer_nick", "account.profile.nickname"],
    ["Tag_Profile_IM_Nick", "account.profile.nickname"],
    ["consignee", "account.profile.name"],
    ["consignee_name", "account.profile.name"],
    ["收件人", "account.profile.name"],
    ["收货人", "account.profile.name"],
    ["默认收货人", "account.profile.name"],
    ["truename", "account.profile.name"],
    ["trueName", "account.profile.name"],
    ["payer_name", "account.profile.name"],
    ["cardholder", "account.profile.name"],
    ["legal_name", "account.profile.name"],
    ["이름", "account.profile.name"],
    ["ФИО", "account.profile.name"],
    ["Фамилия", "account.profile.name"],
    ["생년월일", "account.profile.birthday"],
    ["여권번호", "identity.passport"],
    ["港澳通行证号码", "identity.passport"],
  ])("%s is %s", (key, category) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(category);
  });

  it.each([
    "event_name",
    "app_display_name",
    "server_address",
    "ad_account_id",
    "is_iphone",
    "headphone",
    "tooltip",
    "email_verified",
    "phone_model",
    "page_name",
    "sha256",
    "服务器地址",
    "文件名字",
    "伺服器地址",
    "電池",
    // a machine's; `host_name` is a hint since session 15 (test/vendor-keys.test.ts)
    "hostname",
    "client_name",
    "device_name",
    "file_name",
    "card",
    "card_type",
    "pan",
    "gps",
    "gps_enabled",
    "is_flat",
    "catalog",
    "定位",
    // session 13's near misses: a word that only starts like `nick`, a count of recipients, a
    // company's legal name, a file's name in Korean or Russian, a number outside a card
    "nickel",
    "nickel_price",
    "nick_color",
    "收件人数",
    "company_legal_name",
    "consignment",
    "파일이름",
    "имя_файла",
    "number",
    "page_number",
  ])("%s stays unclassified or keeps its own entry", (key) => {
    const look = KEY_LOOKUP.lookupKey(key, "");
    expect(look === null || look === "device.attribute.model").toBe(true);
  });

  it.each([
    // Japanese
    ["氏名", "account.profile.name"],
    ["名前", "account.profile.name"],
    ["ニックネーム", "account.profile.nickname"],
    ["電話番号", "contact.phone"],
    ["携帯電話番号", "contact.phone"],
    ["メールアドレス", "contact.email"],
    ["生年月日", "account.profile.birthday"],
    ["郵便番号", "contact.address"],
    ["マイナンバー", "identity.national_id"],
    // Spanish and Portuguese, with and without accents
    ["nombre", "account.profile.name"],
    ["apellidos", "account.profile.name"],
    ["teléfono", "contact.phone"],
    ["Telefono", "contact.phone"],
    ["correo_electronico", "contact.email"],
    ["fecha_de_nacimiento", "account.profile.birthday"],
    ["género", "account.profile.gender"],
    ["dirección", "contact.address"],
    ["apodo", "account.profile.nickname"],
    ["sobrenome", "account.profile.name"],
    ["data_nascimento", "account.profile.birthday"],
    ["cpf", "identity.national_id"],
    // German and French (session 9)
    ["Telefonnummer", "contact.phone"],
    ["Geburtsdatum", "account.profile.birthday"],
    ["Vorname", "account.profile.name"],
    ["prénom", "account.profile.name"],
    ["courriel", "contact.email"],
    ["adresse", "contact.address"],
    ["Reisepassnummer", "identity.passport"],
    ["IBAN", "financial.bank_account"],
    ["payee_iban", "financial.bank_account"],
    ["收款账号", "financial.bank_account"],
    // messenger accounts: how users in China reach each other
    ["wechat_id", "contact.messenger"],
    ["weixin", "contact.messenger"],
    ["QQ", "contact.messenger"],
    ["微信号", "contact.messenger"],
    ["联系人微信号", "contact.messenger"],
    ["user_wechat", "contact.messenger"],
    ["telegram_id", "contact.messenger"],
    // passports, payment cards and precise location, which no recipient gets
    ["passportNumber", "identity.passport"],
    ["holder_passport", "identity.passport"],
    ["护照号码", "identity.passport"],
    ["旅券番号", "identity.passport"],
    ["cardNumber", "financial.payment_card"],
    ["billing_card_number", "financial.payment_card"],
    ["CVV", "financial.payment_card"],
    ["银行卡号", "financial.payment_card"],
    ["持卡人银行卡号", "financial.payment_card"],
    ["カード番号", "financial.payment_card"],
    ["latitude", "location.coordinates"],
    ["Lng", "location.coordinates"],
    ["device_latitude", "location.coordinates"],
    ["user.lat", "location.coordinates"],
    ["经纬度", "location.coordinates"],
    ["緯度", "location.coordinates"],
    ["fb_login_id", "account.id"],
    ["page_scoped_user_id", "account.id"],
    ["igSid", "account.id"],
    ["openid", "account.id"],
    ["unionId", "account.id"],
    ["anon_id", "device.identifier.guid"],
    ["installationId", "device.identifier.guid"],
    ["fbclid", "cookie"],
    ["gclid", "cookie"],
    ["ctwa_clid", "cookie"],
  ])("%s, in another language or a messenger's name, is %s", (key, category) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(category);
  });

  it.each([
    ["nicknames", "account.profile.nickname"],
    ["user_names", "account.profile.name"],
    ["firstNames", "account.profile.name"],
    ["emails", "contact.email"],
    ["hashed_emails", "contact.email"],
    ["billing_emails", "contact.email"],
    ["phone_numbers", "contact.phone"],
    ["ip_addresses", "network.ip_address"],
    ["emailAddresses", "contact.email"],
    ["imeis", "device.identifier.imei"],
  ])("the plural %s is %s, as its singular", (key, category) => {
    expect(KEY_LOOKUP.lookupKey(key, "")).toBe(category);
  });

  it("the parts of a name under an object that stands for a person, and only there", () => {
    for (const [key, parent] of [
      ["first", "customer"],
      ["last", "user"],
      ["given", "passenger"],
      ["family", "cardholder"],
      ["middle", "profile"],
    ] as const)
      expect(KEY_LOOKUP.lookupKey(key, parent), `${parent}.${key}`).toBe("account.profile.name");
    for (const parent of ["", "pagination", "page", "range"])
      expect(KEY_LOOKUP.lookupKey("first", parent), `${parent}.first`).toBe(null);
    const res = redactJsonBody(
      r,
      "aliyun",
      '{"customer":{"first":"Astrid","last":"Solberg","tier":"gold"},"page":{"first":1,"last":9}}',
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"customer":{"tier":"gold"},"page":{"first":1,"last":9}}',
    );
  });

  it("a card's number under an object that stands for a payment card, and only there", () => {
    // the parent as the walker passes it: canonical
    for (const parent of ["card", "creditcard", "paymentcard", "carddetails"])
      expect(KEY_LOOKUP.lookupKey("number", parent), `${parent}.number`).toBe("financial.payment_card");
    for (const parent of ["", "page", "order", "cards", "payment", "ticket"])
      expect(KEY_LOOKUP.lookupKey("number", parent), `${parent}.number`).toBe(null);
    const res = redactJsonBody(
      r,
      "aliyun",
      '{"card":{"number":"4111111111111111","cvc":"123","brand":"visa"},"page":{"number":2},"order":{"number":"A-1001"}}',
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"card":{"brand":"visa"},"page":{"number":2},"order":{"number":"A-1001"}}',
    );
    const form = r.redact(
      transfer("aliyun", {
        body: { kind: "form", text: "card[number]=4111111111111111&card[exp_month]=12&page[number]=2" },
      }),
    );
    expect(form.ok && form.transfer.body).toEqual({
      kind: "form",
      text: "card[exp_month]=12&page[number]=2",
    });
  });

  it("drops the nicknames and names of session 13 from a JSON body, and reads the Chinese and Korean ones in text", () => {
    const res = redactJsonBody(
      r,
      "aliyun",
      JSON.stringify({
        fromNick: "astro",
        buyer_nick: "小王",
        Tag_Profile_IM_Nick: "astro",
        consignee: "王芳",
        truename: "李娜",
        payer_name: "Astrid Solberg",
        이름: "김민수",
        ФИО: "Иванов Иван Иванович",
        nickel_price: 21.5,
        company_legal_name: "Kago AS",
      }),
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"nickel_price":21.5,"company_legal_name":"Kago AS"}',
    );
    const said = (text: string) => redactedMessage(r, text);
    expect(said("收货人：王芳")).toBe("收货人：[redacted:account.profile.name]");
    expect(said("收件人:李娜")).toBe("收件人:[redacted:account.profile.name]");
    expect(said("请确认收货人：王芳，电话稍后给")).toBe(
      "请确认收货人：[redacted:account.profile.name]，电话稍后给",
    );
    expect(said("收件人数：3")).toBe("收件人数：3");
  });

  it("a plural of a hinting key hints; no plural of a name scoped to its parent, nor a word that only ends in s", () => {
    expect(KEY_LOOKUP.lookupKey("device_ids", "")).toBe("hint");
    // `ct` (city) is a Conversions API name under `user_data` only
    expect(KEY_LOOKUP.lookupKey("ct", "userdata")).toBe("contact.address");
    expect(KEY_LOOKUP.lookupKey("cts", "userdata")).toBe(null);
    for (const key of ["status", "alias", "news", "address_status", "ids", "os"])
      expect(KEY_LOOKUP.lookupKey(key, ""), key).toBe(null);
  });

  it("drops such members from a JSON body, and keeps their neighbours byte for byte", () => {
    const res = redactJsonBody(
      r,
      "aliyun",
      '{"event_name":"Purchase","customer_first_name":"Astrid","userNickname":"astro","n":1.10}',
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"event_name":"Purchase","n":1.10}',
    );
  });

  it("classifies tag/value pairs whose tag is such a name", () => {
    const res = redactJsonBody(
      r,
      "aliyun",
      '{"attrs":[{"key":"customer_first_name","value":"Astrid"},{"key":"plan","value":"gold"}]}',
    );
    expect(res.ok && res.transfer.body.kind === "json" ? res.transfer.body.text : null).toBe(
      '{"attrs":[{"key":"plan","value":"gold"}]}',
    );
  });

  it("reads query and form keys in bracket notation as nested fields", () => {
    const res = r.redact(
      transfer("aliyun", {
        query: "user%5Bfirst_name%5D=Astrid&a=1",
        body: { kind: "form", text: "data[0][user_data][fn]=astrid&data[0][user_data][ct]=oslo&x[]=1" },
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.transfer.query).toBe("a=1");
    expect(res.transfer.body).toEqual({ kind: "form", text: "x[]=1" });
  });

  it("drops the ids platforms give a person, and click ids, where the endpoint has no schema", () => {
    const res = r.redact(
      transfer("facebook", {
        query: "fbclid=IwAR0abc&page=2",
        body: {
          kind: "json",
          text: '{"user_data":{"fb_login_id":1234567890,"anon_id":"XZ1a2b","openid":"oAbC123","ig_account_id":"1784"}}',
        },
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.transfer.query).toBe("page=2");
    expect(res.transfer.body).toEqual({ kind: "json", text: '{"user_data":{"ig_account_id":"1784"}}' });
  });

  it("reads header names the same way", () => {
    const res = r.redact(transfer("aliyun", { headers: [["x-customer-first-name", "Astrid"]] }));
    expect(res.ok && res.transfer.headers).toEqual([]);
  });
});
