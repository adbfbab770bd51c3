import { describe, expect, it } from "vitest";
import {
  bodyOf,
  findingsOf,
  inspectingRedactor,
  phoneTokenOf,
  redactJsonBody,
  redactorWith,
  transfer,
} from "./helpers.js";

const r = redactorWith();
/** Reads headers outside the standard list too (`unknownHeaders: inspect`). */
const inspecting = inspectingRedactor();
const body = (text: string, recipient = "facebook") => {
  const res = redactJsonBody(r, recipient, text);
  if (!res.ok) throw new Error(res.error.code);
  return { text: res.transfer.body.kind === "json" ? res.transfer.body.text : "", report: res.report };
};

describe("key names, folded to canonical keys", () => {
  it.each([
    "email",
    "Email",
    "E-Mail",
    "e_mail",
    "EMAIL",
    "user.email",
    "userEmail",
    "email_sha256",
    "hashedEmail",
  ])("%s is an e-mail field", (key) => {
    const { text, report } = body(`{"${key}":"x1","k":1}`);
    expect(text).toBe('{"k":1}');
    expect(report.findings[0]?.category).toBe("contact.email");
    expect(report.findings[0]?.detector).toBe("key");
  });
  it.each([
    ["qq_id", "contact.messenger"],
    ["qqId", "contact.messenger"],
    ["qq_num", "contact.messenger"],
    ["douyin_id", "contact.messenger"],
    ["iccid", "device.identifier"],
    ["sim_iccid", "device.identifier"],
    ["birthday_ts", "account.profile.birthday"],
    ["dobMs", "account.profile.birthday"],
    ["user_birthday_ts", "account.profile.birthday"],
  ])("%s names %s (session 17)", (key, category) => {
    const { text, report } = body(`{"${key}":"89860012345678901234","qq_count":3}`);
    expect(text).toBe('{"qq_count":3}');
    expect(report.findings[0]?.category).toBe(category);
  });
  it("classifies numbers by key only: randoms, timestamps and ids survive", () => {
    const text = '{"MsgRandom":1287730451,"event_time":1767262200,"id":353918116204732,"dob":19941102}';
    expect(body(text).text).toBe('{"MsgRandom":1287730451,"event_time":1767262200,"id":353918116204732}');
  });
  it("scopes short Conversions API keys to user_data", () => {
    expect(body('{"st":"active","user_data":{"st":"ca"}}').text).toBe('{"st":"active","user_data":{}}');
  });
  it("runs weak detectors only under a hinting key", () => {
    expect(body('{"device_id":"9e4c1a7b2d6f3058","trace":"9e4c1a7b2d6f3058"}').text).toBe(
      '{"trace":"9e4c1a7b2d6f3058"}',
    );
  });
  it("runs them on numbers too: an IMEI or a phone number written as a JSON number", () => {
    const { text, report } = body(
      '{"device_id":353918116204732,"contact":13800138000,"user":{"contact":12345},"trace":13800138000}',
    );
    expect(text).toBe('{"user":{"contact":12345},"trace":13800138000}');
    expect(report.findings.map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:device_id", "device.identifier.imei", "value"],
      ["body:contact", "contact.phone", "value"],
    ]);
    // a recipient that may receive device identifiers keeps the number as written
    const kept = redactJsonBody(r, "aliyun", '{"device_id":353918116204732}');
    expect(kept.ok && kept.transfer.body.kind === "json" && kept.transfer.body.text).toBe(
      '{"device_id":353918116204732}',
    );
  });
  it("drops a whole container under a personal key", () => {
    expect(body('{"em":["a","b"],"user_data":{"ph":{"x":[1]}},"k":[1]}').text).toBe(
      '{"user_data":{},"k":[1]}',
    );
  });
  it("keeps an allowed category and reports it as sent", () => {
    const { text, report } = body('{"connection_type":"wifi"}');
    expect(text).toBe('{"connection_type":"wifi"}');
    expect(report.categoriesSent).toEqual(["network.status"]);
    expect(report.changed).toBe(false);
  });
});

