/**
 * Hostile payloads: bodies built to make the engine's finders and scanner do the most work per
 * byte (long runs of short digit groups, a separator between every character, nothing but `@`,
 * escapes everywhere, documents inside strings inside documents, text in base64 in base64,
 * compressed text in base64, thousands of keys). Not
 * realistic traffic: the worst cases a client could send, so the cost per megabyte of the worst
 * one is known and a change that makes one of them quadratic shows.
 */
import { gzipSync } from "node:zlib";
import type { Payload } from "./payloads.js";

/** A text of about `bytes` characters: `unit` repeated. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** A JSON object of about `bytes` characters whose members are `keyOf(k)`: k. */
function objectOf(bytes: number, keyOf: (k: number) => string): string {
  const members: string[] = [];
  let length = 2;
  for (let k = 0; length < bytes; k++) {
    const member = `${JSON.stringify(keyOf(k))}:${k}`;
    members.push(member);
    length += member.length + 1;
  }
  return `{${members.join(",")}}`;
}

/** An IM message whose text is `text` (free text: every finder runs on it). */
function imText(name: string, text: string): Payload {
  return {
    name,
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: JSON.stringify({ MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: text } }] }),
  };
}

/** Text units, each a worst case for one finder or view. */
const TEXT_UNITS: ReadonlyArray<readonly [string, string]> = [
  ["digit-groups", "1 "], // phone windows: a start after every space
  ["nbsp-digit-groups", "1\u00a0"], // the same behind the typographic fold
  ["plus-groups", "+1 "],
  ["paren-groups", "(1) "],
  ["fullwidth-digits", "１ "],
  ["chinese-numerals", "一二三四五六七 "], // a run of numerals folded to digits every 8 characters
  ["spaced-digits", "1 3 8 1 2 3 4 5 6 7 8 "], // single digits joined into a phone number every 22
  ["at-signs", "a@"], // e-mail: extend left and right from every @
  ["dotted-digits", "1."], // IPv4 candidates everywhere
  ["defanged-dots", "1[.]"], // the same behind the defang view
  ["loose-groups", "138/1234/5678 a "], // a mobile split by slashes, tidied every 16 characters
  ["loose-run", "13/"], // one endless run of slashed digits, too long to be a number
  ["spelled-digits", "one three eight one two three four five six seven nine. "], // a phone in words every 57
  ["digit-words", "one "], // one endless run of digit words, read in runs of nineteen
  ["colons", "a1:"], // IPv6 runs
  ["hyphenated-hex", "a-"], // separated MAC candidates
  ["percent-escapes", "%40a"], // percent-decoded views
  ["char-references", "&#64;a"], // the HTML character reference view
  ["equals-pairs", "a="], // a key read back and looked up at every `=`
  ["named-values", "user_name=a "], // every pair named personal, a look-ahead at every space (a bare `name=a` is no name's shape since session 13)
  ["quoted-members", '"nick":1,'], // a quoted key looked up at every `:`
  ["colon-fields", "\nuser_name: a"], // a field opened at every line, its value read to the line end
  ["fullwidth-labels", "姓名：张三 "], // a Chinese label at every fullwidth colon
  ["xml-elements", "<name>a</name>"], // an element named by a personal key at every other `<`
  ["arrow-keys", "nick]=>"], // a bracketed key read back to its missing `[` at every `=>`
  ["introductions", "my name is Ab Cd Ef Gh Ij "], // a name introduced, and four words read, every 26 characters
  ["chinese-introductions", "我叫张三 "], // a Chinese introduction every 5 characters
  ["obfuscated-emails", "ab [at] cd [dot] ef "], // an address spelt out every 20 characters
  ["obfuscated-domains", "ab [at] c(dot)d(dot)e(dot)f(dot)g1 "], // a spelt-out domain read to its failing end
  ["labelled-ids", "mac 001A2B3C4D5E "], // an identifier named by a label every 17 characters
  ["labelled-near-misses", "imei 0123456789abcdef0 "], // a label and a token no weak detector takes
  ["spaced-addresses", "e r i k @ g m a i l . c o m "], // an address spelt letter by letter every 28
  ["sign-offs", "Regards, Ab Cd\n"], // a sign-off and a signed name every 15 characters
  ["chinese-self-introductions", "我是张伟，"], // a surname's name after 我是 every 5 characters
  ["chinese-titles", "你好张老师"], // a title read back to its surname every 5 characters
  ["korean-introductions", "제 이름은 김민수입니다 "], // a Korean introduction every 13 characters
  ["labelled-loose-phones", "phone 12/34/56/78 "], // a phone's label before loosely split groups
  // session 13
  ["copula-names", "Hi, I'm Ab Cd. "], // a name after I'm every 15 characters
  ["chinese-name-labels", "收件人李娜，"], // a Chinese name's label without a colon every 6 characters
  ["residences", "我住在朝阳区望京SOHO T1 2501，"], // a residence read to the clause's end
  ["escaped-json", '{\\"name\\":\\"Ab\\"} '], // escaped JSON: the backslash-escape view everywhere
  ["nginx-escapes", "\\x22phone\\x22:\\x2213912345678\\x22 "], // nginx's \x22 around a glued phone
  ["emoji-phones", "138😀1234😀5678 "], // a mobile split by emoji, tidied every 15 code units
  ["csv-rows", "name,phone\nAb Cd,13812345678\n"], // a table's header and a row, again and again
  ["html-fields", '<input name="fullname" value="Ab Cd">'], // a form field's name names its value
  ["bare-names", "name=Ab "], // a tag looked for behind every `name=` (read back at most 512 characters)
  ["open-field-tags", "<input name=email "], // a field's tag that never closes, its end looked for
  // session 14
  ["echoes-after-one-name", "name: Astrid "], // one name given, then its echo every 13 characters (each echo once searched back to the placeholder)
  ["russian-self", "Я Иван "], // `я` and a capitalised word at every other word
  ["script-introductions", "اسمي أحمد ผมชื่อสมชาย "], // Arabic and Thai introductions
  ["glued-labels", "tel13812345678 "], // a label glued to its number every 15 characters
  ["fullwidth-letters", "ｗｘ：ab_12 "], // a fullwidth label: the folded view read for named values and prose
  ["other-script-keys", "이름: 김민수 "], // a Hangul key named at every colon
  // session 15
  ["korean-i-am", "저는 김민수입니다 "], // "I am" and a name's shape every 11 characters
  ["japanese-i-am", "私は佐藤花子です。"], // a listed surname after 私は every 9 characters
  ["hinglish-i-am", "main Rahul Sharma hoon "], // capitalised words between main and hoon
  ["japanese-addresses", "〒150-0041 東京都渋谷区神南1-2-3 "], // a prefecture, a ward and block numbers
  ["thai-addresses", "บ้านเลขที่ 123/45 ถนนสุขุมวิท แขวงคลองเตย "], // a house number and its parts
  ["thai-part-chains", "1 ตำบลก "], // a number before a part, again and again (once 28 s for 4x the text)
  ["vietnamese-addresses", "số 12 ngõ 34 phố Huế, Quận 1, "], // a house number, lanes and divisions
  ["indian-addresses", "Flat 12B, MG Road, Bengaluru 560001 "], // a premises' word, parts and a PIN code
  ["mexican-addresses", "Calle Reforma 123, Col. Juárez, C.P. 06600 "], // a street, its colonia and C.P.
  ["japanese-transfers", "普通 1234567 ヤマダ タロウ "], // an account's type, its number and its holder
  ["brazil-rg", "RG 12.345.678-9 "], // an RG after its label
  // session 16
  ["device-owners", "Astrid's iPhone Astrids iPad iPhone von Erik "], // an owner before or after a device word
];

