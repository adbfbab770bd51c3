import { describe, expect, it } from "vitest";
import { cannotBePairValue, generalTagCategory, questionCategory } from "../src/general-tags.js";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

const r = redactorWith();
const redacted = (text: string, recipient = "facebook") => bodyOf(redactJsonBody(r, recipient, text));

describe("pair objects with a general tag (session 18, red team round 6 F8)", () => {
  it.each([
    ['{"contacts":[{"type":"mobile","value":"4741234567"}]}', '{"contacts":[]}'],
    ['{"props":[{"type":"phone","content":"4741234567"}]}', '{"props":[]}'],
    ['{"props":[{"property":"phone","data":"4741234567"}]}', '{"props":[]}'],
    ['{"identities":[{"provider":"phone","identifier":"4741234567"}]}', '{"identities":[]}'],
    ['{"attributes":[{"attribute":"birthday","val":"19900401"}]}', '{"attributes":[]}'],
    ['{"traits":[{"trait":"first_name","value":"Astrid"}]}', '{"traits":[]}'],
    ['{"dims":[{"id":"phone","v":"4741234567"}]}', '{"dims":[]}'],
    ['{"details":[{"label":"Phone","value":"4741234567"}]}', '{"details":[]}'],
    ['{"c":[{"type":"phone","number":"4741234567","primary":true}]}', '{"c":[]}'],
    ['{"c":[{"kind":"address","data":{"line":"Karl Johans gate 22"}}]}', '{"c":[]}'],
    // the value after or before the tag, and a tag escaped in the JSON text
    ['{"c":[{"value":"4741234567","type":"mobile"}]}', '{"c":[]}'],
    ['{"c":[{"type":"mob\\u0069le","value":"4741234567"}]}', '{"c":[]}'],
    // a second general tag names the value (`id` names nothing here)
    ['{"c":[{"id":"c1","type":"phone","value":"4741234567"}]}', '{"c":[]}'],
    // a `name` tag naming nothing leaves the pair to the general tag
    ['{"c":[{"name":"Home","type":"phone","value":"4741234567"}]}', '{"c":[]}'],
  ])("drops the pair %s", (input, output) => {
    expect(redacted(input)).toBe(output);
  });

  it("masks the value as the key would where the policy masks: the pair stays", () => {
    const masking = redactorWith({ "account.profile.name": { operator: "mask" } });
    const out = (text: string) => bodyOf(redactJsonBody(masking, "facebook", text));
    const keyed = JSON.parse(out('{"first_name":"Astrid"}')) as { first_name: string };
    expect(keyed.first_name).not.toBe("Astrid");
    expect(out('{"t":[{"trait":"first_name","value":"Astrid"}]}')).toBe(
      `{"t":[{"trait":"first_name","value":${JSON.stringify(keyed.first_name)}}]}`,
    );
  });

  it.each([
    // general tags that name no person's data, or only hint at one
    '{"repository":{"type":"git","url":"https://github.com/a/b"}}',
    '{"x":[{"type":"text","content":"hi"},{"type":"image","data":"abc"}]}',
    '{"x":[{"type":"user","value":"u1"},{"kind":"location","value":"Oslo"}]}',
    '{"x":[{"type":"string","value":"4741234567"}]}',
    // a form field definition: no value member, or an empty one
    '{"f":[{"type":"email","label":"E-mail","required":true}]}',
    '{"f":[{"type":"email","id":"email","value":""}]}',
    // select options: the value is itself a field name
    '{"o":[{"label":"Name","value":"name"},{"label":"Phone","value":"phone"},{"label":"E-mail","value":"email"}]}',
    // booleans and counts cannot be a phone number or an e-mail address, nor can settings
    '{"x":[{"type":"phone","value":true},{"type":"email","value":3}]}',
    '{"notify":[{"id":"email","value":"weekly"},{"id":"sms","value":"off"},{"id":"phone","value":"never"}]}',
    // prose is no tag, though it ends in a field name
    '{"x":[{"type":"What is your phone","value":"x"}]}',
    // an option of a select box or a tree: `text` is its caption, no pair's value
    '{"o":[{"id":"address","text":"Where do you live?"},{"id":"birthday","text":"Your birthday (optional)"}]}',
    // a tag member with a strong name: `data` and `content` are no value of a `name` pair
    '{"m":[{"key":"phone","data":"Notify"}]}',
  ])("keeps %s", (input) => {
    expect(redacted(input)).toBe(input);
  });

  it("reads a message's `name` as a person's name, not as a tag of its `content`", () => {
    expect(redacted('{"m":[{"name":"Astrid","type":"text","content":"hi"}]}')).toBe(
      '{"m":[{"type":"text","content":"hi"}]}',
    );
  });

  it("reads tag values that look like field names only", () => {
    expect(generalTagCategory("mobile")).toBe("contact.phone");
    expect(generalTagCategory("first_name")).toBe("account.profile.name");
    expect(generalTagCategory("E-mail")).toBe("contact.email");
    expect(generalTagCategory("Point")).toBeNull();
    expect(generalTagCategory("user")).toBeNull(); // a hint
    expect(generalTagCategory("What is your phone")).toBeNull();
    expect(generalTagCategory("phone".repeat(8))).toBeNull();
    expect(cannotBePairValue("account.profile.name", "")).toBe(true);
    expect(cannotBePairValue("account.profile.name", "first_name")).toBe(true);
    expect(cannotBePairValue("account.profile.name", "Astrid")).toBe(false);
    expect(cannotBePairValue("contact.email", "weekly")).toBe(true);
    expect(cannotBePairValue("contact.email", "astrid@example.org")).toBe(false);
    expect(cannotBePairValue("contact.phone", "41 23 45 67")).toBe(false);
  });
});

