/**
 * Identity, tax and bank account numbers of other countries (`src/values/national-ids.ts`,
 * `src/values/bank-accounts.ts`; session 14): real-form numbers and their near misses, and that a
 * check digit lets exactly one last digit through.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isBrazilianRg,
  isClabe,
  isCpf,
  isCurp,
  isEmiratesId,
  isIndianPan,
  isIndonesianNik,
  isKoreanResidentNumber,
  isMalaysianIc,
  isMyNumber,
  isRussianAccount,
  isRussianInn,
  isSaudiId,
  isSnils,
  isSteuerId,
  isThaiId,
  isTurkishId,
  isVietnameseCitizenId,
} from "../src/index.js";

/** A check digit's rule: for any body, exactly one last digit of ten passes. */
function oneCheckDigit(check: (s: string) => boolean, body: fc.Arbitrary<string>, last = "0123456789"): void {
  fc.assert(
    fc.property(body, (b) => {
      expect([...last].filter((d) => check(b + d))).toHaveLength(1);
    }),
    { numRuns: 1_000 },
  );
}
const digits = (n: number) => fc.array(fc.nat(9), { minLength: n, maxLength: n }).map((a) => a.join(""));

describe("Korea's resident registration number", () => {
  it.each(["900101-1234568", "9001011234568", "850315-2123450", "040229-3123456", "951231-5000000"])(
    "%s passes",
    (s) => expect(isKoreanResidentNumber(s)).toBe(true),
  );
  it.each([
    ["900101-9234568", "no sex digit 9"],
    ["900101-0234568", "no sex digit 0"],
    ["901301-1234568", "month 13"],
    ["020229-4123456", "29 February 2002"],
    ["900101-123456", "six digits after the date"],
    ["900101--1234568", "two dashes"],
    ["900101 1234568", "a space"],
  ])("%s fails (%s)", (s) => expect(isKoreanResidentNumber(s)).toBe(false));
  it("checks the last digit only when asked (numbers issued since October 2020 have none)", () => {
    expect(isKoreanResidentNumber("900101-1234567")).toBe(true);
    expect(isKoreanResidentNumber("900101-1234567", { checked: true })).toBe(false);
    expect(isKoreanResidentNumber("900101-1234568", { checked: true })).toBe(true);
    expect(isKoreanResidentNumber("850315-2123450", { checked: true })).toBe(true);
  });
});

describe("Japan's My Number", () => {
  it.each(["123456789018", "1234-5678-9018", "1234 5678 9018", "987654321018", "111122223333"])(
    "%s passes",
    (s) => expect(isMyNumber(s)).toBe(true),
  );
  it.each(["123456789017", "1234-5678 9018", "12345678901", "1234567890180", "1234-56789-018"])(
    "%s fails",
    (s) => expect(isMyNumber(s)).toBe(false),
  );
  it("has one check digit for every body", () => oneCheckDigit(isMyNumber, digits(11)));
});

describe("Mexico's CURP", () => {
  it.each(["HEGM900401MDFRRR08", "GODE561231HDFRRN00", "BADD110313HCMLNS06", "MAAR050212MNLRRNA5"])(
    "%s passes",
    (s) => expect(isCurp(s)).toBe(true),
  );
  it.each([
    ["HEGM900401MDFRRR07", "wrong check digit"],
    ["HEGM901301MDFRRR07", "month 13 (its check digit right)"],
    ["HEGM900231MDFRRR00", "31 February (its check digit right)"],
    ["HEGM900401MZZRRR01", "no state ZZ (its check digit right)"],
    ["HEGM900401MDFRAR08", "a vowel among the consonants"],
    ["HBGM900401MDFRRR08", "a consonant second"],
    ["hegm900401mdfrrr08", "lower case"],
    ["HEGM900401MDFRRR0", "seventeen characters"],
  ])("%s fails (%s)", (s) => expect(isCurp(s)).toBe(false));
});

describe("Brazil's CPF", () => {
  it.each(["123.456.789-09", "12345678909", "123456789-09", "529.982.247-25", "111.444.777-35"])(
    "%s passes",
    (s) => expect(isCpf(s)).toBe(true),
  );
  it.each([
    ["123.456.789-08", "wrong second check digit"],
    ["123.456.789-19", "wrong first check digit"],
    ["111.111.111-11", "one digit eleven times"],
    ["123.456.78909", "dots without the dash"],
    ["11987654321", "a phone number"],
    ["1234567890", "ten digits"],
  ])("%s fails (%s)", (s) => expect(isCpf(s)).toBe(false));
  it("has one pair of check digits for every body", () =>
    fc.assert(
      fc.property(digits(9), (b) => {
        fc.pre(!/^(\d)\1+$/.test(b));
        const pairs = Array.from({ length: 100 }, (_, k) => b + String(k).padStart(2, "0")).filter(isCpf);
        expect(pairs).toHaveLength(1);
      }),
      { numRuns: 300 },
    ));
});

