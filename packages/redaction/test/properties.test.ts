/**
 * Property-based tests: documents generated with planted personal values of categories facebook
 * may not receive, wherever they are planted (nested arrays, free text, JSON in strings, under
 * personal keys in any spelling, as map entries `[key, value]`). The generator also writes the exact text expected after
 * redaction, so "every value not planted survives byte for byte" is checked as string equality.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEY_LOOKUP } from "../src/key-table.js";
import {
  lower,
  NAMED_IN_TEXT,
  PERSONAL_KEYS,
  type Plant,
  personalValue,
  qualifiedPersonalKey,
} from "./arbitraries.js";
import { redactJsonBody, redactorWith, transfer } from "./helpers.js";

/** A generated JSON fragment: its text, the text expected after redaction (null = removed), plants. */
interface Gen {
  readonly text: string;
  readonly expected: string | null;
  readonly plants: readonly Plant[];
}

/**
 * Strings that name nothing. A string the key table reads as a key (`ip`, `ln`, `name`) is not
 * innocent: as the first item of an array in an array it is the key of a map entry and names the
 * item after it (see `plantedEntry`).
 */
const innocentString = fc
  .string({ unit: fc.constantFrom(...'abcdefghij klmnop\n"\\é'), maxLength: 12 })
  .filter((s) => KEY_LOOKUP.lookupKey(s, "") === null);
const innocentNumber = fc.constantFrom(
  "0",
  "-1",
  "1.10",
  "1e2",
  "12345678901234567890",
  "-0.5E-3",
  "1287730451",
);
const ws = fc.constantFrom("", " ", "\n  ");

const leaf: fc.Arbitrary<Gen> = fc.oneof(
  innocentString.map((s) => ({ text: JSON.stringify(s), expected: JSON.stringify(s), plants: [] })),
  innocentNumber.map((n) => ({ text: n, expected: n, plants: [] })),
  fc.constantFrom("true", "false", "null").map((t) => ({ text: t, expected: t, plants: [] })),
  // a personal value standing alone: removed
  personalValue.map((p) => ({ text: JSON.stringify(p.literal), expected: null, plants: [p] })),
  // inside free text: only the span is replaced
  fc.tuple(innocentString, personalValue, innocentString).map(([a, p, b]) => ({
    text: JSON.stringify(`${a} ${p.literal} ${b}`),
    expected: JSON.stringify(`${a} [redacted:${p.category}] ${b}`),
    plants: [p],
  })),
  // named by a key inside free text: only the value is replaced
  fc
    .tuple(innocentString, fc.constantFrom(...NAMED_IN_TEXT), lower, innocentString)
    .map(([a, [form, category], v, b]) => {
      const literal = `PLANT${v.toUpperCase()}`;
      return {
        text: JSON.stringify(`${a} note ${form(literal)} ${b}`),
        expected: JSON.stringify(`${a} note ${form(`[redacted:${category}]`)} ${b}`),
        plants: [{ literal, category }],
      };
    }),
  // inside JSON inside a string
  fc.tuple(personalValue, innocentNumber).map(([p, n]) => ({
    text: JSON.stringify(`{"note":${JSON.stringify(p.literal)},"k":${n}}`),
    expected: JSON.stringify(`{"k":${n}}`),
    plants: [p],
  })),
);

/** A map entry `[personal key, value]` (a map serialised as `[...map]`): removed whole. */
const plantedEntry: fc.Arbitrary<Gen> = fc
  .tuple(fc.oneof(fc.constantFrom(...PERSONAL_KEYS), qualifiedPersonalKey), lower, ws)
  .map(([key, v, w]) => ({
    text: `[${JSON.stringify(key)},${w}${JSON.stringify(`PLANT${v.toUpperCase()}`)}]`,
    expected: null,
    plants: [{ literal: `PLANT${v.toUpperCase()}`, category: key }],
  }));