describe("a general pair is no record, no message and no document (session 19, red team round 8 R1)", () => {
  const tencent = (text: string) => redacted(text, "tencent");

  it.each([
    // an app's custom message: its `type` is a kind, its `content` a body, with members of its own
    '{"type":"avatar","content":"https://cdn.kago.example/frames/1024.png","seq":12}',
    '{"type":"name","content":"改名卡 x1 (item 1024)","count":1}',
    '{"events":[{"type":"email","content":"Order 1024 shipped","status":"sent"}]}',
    '{"events":[{"type":"name","content":"sort by name","ts":1}]}',
    '{"msgs":[{"type":"city","content":"see https://kago.example/x/1024 now","seq":7}]}',
    // outside a list a message's body is a pair's value only when it is a short phrase
    '{"type":"city","content":"今晚 8 点在杭州线下见面会 https://kago.example/e/1024"}',
    '{"kind":"region","data":{"code":330100,"rank":3}}',
    '{"type":"phone","content":"verify code sent at 10:02"}',
    // a sort order or a switch is no person's value
    '{"sort":[{"property":"name","value":"desc"}]}',
    '{"settings":[{"id":"theme","value":"dark"},{"id":"name","value":"asc"}]}',
  ])("keeps %s", (input) => {
    expect(tencent(input)).toBe(input);
  });

  it.each([
    // a pair at the root of a document loses its value, never becomes `null`
    ['{"type":"mobile","value":"4741234567"}', '{"type":"mobile"}'],
    ['{"type":"phone","content":"4741234567"}', '{"type":"phone"}'],
    // a short phrase is a value too (red team round 9, A9: a lower-case name, a written date)
    ['{"type":"name","content":"astrid solberg"}', '{"type":"name"}'],
    ['{"type":"birthday","data":"January 5, 1990"}', '{"type":"birthday"}'],
    ['{"type":"language","content":"zh-CN 1"}', '{"type":"language"}'],
    ['{"Tag":"Tag_Profile_IM_Nick","Value":"Astrid"}', '{"Tag":"Tag_Profile_IM_Nick"}'],
    // nor does a pair held by a key take its holder's member with it
    ['{"contact":{"type":"mobile","value":"4741234567"}}', '{"contact":{"type":"mobile"}}'],
    // a record's value member named by its tag goes alone, the record's other members stay
    [
      '{"c":[{"id":12,"type":"mobile","value":"4741234567","contact_id":5}]}',
      '{"c":[{"id":12,"type":"mobile","contact_id":5}]}',
    ],
    // a list of pairs loses the pair whole, as before
    ['{"contacts":[{"type":"mobile","value":"4741234567"}]}', '{"contacts":[]}'],
    [
      '{"p":[{"type":"city","content":"Hangzhou"},{"type":"text","content":"hi"}]}',
      '{"p":[{"type":"text","content":"hi"}]}',
    ],
    ['{"ProfileItem":[{"Tag":"Tag_Profile_IM_BirthDay","Value":19900517}]}', '{"ProfileItem":[]}'],
  ])("reads %s", (input, output) => {
    expect(tencent(input)).toBe(output);
  });

  it("reads a JSON string's whole document as a pair without leaving `null`", () => {
    const body = JSON.stringify({
      MsgBody: [{ MsgContent: { Data: '{"type":"mobile","value":"4741234567"}' } }],
    });
    const out = tencent(body);
    expect(out).not.toContain("4741234567");
    expect(JSON.parse(out).MsgBody[0].MsgContent.Data).toBe('{"type":"mobile"}');
  });
});

