import { readFileSync } from "node:fs";
import {
  ancestorsOf,
  CATEGORY_KEYS,
  type CategoryKey,
  categoryTree,
  descendantsOf,
  isCategoryKey,
  isWithin,
  parentOf,
  TAXONOMY,
} from "@kago/personal-data";
import { describe, expect, it } from "vitest";

/**
 * Every kind of personal data the policy names, written down by hand from the policy text (plus
 * e-mail and phone, which it does not name), with the category that must hold it.
 */
const NAMED_BY_POLICY: ReadonlyArray<readonly [term: string, key: CategoryKey]> = [
  ["OAID", "device.identifier.oaid"],
  ["IMSI", "device.identifier.imsi"],
  ["SN", "device.identifier.sn"],
  ["IMEI", "device.identifier.imei"],
  ["Android ID", "device.identifier.android_id"],
  ["IDFA", "device.identifier.idfa"],
  ["IDFV", "device.identifier.idfv"],
  ["OPENUDID", "device.identifier.openudid"],
  ["GUID", "device.identifier.guid"],
  ["MAC address", "device.identifier.mac"],
  ["GAID", "advertising_id.gaid"],
  ["device model", "device.attribute.model"],
  ["resolution", "device.attribute.resolution"],
  ["language", "device.attribute.language"],
  ["country", "device.attribute.country"],
  ["software version information", "device.attribute.software_version"],
  ["IP address", "network.ip_address"],
  ["SSID", "network.ssid"],
  ["BSSID", "network.bssid"],
  ["operator information", "network.operator"],
  ["networking method", "network.status"],
  ["network status", "network.status"],
  ["click records", "log.click"],
  ["operation logs", "log.operation"],
  ["usage and interaction records", "log.usage"],
  ["cookies", "cookie"],
  ["browsing history", "browsing_history"],
  ["name", "account.profile.name"],
  ["birthday", "account.profile.birthday"],
  ["gender", "account.profile.gender"],
  ["personal introduction", "account.profile.introduction"],
  ["photo album", "media.photo_album"],
  ["camera", "media.camera"],
  ["microphone", "media.microphone"],
  ["read storage space", "storage"],
  ["device information", "device"],
  ["log information", "log"],
  ["network information", "network"],
];
const NOT_NAMED_BUT_PERSONAL: readonly CategoryKey[] = ["contact.email", "contact.phone"];

const fold = (s: string) => s.replace(/\s+/g, " ").trim();
const policy = fold(readFileSync(new URL("../testdata/privacy-policy.txt", import.meta.url), "utf8"));

describe("taxonomy", () => {
  it("holds a category for every kind of personal data the policy names", () => {
    for (const [term, key] of NAMED_BY_POLICY) {
      expect(policy.toLowerCase(), `the policy names "${term}"`).toContain(term.toLowerCase());
      expect(isCategoryKey(key), `${term} -> ${key}`).toBe(true);
    }
    for (const key of NOT_NAMED_BUT_PERSONAL) expect(isCategoryKey(key)).toBe(true);
  });

  it("quotes every source verbatim from the policy (white space folded)", () => {
    for (const key of CATEGORY_KEYS) {
      const { source } = TAXONOMY[key];
      if (source !== null) expect(policy, key).toContain(fold(source));
    }
  });

  it("has a source for every category the policy names and none for contact data", () => {
    for (const [, key] of NAMED_BY_POLICY) expect(TAXONOMY[key].source, key).not.toBeNull();
    for (const key of ["contact", ...NOT_NAMED_BUT_PERSONAL] as const)
      expect(TAXONOMY[key].source).toBeNull();
  });

  it("is a tree whose parents are the dotted prefixes, listed before their children", () => {
    const seen = new Set<string>();
    for (const key of CATEGORY_KEYS) {
      const entry = TAXONOMY[key];
      expect(entry.key).toBe(key);
      const dot = key.lastIndexOf(".");
      expect(entry.parent).toBe(dot < 0 ? null : key.slice(0, dot));
      if (entry.parent !== null) expect(seen.has(entry.parent), key).toBe(true);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
      seen.add(key);
    }
    expect(new Set(CATEGORY_KEYS).size).toBe(CATEGORY_KEYS.length);
  });
});

describe("tree helpers", () => {
  it("isCategoryKey accepts keys only", () => {
    expect(isCategoryKey("network.ssid")).toBe(true);
    expect(isCategoryKey("network.")).toBe(false);
    expect(isCategoryKey("toString")).toBe(false);
    expect(isCategoryKey("")).toBe(false);
  });

  it("parentOf and ancestorsOf", () => {
    expect(parentOf("device.identifier.imei")).toBe("device.identifier");
    expect(parentOf("device")).toBeNull();
    expect(ancestorsOf("device.identifier.imei")).toEqual([
      "device",
      "device.identifier",
      "device.identifier.imei",
    ]);
    expect(ancestorsOf("cookie")).toEqual(["cookie"]);
  });

  it("descendantsOf lists the key and everything below it", () => {
    expect(descendantsOf("network")).toEqual([
      "network",
      "network.ip_address",
      "network.ssid",
      "network.bssid",
      "network.operator",
      "network.status",
    ]);
    expect(descendantsOf("media.camera")).toEqual(["media.camera"]);
    expect(descendantsOf("device")).toContain("device.identifier.imei");
  });

  it("isWithin agrees with ancestorsOf for every pair", () => {
    for (const a of CATEGORY_KEYS) {
      for (const k of CATEGORY_KEYS) {
        expect(isWithin(k, a), `${k} within ${a}`).toBe(ancestorsOf(k).includes(a));
        expect(descendantsOf(a).includes(k)).toBe(isWithin(k, a));
      }
    }
    expect(isWithin("account.profile", "account.prof" as CategoryKey)).toBe(false);
  });

  it("categoryTree prints every key once, indented by depth", () => {
    const lines = categoryTree().split("\n");
    expect(lines).toHaveLength(CATEGORY_KEYS.length);
    expect(lines.some((l) => /^ {4}device\.identifier\.imei +IMEI$/.test(l))).toBe(true);
    for (const [i, key] of CATEGORY_KEYS.entries()) {
      const line = lines[i] ?? "";
      expect(line.trimStart().startsWith(`${key} `)).toBe(true);
      expect(line.length - line.trimStart().length).toBe(2 * (ancestorsOf(key).length - 1));
    }
  });
});