describe("MACs without a digit, in free text anywhere in a transfer", () => {
  it.each(["de-ad-be-ef-ca-fe", "DE-AD-BE-EF-CA-FE", "dead.beef.cafe"])("%s is found in text", (mac) => {
    const { text, report } = body(
      JSON.stringify({ note: `seen on ${mac} today`, nested: `{"m":"at ${mac}"}` }),
    );
    expect(text).not.toContain(mac);
    expect(text).toContain("[redacted:device.identifier.mac]");
    expect(report.countsByCategory["device.identifier.mac"]).toBe(2);
    const q = r.redact(
      transfer("facebook", {
        query: `note=${encodeURIComponent(`on ${mac}`)}`,
        headers: [["x-note", `on ${mac}`]],
      }),
    );
    expect(q.ok).toBe(true);
    if (q.ok) expect(JSON.stringify([q.transfer.query, q.transfer.headers])).not.toContain(mac);
  });
  it("takes four numbers under a version's key or after a version's label for a version, not an address", () => {
    const versions = '{"version":"1.2.3.4","sdkVersion":"4.3.2.1","build":"10.0.0.1","firmware":"1.0.0.2"}';
    expect(body(versions).text).toBe(versions);
    const note = '{"note":"updated to version 1.2.3.4, build: 10.0.0.1"}';
    expect(body(note).text).toBe(note);
    // in other languages, and under a key that names a software version (session 14)
    const translated =
      '{"versión":"1.2.3.4","版本":"4.3.2.1","버전":"1.0.0.2","note":"Versión 10.0.0.1 disponible, バージョン 2.8.1.1"}';
    expect(body(translated).text).toBe(translated);
    const app = '{"app_version":"1.2.3.4"}';
    const toAliyun = r.redact(transfer("aliyun", { body: { kind: "json", text: app } }));
    expect(toAliyun.ok && toAliyun.transfer.body).toEqual({ kind: "json", text: app });
    // an address under another key, or in other words, still goes
    expect(JSON.parse(body('{"server":"10.0.0.1","fw":"10.0.0.2","note":"from 10.0.0.1"}').text)).toEqual({
      note: "from [redacted:network.ip_address]",
    });
  });

  it("leaves hyphenated and dotted words alone", () => {
    for (const value of [
      "kago-track-web-app-beta-build",
      "a.b.c.d.e.f",
      "see the docs. then the faq.",
      "ab-cd-ef-ab-cd",
    ]) {
      const text = `{"note":${JSON.stringify(value)}}`;
      expect(body(text).text, value).toBe(text);
    }
  });
});