describe("Brazil's RG (session 15)", () => {
  it.each([
    ["12.345.678-9", "written as the states print it: the shape is enough"],
    ["12.345.678-X", "an X for the last digit"],
    ["1.234.567-8", "an older, shorter number"],
    ["123456782", "bare, São Paulo's check right"],
    ["12345678-2", "a dash before the check"],
    ["24681357X", "bare, the check 10 written X"],
    ["24681357x", "in lower case"],
    ["100475140", "bare, the check 11 written 0"],
  ])("%s passes (%s)", (s) => expect(isBrazilianRg(s)).toBe(true));
  it.each([
    ["123456789", "bare, São Paulo's check wrong"],
    ["12345678-9", "a dash but no dots: held to the check"],
    ["12.345.6789", "dots without the dash"],
    ["123.456.789-09", "a CPF"],
    ["12.345.678-99", "two digits after the dash"],
    ["12345678", "eight digits"],
    ["1234567890", "ten digits"],
  ])("%s fails (%s)", (s) => expect(isBrazilianRg(s)).toBe(false));
  it("has one check character of eleven for every bare body", () =>
    oneCheckDigit(isBrazilianRg, digits(8), "0123456789X"));
});

describe("Thailand's identity number", () => {
  it.each(["1101700207340", "1-1017-00207-34-0", "1 1017 00207 34 0", "3101200123453"])("%s passes", (s) =>
    expect(isThaiId(s)).toBe(true),
  );
  it.each(["1101700207341", "0101700207340", "9101700207347", "1-1017-00207-340", "110170020734"])(
    "%s fails",
    (s) => expect(isThaiId(s)).toBe(false),
  );
  it("has one check digit for every body", () =>
    oneCheckDigit(
      isThaiId,
      digits(11).map((b) => `1${b}`),
    ));
});

describe("Indonesia's NIK", () => {
  it.each(["3174012304900001", "3273056512950002", "5171010101000123"])("%s passes", (s) =>
    expect(isIndonesianNik(s)).toBe(true),
  );
  it.each([
    ["9974012304900001", "no province 99"],
    ["3100012304900001", "regency 00"],
    ["3174013204900001", "day 32"],
    ["3174017204900001", "a woman's day 72 (32)"],
    ["3174012313900001", "month 13"],
    ["3174012304900000", "serial 0000"],
    ["317401230490001", "fifteen digits"],
    ["3174-0123-0490-0001", "grouped"],
  ])("%s fails (%s)", (s) => expect(isIndonesianNik(s)).toBe(false));
});

describe("Vietnam's citizen identity number (CCCD)", () => {
  it.each(["001090012345", "079301001234", "096200123456"])("%s passes", (s) =>
    expect(isVietnameseCitizenId(s)).toBe(true),
  );
  it.each([
    ["003090012345", "no province 003"],
    ["097090012345", "no province 097"],
    ["001490012345", "century digit 4"],
    ["00109001234", "eleven digits"],
    ["001-090-012345", "grouped"],
  ])("%s fails (%s)", (s) => expect(isVietnameseCitizenId(s)).toBe(false));
});

describe("Malaysia's identity card number", () => {
  it.each(["900101-14-5678", "900101145678", "000229-10-5678", "851231-01-1234"])("%s passes", (s) =>
    expect(isMalaysianIc(s)).toBe(true),
  );
  it.each([
    ["900101-17-5678", "no place 17"],
    ["900101-00-5678", "no place 00"],
    ["901301-14-5678", "month 13"],
    ["900230-14-5678", "30 February"],
    ["900101-145678", "one dash"],
    ["900101-14-567", "three digits last"],
  ])("%s fails (%s)", (s) => expect(isMalaysianIc(s)).toBe(false));
});

describe("Russia's INN and SNILS", () => {
  it.each(["500100732259", "770708389324"])("INN %s passes", (s) => expect(isRussianInn(s)).toBe(true));
  it.each([
    ["500100732258", "wrong second check digit"],
    ["500100732269", "wrong first check digit"],
    ["7707083893", "a company's ten digits"],
    ["5001007322590", "thirteen digits"],
  ])("INN %s fails (%s)", (s) => expect(isRussianInn(s)).toBe(false));
  it.each(["112-233-445 95", "112-233-445-95", "11223344595", "123-456-789 64", "100-079-190 00"])(
    "SNILS %s passes",
    (s) => expect(isSnils(s)).toBe(true),
  );
  it.each([
    ["112-233-445 96", "wrong check"],
    ["001-001-998 64", "below the first checked number (its sum is 64)"],
    ["112 233 445 95", "spaces only"],
    ["112-233-44595", "one group short"],
  ])("SNILS %s fails (%s)", (s) => expect(isSnils(s)).toBe(false));
  it("SNILS has one check number for every body", () =>
    fc.assert(
      fc.property(fc.integer({ min: 1_001_999, max: 999_999_999 }), (n) => {
        const body = String(n).padStart(9, "0");
        const checks = Array.from({ length: 100 }, (_, k) => body + String(k).padStart(2, "0")).filter(
          isSnils,
        );
        expect(checks).toHaveLength(1);
      }),
      { numRuns: 300 },
    ));
});