/** The hostile payloads, each about `bytes` long. */
export function hostilePayloads(bytes: number): Payload[] {
  const out: Payload[] = TEXT_UNITS.map(([name, unit]) => imText(name, repeatTo(unit, bytes)));
  // one endless run of single spaced letters, an `@` before it: an address spelt letter by letter
  // is looked for from where the run starts, not from every letter
  out.push(imText("spaced-letters", `x@y ${repeatTo("a ", bytes)}`));
  // every character written as a JSON escape: decoded before anything looks at it
  const escapedUnit = "\\u0031\\u0020";
  out.push({
    name: "json-escapes",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: `{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"${repeatTo(escapedUnit, bytes)}"}}]}`,
  });
  // JSON in a string in JSON in a string ..., at the default depth limit, many times over
  let nested: unknown = { network: "wifi", contact: "erik@example.org" };
  for (let level = 0; level < 4; level++) nested = { Data: JSON.stringify(nested) };
  const nestedText = JSON.stringify(nested);
  const copies = Math.max(1, Math.ceil(bytes / (nestedText.length + 1)));
  out.push({
    name: "nested-json-strings",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: `{"MsgBody":[${new Array(copies).fill(nestedText).join(",")}]}`,
  });
  // the worst finder text, encoded in base64: decoded, then every finder runs on it
  out.push(
    imText(
      "base64-digit-groups",
      Buffer.from(repeatTo("1 ", Math.floor((bytes * 3) / 4))).toString("base64"),
    ),
  );
  // a text of base64 tokens, each an e-mail address: every one decoded, redacted and re-encoded
  out.push(
    imText(
      "base64-tokens-in-text",
      repeatTo(`${Buffer.from("mail erik@example.org").toString("base64")} `, bytes),
    ),
  );
  // the same in hex: each token tried as base64 first, then decoded as hex, redacted, re-encoded
  out.push(
    imText("hex-tokens-in-text", repeatTo(`${Buffer.from("mail erik@example.org").toString("hex")} `, bytes)),
  );
  // compressed text in base64: each blob inflates to 1 MiB of the worst finder text, until the
  // transfer's inflation budget (maxInflatedBytes) is spent and the transfer is refused
  const blob = gzipSync("1 ".repeat(512 * 1024)).toString("base64");
  out.push({
    name: "gzip-in-base64",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: JSON.stringify({ Data: new Array(Math.max(1, Math.ceil(bytes / (blob.length + 3)))).fill(blob) }),
  });
  // base64 of base64 of ... text, at the default depth limit, many times over
  let encoded = "mail erik@example.org now";
  for (let level = 0; level < 4; level++) encoded = Buffer.from(encoded).toString("base64");
  const encodedCopies = Math.max(1, Math.ceil(bytes / (encoded.length + 3)));
  out.push({
    name: "nested-base64",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: JSON.stringify({ Data: new Array(encodedCopies).fill(encoded) }),
  });
  // thousands of distinct keys, and keys that are personal data
  out.push({
    name: "distinct-keys",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: objectOf(bytes, (k) => `k${k}`),
  });
  out.push({
    name: "personal-keys",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: objectOf(bytes, (k) => `u${k}@example.org`),
  });
  // a map serialised as entries, every first item a different key the key table reads by its words
  const entries = Array.from({ length: Math.ceil(bytes / 27) }, (_, k) => `["contact_${k}_email","a1"]`);
  out.push({
    name: "map-entries",
    recipient: "tencent",
    path: "/v4/openim/sendmsg",
    text: `{"Data":[${entries.join(",")}]}`,
  });
  // records whose message repeats their user's name: every word of it found and replaced
  const records = Array.from(
    { length: Math.ceil(bytes / 90) },
    () => '{"user_name":"Abc Bcd","message":"abc bcd abc bcd x abc bcd abc bcd abc bcd abc"}',
  );
  out.push({
    name: "echoed-names",
    recipient: "aliyun",
    path: "/logstores/x/track",
    text: `[${records.join(",")}]`,
  });
  // one name of many words at the bottom of deep nesting, its words handed up to a level with a
  // name of its own, a hundred times
  const nameWords: string[] = [];
  for (let chars = 0; chars < bytes - 1900; chars += nameWords[nameWords.length - 1]?.length ?? 0)
    nameWords.push(`w${nameWords.length.toString(36)}xyz `);
  const words = nameWords.join("").trimEnd();
  out.push({
    name: "deep-echo",
    recipient: "aliyun",
    path: "/logstores/x/track",
    text: `${'{"t":"wzxyz","user_name":"Qqq","a":'.repeat(100)}{"user_name":"${words}"}${"}".repeat(100)}`,
  });
  // texts as far down a record as its names reach (four objects held by keys), each copied up
  // every level to be searched once at the top, where the name is
  const lines = Array.from({ length: Math.ceil(bytes / 10) }, (_, k) => `"qqq ${k}"`);
  out.push({
    name: "member-chain-echo",
    recipient: "aliyun",
    path: "/logstores/x/track",
    text: `{"user_name":"Qqq","a":{"a":{"a":{"a":{"t":[${lines.join(",")}]}}}}}`,
  });
  return out;
}
