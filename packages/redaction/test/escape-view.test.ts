/**
 * Backslash escapes (`src/escape-view.ts`): a value in an nginx log line (`\x22` for `"`), in
 * escaped JSON inside a log line (`{\"name\":\"王芳\"}`) or behind `\u0022` is found in the
 * unescaped view and replaced where it is written, whole escapes and nothing else.
 * (Texts here are the message after the JSON body is decoded: they hold literal backslashes.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeView, fitSpansToEscapes } from "../src/escape-view.js";
import type { EngineSpan } from "../src/percent-view.js";
import { personalValue } from "./arbitraries.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const raw = String.raw;

describe("escapeView", () => {
  it('decodes \\xHH, \\uHHHH and \\" (and \\\\, \\/, \\n, \\r, \\t along with them)', () => {
    expect(escapeView(raw`{\x22phone\x22:\x2213912345678\x22}`)?.text).toBe('{"phone":"13912345678"}');
    expect(escapeView(raw`{\u0022ip\u0022:\u0022203.0.113.5\u0022}`)?.text).toBe('{"ip":"203.0.113.5"}');
    expect(escapeView(raw`{\"a\":\"b\\c\/d\ne\"}`)?.text).toBe('{"a":"b\\c/d\ne"}');
    // `\\x22` is an escaped backslash and the letters x22, not a quote
    expect(escapeView(raw`\"a\\x22b`)?.text).toBe('"a\\x22b');
  });

  it("reads a run of \\x escapes that is UTF-8 as the character it encodes (nginx's non-ASCII bytes)", () => {
    expect(escapeView(raw`\x22\xE7\x8E\x8B\xE8\x8A\xB3\x22`)?.text).toBe('"王芳"');
    expect(escapeView(raw`caf\xe9`)?.text).toBe("café"); // not UTF-8: the byte as U+00E9
  });

  it("maps every decoded unit to the start of its escape, and the end to the end", () => {
    const view = escapeView(raw`a\x22b\u0040c`);
    expect(view?.text).toBe('a"b@c');
    expect(Array.from(view?.at ?? [])).toEqual([0, 1, 5, 6, 12, 13]);
    const utf8 = escapeView(raw`\xE7\x8E\x8Bz`);
    expect(Array.from(utf8?.at ?? [])).toEqual([0, 12, 13]);
  });

  it("is null for a text without an escape that can hide a value", () => {
    for (const text of ["plain text", raw`path=C:\Users\\x`, raw`a\\x22b`, raw`\x2`, raw`\u12`, raw`a\/b\n`])
      expect(escapeView(text), text).toBeNull();
  });
});

describe("fitSpansToEscapes", () => {
  const text = raw`\x22erik@example.org\x22 \x221.2.3.4 ok`;
  const view = escapeView(text);
  if (view === null) throw new Error("no view");

  it("drops a span that cuts an escape when another covers the rest of it, and keeps the others", () => {
    const spans: EngineSpan[] = [
      [1, 20, "contact.email"], // `x22erik@example.org`, read as written
      [4, 20, "contact.email", "erik@example.org"], // the view's reading
      [37, 39, "contact.phone"],
    ];
    fitSpansToEscapes(text, view, spans);
    expect(spans).toEqual([
      [4, 20, "contact.email", "erik@example.org"],
      [37, 39, "contact.phone"],
    ]);
  });

  it("widens a span that cuts an escape to cover it whole when nothing else covers it", () => {
    const spans: EngineSpan[] = [
      [27, 36, "network.ip_address"], // `221.2.3.4`, read from the `22` of `\x22`
      [5, 22, "contact.email", "x"], // ends inside the closing `\x22`, starts at a plain character
    ];
    fitSpansToEscapes(text, view, spans);
    expect(spans).toEqual([
      [25, 36, "network.ip_address"],
      [5, 24, "contact.email", "x"],
    ]);
  });
});

describe("escaped values in a transfer (aliyun may get device and log categories only)", () => {
  const r = redactorWith();
  const once = (text: string) => redactedMessage(r, text, "aliyun");

  it.each([
    // nginx `escape=default`: the value glued to `\x22`
    [raw`{\x22phone\x22:\x2213912345678\x22}`, raw`{\x22phone\x22:\x22[redacted:contact.phone]\x22}`],
    [raw`{\x22ip\x22:\x22203.0.113.5\x22}`, raw`{\x22ip\x22:\x22[redacted:network.ip_address]\x22}`],
    [raw`{\x22ip\x22:\x221.2.3.4\x22}`, raw`{\x22ip\x22:\x22[redacted:network.ip_address]\x22}`],
    // read as written, `x22erik@example.org` would cut the opening `\x22`: the view's reading wins
    [raw`{\x22email\x22:\x22erik@example.org\x22}`, raw`{\x22email\x22:\x22[redacted:contact.email]\x22}`],
    [raw`mail \u0022erik@example.org\u0022 now`, raw`mail \u0022[redacted:contact.email]\u0022 now`],
    [
      raw`{\x22idcard\x22:\x22320583199208150029\x22}`,
      raw`{\x22idcard\x22:\x22[redacted:identity.national_id]\x22}`,
    ],
    [
      raw`{\u0022phone\u0022:\u002213912345678\u0022}`,
      raw`{\u0022phone\u0022:\u0022[redacted:contact.phone]\u0022}`,
    ],
    // nginx writes the bytes of a non-ASCII name as `\xHH`
    [
      raw`body={\x22name\x22:\x22\xE7\x8E\x8B\xE8\x8A\xB3\x22} 200`,
      raw`body={\x22name\x22:\x22[redacted:account.profile.name]\x22} 200`,
    ],
    // escaped JSON in a log line: keys hidden behind `\"`
    [
      raw`payload="{\"name\":\"王芳\",\"birthday\":\"1990-03-07\"}"`,
      raw`payload="{\"name\":\"[redacted:account.profile.name]\",\"birthday\":\"[redacted:account.profile.birthday]\"}"`,
    ],
    [raw`x {\"nickname\":\"小王\"}`, raw`x {\"nickname\":\"[redacted:account.profile.nickname]\"}`],
    [raw`x {\"real_name\":\"王芳\"}`, raw`x {\"real_name\":\"[redacted:account.profile.name]\"}`],
    [
      raw`x {\"passport_no\":\"E12345678\",\"card_number\":\"4111111111111111\",\"wechat_id\":\"wxid_abc123\"}`,
      raw`x {\"passport_no\":\"[redacted:identity.passport]\",\"card_number\":\"[redacted:financial.payment_card]\",\"wechat_id\":\"[redacted:contact.messenger]\"}`,
    ],
    [
      raw`x {\"user_id\":\"u12345\",\"lat\":31.2304,\"lng\":121.4737}`,
      raw`x {\"user_id\":\"[redacted:account.id]\",\"lat\":[redacted:location.coordinates],\"lng\":[redacted:location.coordinates]}`,
    ],
    [raw`x {\"note\":\"call me\n13912345678\"}`, raw`x {\"note\":\"call me\n[redacted:contact.phone]\"}`],
  ])("%s", (text, expected) => {
    const out = once(text);
    expect(out).toBe(expected);
    expect(once(out)).toBe(out); // redacting twice is redacting once
  });

  it("replaces escaped and plain values in one text, keeping the rest byte for byte", () => {
    const text = raw`GET /u?id=7 \x22Mozilla/5.0\x22 ip=198.51.100.7 body={\x22phone\x22:\x2213912345678\x22,\x22email\x22:\x22erik\x40example.org\x22} mail erik@example.org \x1b[0m`;
    const out = once(text);
    expect(out).toBe(
      raw`GET /u?id=7 \x22Mozilla/5.0\x22 ip=[redacted:network.ip_address] body={\x22phone\x22:\x22[redacted:contact.phone]\x22,\x22email\x22:\x22[redacted:contact.email]\x22} mail [redacted:contact.email] \x1b[0m`,
    );
    expect(once(out)).toBe(out);
  });

  it("reads iOS NSLog's \\U escapes of a dictionary (session 13)", () => {
    const text = raw`{
    name = "\U5f20\U4f1f";
    msg = "\U624b\U673a13812345678";
}`;
    const out = once(text);
    expect(out).toBe(raw`{
    name = "[redacted:account.profile.name]";
    msg = "\U624b\U673a[redacted:contact.phone]";
}`);
    expect(once(out)).toBe(out);
  });

  it("leaves a text whose escapes hide nothing personal exactly as it came", () => {
    for (const text of [
      raw`path=C:\Users\\x`,
      raw`\x1b[0m ok \x1b[31merror\x1b[0m`,
      raw`\u00e9t\u00e9`,
      raw`GET /a?x=1 HTTP/1.1 \x22Mozilla/5.0 (X11)\x22 200 \x22-\x22`,
      raw`{\"level\":\"info\",\"msg\":\"cache warmed\",\"took_ms\":42}`,
      raw`caf\xc3\xa9 \\x22 \/`,
    ])
      expect(once(text), text).toBe(text);
  });

  it("property: a planted value with any of its characters escaped, between \\x22 quotes, does not survive (facebook)", () => {
    const toFacebook = (text: string) => redactedMessage(r, text, "facebook"); // device data too
    const escapeChar = (ch: string, form: number): string => {
      const code = ch.codePointAt(0) as number;
      if (form === 1 && code < 0x80) return `\\x${code.toString(16).padStart(2, "0")}`;
      if (form === 1)
        return Array.from(new TextEncoder().encode(ch), (b) => `\\x${b.toString(16).toUpperCase()}`).join("");
      if (form === 2 && code <= 0xffff) return `\\u${code.toString(16).padStart(4, "0")}`;
      return ch;
    };
    fc.assert(
      fc.property(
        personalValue,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
        (p, picks) => {
          const written = [...p.literal].map((ch, k) => escapeChar(ch, picks[k] as number)).join("");
          const out = toFacebook(raw`before \x22${written}\x22 after`);
          expect(out).toBe(raw`before \x22[redacted:${p.category}]\x22 after`);
          expect(toFacebook(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});
