/**
 * Names echoed in free text: a record whose key names a name (`user_name`) loses that name's
 * words in its free text too, in any order of members, and nothing else.
 */

import { createRedactor } from "@kago/redaction";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EchoSet, NAME_PARTICLES } from "../src/echo.js";
import { fixturePolicy } from "./fixture-policy.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, SECRET, transfer } from "./helpers.js";

const NAME = "account.profile.name";
const found = (set: EchoSet, text: string) => (set.find(text) ?? []).map(([a, b]) => text.slice(a, b));

describe("EchoSet", () => {
  const set = new EchoSet();
  set.add("Astrid van der Solberg", NAME);
  set.add("张三", NAME);
  it("finds a name's words standing alone, in any case, and joins neighbours", () => {
    expect(found(set, "user astrid reported; ASTRID SOLBERG wrote to 张三说")).toEqual([
      "astrid",
      "ASTRID SOLBERG",
      "张三",
    ]);
  });
  it("does not find part of a longer word, a particle, or a word inside a placeholder", () => {
    expect(found(set, "astrids solbergs van der [redacted:astrid]")).toEqual([]);
  });
  it("takes no words from a digest, a placeholder, a pseudonym or a value that stands for none", () => {
    const none = new EchoSet();
    for (const value of [
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "[redacted:account.profile.name]",
      "psn_abcdefghijklmnopqrstuvwxyz",
      "unknown",
    ])
      none.add(value, NAME);
    expect(none.size).toBe(0);
  });
  it("keeps no word shorter than three letters", () => {
    const short = new EchoSet();
    short.add("Li Bo", NAME);
    expect(short.size).toBe(0);
  });
});

