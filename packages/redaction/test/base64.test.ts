/**
 * Text hidden in base64: what a base64 or base64url string (or a JWT's payload) encodes is read
 * like any value, and a changed text is encoded back in the sender's own form.
 */
import { createHash } from "node:crypto";
import { deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { VERSION_LABEL } from "@kago/personal-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Base64Form, decodeBase64Text, encodeBase64Text, jwsPayload } from "../src/base64-text.js";
import { personalValue } from "./arbitraries.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const FORMS: readonly Base64Form[] = [
  { url: false, padded: true },
  { url: false, padded: false },
  { url: true, padded: true },
  { url: true, padded: false },
];

const b64 = (text: string) => Buffer.from(text).toString("base64");
const b64url = (text: string) => Buffer.from(text).toString("base64url");
const unb64 = (value: string) => Buffer.from(value, "base64").toString("utf8");
/** The control characters text does not hold (tab, line feed and carriage return it may). */
const isControl = (c: number) => (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f;

/** `n` pseudo-random bytes from `seed` (SHA-256 in counter mode): the same on every run. */
function seededBytes(seed: number, n: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; out.length * 32 < n; i++) out.push(createHash("sha256").update(`${seed}:${i}`).digest());
  return Buffer.concat(out).subarray(0, n);
}

