import { isIP, isIPv4, isIPv6 } from "node:net";
import {
  findInText,
  isBirthday,
  isEmail,
  isImei,
  isIpv4,
  isIpv6,
  isMac,
  isPhone,
  isUuid,
  luhnCheckDigit,
  parseBirthday,
} from "@kago/personal-data";
import fc from "fast-check";
import { describe, it } from "vitest";
import { FILE_EXTENSIONS } from "../src/values/email.js";

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));

/** Reporting Body Identifiers the GSMA allocated (TS.06 Appendix A), current and former. */
const RBI = [
  "01",
  "10",
  "30",
  "33",
  "35",
  "44",
  "45",
  "49",
  "50",
  "51",
  "52",
  "53",
  "54",
  "86",
  "91",
  "98",
  "99",
];
const imei = fc
  .tuple(fc.constantFrom(...RBI), digits(12, 12))
  .map(([rbi, rest]) => rbi + rest + String(luhnCheckDigit(rbi + rest)));

describe("IMEI (Luhn, allocated Reporting Body Identifier)", () => {
  it("accepts every 14 digits completed with their Luhn digit", () => {
    fc.assert(fc.property(imei, (s) => isImei(s)));
  });

  it("rejects a Luhn-valid 15-digit number whose first two digits are no allocated RBI", () => {
    const rbi = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
    fc.assert(
      fc.property(rbi, digits(12, 12), (r, rest) => {
        fc.pre(!RBI.includes(r));
        return !isImei(r + rest + String(luhnCheckDigit(r + rest)));
      }),
    );
  });

  it("accepts the 2-6-6-1 grouping with either separator", () => {
    fc.assert(
      fc.property(imei, fc.constantFrom(" ", "-"), (s, sep) =>
        isImei(`${s.slice(0, 2)}${sep}${s.slice(2, 8)}${sep}${s.slice(8, 14)}${sep}${s.slice(14)}`),
      ),
    );
  });

  it("rejects any single changed digit", () => {
    fc.assert(
      fc.property(imei, fc.nat(14), fc.integer({ min: 1, max: 9 }), (s, pos, delta) => {
        const changed = (Number(s[pos]) + delta) % 10;
        return !isImei(s.slice(0, pos) + String(changed) + s.slice(pos + 1));
      }),
    );
  });

  it("rejects two swapped adjacent different digits (other than 0/9)", () => {
    fc.assert(
      fc.property(imei, fc.nat(13), (s, pos) => {
        const a = s[pos] as string;
        const b = s[pos + 1] as string;
        fc.pre(a !== b && !((a === "0" && b === "9") || (a === "9" && b === "0")));
        return !isImei(s.slice(0, pos) + b + a + s.slice(pos + 2));
      }),
    );
  });
});

const octet = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, "0"));
const octets = fc.array(octet, { minLength: 6, maxLength: 6 });

describe("MAC", () => {
  it("accepts random addresses in every form and case", () => {
    fc.assert(
      fc.property(octets, fc.constantFrom(":", "-", ""), fc.boolean(), (o, sep, upper) => {
        const s = o.join(sep);
        return isMac(upper ? s.toUpperCase() : s);
      }),
    );
    fc.assert(
      fc.property(octets, (o) => {
        const hex = o.join("");
        return isMac(`${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`);
      }),
    );
  });

  it("rejects 5 or 7 octets and mixed separators", () => {
    fc.assert(
      fc.property(fc.array(octet, { minLength: 1, maxLength: 8 }), fc.constantFrom(":", "-"), (o, sep) => {
        return isMac(o.join(sep)) === (o.length === 6);
      }),
    );
    fc.assert(fc.property(octets, (o) => !isMac(`${o.slice(0, 3).join(":")}-${o.slice(3).join(":")}`)));
  });
});