describe("India's PAN", () => {
  it.each(["ABCPS1234K", "AAACB1234C", "BNZPM2501F", "AAAHR4321Q"])("%s passes", (s) =>
    expect(isIndianPan(s)).toBe(true),
  );
  it.each([
    ["ABCDS1234K", "no holder type D"],
    ["ABCPS0000K", "serial 0000"],
    ["abcps1234k", "lower case"],
    ["ABCP1234K", "four letters first"],
    ["ABCPS12345", "a digit last"],
  ])("%s fails (%s)", (s) => expect(isIndianPan(s)).toBe(false));
});

describe("Germany's Steuer-ID", () => {
  it.each(["12345678903", "86095742719", "86 095 742 719", "47036892816", "65929970489"])("%s passes", (s) =>
    expect(isSteuerId(s)).toBe(true),
  );
  it.each([
    ["12345678904", "wrong check digit"],
    ["02345678901", "a leading 0 (its check digit right)"],
    ["1234567890", "ten digits"],
    ["860 957 427 19", "grouped otherwise"],
  ])("%s fails (%s)", (s) => expect(isSteuerId(s)).toBe(false));
  it("has one check digit for every body", () =>
    oneCheckDigit(
      isSteuerId,
      digits(9).map((b) => `1${b}`),
    ));
});

describe("bank accounts: Mexico's CLABE, a Russian account", () => {
  it.each(["032180000118359719", "002180700123456788", "014180001234567897"])("CLABE %s passes", (s) =>
    expect(isClabe(s)).toBe(true),
  );
  it.each([
    ["002180700123456789", "wrong check digit"],
    ["03218000011835971", "seventeen digits"],
    ["032 180 00011835971 9", "grouped"],
  ])("CLABE %s fails (%s)", (s) => expect(isClabe(s)).toBe(false));
  it("CLABE has one check digit for every body", () => oneCheckDigit(isClabe, digits(17)));
  it.each(["40817810099910004312", "40817978500001234567", "42307810000000012345"])(
    "account %s passes",
    (s) => expect(isRussianAccount(s)).toBe(true),
  );
  it.each([
    ["40817999099910004312", "no currency 999"],
    ["30101810400000000225", "a bank's correspondent account"],
    ["4081781009991000431", "nineteen digits"],
  ])("account %s fails (%s)", (s) => expect(isRussianAccount(s)).toBe(false));
});

describe("Turkey's identity number, the Emirates ID, Saudi Arabia's (session 18)", () => {
  it.each(["10000000146", "12345678950", "98765432150"])("TC kimlik %s passes", (s) =>
    expect(isTurkishId(s)).toBe(true),
  );
  it.each([
    ["10000000147", "wrong second check digit"],
    ["10000000156", "wrong first check digit"],
    ["01234567890", "a leading 0"],
    ["1000000014", "ten digits"],
    ["100000001466", "twelve digits"],
    ["100 000 001 46", "grouped"],
  ])("TC kimlik %s fails (%s)", (s) => expect(isTurkishId(s)).toBe(false));
  it("TC kimlik has one pair of check digits for every body", () =>
    fc.assert(
      fc.property(
        digits(8).map((b) => `1${b}`),
        (b) => {
          const pairs = Array.from({ length: 100 }, (_, k) => b + String(k).padStart(2, "0"));
          expect(pairs.filter(isTurkishId)).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    ));
  it.each(["784-1990-1234567-6", "784199012345676"])("Emirates ID %s passes", (s) =>
    expect(isEmiratesId(s)).toBe(true),
  );
  it.each([
    ["784-1990-1234567-1", "wrong check digit"],
    ["785-1990-1234567-9", "not the Emirates' 784"],
    ["784-1850-1234567-2", "a year before 1900"],
    ["784-1990123456767", "separators not all there"],
  ])("Emirates ID %s fails (%s)", (s) => expect(isEmiratesId(s)).toBe(false));
  it("Emirates ID has one check digit for every body", () =>
    oneCheckDigit(
      isEmiratesId,
      digits(9).map((b) => `78419${b}`),
    ));
  it.each(["1012345672", "2012345670"])("Saudi id %s passes", (s) => expect(isSaudiId(s)).toBe(true));
  it.each([
    ["1012345678", "wrong check digit"],
    ["3012345678", "not 1 or 2 first (its Luhn digit right)"],
    ["101234567", "nine digits"],
  ])("Saudi id %s fails (%s)", (s) => expect(isSaudiId(s)).toBe(false));
  it("Saudi id has one check digit for every body", () =>
    oneCheckDigit(
      isSaudiId,
      digits(8).map((b) => `1${b}`),
    ));
});