function container(child: fc.Arbitrary<Gen>): fc.Arbitrary<Gen> {
  const item = fc.oneof({ weight: 4, arbitrary: child }, { weight: 1, arbitrary: plantedEntry });
  const arr = fc.tuple(fc.array(item, { maxLength: 5 }), ws).map(([items, w]) => {
    const sep = `,${w}`;
    return {
      text: `[${items.map((i) => i.text).join(sep)}]`,
      expected: `[${items.flatMap((i) => (i.expected === null ? [] : [i.expected])).join(sep)}]`,
      plants: items.flatMap((i) => i.plants),
    };
  });
  const member = fc.oneof(
    child.map((g) => ({ key: null as string | null, g })),
    fc.tuple(fc.oneof(fc.constantFrom(...PERSONAL_KEYS), qualifiedPersonalKey), lower).map(([key, v]) => ({
      key,
      g: {
        text: JSON.stringify(`PLANT${v.toUpperCase()}`),
        expected: null,
        plants: [{ literal: `PLANT${v.toUpperCase()}`, category: key }],
      },
    })),
  );
  const obj = fc.tuple(fc.array(member, { maxLength: 5 }), ws, fc.boolean()).map(([members, w, proto]) => {
    const sep = `,${w}`;
    const named = members
      .map((m, k) => ({ key: m.key ?? (proto && k === 0 ? "__proto__" : `k${k}`), g: m.g }))
      .filter((m, k, all) => all.findIndex((o) => o.key === m.key) === k);
    const render = (key: string, v: string) => `${JSON.stringify(key)}${w}:${w}${v}`;
    return {
      text: `{${named.map((m) => render(m.key, m.g.text)).join(sep)}}`,
      expected: `{${named.flatMap((m) => (m.g.expected === null ? [] : [render(m.key, m.g.expected)])).join(sep)}}`,
      plants: named.flatMap((m) => m.g.plants),
    };
  });
  return fc.oneof(arr, obj);
}

const doc: fc.Arbitrary<Gen> = fc.letrec<{ node: Gen; top: Gen }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, container(tie("node"))),
  top: container(tie("node")),
})).top;

const r = redactorWith();