describe("questions and their answers (session 19, red team round 8 R15)", () => {
  it.each([
    ['{"l":[{"question":"Your birthday?","answer":"19900517"}]}', '{"l":[]}'],
    ['{"l":[{"question":"Date of birth","answer":"1990-05-17"}]}', '{"l":[]}'],
    ['{"l":[{"q":"ID card number","a":"G12345678"}]}', '{"l":[]}'],
    ['{"l":[{"question":"Your WeChat","answer":"meimei_1999"}]}', '{"l":[]}'],
    ['{"l":[{"prompt":"What is your name?","response":"Astrid"}]}', '{"l":[]}'],
    ['{"l":[{"title":"Birthday","value":"1990-05-17"}]}', '{"l":[]}'],
    ['{"l":[{"param":"birthday","value":"1990-05-17"}]}', '{"l":[]}'],
    // vCard's `cell` names a phone
    ['{"l":[{"type":"cell","value":"4741234567"}]}', '{"l":[]}'],
    // in a record the answer goes alone; a whole document keeps its question
    [
      '{"l":[{"question_id":3,"question":"What is your date of birth?","answer":"1990-05-17"}]}',
      '{"l":[{"question_id":3,"question":"What is your date of birth?"}]}',
    ],
    ['{"question":"请输入您的手机号","answer":"4741234567"}', '{"question":"请输入您的手机号"}'],
  ])("reads %s", (input, output) => {
    expect(redacted(input, "aliyun")).toBe(output);
  });

  it.each([
    // an FAQ's question asks how, not for a field; a quiz's asks for no person's data
    '{"faq":[{"question":"How do I change my name?","answer":"Go to Settings > Profile"}]}',
    '{"faq":[{"question":"How do I update my phone number?","answer":"Open Settings, then Account"}]}',
    '{"quiz":[{"q":"Capital of France?","a":"Paris"}]}',
    // a title pairs with a value or an answer, not with a notification's content
    '{"l":[{"title":"Email","content":"We sent you a link"}]}',
    '{"l":[{"title":"Name","content":"Kago_weekly"}]}',
    '{"l":[{"title":"Phone","value":"required"},{"title":"Revenue","value":1200}]}',
    // a spreadsheet's cell is no phone
    '{"cells":[{"type":"cell","value":"A1"}]}',
  ])("keeps %s", (input) => {
    expect(redacted(input, "aliyun")).toBe(input);
  });

  it("reads the field a question asks for", () => {
    expect(questionCategory("Your birthday?")).toBe("account.profile.birthday");
    expect(questionCategory("What's your phone number?")).toBe("contact.phone");
    expect(questionCategory("请输入您的手机号")).toBe("contact.phone");
    expect(questionCategory("How do I change my name?")).toBeNull();
    expect(questionCategory(`Your ${"very ".repeat(20)}phone?`)).toBeNull();
    // past its length cap a caption is no question, and is not searched for its end at all (a long
    // run of spaces would be searched from each of its places): the same words shorter are read
    expect(questionCategory(`phone${" ".repeat(59)}`)).toBe("contact.phone");
    expect(questionCategory(`phone${" ".repeat(60)}`)).toBeNull();
    expect(cannotBePairValue("contact.phone", "A1")).toBe(true);
  });
});