describe("names echoed in a record's free text (aliyun may not get names)", () => {
  const r = redactorWith();
  it("redacts the echo whether the message comes before the name or after it", () => {
    const text = JSON.stringify({
      logs: [
        { message: "user astrid reported: ok", user_name: "Astrid Solberg", screen: "room" },
        { user_name: "Ola Nordmann", message: "Ola Nordmann says hi to astrid", screen: "astrid" },
      ],
    });
    const res = redactJsonBody(r, "aliyun", text);
    expect(JSON.parse(bodyOf(res))).toEqual({
      logs: [
        { message: "user [redacted:account.profile.name] reported: ok", screen: "room" },
        // another record's name is not looked for here: the echo stays within its record
        { message: "[redacted:account.profile.name] says hi to astrid", screen: "astrid" },
      ],
    });
    expect(findingsOf(res)).toContainEqual(["body:logs[].message~text", NAME, "drop", "echo"]);
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("reaches the free text of the objects around the record, and keeps a name the recipient may get", () => {
    const text = JSON.stringify({ note: "batch for astrid", user: { nickname: "x", name: "Astrid" } });
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", text)))).toEqual({
      note: "batch for [redacted:account.profile.name]",
      user: {},
    });
    const allowed = createRedactor({
      policy: fixturePolicy({}, { aliyun: ["account.profile"] }),
      secret: SECRET,
    });
    const kept = JSON.stringify({ name: "Astrid", message: "hi astrid" });
    expect(bodyOf(redactJsonBody(allowed, "aliyun", kept))).toBe(kept);
  });
  it("an object with names of its own also gets those of the objects inside it, large or small", () => {
    for (const inner of ["Astrid Solberg", "Astrid Maria Karoline Solberg Hansen"]) {
      const text = JSON.stringify({
        user_name: "Ola Nordmann",
        note: "ola and astrid",
        child: { user_name: inner },
      });
      expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", text)))).toEqual({
        note: "[redacted:account.profile.name] and [redacted:account.profile.name]",
        child: {},
      });
    }
  });
  it("an object held by a key is part of its record: the record's names reach its text", () => {
    // a Tencent message with its offline push: the sender's name above, the push's title below
    const text = JSON.stringify({
      sender_name: "Astrid Solberg",
      OfflinePushInfo: { Desc: "astrid sent a gift", ApnsInfo: { Title: "Astrid", Image: "gift.png" } },
      profile: { note: "ola!", card: { nick: "Ola" } },
    });
    const res = redactJsonBody(r, "tencent", text);
    expect(JSON.parse(bodyOf(res))).toEqual({
      OfflinePushInfo: {
        Desc: "[redacted:account.profile.name] sent a gift",
        ApnsInfo: { Title: "[redacted:account.profile.name]", Image: "gift.png" },
      },
      // a name below reaches a text above it in the same record, at any member depth
      profile: { note: "[redacted:account.profile.nickname]!", card: {} },
    });
    expect(findingsOf(res)).toContainEqual([
      "body:OfflinePushInfo.ApnsInfo.Title~text",
      NAME,
      "drop",
      "echo",
    ]);
    expect(bodyOf(redactJsonBody(r, "tencent", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("a name dropped whole as a container still gives its words to the record", () => {
    const text = JSON.stringify({
      message: "astrid says hi, solberg out",
      name: { first: "Astrid", last: "Solberg", parts: [["Astrid"]], n: 2 },
      nicknames: ["Ola"],
      note: "ola!",
      device: { id: 7, label: "ola's phone" },
    });
    const res = redactJsonBody(r, "aliyun", text);
    expect(JSON.parse(bodyOf(res))).toEqual({
      message: "[redacted:account.profile.name] says hi, [redacted:account.profile.name] out",
      note: "[redacted:account.profile.nickname]!",
      device: { id: 7, label: "[redacted:account.profile.nickname]'s phone" },
    });
    // a container that is no name (a gender's object, an e-mail list) gives no words
    const other = JSON.stringify({ emails: ["astrid@example.org"], message: "astrid" });
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", other)))).toEqual({ message: "astrid" });
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("echoes only a value with a name's shape: identifiers under a name's key stay quiet (session 13)", () => {
    const quiet = [
      { event: { name: "page_view" }, page: "/page_view?x=1" },
      { name: { type: "string", option: "required" }, age: { option: "required" } },
      { name: "main", msg: "main thread started" },
      { name: "com.example.app", msg: "com.example.app started" },
      { user_name: "user_42", msg: "user 42 logged in" },
    ];
    for (const body of quiet) {
      const out = JSON.parse(bodyOf(redactJsonBody(r, "aliyun", JSON.stringify(body))));
      expect(JSON.stringify(out)).not.toContain("[redacted:account.profile.name]");
    }
    for (const name of ["Astrid", "astrid solberg", "王芳"]) {
      const body = JSON.stringify({ name, msg: `${name.split(" ")[0]} logged in` });
      expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", body)))).toEqual({
        msg: "[redacted:account.profile.name] logged in",
      });
    }
  });

  it("an object five keys down is a record of its own: the bound on how far texts travel up", () => {
    const text = JSON.stringify({ user_name: "Astrid", a: { b: { c: { d: { note: "astrid" } } } } });
    expect(bodyOf(redactJsonBody(r, "aliyun", text))).toBe(
      '{"a":{"b":{"c":{"d":{"note":"[redacted:account.profile.name]"}}}}}',
    );
    const deeper = JSON.stringify({ user_name: "Astrid", a: { b: { c: { d: { e: { note: "astrid" } } } } } });
    expect(bodyOf(redactJsonBody(r, "aliyun", deeper))).toBe(
      '{"a":{"b":{"c":{"d":{"e":{"note":"astrid"}}}}}}',
    );
  });
  it("a pair dropped at its end reports no echo in the text its value held", () => {
    // the pair's tag comes after its value: the value object, names and text, goes at the pair's end
    const text = JSON.stringify({
      ProfileItem: [{ Value: { user_name: "Astrid", note: "astrid" }, Tag: "Tag_Profile_IM_Nick" }],
    });
    const res = redactJsonBody(r, "tencent", text);
    expect(bodyOf(res)).toBe('{"ProfileItem":[]}');
    expect(findingsOf(res).filter((f) => f[3] === "echo")).toEqual([]);
  });
  it("a log of tag/value pairs (SLS PutLogs) is one record: its pairs' text gets its names", () => {
    const log = (contents: [string, string][]) => ({
      Time: 1,
      Contents: contents.map(([Key, Value]) => ({ Key, Value })),
    });
    const text = JSON.stringify({
      Logs: [
        log([
          ["message", "user astrid reported"],
          ["user_name", "Astrid Solberg"],
          ["note", "astrid again"],
        ]),
        log([["message", "hi astrid"]]),
      ],
    });
    const res = redactJsonBody(r, "aliyun", text);
    expect(JSON.parse(bodyOf(res))).toEqual({
      Logs: [
        log([
          ["message", "user [redacted:account.profile.name] reported"],
          ["note", "[redacted:account.profile.name] again"],
        ]),
        // another log, another record
        log([["message", "hi astrid"]]),
      ],
    });
    expect(findingsOf(res)).toContainEqual(["body:Logs[].Contents[].Value~text", NAME, "drop", "echo"]);
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("an array's strings and a map's entries belong to the record that holds them", () => {
    const text = JSON.stringify({
      user_name: "Astrid Solberg",
      lines: ["hi astrid", "ok"],
      attrs: [
        ["msg", "astro says hi"],
        ["nick", "astro"],
      ],
      items: [{ note: "astrid?" }],
    });
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", text)))).toEqual({
      lines: ["hi [redacted:account.profile.name]", "ok"],
      attrs: [["msg", "[redacted:account.profile.nickname] says hi"]],
      // an object in the array is a record of its own: the name does not reach down into it
      items: [{ note: "astrid?" }],
    });
  });
  it("a document inside a string hands its names to the object around the string", () => {
    // a Tencent offline push: the sender's name in Ext's JSON, repeated in the title and text
    const push = {
      Title: "Ola Nordmann",
      Desc: "Ola Nordmann: see you",
      Ext: JSON.stringify({ sender_name: "Ola Nordmann", room: 7 }),
    };
    expect(
      JSON.parse(bodyOf(redactJsonBody(r, "tencent", JSON.stringify({ OfflinePushInfo: push })))),
    ).toEqual({
      OfflinePushInfo: {
        Title: "[redacted:account.profile.name]",
        Desc: "[redacted:account.profile.name]: see you",
        Ext: '{"room":7}',
      },
    });
  });
  it("a query string or form body is one record: a pair's name is redacted in the others' text", () => {
    const query =
      "MessageContent=Ingrid%20here%2C%20see%20you&UserName=Ingrid%20Solberg&RoomId=stage_5&Note=ingrid+again";
    const res = r.redact(transfer("zego", { query }));
    expect(res.ok && res.transfer.query).toBe(
      "MessageContent=%5Bredacted%3Aaccount.profile.name%5D%20here%2C%20see%20you&RoomId=stage_5&Note=%5Bredacted%3Aaccount.profile.name%5D+again",
    );
    expect(findingsOf(res)).toContainEqual(["query:MessageContent~text", NAME, "drop", "echo"]);
    const form = r.redact(
      transfer("aliyun", { body: { kind: "form", text: "msg=hi+from+ingrid&first_name=Ingrid&plan=gold" } }),
    );
    expect(form.ok && form.transfer.body).toEqual({
      kind: "form",
      text: "msg=hi+from+%5Bredacted%3Aaccount.profile.name%5D&plan=gold",
    });
  });
  it("a name a text gives away is looked for in the rest of the text and in its record", () => {
    const text = JSON.stringify({
      message: "hi, my name is Astrid Solberg. call me! - Astrid",
      note: "astrid was here",
      log: "login user_name=Ola; bye ola",
    });
    const res = redactJsonBody(r, "aliyun", text);
    expect(JSON.parse(bodyOf(res))).toEqual({
      message: "hi, my name is [redacted:account.profile.name]. call me! - [redacted:account.profile.name]",
      note: "[redacted:account.profile.name] was here",
      log: "login user_name=[redacted:account.profile.name]; bye [redacted:account.profile.name]",
    });
    expect(findingsOf(res)).toContainEqual(["body:message~text", NAME, "drop", "echo"]);
    expect(bodyOf(redactJsonBody(r, "aliyun", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("applies the policy's operator to the echo, as to any span of free text", () => {
    const masking = redactorWith({ [NAME]: { operator: "mask" } });
    const res = redactJsonBody(masking, "aliyun", '{"name":"Astrid","message":"from astrid"}');
    expect(bodyOf(res)).toBe('{"name":"******","message":"from ******"}');
  });
  /** The greetings and titles of three letters or more that `introduced-names.ts` reads a name after. */
  const GREETING_WORD =
    /^(?:dear|hello|hey|hola|olá|bonjour|salut|hallo|querid[oa]|estimad[oa]|prezad[oa]|cher|chère|lieber?|mrs|miss|prof|sra|srta|mme|mlle|herr|frau)$/;
  it("property: a name's words are gone from the record's text, the rest of the text is kept", () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/);
    const filler = fc.constantFrom("ok", "from", "reported:", "1", "the", "call");
    fc.assert(
      fc.property(
        fc.tuple(word, word),
        fc.array(fc.oneof(filler, fc.constant("<first>"), fc.constant("<last>")), { maxLength: 8 }),
        fc.boolean(),
        ([first, last], parts, nameFirst) => {
          // a particle (`van`, `bin`) is no word of a name on its own; the fillers are not names; a
          // greeting's or title's word (`sra`, `herr`) before a name word makes that word a greeted
          // name of its own, replaced before the echo is (`SRA SRA` gets two placeholders, not one)
          fc.pre(
            first !== last &&
              ![first, last].some(
                (w) => NAME_PARTICLES.has(w) || ["from", "the", "call"].includes(w) || GREETING_WORD.test(w),
              ),
          );
          const name = `${first[0]?.toUpperCase()}${first.slice(1)} ${last}`;
          const message = parts
            .map((p) => (p === "<first>" ? first : p === "<last>" ? last.toUpperCase() : p))
            .join(" ");
          const expected = parts
            .map((p) => (p === "<first>" || p === "<last>" ? "#" : p))
            .join(" ")
            .replace(/#(?: #)*/g, "[redacted:account.profile.name]");
          const record = nameFirst ? { user_name: name, message } : { message, user_name: name };
          const out = JSON.parse(bodyOf(redactJsonBody(r, "aliyun", JSON.stringify(record))));
          expect(out).toEqual({ message: expected });
        },
      ),
      { numRuns: 300 },
    );
  });
});
