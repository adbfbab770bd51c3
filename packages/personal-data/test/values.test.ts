import { readFileSync } from "node:fs";
import {
  birthdaySchema,
  connectionTypeSchema,
  deviceSerialSchema,
  emailSchema,
  fbcSchema,
  fbpSchema,
  guidSchema,
  hexDigestAlgorithm,
  imeiSchema,
  imsiSchema,
  ipv4Schema,
  ipv6Schema,
  isAndroidId,
  isBirthday,
  isConnectionType,
  isDeviceSerial,
  isEmail,
  isFbc,
  isFbp,
  isGuid,
  isImei,
  isImsi,
  isIpAddress,
  isIpv4,
  isIpv6,
  isMac,
  isMd5Hex,
  isOaid,
  isOpenUdid,
  isPhone,
  isPlaceholderValue,
  isPlmnId,
  isSha1Hex,
  isSha256Hex,
  isSsid,
  isUuid,
  macSchema,
  oaidSchema,
  parseBirthday,
  phoneSchema,
  sha256HexSchema,
  ssidSchema,
} from "@kago/personal-data";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

type Examples = Record<string, string[]>;
const load = (name: string): Examples =>
  JSON.parse(readFileSync(new URL(`../testdata/${name}`, import.meta.url), "utf8")) as Examples;
const valid = load("valid-values.json");
const invalid = load("invalid-values.json");

/** Each fixture kind, its predicate and (where there is one) its zod schema. */
const kinds: Record<string, { is: (s: string) => boolean; schema?: z.ZodType }> = {
  imei: { is: isImei, schema: imeiSchema },
  imsi: { is: isImsi, schema: imsiSchema },
  mac: { is: isMac, schema: macSchema },
  ipv4: { is: isIpv4, schema: ipv4Schema },
  ipv6: { is: isIpv6, schema: ipv6Schema },
  uuid: { is: isUuid },
  oaid: { is: isOaid, schema: oaidSchema },
  guid: { is: isGuid, schema: guidSchema },
  openudid: { is: isOpenUdid },
  androidId: { is: isAndroidId },
  email: { is: isEmail, schema: emailSchema },
  phone: { is: isPhone, schema: phoneSchema },
  birthday: { is: isBirthday, schema: birthdaySchema },
  sha256: { is: isSha256Hex, schema: sha256HexSchema },
  md5: { is: isMd5Hex },
  sha1: { is: isSha1Hex },
  ssid: { is: isSsid, schema: ssidSchema },
  connectionType: { is: isConnectionType, schema: connectionTypeSchema },
  deviceSerial: { is: isDeviceSerial, schema: deviceSerialSchema },
  plmnId: { is: isPlmnId },
  fbp: { is: isFbp, schema: fbpSchema },
  fbc: { is: isFbc, schema: fbcSchema },
};

describe("value predicates against the fixtures", () => {
  it("has valid and invalid examples for every kind", () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(kinds).sort());
    expect(Object.keys(invalid).sort()).toEqual(Object.keys(kinds).sort());
  });

  for (const [kind, { is, schema }] of Object.entries(kinds)) {
    it(`${kind}: accepts every valid-values example`, () => {
      const rejected = (valid[kind] ?? []).filter((s) => !is(s));
      expect(rejected).toEqual([]);
      if (schema) for (const s of valid[kind] ?? []) expect(schema.safeParse(s).success).toBe(true);
    });
    it(`${kind}: rejects every invalid-values example`, () => {
      const accepted = (invalid[kind] ?? []).filter((s) => is(s));
      expect(accepted).toEqual([]);
      if (schema) for (const s of invalid[kind] ?? []) expect(schema.safeParse(s).success).toBe(false);
    });
  }
});

describe("schemas", () => {
  it("describe themselves and report a format issue without echoing the value", () => {
    expect(imeiSchema.description).toMatch(/IMEI/);
    const result = imeiSchema.safeParse("352099001761482");
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe("invalid_format");
    expect(issue?.message).not.toContain("352099001761482");
  });
});

describe("ip addresses", () => {
  it("isIpAddress takes both families", () => {
    expect(isIpAddress("192.0.2.1")).toBe(true);
    expect(isIpAddress("2001:db8::1")).toBe(true);
    expect(isIpAddress("example.com")).toBe(false);
  });
});

describe("hex digests", () => {
  it("names the algorithm by length", () => {
    expect(hexDigestAlgorithm("5d41402abc4b2a76b9719d911017c592")).toBe("md5");
    expect(hexDigestAlgorithm("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")).toBe("sha1");
    expect(hexDigestAlgorithm("b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514")).toBe(
      "sha256",
    );
    expect(hexDigestAlgorithm("12345678901234567890123456789012")).toBeNull();
    expect(hexDigestAlgorithm("hello")).toBeNull();
  });
});

describe("birthdays", () => {
  it("parses the forms, day-first before month-first", () => {
    expect(parseBirthday("1990-05-17")).toEqual({ year: 1990, month: 5, day: 17 });
    expect(parseBirthday("19900517")).toEqual({ year: 1990, month: 5, day: 17 });
    expect(parseBirthday("05/06/1990")).toEqual({ year: 1990, month: 6, day: 5 });
    expect(parseBirthday("05/17/1990")).toEqual({ year: 1990, month: 5, day: 17 });
    expect(parseBirthday("1990-02-29")).toBeNull();
  });
});

describe("placeholders", () => {
  it("flags values that identify nobody", () => {
    for (const s of [
      "00000000-0000-0000-0000-000000000000",
      "00:00:00:00:00:00",
      "ff:ff:ff:ff:ff:ff",
      "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
      "02:00:00:00:00:00",
      "000000000000000",
      "0000000000000000",
      "0.0.0.0",
      "255.255.255.255",
      "127.0.0.1",
      "::",
      "::1",
      "<unknown ssid>",
      "unknown",
      "UNKNOWN",
      "<UNKNOWN SSID>",
      "02-00-00-00-00-00",
      "0123456789ABCDEF",
    ]) {
      expect(isPlaceholderValue(s), s).toBe(true);
    }
  });
  it("does not flag real identifiers", () => {
    for (const s of [
      "6D92078A-8246-4BA4-AE5B-76104861E7DC",
      "a4:83:e7:2b:19:0c",
      "352099001761481",
      "192.0.2.1",
      "ffff",
      "",
      "user@example.com",
    ]) {
      expect(isPlaceholderValue(s), s).toBe(false);
    }
  });
});
