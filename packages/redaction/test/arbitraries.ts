/** fast-check generators of planted personal values and personal keys, shared by the property tests. */
import fc from "fast-check";

/** A planted value: its literal text and the category it is. */
export type Plant = { readonly literal: string; readonly category: string };

export const lower = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
  minLength: 2,
  maxLength: 8,
});
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
const hexPair = fc.integer({ min: 16, max: 239 }).map((n) => n.toString(16));

function luhnDigit(body: number[]): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body[body.length - 1 - i] as number;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A local part in a script of its own (RFC 6531): Latin with accents, Cyrillic, Greek, or Han. */
const intlLocal = fc.oneof(
  ...["éüøåçñß", "жданияв", "αβγδεζ", "张王李明华"].map((letters) =>
    fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 6 }),
  ),
);

export const personalValue: fc.Arbitrary<Plant> = fc.oneof(
  fc.tuple(lower, lower).map(([a, b]) => ({ literal: `${a}.${b}@example.org`, category: "contact.email" })),
  intlLocal.map((local) => ({ literal: `${local}@example.org`, category: "contact.email" })),
  digits(6).map((d) => ({ literal: `+44 7700 ${d.join("")}`, category: "contact.phone" })),
  fc.integer({ min: 1, max: 254 }).map((n) => ({ literal: `192.0.2.${n}`, category: "network.ip_address" })),
  digits(14)
    .filter((d) => d.some((x) => x !== 0))
    .map((d) => ({
      literal: `35${d.slice(2).join("")}${luhnDigit([3, 5, ...d.slice(2)])}`,
      category: "device.identifier.imei",
    })),
  fc
    .array(hexPair, { minLength: 6, maxLength: 6 })
    .map((h) => ({ literal: h.join(":"), category: "device.identifier.mac" })),
  // a Norwegian IBAN (11 digits after NO and its MOD 97-10 check digits), in groups of four
  digits(11).map((d) => {
    const bban = d.join("");
    const check = 98 - Number(BigInt(`${bban}232400`) % 97n);
    const iban = `NO${String(check).padStart(2, "0")}${bban}`;
    return { literal: iban.replace(/(.{4})(?!$)/g, "$1 "), category: "financial.bank_account" };
  }),
  // a Visa card number, Luhn-completed, in the 4-4-4-4 groups card faces print
  digits(13).map((d) => {
    const pan = `45${d.join("")}${luhnDigit([4, 5, ...d])}`;
    return { literal: pan.replace(/(\d{4})(?!$)/g, "$1 "), category: "financial.payment_card" };
  }),
);

export const PERSONAL_KEYS = [
  "email",
  "Email",
  "EMAIL",
  "e_mail",
  "E-Mail",
  "user_email",
  "UserEmail",
  "phone",
  "Phone_Number",
  "MOBILE",
  "client_ip",
  "ClientIp",
  "IP",
  "ssid",
  "Nick_Name",
  "birthday",
  "DOB",
  "fbp",
  "CardNumber",
  "passport_no",
  "Latitude",
];

/** A key-table name behind a qualifier (`customer_first_name`), in one of the spellings backends use. */
export const qualifiedPersonalKey: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("customer", "billing", "primary", "user"),
    fc.constantFrom(["first", "name"], ["nickname"], ["email"], ["phone", "number"], ["home", "address"]),
    fc.constantFrom("snake", "camel", "dot", "bracket", "kebab"),
  )
  .map(([qualifier, words, style]) => {
    const cap = (w: string) => (w[0] as string).toUpperCase() + w.slice(1);
    switch (style) {
      case "snake":
        return [qualifier, ...words].join("_");
      case "camel":
        return qualifier + words.map(cap).join("");
      case "dot":
        return `${qualifier}.${words.join("_")}`;
      case "bracket":
        return `${qualifier}[${words.join("_")}]`;
      default:
        return [qualifier, ...words].join("-");
    }
  });

/** Ways free text names a value by its key: `(value) => text`, and the category the key says. */
export const NAMED_IN_TEXT: ReadonlyArray<readonly [(value: string) => string, string]> = [
  [(v) => `user_name=${v};`, "account.profile.name"],
  [(v) => `customer_nickname="${v}"`, "account.profile.nickname"],
  [(v) => `{"first_name":"${v}"}`, "account.profile.name"],
  [(v) => `\nName: ${v}\n`, "account.profile.name"],
  [(v) => `姓名：${v}，`, "account.profile.name"],
  [(v) => `<first_name>${v}</first_name>`, "account.profile.name"],
  [(v) => `\n    [name] => ${v}\n`, "account.profile.name"],
  [(v) => `\nnickname = ${v}\n`, "account.profile.nickname"],
];

/**
 * One of `seeds`, broken at random: one to four mutations, each inserting one of `pieces`,
 * deleting one to four characters, or overwriting with a piece, at any position.
 */
export function brokenText(seeds: readonly string[], pieces: readonly string[]): fc.Arbitrary<string> {
  const mutation = fc.record({
    at: fc.nat(),
    op: fc.constantFrom("insert", "delete", "overwrite"),
    piece: fc.constantFrom(...pieces),
    span: fc.integer({ min: 1, max: 4 }),
  });
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => {
      let t = seed;
      for (const m of mutations) {
        const at = m.at % (t.length + 1);
        if (m.op === "insert") t = t.slice(0, at) + m.piece + t.slice(at);
        else if (m.op === "delete") t = t.slice(0, at) + t.slice(at + m.span);
        else t = t.slice(0, at) + m.piece + t.slice(at + m.piece.length);
      }
      return t;
    });
}

/**
 * A planted address, whole: a local part with a letter, digit or `_` in it (dots alone, as in
 * `.@example.org` left when a mutation cut `k&&.@...`, name no mailbox and are no address to the
 * finders either), `@`, the domain, and no more domain characters after it.
 */
export const PLANTED_EMAIL = /[a-z0-9._]*[a-z0-9_][a-z0-9._]*@example\.org(?![a-z0-9.-])/i;