describe("properties of JSON redaction (facebook: only network status)", () => {
  it("no planted value survives; everything else is byte for byte; twice equals once", () => {
    fc.assert(
      fc.property(doc, (d) => {
        const res = redactJsonBody(r, "facebook", d.text);
        expect(res.ok).toBe(true);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        const out = res.transfer.body.text;
        expect(out).toBe(d.expected);
        const lowerOut = out.toLowerCase();
        for (const p of d.plants) expect(lowerOut).not.toContain(p.literal.toLowerCase());
        expect(res.report.changed).toBe(d.plants.length > 0);
        const again = redactJsonBody(r, "facebook", out);
        expect(again.ok && again.transfer.body).toEqual(res.transfer.body);
        expect(again.ok && again.report.changed).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("documents without plants come back unchanged, as the very same text", () => {
    const clean = fc.letrec<{ node: Gen; top: Gen }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.oneof(
          innocentString.map((s) => ({ text: JSON.stringify(s), expected: JSON.stringify(s), plants: [] })),
          innocentNumber.map((n) => ({ text: n, expected: n, plants: [] })),
        ),
        container(tie("node")).filter((g) => g.plants.length === 0),
      ),
      top: container(tie("node")).filter((g) => g.plants.length === 0),
    })).top;
    fc.assert(
      fc.property(clean, (d) => {
        const res = redactJsonBody(r, "facebook", d.text);
        expect(res.ok && res.transfer.body).toEqual({ kind: "json", text: d.text });
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Asserts, over 500 runs, that a plant of `plants` written the way `write` spells it, between two
 * words of a chat note, is replaced whole by its category's placeholder and the words are kept.
 */
function assertReplacedWhole(
  plants: fc.Arbitrary<Plant>,
  write: (literal: string) => fc.Arbitrary<string>,
): void {
  const r = redactorWith();
  fc.assert(
    fc.property(
      plants.chain((p) => fc.tuple(fc.constant(p), write(p.literal))),
      lower,
      lower,
      ([p, written], a, b) => {
        const res = redactJsonBody(r, "facebook", JSON.stringify({ note: `${a} ${written} ${b}` }));
        expect(res.ok).toBe(true);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        expect(JSON.parse(res.transfer.body.text)).toEqual({ note: `${a} [redacted:${p.category}] ${b}` });
      },
    ),
    { numRuns: 500 },
  );
}

describe("property: personal data typed with typographic variants", () => {
  /** A typographic spelling of `literal`: some characters fullwidth, spaces no-break, hyphens dashes, zero-width characters inside. */
  const typed = (literal: string) =>
    fc
      .array(fc.tuple(fc.nat(2), fc.nat(5), fc.boolean()), {
        minLength: literal.length,
        maxLength: literal.length,
      })
      .map((choices) =>
        [...literal]
          .map((c, i) => {
            const [how, pick, invisible] = choices[i] ?? [0, 0, false];
            let out = c;
            if (how === 1 && c > " " && c <= "~") out = String.fromCharCode(c.charCodeAt(0) + 0xfee0);
            else if (how === 2 && c === " ") out = ["\u00a0", "\u202f", "\u3000"][pick % 3] as string;
            // never before the first character: a character outside the span would stay
            return invisible && i > 0 ? `${["\u200b", "\u00ad", "\u2060"][pick % 3]}${out}` : out;
          })
          .join(""),
      );

  it("is found in free text and replaced whole, the text around it kept, in any spelling", () => {
    assertReplacedWhole(personalValue, typed);
  });
});

describe("property: numbers written in numerals and digit look-alikes", () => {
  /** Ways to write each digit: Chinese and financial numerals, circled, Arabic-Indic, mathematical. */
  const SPELLINGS = [
    "〇零⓪٠𝟎",
    "一幺壹①١𝟏",
    "二贰②٢𝟐",
    "三叁③٣𝟑",
    "四肆④٤𝟒",
    "五伍⑤٥𝟓",
    "六陆⑥٦𝟔",
    "七柒⑦٧𝟕",
    "八捌⑧٨𝟖",
    "九玖⑨٩𝟗",
  ].map((s) => [...s]);
  /** `literal` with each digit written one of its ways (an ASCII digit among them), the rest kept. */
  const spelled = (literal: string) =>
    fc.array(fc.nat(5), { minLength: literal.length, maxLength: literal.length }).map((picks) =>
      [...literal]
        .map((c, i) => {
          const ways = SPELLINGS[c.charCodeAt(0) - 48];
          const pick = picks[i] ?? 0;
          return ways === undefined || pick === 5 ? c : (ways[pick % ways.length] as string);
        })
        .join(""),
    );
  const numbers = personalValue.filter((p) =>
    ["contact.phone", "device.identifier.imei", "financial.payment_card"].includes(p.category),
  );

  it("is found in free text and replaced whole, the text around it kept", () => {
    assertReplacedWhole(numbers, spelled);
  });
});

describe("properties of query redaction", () => {
  const pair = fc.oneof(
    fc
      .tuple(lower, lower)
      .map(([k, v]) => ({ raw: `x${k}=${encodeURIComponent(`${v} ${v}`)}`, keep: true, literal: "" })),
    fc
      .tuple(fc.constantFrom(...PERSONAL_KEYS), lower)
      .map(([k, v]) => ({ raw: `${k}=PLANT${v}`, keep: false, literal: `PLANT${v}` })),
    fc
      .tuple(lower, personalValue)
      .map(([k, p]) => ({ raw: `x${k}=${encodeURIComponent(p.literal)}`, keep: false, literal: p.literal })),
  );
  it("drops exactly the planted pairs with their &, keeping the others' encoding", () => {
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 8 }), (pairs) => {
        const query = pairs.map((p) => p.raw).join("&");
        const res = r.redact(transfer("facebook", { query }));
        expect(res.ok && res.transfer.query).toBe(
          pairs
            .filter((p) => p.keep)
            .map((p) => p.raw)
            .join("&"),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("property: free text made of the pieces the finders and key readers react to", () => {
  /** Keys, separators, personal values, placeholders and encodings, glued in any order. */
  const ATOMS = [
    "name",
    "user_name",
    "email",
    "姓名",
    "手机号",
    "：",
    ":",
    "=",
    "=>",
    "<",
    ">",
    "</",
    "[",
    "]",
    '"',
    "'",
    " ",
    "\n",
    ",",
    "&",
    "Astrid",
    "erik@example.org",
    "+44 7700 900123",
    "[redacted:account.profile.name]",
    "\\",
    "{",
    "1",
    "%40",
    "&#64;",
    "ZXJpa0BleGFtcGxlLm9yZw==",
    "张三",
    "ab",
    "fe80",
    "＝",
    "１",
    ".",
    "my name is ",
    "我叫",
    " [at] ",
    "(dot)",
    "idfa ",
    "mac\t",
    "001A2B3C4D5E",
    "是",
    "my wechat is ",
    "微信号",
    "4539 5787 6362 1486",
    "vx：",
    "card ",
    "59.9139, 10.7522",
    "@",
    "12 Main Street",
    "Storgata 12",
  ];
  const text = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 14 }).map((a) => a.join(""));
  const r = redactorWith();

  it("searches the text again where a replacement uncovers its neighbour (cases this property found)", () => {
    // `40::` glued to an address is no IPv6 address; next to the placeholder it is one
    for (const [message, out] of [
      ["call 40::erik@example.org now", "call [redacted:network.ip_address][redacted:contact.email] now"],
      ["1：:erik@example.orgname", "[redacted:network.ip_address][redacted:contact.email]"],
      ["ab:：erik@example.orgname", "[redacted:network.ip_address][redacted:contact.email]"],
      // the name's echo glued to a phone number: searched again after the echo too
      [
        "+44 7700 900123name：name",
        "[redacted:contact.phone][redacted:account.profile.name]：[redacted:account.profile.name]",
      ],
      // a `+` after a separator other than a space starts a number in the first pass too
      ["+44 7700 900123 .+44 7700 900123", "[redacted:contact.phone] .[redacted:contact.phone]"],
      // a named value's end is no placeholder's `]`: the name's placeholder stays whole (a bare
      // `name` takes only a value shaped like a name since session 13, so `user_name` here)
      ['idfa =>user_name："(dot)&#64;', 'idfa =>user_name："[redacted:account.profile.name]'],
      // a placeholder is no key ending a name's value: a name's shape is judged alike both times
      [
        "name：my wechat is 4539 5787 6362 1486name",
        "name：my wechat is [redacted:contact.messenger] 5787 6362 1486name",
      ],
      // the address spelt out around a base64 token frees the token glued before it
      [
        "ZXJpa0BleGFtcGxlLm9yZw==name [at] ZXJpa0BleGFtcGxlLm9yZw==(dot)name",
        "W3JlZGFjdGVkOmNvbnRhY3QuZW1haWxd[redacted:contact.email]",
      ],
      // the echo took the key of `idfa =...`: what was its value is prose now, an introduction
      [
        "idfa =我叫姓名]：idfa name",
        "[redacted:account.profile.name] =我叫[redacted:account.profile.name]]：[redacted:account.profile.name]",
      ],
    ]) {
      const res = redactJsonBody(r, "aliyun", JSON.stringify({ message }));
      expect(
        res.ok && res.transfer.body.kind === "json" ? JSON.parse(res.transfer.body.text).message : null,
      ).toBe(out);
    }
  });

  it("is redacted without failing, to JSON that parses, and redacting twice equals once", () => {
    fc.assert(
      fc.property(text, (t) => {
        const res = redactJsonBody(r, "aliyun", JSON.stringify({ message: t }));
        expect(res.ok).toBe(true);
        if (!res.ok || res.transfer.body.kind !== "json") return;
        const out = res.transfer.body.text;
        expect(() => JSON.parse(out)).not.toThrow();
        const again = redactJsonBody(r, "aliyun", out);
        expect(again.ok && again.transfer.body.kind === "json" ? again.transfer.body.text : null).toBe(out);
      }),
      { numRuns: 10_000 },
    );
  });
});