describe("a search filter's or an option's pair objects (session 20, red team round 9 A8)", () => {
  it.each([
    [
      '{"filter":[{"key":"name","value":"Astrid Solberg"},{"value":"4741234567","field":"phone"},{"type":"name","value":"张伟"}]}',
      '{"filter":[]}',
    ],
    ['{"where":{"key":"birthday","value":"19900517"}}', "{}"],
    // a profile's own pair list is no filter
    ['{"attrs":[{"key":"name","value":"Large"}]}', '{"attrs":[]}'],
  ])("%s goes as %s", (input, output) => {
    expect(redacted(input, "aliyun")).toBe(output);
  });

  it.each([
    '{"filter":[{"key":"name","value":"iphone"}]}',
    '{"filter":[{"value":"iphone","key":"name"}]}',
    '{"filters":{"field":"name","value":"Galaxy S24"}}',
    '{"options":[{"type":"name","value":"Large"},{"key":"phone","value":"iPhone 15"}]}',
    '{"query":{"search":[{"field":"name","value":"玫瑰"}]}}',
  ])("%s stays", (input) => {
    expect(redacted(input, "aliyun")).toBe(input);
  });
});

describe("Typeform's webhook answers, named by their field's ref (session 20, red team round 8 R15)", () => {
  it.each([
    [
      '{"answers":[{"field":{"ref":"birthday"},"type":"date","date":"1990-05-17"}]}',
      '{"answers":[{"field":{"ref":"birthday"},"type":"date"}]}',
    ],
    [
      '{"answers":[{"type":"text","text":"meimei_1999","field":{"id":"x2","type":"short_text","ref":"wechat"}}]}',
      '{"answers":[{"type":"text","field":{"id":"x2","type":"short_text","ref":"wechat"}}]}',
    ],
    [
      '{"answers":[{"type":"choice","choice":{"label":"Female"},"field":{"id":"x3","type":"multiple_choice","ref":"gender"}}]}',
      '{"answers":[{"type":"choice","field":{"id":"x3","type":"multiple_choice","ref":"gender"}}]}',
    ],
    // an e-mail answer was read by its member's key already
    [
      '{"answers":[{"field":{"id":"x","ref":"email"},"type":"email","email":"astrid@example.org"}]}',
      '{"answers":[{"field":{"id":"x","ref":"email"},"type":"email"}]}',
    ],
  ])("%s goes as %s", (input, output) => {
    expect(redacted(input, "aliyun")).toBe(output);
  });

  it.each([
    // a ref naming nothing personal, a generated ref, a count, a type naming no member
    '{"answers":[{"type":"text","text":"Great app","field":{"id":"x","type":"long_text","ref":"feedback"}}]}',
    '{"answers":[{"type":"text","text":"Kago Pro","field":{"id":"x","ref":"fhg908-ewb047-gfp261-mxw563"}}]}',
    '{"answers":[{"type":"number","number":3,"field":{"id":"x","ref":"phone"}}]}',
    '{"answers":[{"type":"date","field":{"ref":"birthday"},"value":"open"}]}',
    '{"field":{"name":"birthday"},"type":"text","text":"hello"}',
    // the field itself is no answer's value
    '{"type":"field","field":{"ref":"birthday","label":"Birthday"}}',
  ])("%s stays", (input) => {
    expect(redacted(input, "aliyun")).toBe(input);
  });
});

describe("a search filter's name object: a person's unless it reads as a thing's (session 20)", () => {
  it("drops a name no name reader knows and keeps a thing's", () => {
    expect(
      redacted(
        '{"filter":[{"key":"name","value":"Priya Ramanathan"},{"key":"name","value":"周迅"},{"key":"name","value":"Premium Plan"}]}',
        "aliyun",
      ),
    ).toBe('{"filter":[{"key":"name","value":"Premium Plan"}]}');
  });
});