describe("IP addresses agree with node:net", () => {
  it("accepts fast-check's IPv4 and IPv6 addresses", () => {
    fc.assert(fc.property(fc.ipV4(), (s) => isIpv4(s)));
    fc.assert(fc.property(fc.ipV6(), (s) => isIpv6(s)));
  });

  it("matches node:net on random strings over the address alphabet", () => {
    const v4 = fc.string({ unit: fc.constantFrom(..."0123456789."), maxLength: 17 });
    fc.assert(
      fc.property(v4, (s) => isIpv4(s) === (isIPv4(s) && !/(^|\.)0\d/.test(s))),
      { numRuns: 5000 },
    );
    const v6 = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF:.:::"), maxLength: 46 });
    fc.assert(
      fc.property(v6, (s) => isIpv6(s) === isIPv6(s)),
      { numRuns: 20000 },
    );
  });

  it("matches node:net on mutated valid IPv6 addresses", () => {
    const mutated = fc
      .tuple(fc.ipV6(), fc.nat(), fc.constantFrom("", ":", ".", "0", "g", "::", "1.2.3.4"))
      .map(([s, pos, insert]) => {
        const at = pos % (s.length + 1);
        return s.slice(0, at) + insert + s.slice(at + 1);
      });
    fc.assert(
      fc.property(mutated, (s) => isIpv6(s) === (isIP(s) === 6)),
      { numRuns: 5000 },
    );
  });
});

describe("UUID-form ids", () => {
  it("accepts every fast-check UUID, any case", () => {
    fc.assert(fc.property(fc.uuid(), fc.boolean(), (u, upper) => isUuid(upper ? u.toUpperCase() : u)));
  });
});

describe("e-mail", () => {
  it("accepts fast-check's RFC 5322 addresses whose TLD is alphabetic and no file extension", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (s) => {
        const tld = s.slice(s.lastIndexOf(".") + 1).toLowerCase();
        fc.pre(s.length <= 254 && /^[a-z]{2,}$/.test(tld) && !FILE_EXTENSIONS.has(tld));
        return isEmail(s);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects an address whose domain lost its dot", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (s) => {
        const at = s.lastIndexOf("@");
        return !isEmail(s.slice(0, at + 1) + s.slice(at + 1).replaceAll(".", ""));
      }),
      { numRuns: 1000 },
    );
  });

  it("finds a generated address inside text", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (s) => {
        // in text, a local part starts with no quote and holds a letter or a digit (`WHERE
        // email='a@b.com'`, `'@scope.pkg/x`: see the note of src/text/email-spans.ts)
        fc.pre(
          /\.[a-z]{2,}$/i.test(s) &&
            /^[^=&/?#|{}'`]+@/.test(s) &&
            /[a-z0-9][^@]*@/i.test(s) &&
            !FILE_EXTENSIONS.has(s.slice(s.lastIndexOf(".") + 1).toLowerCase()) &&
            s.length <= 254,
        );
        const text = `contact: ${s} today`;
        const spans = findInText(text);
        return spans.some(([a, b, c]) => c === "contact.email" && text.slice(a, b) === s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("phone numbers", () => {
  const chinaMobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9))
    .map(([second, rest]) => `1${second}${rest}`);

  it("accepts China mobiles bare, grouped, and with +86 / 0086", () => {
    fc.assert(
      fc.property(chinaMobile, fc.constantFrom("", "+86", "+86 ", "0086", "86", "+86-"), (m, prefix) =>
        isPhone(prefix + m),
      ),
    );
    fc.assert(fc.property(chinaMobile, (m) => isPhone(`${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`)));
  });

  it("accepts E.164 with 8-15 digits and refuses more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), digits(7, 14), (first, rest) =>
        isPhone(`+${first}${rest}`),
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        digits(15, 20),
        (first, rest) => !isPhone(`+${first}${rest}`),
      ),
    );
  });

  it("never takes a unix time in seconds or milliseconds for a phone number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000, max: 4_102_444_800 }), (sec) => {
        return !isPhone(String(sec)) && !isPhone(String(sec * 1000));
      }),
    );
  });

  it("never takes an ISO or day-first date for a phone number", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-");
          return !isPhone(iso) && !isPhone(`${day}.${m}.${y}`) && !isPhone(`${day}-${m}-${y}`);
        },
      ),
    );
  });
});

describe("birthdays", () => {
  it("accepts every real date from 1900 to 2099 in every form, with the same reading", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-");
          const want = { year: Number(y), month: Number(m), day: Number(day) };
          return [iso, `${y}${m}${day}`, `${y}/${m}/${day}`, `${day}/${m}/${y}`, `${day}.${m}.${y}`].every(
            (s) => {
              const parsed = parseBirthday(s);
              return isBirthday(s) && parsed !== null && parsed.year === want.year;
            },
          );
        },
      ),
    );
  });

  it("agrees with the JS calendar on every yyyy-mm-dd", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          return isBirthday(s) === real;
        },
      ),
    );
  });
});