describe("decodeBase64Text", () => {
  it("reads UTF-8 text in either alphabet, padded or not, and says how it was written", () => {
    expect(decodeBase64Text("ZXJpa0BleGFtcGxlLm9yZw==")).toEqual({
      text: "erik@example.org",
      form: { url: false, padded: true },
      inflated: 0,
    });
    expect(decodeBase64Text("ZXJpa0BleGFtcGxlLm9yZw")).toEqual({
      text: "erik@example.org",
      form: { url: false, padded: false },
      inflated: 0,
    });
    const cjk = "联系电话 13800138000";
    expect(decodeBase64Text(b64url(cjk))?.text).toBe(cjk);
    // `?>?` encodes to `Pz4_` in base64url (and `Pz4/` in base64)
    expect(decodeBase64Text(b64url("a?>?b?>?c"))).toEqual({
      text: "a?>?b?>?c",
      form: { url: true, padded: false },
      inflated: 0,
    });
  });

  it("is not fooled by ids, hashes, words, binary or bent encodings", () => {
    const sha = createHash("sha256").update("erik@example.org").digest();
    for (const value of [
      "ZXJpa0Bl", // 6 bytes of the e-mail cut short: valid, but see below
      sha.toString("hex"),
      sha.toString("base64"), // a hash in base64: bytes, not text
      "353918116204732", // an IMEI
      "1767261600000", // a timestamp
      "aaa3efae3ae00000", // an Android id
      "toggle_notifications",
      "ViewContent",
      "TIMCustomElem",
      seededBytes(48, 48).toString("base64"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("base64"), // PNG
      b64("line one\u0000line two"), // a control character: not text
      "ZXJpa0BleGFtcGxlLm9yZx==", // stray bits: not canonical
      "ZXJpa0BleGFtcGxlLm9yZ", // a length no encoding has (4n + 1)
      "ZXJpa0BleGFtcGxl+m9y_w", // both alphabets at once
      "ZXJpa0BleGFt cGxlLm9yZw==", // white space
      "ZXJpa0A", // too short to be read (7 characters, 5 bytes)
    ]) {
      const got = decodeBase64Text(value);
      if (value === "ZXJpa0Bl") expect(got?.text).toBe("erik@e");
      else expect(got, value).toBeNull();
    }
  });

  it("reads back every text it could be given, in all four forms, and writes it as it was", () => {
    const text = fc
      .string({ unit: "binary", minLength: 6, maxLength: 40 })
      .filter((s) => ![...s].some((ch) => isControl(ch.codePointAt(0) as number)));
    fc.assert(
      fc.property(text, fc.constantFrom(...FORMS), (t, form) => {
        const encoded = encodeBase64Text(t, form);
        const got = decodeBase64Text(encoded);
        expect(got?.text).toBe(t);
        if (got !== null) expect(encodeBase64Text(got.text, got.form)).toBe(encoded);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads text compressed with gzip or zlib before it was encoded, given a budget, and says so", () => {
    const text = '{"contact":"erik@example.org"}';
    const budget = { bytes: 1024, location: "body:Data#base64" };
    const gzipped = gzipSync(text).toString("base64");
    expect(decodeBase64Text(gzipped, budget)).toEqual({
      text,
      form: { url: false, padded: true, compression: "gzip" },
      inflated: text.length,
    });
    expect(decodeBase64Text(gzipped)).toBeNull(); // without a budget, compressed bytes are binary
    const zlib = deflateSync(text).toString("base64url");
    expect(decodeBase64Text(zlib, budget)?.form).toEqual({
      url: /[-_]/.test(zlib), // letters and digits alone read as standard
      padded: false,
      compression: "zlib",
    });
    // text that starts like a zlib header (`x ` is 78 20) and does not inflate is read as text
    expect(decodeBase64Text(b64("x marks the spot"), budget)).toEqual({
      text: "x marks the spot",
      form: { url: false, padded: true },
      inflated: 0,
    });
    // what begins like gzip but is not a whole member is binary, as before
    const cut = Buffer.concat([gzipSync(text).subarray(0, 10), seededBytes(20, 20)]).toString("base64");
    expect(decodeBase64Text(cut, budget)).toBeNull();
    // compressed binary is binary
    expect(decodeBase64Text(gzipSync(seededBytes(64, 64)).toString("base64"), budget)).toBeNull();
  });

  it("reads line-wrapped base64 (MIME, PEM, a trailing line break) and writes it back in its layout", () => {
    const text = "Dear support, I am registered as erik.solberg@example.org and cannot log in. Please help!";
    const flat = b64(text);
    for (const [value, width, eol, tail] of [
      [`${flat.replace(/(.{76})(?=.)/g, "$1\r\n")}\r\n`, 76, "\r\n", "\r\n"],
      [flat.replace(/(.{64})(?=.)/g, "$1\n"), 64, "\n", ""],
      [`${flat}\n`, flat.length, "\n", "\n"],
    ] as const) {
      const decoded = decodeBase64Text(value);
      expect(decoded?.text).toBe(text);
      expect(decoded?.form.wrap).toEqual({ width, eol, tail });
      if (decoded) expect(encodeBase64Text(decoded.text, decoded.form)).toBe(value);
    }
    // lines of different widths, or a line break inside a short value, are no layout
    expect(decodeBase64Text(`${flat.slice(0, 40)}\n${flat.slice(40)}`)).toBeNull();
    expect(decodeBase64Text(`${flat.slice(0, 76)}\n${flat.slice(76, 100)}\n${flat.slice(100)}`)).toBeNull();
  });

  it("finds the payload of a compact JWS, and nothing in strings that only look like one", () => {
    const header = b64url('{"alg":"HS256","typ":"JWT"}');
    const payload = b64url('{"sub":"42"}');
    const jwt = `${header}.${payload}.c2lnbmF0dXJl`;
    expect(jwsPayload(jwt)).toEqual({
      start: header.length + 1,
      end: header.length + 1 + payload.length,
      form: { url: true, padded: false },
      signed: true,
      header: '{"alg":"HS256","typ":"JWT"}',
    });
    // an unsecured JWS (`alg: none`) has an empty signature: nothing to break
    expect(jwsPayload(`${b64url('{"alg":"none"}')}.${payload}.`)).toMatchObject({ signed: false });
    expect(jwsPayload(`${b64url('{"typ":"JWT"}')}.${payload}.sig`)).toBeNull(); // no alg
    expect(jwsPayload("fb.1.1767225600123.3829720092")).toBeNull();
    expect(jwsPayload(`${header}.${payload}`)).toBeNull();
  });
});

const r = redactorWith();

describe("base64 in a transfer (tencent may get account ids and network status, not contacts)", () => {
  it("drops a member whose base64 is a whole e-mail address, naming where it stood", () => {
    const res = redactJsonBody(r, "tencent", JSON.stringify({ Data: b64("erik@example.org"), Desc: "gift" }));
    expect(bodyOf(res)).toBe('{"Desc":"gift"}');
    expect(findingsOf(res)).toEqual([["body:Data#base64", "contact.email", "drop", "value"]]);
  });

  it("redacts JSON encoded in base64 and encodes it back in the same form", () => {
    const doc = '{"network":"wifi","contact":"erik@example.org","n":1.10}';
    for (const form of FORMS) {
      const value = encodeBase64Text(doc, form);
      const res = redactJsonBody(r, "tencent", JSON.stringify({ Data: value }));
      const out = JSON.parse(bodyOf(res)).Data as string;
      expect(out).toBe(encodeBase64Text('{"network":"wifi","n":1.10}', form));
      expect(findingsOf(res)).toEqual([
        ["body:Data#base64#json.network", "network.status", "keep", "key"],
        ["body:Data#base64#json.contact", "contact.email", "drop", "value"],
      ]);
    }
  });

  it("replaces a span of free text encoded in base64, keeping the rest of the text", () => {
    const res = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ MsgBody: [{ Text: b64("call me on +44 7700 900123 tonight") }] }),
    );
    const out = JSON.parse(bodyOf(res)).MsgBody[0].Text as string;
    expect(unb64(out)).toBe("call me on [redacted:contact.phone] tonight");
    expect(findingsOf(res)).toEqual([["body:MsgBody[].Text#base64~text", "contact.phone", "drop", "text"]]);
  });

  it("redacts line-wrapped base64 of text and keeps its line width and line breaks", () => {
    const text = `ticket: please call me back, my address is erik@example.org ${"and thanks ".repeat(8)}`;
    const mime = `${b64(text).replace(/(.{76})(?=.)/g, "$1\r\n")}\r\n`;
    const res = redactJsonBody(r, "tencent", JSON.stringify({ Data: mime }));
    const out = JSON.parse(bodyOf(res)).Data as string;
    expect(unb64(out)).toBe(text.replace("erik@example.org", "[redacted:contact.email]"));
    const lines = out.split("\r\n");
    expect(lines.pop()).toBe("");
    expect(lines.slice(0, -1).every((line) => line.length === 76)).toBe(true);
  });

  it("leaves base64 whose text may all be sent exactly as it came, and reports what it holds", () => {
    const text = JSON.stringify({ Data: b64('{"network":"wifi"}'), Id: b64url("plain words only") });
    const res = redactJsonBody(r, "tencent", text);
    expect(bodyOf(res)).toBe(text);
    expect(findingsOf(res)).toEqual([["body:Data#base64#json.network", "network.status", "keep", "key"]]);
  });

  it("reads an unsecured JWT's claims, keeping its header (signed ones: signed-tokens.test.ts)", () => {
    const header = b64url('{"alg":"none","typ":"JWT"}');
    const jwt = `${header}.${b64url('{"sub":"42","email":"erik@example.org"}')}.`;
    const res = redactJsonBody(r, "tencent", JSON.stringify({ token: jwt }));
    const out = JSON.parse(bodyOf(res)).token as string;
    expect(out).toBe(`${header}.${b64url('{"sub":"42"}')}.`);
    expect(findingsOf(res)).toEqual([
      ["body:token#base64#json.sub", "account.id", "keep", "schema"],
      ["body:token#base64#json.email", "contact.email", "drop", "key"],
    ]);
  });

  it("redacts compressed JSON in base64 and compresses it back the same way", () => {
    const doc = '{"network":"wifi","contact":"erik@example.org"}';
    const gz = redactJsonBody(r, "tencent", JSON.stringify({ Data: gzipSync(doc).toString("base64") }));
    const gzOut = Buffer.from(JSON.parse(bodyOf(gz)).Data as string, "base64");
    expect(gzOut.subarray(0, 3)).toEqual(Buffer.from([0x1f, 0x8b, 8]));
    expect(gunzipSync(gzOut).toString()).toBe('{"network":"wifi"}');
    expect(findingsOf(gz)).toContainEqual([
      "body:Data#base64#json.contact",
      "contact.email",
      "drop",
      "value",
    ]);
    const z = redactJsonBody(r, "tencent", JSON.stringify({ Data: deflateSync(doc).toString("base64url") }));
    const zOut = JSON.parse(bodyOf(z)).Data as string;
    expect(zOut).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(inflateSync(Buffer.from(zOut, "base64url")).toString()).toBe('{"network":"wifi"}');
  });

  it("refuses compressed text in base64 that inflates past the bound, and forwards binary as it came", () => {
    const bomb = gzipSync(Buffer.alloc(9 * 1024 * 1024, "a")).toString("base64");
    const refused = redactJsonBody(r, "tencent", JSON.stringify({ Data: bomb }));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({ code: "too_much_work", location: "body:Data#base64" });
    // binary (gzip of random bytes) goes as it came: 300 seeded blobs, not one random one (a random
    // blob's base64 once held `qQ6wBRty1I`, read as a glued QQ handle: a flaky test, and a false alarm)
    for (let seed = 0; seed < 300; seed++) {
      const binary = JSON.stringify({ Data: gzipSync(seededBytes(seed, 256)).toString("base64") });
      expect(bodyOf(redactJsonBody(r, "tencent", binary)), `seed ${seed}`).toBe(binary);
    }
    const glued = JSON.stringify({ Data: "x/qQ6wBRty1I/y" });
    expect(bodyOf(redactJsonBody(r, "tencent", glued))).toBe(glued);
  });

  it("counts what every compressed value inflates to against one budget for the transfer", () => {
    const small = redactorWith({}, { maxInflatedBytes: 1000 });
    const blob = gzipSync(`note ${"x".repeat(595)}`).toString("base64"); // 600 bytes of text
    expect(bodyOf(redactJsonBody(small, "tencent", JSON.stringify({ a: blob })))).toBe(
      JSON.stringify({ a: blob }),
    );
    const twice = redactJsonBody(small, "tencent", JSON.stringify({ a: blob, b: blob }));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error).toMatchObject({ code: "too_much_work", location: "body:b#base64" });
  });

  it("reads base64 in query parameters, form bodies and JSON escapes alike", () => {
    const value = b64("erik@example.org");
    const q = r.redact(transfer("tencent", { query: `a=1&d=${encodeURIComponent(value)}` }));
    expect(q.ok && q.transfer.query).toBe("a=1");
    const form = r.redact(
      transfer("tencent", { body: { kind: "form", text: `d=${encodeURIComponent(value)}&a=1` } }),
    );
    expect(form.ok && form.transfer.body).toEqual({ kind: "form", text: "a=1" });
    // a JSON encoder that escapes `/` (`\/`) and `+` (`\u002b`)
    const escaped = b64("erik+tag@example.org ?>?>");
    expect(escaped).toMatch(/[+/]/);
    const json = JSON.stringify({ d: escaped }).replaceAll("/", "\\/").replaceAll("+", "\\u002b");
    const out = JSON.parse(bodyOf(redactJsonBody(r, "tencent", json))).d as string;
    expect(unb64(out)).toBe("[redacted:contact.email] ?>?>");
  });

  it("reads base64 inside base64 up to the nesting limit, and refuses deeper", () => {
    let value = "erik@example.org";
    for (let level = 1; level <= 4; level++) value = b64(value);
    expect(bodyOf(redactJsonBody(r, "tencent", JSON.stringify({ d: value, k: 1 })))).toBe('{"k":1}');
    const deeper = redactJsonBody(r, "tencent", JSON.stringify({ d: b64(value) }));
    expect(deeper.ok).toBe(false);
    if (!deeper.ok)
      expect(deeper.error).toMatchObject({ code: "too_deep", location: `body:d${"#base64".repeat(5)}` });
  });

  it("reads a JWT inside a log line, keeping the line around it", () => {
    const header = b64url('{"alg":"none"}');
    const jwt = `${header}.${b64url('{"iss":"kago","email":"erik@example.org","name":"Erik"}')}.`;
    const line = `auth failed for Bearer ${jwt} (expired)`;
    const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: line }));
    const out = JSON.parse(bodyOf(res)).message as string;
    expect(out).toBe(`auth failed for Bearer ${header}.${b64url('{"iss":"kago"}')}. (expired)`);
    expect(findingsOf(res)).toEqual([
      ["body:message#base64#json.email", "contact.email", "drop", "key"],
      ["body:message#base64#json.name", "account.profile.name", "drop", "key"],
    ]);
  });

  it("reads base64 tokens inside text, next to spans found as written", () => {
    const token = b64("mail erik@example.org");
    const text = `user ingrid@example.org sent payload=${token}, done`;
    const res = redactJsonBody(r, "tencent", JSON.stringify({ Text: text }));
    const out = JSON.parse(bodyOf(res)).Text as string;
    const rewritten = b64("mail [redacted:contact.email]");
    expect(out).toBe(`user [redacted:contact.email] sent payload=${rewritten}, done`);
    expect(findingsOf(res)).toEqual([
      ["body:Text~text", "contact.email", "drop", "text"],
      ["body:Text#base64~text", "contact.email", "drop", "text"],
    ]);
  });

  it("reads base64url segments of a URL inside text, and a token after a dot", () => {
    const erik = b64url("erik@example.org");
    const ingrid = b64url("ingrid@example.org");
    const res = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ Text: `see https://a.example/${erik}/x/${ingrid}/y ok`, Host: `node.${erik}` }),
    );
    const placeholder = b64url("[redacted:contact.email]");
    expect(JSON.parse(bodyOf(res))).toEqual({
      Text: `see https://a.example/${placeholder}/x/${placeholder}/y ok`,
      Host: `node.${placeholder}`,
    });
  });

  it("refuses a transfer whose URL path has a segment encoding personal data, and keeps an innocent one", () => {
    const refused = r.redact({
      ...transfer("facebook"),
      path: `/v21.0/${b64url("erik@example.org")}/events`,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({ code: "personal_data_in_path", location: "path:[1]" });
    const kept = r.redact({ ...transfer("facebook"), path: `/v21.0/${b64url("room seven, stage")}/events` });
    expect(kept.ok && kept.transfer.path).toBe(`/v21.0/${b64url("room seven, stage")}/events`);
  });

  it("drops a member of JSON in base64 whose whole value a detector reads wider than the plant", () => {
    // found by this file's property at 20 times its runs: `+1 192.0.2.10` is a phone number whole
    const encoded = Buffer.from(JSON.stringify({ note: "+1 192.0.2.10", k: 1 })).toString("base64");
    const out = bodyOf(redactJsonBody(r, "facebook", JSON.stringify({ a: [{ b: encoded }] })));
    expect(Buffer.from(JSON.parse(out).a[0].b, "base64").toString("utf8")).toBe('{"k":1}');
  });

  it("reads a token of letters alone in text that holds nothing else the scan stops at", () => {
    // an address that encodes to letters alone: no digit, no `-` for the scan to stop at
    const mail = "l@example.com";
    const token = b64(mail).replace(/=+$/, "");
    expect(token).toBe("bEBleGFtcGxlLmNvbQ");
    const res = redactJsonBody(r, "tencent", JSON.stringify({ Text: `see ${token} please` }));
    const out = JSON.parse(bodyOf(res)).Text as string;
    expect(out.startsWith("see ")).toBe(true);
    expect(unb64(out.slice(4, -7))).toBe("[redacted:contact.email]");
  });

  it("property: a planted value in base64 text, in any form and at any depth of JSON, does not survive", () => {
    fc.assert(
      fc.property(
        personalValue,
        fc.constantFrom(...FORMS),
        fc.string({ maxLength: 10 }),
        fc.boolean(),
        (p, form, pad, inJson) => {
          // four numbers after a version's label are a version (`findInText`), not the address planted
          fc.pre(p.category !== "network.ip_address" || !VERSION_LABEL.test(pad));
          const text = inJson
            ? JSON.stringify({ note: `${pad} ${p.literal}`, k: 1 })
            : `${pad} ${p.literal} ${pad}`;
          const encoded = encodeBase64Text(text, form);
          const body = JSON.stringify({ a: [{ b: encoded }] });
          const out = bodyOf(redactJsonBody(r, "facebook", body));
          const written = JSON.parse(out).a[0].b as string;
          const plain = Buffer.from(written, "base64").toString("utf8"); // either alphabet
          expect(plain.toLowerCase()).not.toContain(p.literal.toLowerCase());
          // the planted category, or a wider reading of the whole text (`0 192.0.2.1 0` is a phone
          // number), in JSON also of the whole member, which then goes (`+1 192.0.2.10`: a phone)
          if (inJson && !("note" in JSON.parse(plain))) expect(JSON.parse(plain)).toEqual({ k: 1 });
          else expect(plain).toContain("[redacted:");
          // written back in the form the string shows (letters and digits alone read as standard)
          const shown = decodeBase64Text(encoded)?.form;
          expect(shown?.url).toBe(form.url && /[-_]/.test(encoded));
          expect(encodeBase64Text(plain, shown as Base64Form)).toBe(written);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("property: base64 tokens inside free text", () => {
  const word = fc.constantFrom("see", "you", "later", "Bearer", "token:", "id=", "(ok)", "2024-01-01", "a.b");
  it("no planted value survives a token in a sentence; the words around it are kept as they were", () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 4 }),
        personalValue,
        fc.constantFrom(...FORMS),
        fc.array(word, { maxLength: 4 }),
        (before, p, form, after) => {
          const token = encodeBase64Text(`contact ${p.literal} thanks`, form);
          const head = before.length === 0 ? "" : `${before.join(" ")} `;
          const tail = after.length === 0 ? "" : ` ${after.join(" ")}`;
          const out = JSON.parse(
            bodyOf(redactJsonBody(r, "facebook", JSON.stringify({ note: head + token + tail }))),
          ).note as string;
          expect(out.startsWith(head)).toBe(true);
          expect(out.endsWith(tail)).toBe(true);
          const written = out.slice(head.length, out.length - tail.length);
          expect(Buffer.from(written, "base64").toString("utf8")).toBe(
            `contact [redacted:${p.category}] thanks`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
