/**
 * Values a personal key names inside free text: a log line's `user_name=Astrid Solberg`, a
 * `toString()` dump, a JSON or Python-dict fragment quoted in a message. No finder sees a name;
 * the key written beside it says what it is.
 */
import { describe, expect, it } from "vitest";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();

const message = (text: string) => redactedMessage(r, text);

describe("values named by a personal key in free text", () => {
  it.each([
    [
      "login ok user_name=Astrid Solberg uid=42 at 10:00",
      "login ok user_name=[redacted:account.profile.name] uid=[redacted:account.id] at 10:00",
    ],
    ["User{first_name=Astrid, plan=gold}", "User{first_name=[redacted:account.profile.name], plan=gold}"],
    ['retry user_name="Astrid Solberg" later', 'retry user_name="[redacted:account.profile.name]" later'],
    ["?next=/home&nickname=astro&x=1", "?next=/home&nickname=[redacted:account.profile.nickname]&x=1"],
    [
      'payload {"first_name":"Astrid","plan":"gold"} failed',
      'payload {"first_name":"[redacted:account.profile.name]","plan":"gold"} failed',
    ],
    [
      "dict {'customer_nickname': 'astro', 'n': 1}",
      "dict {'customer_nickname': '[redacted:account.profile.nickname]', 'n': 1}",
    ],
    ['"dob": 19900401, "ok": true', '"dob": [redacted:account.profile.birthday], "ok": true'],
    ["Name: Astrid Solberg\nPlan: gold", "Name: [redacted:account.profile.name]\nPlan: gold"],
    [
      "cb https://x.example/?next=%2Fhome%3Fuser_name%3DAstrid%26x%3D1",
      "cb https://x.example/?next=%2Fhome%3Fuser_name%3D[redacted:account.profile.name]%26x%3D1",
    ],
    ["user_name&#61;Astrid; ok", "user_name&#61;[redacted:account.profile.name]; ok"],
    [
      "Array\n(\n    [name] => Ingrid Solberg\n    [plan] => gold\n)",
      "Array\n(\n    [name] => [redacted:account.profile.name]\n    [plan] => gold\n)",
    ],
    ["['first_name' => 'Astrid', 'n' => 1]", "['first_name' => '[redacted:account.profile.name]', 'n' => 1]"],
    ['{:nickname => "astro", :x => 1}', '{:nickname => "[redacted:account.profile.nickname]", :x => 1}'],
    [
      "[user]\nname = Astrid Solberg\nplan = gold",
      "[user]\nname = [redacted:account.profile.name]\nplan = gold",
    ],
    [
      'soap <user><first_name>Astrid</first_name><nickname lang="en">astro</nickname></user>',
      'soap <user><first_name>[redacted:account.profile.name]</first_name><nickname lang="en">[redacted:account.profile.nickname]</nickname></user>',
    ],
    [
      "联系人 姓名：张三 电话：020 7946 0958，谢谢",
      "联系人 姓名：[redacted:account.profile.name] 电话：[redacted:contact.phone]，谢谢",
    ],
    [
      "联系人姓名=李四; 性别：女",
      "联系人姓名=[redacted:account.profile.name]; 性别：[redacted:account.profile.gender]",
    ],
    [
      "聯絡人 暱稱：小明，性別：男，電郵：ming，謝謝",
      "聯絡人 暱稱：[redacted:account.profile.nickname]，性別：[redacted:account.profile.gender]，電郵：[redacted:contact.email]，謝謝",
    ],
    // a number written in groups is taken whole, not up to its first space; a date in words too
    [
      "Name: Astrid Solberg\nPhone: 99 99 99 99\nDOB: 1 March 1990\nPlan: gold",
      "Name: [redacted:account.profile.name]\nPhone: [redacted:contact.phone]\nDOB: [redacted:account.profile.birthday]\nPlan: gold",
    ],
    // aliyun may get an IMEI: the groups of a kept value are kept
    [
      "phone=+47 (0)22 12 34 56 call after 5, imei: 35 209900 176148 1 ok",
      "phone=[redacted:contact.phone] call after 5, imei: 35 209900 176148 1 ok",
    ],
    ["tel: 99 99 99 99 x2 plan: gold", "tel: [redacted:contact.phone] x2 plan: gold"],
    ["tel: (22) 12 34 56 (home), plan: gold", "tel: [redacted:contact.phone] (home), plan: gold"],
    [
      "birthday: April 1, 1990 and dob: 1990-04-01 ok, dob：59:97:11 aa",
      "birthday: [redacted:account.profile.birthday] and dob: [redacted:account.profile.birthday] ok, dob：[redacted:account.profile.birthday] aa",
    ],
    // Meta's two-letter keys name a value only quoted or as a member: bare, they are a log's
    // database, function and line (session 12)
    [
      "query failed db=orders host=db1, fn=handleRequest ln=42",
      "query failed db=orders host=db1, fn=handleRequest ln=42",
    ],
    ["db: mysql", "db: mysql"],
    // a key in bracket notation: its last name under the name before it, as in a form
    [
      "posted data[0][user_data][fn]=astrid&data[0][user_data][ct]=oslo&data[0][event_name]=Purchase",
      "posted data[0][user_data][fn]=[redacted:account.profile.name]&data[0][user_data][ct]=[redacted:contact.address]&data[0][event_name]=Purchase",
    ],
    ["items[0][price]=10", "items[0][price]=10"],
    // a network status in text is a connection type or an online state; a pool's size is none
    [
      "network=wifi rtt=40, online=true",
      "network=[redacted:network.status] rtt=40, online=[redacted:network.status]",
    ],
    ["pool connections=17 idle=3, network=prod-eu", "pool connections=17 idle=3, network=prod-eu"],
    [
      '{"fn":"astrid","ln":"solberg"} sent',
      '{"fn":"[redacted:account.profile.name]","ln":"[redacted:account.profile.name]"} sent',
    ],
    // keys of two or three words on their own line, and a name's key after a possessive (session 14)
    ["Full name: Astrid Solberg\nStatus: ok", "Full name: [redacted:account.profile.name]\nStatus: ok"],
    [
      "First name: Astrid, Last name: Solberg",
      "First name: [redacted:account.profile.name], Last name: [redacted:account.profile.name]",
    ],
    ["Emergency contact: Ola Nordmann", "Emergency contact: [redacted:account.profile.name]"],
    ["Họ tên: Nguyễn Văn An", "Họ tên: [redacted:account.profile.name]"],
    ["Mein Name: Anna Schmidt", "Mein Name: [redacted:account.profile.name]"],
    // keys in other scripts (session 14)
    ["이름: 김민수\n상태: 완료", "이름: [redacted:account.profile.name]\n상태: 완료"],
    ["Имя: Иван Петров\nСтатус: готово", "Имя: [redacted:account.profile.name]\nСтатус: готово"],
    ["status=ok&имя=Иван", "status=ok&имя=[redacted:account.profile.name]"],
    ["성명=김민수, 상태=완료", "성명=[redacted:account.profile.name], 상태=완료"],
  ])("%s", (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it.each([
    "event_name=Purchase a=b==c token=abc= x==y",
    "device_model=Pixel 8 Pro app_version=2.8.1",
    'config {"plan":"gold","retries":3}',
    "name= empty value",
    "at 10:00:00 see https://kago.example/a?b=c; status: ok, hostname: kago-log-01",
    "服务器地址：kago-log-01，状态：正常",
    "if a < b then <b>bold</b> and <plan>gold</plan>",
    "cb https://x.example/?next=%2Fhome%3Fplan%3Dgold",
    "if name != x and n >= 3 or name == y, x]=>y ]=> [=> '=>",
    "Größe: 42, Примечание: заказ 123, 상태: 완료, Trạng thái: xong",
    // translated format strings and usage text (session 14, from gettext catalogs)
    "enumbeg, длина: %u, имя: %.*s",
    "blkini: dirección: 0x%08x, nombre: %.*s",
    "в виде «alias имя=значение» на стандартный вывод",
    "%s: -K memerlukan NAMA=NILAI",
    "the user name: is required",
    "File name: report.pdf, Host name: kago-01",
    "Error in full name: too long",
    "we reported: ok, my address: unknown",
    "    - MAC: AEAD",
    "składnia klasy znaku to [[:space:]], nie [:space:]",
    "잘못된 형식의 필드 이름: %.*s",
    "적절한 필드 이름: 'source', 'fstype'",
  ])("leaves %s as it is (not personal, granted, or nothing named)", (text) => {
    expect(message(text)).toBe(text);
  });

  it("reads plain-text bodies and query values the same way", () => {
    const res = r.redact(
      transfer("aliyun", {
        query: "q=user_name%3DAstrid",
        body: { kind: "text", text: "user_name=Astrid Solberg logged in" },
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.transfer.body).toEqual({ kind: "text", text: "user_name=[redacted:account.profile.name]" });
    expect(decodeURIComponent(res.transfer.query)).not.toContain("Astrid");
  });

  it("redacts 100,000 named values in one text, never failing on their number", () => {
    const text = "user_name=a ".repeat(100_000);
    const out = message(text);
    expect(out).toBe("user_name=[redacted:account.profile.name] ".repeat(100_000));
  });
});

describe("keys that name other things in log lines as often (session 13)", () => {
  /** Each text reaches aliyun as it came. */
  const unchanged = (texts: string[]) => {
    for (const text of texts) expect(message(text), text).toBe(text);
  };

  it("takes an address part, a network status or a bare name only where the value looks the part", () => {
    unchanged([
      "order state=PAID; task state=running; connection state=CLOSED",
      "GET /oauth/callback?code=abc&state=af0ifjsldkj HTTP/1.1",
      "segfault at address=0x7ffd5a3c addr=0x7ffd5a3c",
      "sls endpoint addr=cn-hangzhou.log.aliyuncs.com zip=true street=false",
      "zip: amd64 (3.0-13), x",
      "name=com.example.app; thread name=main; job name=daily-report",
      "run with -qq = even quieter",
    ]);
    expect(message("billing state=CA zip=94103 city=San Francisco; state: California")).toBe(
      "billing state=[redacted:contact.address] zip=[redacted:contact.address] city=[redacted:contact.address]; state: [redacted:contact.address]",
    );
    expect(message("qq=12345678, wechat=astrid")).toBe(
      "qq=[redacted:contact.messenger], wechat=[redacted:contact.messenger]",
    );
    // a quoted name is a string literal (Node's util.inspect): one word in lower case is one
    expect(message("user { name: 'john', id: 7 } { name: 'metric_name' }")).toBe(
      "user { name: '[redacted:account.profile.name]', id: 7 } { name: 'metric_name' }",
    );
    expect(message("login name=Astrid Solberg, user_name=astrid")).toBe(
      "login name=[redacted:account.profile.name], user_name=[redacted:account.profile.name]",
    );
  });

  it("reads an element only up to its closing tag, and no Meta two-letter key as an element's name", () => {
    unchanged([
      "The <name> is expected in the file",
      "git -c <name>=<value> status",
      "bind to <ip-address> when making DNS requests",
      "Click <em>Save</em> to continue",
      "Enter your <phone> number and <b>save</b>",
    ]);
    expect(message("<name>Astrid</name> and <email>a@b.example</email>")).toBe(
      "<name>[redacted:account.profile.name]</name> and <email>[redacted:contact.email]</email>",
    );
  });

  it("reads a key a program wrote in the middle of a line", () => {
    expect(message("ok 姓名:王芳，谢谢")).toBe("ok 姓名:[redacted:account.profile.name]，谢谢");
    expect(message("login success userId: 1008611")).toBe("login success userId: [redacted:account.id]");
    expect(message("{ID:42 Name:Jane Doe}")).toBe("{ID:42 Name:[redacted:account.profile.name]}");
    expect(message('WifiInfo: SSID: "HomeNet", BSSID: 00:1a:2b:3c:4d:5e')).toBe(
      'WifiInfo: SSID: "[redacted:network.ssid]", BSSID: [redacted:network.bssid]',
    );
    // a sentence's word before a colon is still no key
    unchanged(["the time is 10:30 name: x", "we reported: ok, my address: unknown"]);
  });

  it("judges a JSON member's address part the same way, not the Conversions API's hashed ones", () => {
    const st = "6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126";
    const body = JSON.stringify({
      state: "running",
      zip: "true",
      addr: "0x7ffd5a3c",
      endpoint: { address: "cn-hangzhou.log.aliyuncs.com" },
      billing: { state: "CA", zip: "94103", city: "San Francisco" },
      user_data: { st },
    });
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", body)))).toEqual({
      state: "running",
      zip: "true",
      addr: "0x7ffd5a3c",
      endpoint: { address: "cn-hangzhou.log.aliyuncs.com" },
      billing: {},
      user_data: {},
    });
  });

  it("ends an unquoted value at the quote the pair is written in", () => {
    expect(message('url="https://x.example/p?user_name=Astrid" status=200')).toBe(
      'url="https://x.example/p?user_name=[redacted:account.profile.name]" status=200',
    );
    expect(message('GET "/api?x=1&realname=%E7%8E%8B%E8%8A%B3" 200')).toBe(
      'GET "/api?x=1&realname=[redacted:account.profile.name]" 200',
    );
  });

  it("reads a form field's value by the field's name, and no element's name as a person's", () => {
    expect(message('<input type="text" name="fullname" value="Jane Doe">')).toBe(
      '<input type="text" name="fullname" value="[redacted:account.profile.name]">',
    );
    expect(message("<input type='hidden' value='Astrid' name='nickname'/>")).toBe(
      "<input type='hidden' value='[redacted:account.profile.nickname]' name='nickname'/>",
    );
    unchanged([
      '<a name="team"></a> <a name="workers">',
      '<input type="text" name="foo" value="1" /><select name="user.age">',
      '<input placeholder="enter your name" name="name"> <input type="submit" value="Set Name">',
    ]);
  });

  it("takes no placeholder for a value, and an IP address, a coordinate or a carrier only in its shape", () => {
    unchanged([
      "  -U, --username=USERNAME  user name to connect as",
      "%s: Options must be `name=value' pairs separated with commas",
      "uid=%s gid=%d; nombre: %u; email = {0}; phone: ${phone}; name={{ name }}",
      "--referer=URL  include Referer: URL",
      "ip: argument is wrong: %s",
      "Longitud: 1024 (1,0K) [text/html]",
      "carrier:0 collisions:0",
      "Nombre: .text",
    ]);
    expect(message("ip: 203.0.113.7 lon: 10.7522 carrier=46000 uid=1000")).toBe(
      "ip: [redacted:network.ip_address] lon: [redacted:location.coordinates] carrier=[redacted:network.operator] uid=[redacted:account.id]",
    );
  });

  it("reads a user property Sensors Data and Mixpanel prefix with $", () => {
    expect(message('x {"$first_name":"Jane"} props {"$name":"张伟"}')).toBe(
      'x {"$first_name":"[redacted:account.profile.name]"} props {"$name":"[redacted:account.profile.name]"}',
    );
  });

  it("reads a carrier's name in words", () => {
    expect(message("carrier=China Mobile status=ok")).toBe("carrier=[redacted:network.operator] status=ok");
  });

  it("gives a value its key's category where a finder reads the same span", () => {
    expect(message("bssid=00:1a:2b:3c:4d:5e")).toBe("bssid=[redacted:network.bssid]");
  });
});