describe("personal data typed with typographic variants: fullwidth forms, no-break spaces, dashes, zero-width characters", () => {
  // the fullwidth twin of each ASCII character, and the ideographic space
  const wide = (s: string) =>
    [...s].map((c) => (c === " " ? "\u3000" : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join("");
  it.each([
    [wide("13800138000"), "contact.phone"],
    [wide("+44 7700 900417"), "contact.phone"],
    [wide("ingrid@example.org"), "contact.email"],
    [`ingrid${wide("@")}example.org`, "contact.email"],
    [wide("192.0.2.44"), "network.ip_address"],
    [wide("a4:83:e7:5c:19:d2"), "device.identifier.mac"],
  ])("%s in free text is found and replaced, the text around it kept", (value, category) => {
    const { text, report } = body(JSON.stringify({ note: `我的是${value}，谢谢` }));
    expect(JSON.parse(text)).toEqual({ note: `我的是[redacted:${category}]，谢谢` });
    expect(report.findings.map((f) => [f.category, f.detector])).toEqual([[category, "text"]]);
  });
  it("finds them written as JSON escapes, in JSON inside strings, in query and header values", () => {
    const phone = wide("13800138000");
    const escaped = [...phone].map((c) => `\\u${c.charCodeAt(0).toString(16)}`).join("");
    const { text } = body(
      `{"note":"call ${escaped}","data":${JSON.stringify(JSON.stringify({ m: phone }))}}`,
    );
    expect(text).not.toMatch(/ff11|１/i);
    expect(text.match(/redacted:contact\.phone/g)).toHaveLength(2);
    const q = r.redact(
      transfer("facebook", {
        query: `note=${encodeURIComponent(phone)}`,
        headers: [["x-note", `call ${phone}`]],
      }),
    );
    expect(q.ok).toBe(true);
    if (q.ok) expect(JSON.stringify([q.transfer.query, q.transfer.headers])).not.toMatch(/１|%EF%BC%91/i);
  });
  it.each([
    ["+44\u00a07700\u00a0900417", "contact.phone"], // no-break spaces
    ["+33\u202f6\u202f12\u202f34\u202f56\u202f78", "contact.phone"], // narrow no-break spaces (French)
    ["138\u200b0013\u200b8000", "contact.phone"], // zero-width spaces
    ["020\u20117946\u20110958", "contact.phone"], // non-breaking hyphens
    ["+44\u20137700\u2013900417", "contact.phone"], // en dashes
    ["ingrid@exa\u200bmple.org", "contact.email"],
    ["in\u00adgrid@example.org", "contact.email"], // a soft hyphen
    ["de\u2010ad\u2010be\u2010ef\u2010ca\u2010fe", "device.identifier.mac"],
  ])("%j with typographic separators is found whole", (value, category) => {
    const { text, report } = body(JSON.stringify({ note: `reach ${value} today` }));
    expect(JSON.parse(text)).toEqual({ note: `reach [redacted:${category}] today` });
    expect(report.findings.map((f) => f.category)).toEqual([category]);
  });
  // a label typed in full-width mode is read in the folded view, with and without digits (session 14)
  it.each([
    [`${wide("wx")}：astrid_wx88`, `${wide("wx")}：[redacted:contact.messenger]`],
    [`${wide("QQ:12345678")}`, `${wide("QQ:")}[redacted:contact.messenger]`],
    [`${wide("my name is Astrid Solberg")}`, `${wide("my name is ")}[redacted:account.profile.name]`],
    [`${wide("user_name=Astrid")}`, `${wide("user_name=")}[redacted:account.profile.name]`],
    [`${wide("tel13812345678")}`, `${wide("tel")}[redacted:contact.phone]`],
  ])("%s: a fullwidth label names its value", (note, expected) => {
    expect(JSON.parse(body(JSON.stringify({ note })).text)).toEqual({ note: expected });
    const text = JSON.stringify({ note: expected });
    expect(body(text).text).toBe(text);
  });
  it("leaves fullwidth words and punctuation alone", () => {
    for (const value of [
      wide("Kago Live"),
      "你好，世界！",
      wide("v1.2"),
      `房间${wide("7")}`,
      wide("my app is new"),
    ]) {
      const text = `{"note":${JSON.stringify(value)}}`;
      expect(body(text).text, value).toBe(text);
    }
  });
});

describe("numbers written in numerals, other scripts' digits, look-alikes, or one digit at a time", () => {
  it.each([
    ["一三八一二三四五六七八", "contact.phone"], // Chinese numerals, how chats get past contact filters
    ["幺三八 壹贰叁肆 伍陆柒捌", "contact.phone"], // 幺 for one, financial numerals, grouped
    ["①③⑧①②③④⑤⑥⑦⑧", "contact.phone"],
    ["❶❸❽❶❷❸❹❺❻❼❽", "contact.phone"],
    ["1三8一2三4五6七8", "contact.phone"], // mixed
    ["𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "contact.phone"], // mathematical digits: surrogate pairs
    ["1️⃣3️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "contact.phone"], // keycaps
    ["1 3 8 1 2 3 4 5 6 7 8", "contact.phone"],
    ["138/1234/5678", "contact.phone"], // groups split by what no number is written with
    ["138。1234。5678", "contact.phone"],
    ["86 - 138 - 1234 - 5678", "contact.phone"],
    ["一三八_一二三四_五六七八", "contact.phone"],
    ["+٤٤ ٧٧٠٠ ٩٠٠٤١٧", "contact.phone"], // Arabic-Indic
    ["٣٥٣٩١٨١١٦٢٠٤٧٣٢", "device.identifier.imei"],
  ])("%s in free text is found and replaced where it is written", (value, category) => {
    const { text, report } = body(JSON.stringify({ note: `加我${value}，谢谢` }));
    expect(JSON.parse(text)).toEqual({ note: `加我[redacted:${category}]，谢谢` });
    expect(report.findings.map((f) => [f.category, f.detector])).toEqual([[category, "text"]]);
  });
  it("reads them behind percent escapes too, in a URL in free text", () => {
    const numerals = encodeURIComponent("一三八一二三四五六七八");
    const { text } = body(
      JSON.stringify({ note: `see https://x.example/u/${numerals} or ?q=138%2F1234%2F5678 ok` }),
    );
    expect(JSON.parse(text)).toEqual({
      note: "see https://x.example/u/[redacted:contact.phone] or ?q=[redacted:contact.phone] ok",
    });
  });
  it("reads a date of birth written in Chinese numerals after its label", () => {
    const { text } = body(JSON.stringify({ note: "我的生日是一九九〇年四月十五日，谢谢" }));
    expect(JSON.parse(text)).toEqual({ note: "我的生日是[redacted:account.profile.birthday]，谢谢" });
    const plain = `{"note":${JSON.stringify("我们一九九〇年四月十五日见过")}}`;
    expect(body(plain).text).toBe(plain); // a date without a birthday's label stays
  });
  it("finds them as a whole value, and written as JSON escapes", () => {
    const escaped = [..."一三八一二三四五六七八"].map((c) => `\\u${c.charCodeAt(0).toString(16)}`).join("");
    const { text } = body(`{"a":"①③⑧①②③④⑤⑥⑦⑧","b":"call ${escaped}"}`);
    expect(JSON.parse(text)).toEqual({ a: "[redacted:contact.phone]", b: "call [redacted:contact.phone]" });
  });
  it("keys a number by its ASCII digits, so a pseudonym is the same however it was written", () => {
    const ascii = phoneTokenOf("13812345678");
    expect(ascii).toMatch(/^psn_/);
    expect(phoneTokenOf("一三八一二三四五六七八")).toBe(ascii);
    expect(phoneTokenOf("1 3 8 1 2 3 4 5 6 7 8")).toBe(ascii);
    expect(phoneTokenOf("138，1234，5678")).toBe(ascii);
  });
  it("leaves ordinary text with numerals alone, and redacting twice equals once", () => {
    for (const value of [
      "我们一起去三亚玩了七八天",
      "第一二三四五六名",
      "⑩⑪⑫⑬⑭⑮⑯⑰",
      "v 1.2.3 and 4 5 6",
      "𝐀𝐁𝐂 😀🤔",
      "2024/01/15, 2024/01/16, 500, 200, 1000",
      "营收13,800,138,000元",
    ]) {
      const text = `{"note":${JSON.stringify(value)}}`;
      expect(body(text).text, value).toBe(text);
    }
    for (const note of ["电话 一三八 一二三四 五六七八", "v2_138_1234_5678/139/8765/4321"]) {
      const once = body(JSON.stringify({ note })).text;
      expect(body(once).text).toBe(once);
    }
  });
});

describe("strong value detectors on every string", () => {
  it.each([
    ["a@example.org", "contact.email"],
    ["+44 7700 900417", "contact.phone"],
    ["353918116204732", "device.identifier.imei"],
    ["192.0.2.44", "network.ip_address"],
    ["2001:db8::8a2e:370:7334", "network.ip_address"],
    ["a4:83:e7:5c:19:d2", "device.identifier.mac"],
    // MACs without a digit: about one in 130,000 has none, and no digit, '@' or ':' is there to flag them
    ["de-ad-be-ef-ca-fe", "device.identifier.mac"],
    ["DE-AD-BE-EF-CA-FE", "device.identifier.mac"],
    ["dead.beef.cafe", "device.identifier.mac"],
  ])("%s under an innocent key is %s", (value, category) => {
    const { text, report } = body(`{"note":${JSON.stringify(value)},"k":1}`);
    expect(text).toBe('{"k":1}');
    expect(report.findings.map((f) => [f.category, f.detector])).toEqual([[category, "value"]]);
  });
  it.each([
    "353918116204733", // Luhn fails
    "sub-30417-202601",
    "2.8.1",
    "1.2.3",
    "12:30:45",
    "room_5102",
    "not@mail",
    "0.0.0.0",
    "00000000-0000-0000-0000-000000000000",
  ])("near miss %s survives", (value) => {
    const text = `{"note":${JSON.stringify(value)}}`;
    expect(body(text).text).toBe(text);
  });
  it("reads a number inside an identifier built from it, where `_` joins it to words", () => {
    const { text, report } = body(
      JSON.stringify({
        stream_id: "live_13812345678_1700000000",
        room_id: "room_13812345678",
        ref: "u13812345678",
      }),
      "zego",
    );
    expect(JSON.parse(text)).toEqual({
      stream_id: "live_[redacted:contact.phone]_1700000000",
      room_id: "room_[redacted:contact.phone]",
      ref: "u13812345678", // a letter still glues: `u1381...` may be any id
    });
    expect(report.findings.map((f) => [f.location, f.category])).toEqual([
      ["body:stream_id~text", "contact.phone"],
      ["body:room_id~text", "contact.phone"],
    ]);
  });
});

describe("a person named by role: author, owner, user, sender...", () => {
  it("a name-shaped value there is a name, an address an e-mail; an id or a system word stays", () => {
    const text = JSON.stringify({
      author: "Astrid Solberg",
      user: "Ingrid",
      assignee: "张三",
      sender: "astrid@example.org",
      owner: "kago_30417",
      creator: "System",
      receiver: "ABC",
      member: "Pixel 8 Pro",
      note: "astrid and ingrid wrote this",
    });
    const { text: out, report } = body(text, "aliyun");
    expect(JSON.parse(out)).toEqual({
      owner: "kago_30417",
      creator: "System",
      receiver: "ABC",
      member: "Pixel 8 Pro",
      // the names found by their shape echo in the record's text like any other
      note: "[redacted:account.profile.name] and [redacted:account.profile.name] wrote this",
    });
    expect(report.findings.slice(0, 4).map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:author", "account.profile.name", "value"],
      ["body:user", "account.profile.name", "value"],
      ["body:assignee", "account.profile.name", "value"],
      ["body:sender", "contact.email", "value"],
    ]);
  });
  it("a name shape elsewhere, or after a label in prose, is nothing", () => {
    // (a listed given name and surname is read in any text since session 16: bare-names.test.ts)
    const text = '{"title":"Harbour Lights","msg":"mac Deadbeef"}';
    expect(body(text, "aliyun").text).toBe(text);
  });
});

describe("resident identity card numbers and other national numbers (identity.national_id, which no recipient gets)", () => {
  const ID = "11010519491231002X";
  it.each([
    "id_card",
    "idCardNo",
    "national_id",
    "shenfenzheng",
    "sfzh",
    "身份证号",
    "身份證號碼",
    "holder_id_card",
    "持卡人身份证号",
    // other countries' national numbers (session 11)
    "ssn",
    "SocialSecurityNumber",
    "customer_ssn",
    "national_insurance_number",
    "nino",
    "pesel",
    "personnummer",
    "codice_fiscale",
    "aadhaar",
    "주민등록번호",
    "hkid",
    "身分證字號",
  ])("%s names one, whatever its value holds", (key) => {
    const { text, report } = body(`{"${key}":"G12345678","k":1}`);
    expect(text).toBe('{"k":1}');
    expect(report.findings.map((f) => [f.category, f.detector])).toEqual([["identity.national_id", "key"]]);
  });
  it("is found by value under any key, in free text and under a hinting key; a near miss survives", () => {
    const { text, report } = body(
      `{"note":"${ID}","msg":"我的身份证号是${ID}，谢谢","id_no":"110101199003074514","k":"110105194912310021"}`,
    );
    expect(text).toBe(
      '{"msg":"我的身份证号是[redacted:identity.national_id]，谢谢","k":"110105194912310021"}',
    );
    expect(report.findings.map((f) => [f.location, f.detector])).toEqual([
      ["body:note", "value"],
      ["body:msg~text", "text"],
      ["body:id_no", "value"],
    ]);
    // `id_no` only hints: a value that is no identity number stays
    expect(body('{"id_no":"A-1029"}').text).toBe('{"id_no":"A-1029"}');
  });
  it("is structure enough to be found in a URL path, where a 15-digit IMEI is taken for an id", () => {
    const res = r.redact({ ...transfer("aliyun"), path: `/users/${ID}/logs` });
    expect(res.ok ? null : [res.error.code, res.error.location]).toEqual([
      "personal_data_in_path",
      "path:[1]",
    ]);
    expect(r.redact({ ...transfer("aliyun"), path: "/users/353918116204732/logs" }).ok).toBe(true);
  });
});

describe("payment card numbers (financial.payment_card, which no recipient gets)", () => {
  const PAN = "4539578763621486";
  it("a card's number or security code is found by key, whatever the value", () => {
    const { text, report } = body(
      `{"card_number":"${PAN}","cvv":123,"银行卡号":"6217000000000000004","billingCardNumber":"x","k":1}`,
    );
    expect(text).toBe('{"k":1}');
    expect(new Set(report.findings.map((f) => `${f.category}/${f.detector}`))).toEqual(
      new Set(["financial.payment_card/key"]),
    );
  });
  it("a number written in groups is found by value, in free text and named in text", () => {
    const { text, report } = body(
      `{"note":"4539 5787 6362 1486","msg":"paid with 3714-496353-98431, thanks","log":"card_no=${PAN} ok","chat":"card_no: 6217 00000000 0000004 ok"}`,
      "aliyun",
    );
    expect(JSON.parse(text)).toEqual({
      msg: "paid with [redacted:financial.payment_card], thanks",
      log: "card_no=[redacted:financial.payment_card] ok",
      // named, a number in any grouping runs on over its groups
      chat: "card_no: [redacted:financial.payment_card] ok",
    });
    expect(report.findings.map((f) => [f.location, f.detector])).toEqual([
      ["body:note", "value"],
      ["body:msg~text", "text"],
      ["body:log~text", "text"],
      ["body:chat~text", "text"],
    ]);
  });
  it("a card number under card, pan or cc is found; another value there stays (session 17)", () => {
    const { text, report } = body(
      `{"card":"${PAN}","pan":"${PAN}","cc":"${PAN}","payment":{"card":"summary_large_image","pan":"0.5"},"audio":{"pan":"4539578763621487"},"k":1}`,
    );
    expect(JSON.parse(text)).toEqual({
      payment: { card: "summary_large_image", pan: "0.5" },
      audio: { pan: "4539578763621487" }, // the Luhn digit fails
      k: 1,
    });
    expect(report.findings.map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:card", "financial.payment_card", "value"],
      ["body:pan", "financial.payment_card", "value"],
      ["body:cc", "financial.payment_card", "value"],
    ]);
  });
  it("a plain run of digits unnamed, a failed check or a card's type survive: an order number looks the same", () => {
    const text = `{"order_id":"${PAN}","msg":"order ${PAN} shipped","note":"4539 5787 6362 1487","card_type":"visa"}`;
    expect(body(text, "aliyun").text).toBe(text);
  });
});

describe("bank account numbers (financial.bank_account, which no recipient gets)", () => {
  it("an IBAN is found by key, as a whole value under any key and in free text", () => {
    const { text, report } = body(
      '{"iban":"x","target":"NO93 8601 1117 947","msg":"please pay to DE89370400440532013000 by Friday","银行账号":"6222020200112233440"}',
      "aliyun",
    );
    expect(JSON.parse(text)).toEqual({ msg: "please pay to [redacted:financial.bank_account] by Friday" });
    expect(report.findings.map((f) => [f.location, f.detector])).toEqual([
      ["body:iban", "key"],
      ["body:target", "value"],
      ["body:msg~text", "text"],
      ["body:银行账号", "key"],
    ]);
  });
  it("a near miss (check digits, length) and a hex digest that starts like one survive", () => {
    const text =
      '{"a":"DE88370400440532013000","b":"de89a7f0c2b4d6e8f0a1b2c3d4e5f6a7","account_number":"A-1029"}';
    expect(body(text, "aliyun").text).toBe(text);
  });
});

describe("passport numbers (identity.passport, which no recipient gets)", () => {
  it("are found by key and named in text: they have no shape of their own", () => {
    const { text, report } = body(
      '{"passport_no":"E12345678","护照号码":"E12345678","msg":"护照号：E12345678，姓名见附件","k":"E12345678"}',
      "aliyun",
    );
    expect(JSON.parse(text)).toEqual({
      msg: "护照号：[redacted:identity.passport]，姓名见附件",
      k: "E12345678",
    });
    expect(report.findings.map((f) => f.category)).toEqual([
      "identity.passport",
      "identity.passport",
      "identity.passport",
    ]);
  });
});

describe("precise location (location.coordinates, which no recipient gets)", () => {
  it("latitude and longitude are found by key, as numbers or strings, in any language", () => {
    const { text } = body(
      '{"lat":59.9139,"lng":10.7522,"geo":{"latitude":"59.9139","longitude":"10.7522"},"经度":116.39,"k":1}',
      "aliyun",
    );
    expect(text).toBe('{"geo":{},"k":1}');
  });
  it("a pair under a place's key, a geo: URI anywhere and pairs named in text go", () => {
    const { text } = body(
      '{"location":"59.9139, 10.7522","loc":"geo:59.9139,10.7522;u=35","msg":"lat=59.9139&lng=10.7522"}',
      "aliyun",
    );
    expect(JSON.parse(text)).toEqual({
      msg: "lat=[redacted:location.coordinates]&lng=[redacted:location.coordinates]",
    });
  });
  it("a bare pair with four decimals each is found under any key; fewer decimals are not", () => {
    const { text, report } = body(
      '{"p":"59.9139,10.7522","q":"-33.86882, 151.20929","r":"59.913,10.752","s":"0.125,0.250"}',
      "aliyun",
    );
    expect(text).toBe('{"r":"59.913,10.752","s":"0.125,0.250"}');
    expect(report.findings.map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:p", "location.coordinates", "value"],
      ["body:q", "location.coordinates", "value"],
    ]);
  });
  it("a screen's or city's name, a switch and coarse numbers under those keys survive", () => {
    const text =
      '{"location":"room","position":"top","geo":"geo:59.9,10.7","location_name":"Oslo","gps":true}';
    expect(body(text, "aliyun").text).toBe(text);
  });
});

describe("free text", () => {
  it("replaces only the span, with a placeholder naming the category", () => {
    const { text, report } = body(
      '{"Text":"call me on +44 7700 900417 or a@example.org, thanks"}',
      "tencent",
    );
    expect(text).toBe('{"Text":"call me on [redacted:contact.phone] or [redacted:contact.email], thanks"}');
    expect(report.findings.map((f) => f.location)).toEqual(["body:Text~text", "body:Text~text"]);
  });
  it("keeps escapes valid when a string with escapes is rewritten", () => {
    const { text } = body('{"t":"line1\\nmail a@example.org \\"q\\""}', "tencent");
    expect(JSON.parse(text)).toEqual({ t: 'line1\nmail [redacted:contact.email] "q"' });
  });
});

describe("tag/value pairs", () => {
  it("Tencent ProfileItem: the tag decides; a dropped item leaves its array", () => {
    const text =
      '{"ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"n"},{"Tag":"Tag_Profile_IM_AdminForbidType","Value":"AdminForbid_Type_None"},{"Value":19941102,"Tag":"Tag_Profile_IM_BirthDay"}]}';
    const { text: out, report } = body(text, "tencent");
    expect(out).toBe(
      '{"ProfileItem":[{"Tag":"Tag_Profile_IM_AdminForbidType","Value":"AdminForbid_Type_None"}]}',
    );
    expect(report.findings.map((f) => [f.location, f.category, f.detector])).toEqual([
      ["body:ProfileItem[].Value", "account.profile.nickname", "tag-value"],
      ["body:ProfileItem[].Value", "account.profile.birthday", "tag-value"],
    ]);
  });
  it("SLS contents {Key, Value} and {name, value} pairs use the key table on the tag", () => {
    const text =
      '{"contents":[{"Key":"user_email","Value":"x"},{"Key":"event","Value":"tap"}],"p":[{"name":"phone","value":"41234567"},{"name":"lang","value":"en"}]}';
    expect(body(text, "aliyun").text).toBe(
      '{"contents":[{"Key":"event","Value":"tap"}],"p":[{"name":"lang","value":"en"}]}',
    );
  });
  it("a `name` member outside a pair is a personal name", () => {
    expect(body('{"name":"Ingrid","k":1}').text).toBe('{"k":1}');
  });
  it("a pair whose tag goes goes whole: no item is left without its Key (session 17)", () => {
    const text = JSON.stringify({
      AppMemberDefinedData: [
        { Key: "astrid@example.org", Value: "1" },
        { Value: "2", Key: "+47 412 34 567" },
        { Key: "level", Value: "3" },
      ],
    });
    expect(body(text, "tencent").text).toBe('{"AppMemberDefinedData":[{"Key":"level","Value":"3"}]}');
    // not a pair (no value member): the other members stay
    expect(body('{"items":[{"name":"astrid@example.org","age":3}]}', "tencent").text).toBe(
      '{"items":[{"age":3}]}',
    );
  });
});

describe("map entries: [key, value] arrays in an array", () => {
  it("the first item names the second; an entry whose value goes goes whole", () => {
    const res = redactJsonBody(
      r,
      "facebook",
      '{"attrs":[["user_name","Astrid Solberg"],["plan","pro"],["nick","astro"],["age",41]]}',
    );
    expect(bodyOf(res)).toBe('{"attrs":[["plan","pro"],["age",41]]}');
    expect(findingsOf(res)).toEqual([
      ["body:attrs[][]", "account.profile.name", "drop", "tag-value"],
      ["body:attrs[][]", "account.profile.nickname", "drop", "tag-value"],
    ]);
  });
  it("a map serialised whole (`[...map]`) at the top, keys in any case and with escapes", () => {
    expect(body('[["EMAIL","x1"],["Phone\u004eumber",4741234567],["k","v"]]').text).toBe('[["k","v"]]');
  });
  it("a masked value keeps its entry, and a kept category keeps its value", () => {
    const masking = redactorWith({ "account.profile.name": { operator: "mask" } });
    expect(bodyOf(redactJsonBody(masking, "facebook", '[["name","Astrid"]]'))).toBe('[["name","******"]]');
    expect(body('[["network_type","wifi"]]', "facebook").text).toBe('[["network_type","wifi"]]');
  });
  it("a container named by its key goes whole with its entry", () => {
    expect(body('[["address",{"city":"Oslo","zip":"0150"}],["k",1]]').text).toBe('[["k",1]]');
  });
  it("a hinting key runs the weak detectors on the value, as a member's would", () => {
    expect(body('[["device_id","490154203237518"],["device_id","v2.1"]]', "tencent").text).toBe(
      '[["device_id","v2.1"]]',
    );
  });
  it("only an array in an array is an entry: a top-level pair or a list under a key is not", () => {
    expect(body('["email","phone"]').text).toBe('["email","phone"]');
    expect(body('{"fields":["email","phone"]}').text).toBe('{"fields":["email","phone"]}');
    expect(body('{"fields":[["id","email"],3]}').text).toBe('{"fields":[["id","email"],3]}');
  });
  it("only a string written like a key names: not a sentence, not the engine's placeholder", () => {
    const kept = '[["please send the email","x1"],["[redacted:contact.email]","x2"],[" name","x3"]]';
    expect(body(kept).text).toBe(kept);
  });
  it("an entry with more items loses only the value", () => {
    expect(body('[["name","Astrid","x"]]').text).toBe('[["name","x"]]');
  });
});

describe("query strings, form bodies and headers", () => {
  it("drops pairs with their & and keeps the others' encoding exactly", () => {
    const res = r.redact(
      transfer("aliyun", { query: "a=1&phone=%2B44%207700%20900417&b=x%20y&a=2&ssid=Net&c=%7E" }),
    );
    expect(res.ok && res.transfer.query).toBe("a=1&b=x%20y&a=2&c=%7E");
  });
  it("re-encodes JSON inside a form value", () => {
    const form = `d=${encodeURIComponent('{"email":"a@b.org","k":1}')}&x=1`;
    const res = r.redact(transfer("facebook", { body: { kind: "form", text: form } }));
    expect(res.ok && res.transfer.body).toEqual({
      kind: "form",
      text: `d=${encodeURIComponent('{"k":1}')}&x=1`,
    });
  });
  it("refuses bad percent-encoding", () => {
    const q = r.redact(transfer("aliyun", { query: "a=%zz" }));
    expect(!q.ok && q.error.code).toBe("invalid_query_encoding");
    const f = r.redact(transfer("aliyun", { body: { kind: "form", text: "a=%E0%A4" } }));
    expect(!f.ok && f.error.code).toBe("invalid_form_encoding");
  });
  it("removes cookies one by one and the header when none is left", () => {
    const res = r.redact(
      transfer("facebook", {
        headers: [
          ["cookie", "_fbp=fb.1.2.3; sid=abc"],
          ["x-forwarded-for", "192.0.2.1, 198.51.100.7"],
          ["authorization", "Bearer EAAGm0PX4ZCpsBA"],
          ["content-type", "application/json"],
        ],
      }),
    );
    expect(res.ok && res.transfer.headers).toEqual([
      ["authorization", "Bearer EAAGm0PX4ZCpsBA"],
      ["content-type", "application/json"],
    ]);
    expect(res.ok && res.report.findings.map((f) => f.location)).toEqual([
      "header:cookie._fbp",
      "header:cookie.sid",
      "header:x-forwarded-for",
    ]);
  });
  it("reads credentials and content negotiation with the structural detectors, framing not at all (session 14)", () => {
    const claims = Buffer.from(JSON.stringify({ sub: "42", email: "ingrid@example.org" })).toString(
      "base64url",
    );
    const headers: [string, string][] = [
      ["content-type", "application/json; email=ingrid@example.org"],
      ["x-request-id", "req-ingrid@example.org"],
      ["origin", "https://192.0.2.44"],
      ["authorization", `Bearer eyJhbGciOiJIUzI1NiJ9.${claims}.c2lnbmF0dXJl`],
      ["accept", "*/*"],
      ["x-log-date", "Mon, 30 Nov 2026 20:00:00 GMT"],
      ["x-request-id", "13812345678"], // a structural reading takes no bare number for a phone
      ["host", "ingrid@example.org"], // framing: the gateway sets it
    ];
    const res = inspecting.redact(transfer("facebook", { headers }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    // the request id is an address whole, and goes; a signed JWT whose claims hold an account id
    // and an address goes whole (session 18: it could not verify with a claim cut out)
    // (session 20: a media type's parameter other than a charset, a q-value or a boundary does not
    // fit its grammar and goes unread)
    expect(res.transfer.headers).toEqual([
      ["content-type", "application/json"],
      ["origin", "https://[redacted:network.ip_address]"],
      ["authorization", "Bearer [redacted:account.id]"],
      ...headers.slice(4),
    ]);
    expect(res.report.droppedHeaders).toEqual([{ location: "header:content-type", reason: "malformed" }]);
    expect(res.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:x-request-id", "contact.email"],
      ["header:origin~text", "network.ip_address"],
      ["header:authorization#base64#json.sub", "account.id"],
      ["header:authorization#base64#json.email", "contact.email"],
    ]);
  });
  it("reads a value shaped like a media type by its header's name unless it is a media type's (session 16)", () => {
    const headers: [string, string][] = [
      ["user-agent", "okhttp/4.12.0"],
      ["x-user-name", "astrid/solberg"],
      ["x-phone", "tel/+4741234567"],
      ["accept", "application/json"],
      ["content-type", "text/plain; charset=utf-8"],
      ["x-mode", "read/write"],
    ];
    const res = inspecting.redact(transfer("facebook", { headers }));
    if (!res.ok) throw new Error(res.error.code);
    expect(res.transfer.headers).toEqual(headers.slice(3));
    expect(res.report.findings.map((f) => [f.location, f.category])).toEqual([
      ["header:user-agent", "device.attribute.software_version"],
      ["header:x-user-name", "account.profile.name"],
      ["header:x-phone", "contact.phone"],
    ]);
  });
  it("refuses an unknown recipient", () => {
    const res = r.redact(transfer("nobody"));
    expect(!res.ok && [res.error.code, res.error.status]).toEqual(["unknown_recipient", 404]);
  });
});

describe("classify (dry run)", () => {
  it("reports findings and decisions without a transfer", () => {
    const res = r.classify(
      transfer("facebook", { body: { kind: "json", text: '{"em":"x","connection_type":"4g"}' } }),
    );
    expect(res.ok && res.findings.map((f) => [f.category, f.action])).toEqual([
      ["contact.email", "drop"],
      ["network.status", "keep"],
    ]);
    expect(res).not.toHaveProperty("transfer");
  });
});
