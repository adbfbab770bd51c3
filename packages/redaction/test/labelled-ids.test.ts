/**
 * Identifiers a label names in prose (`idfa 6D92...`, `mac 001A2B3C4D5E`): found when the label is
 * followed by white space and the value has the shape of an identifier, never the label alone.
 */
import { describe, expect, it } from "vitest";
import { findLabelledIds } from "../src/labelled-ids.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith } from "./helpers.js";

const IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC";
const found = (text: string) =>
  (findLabelledIds(text) ?? []).map(([a, b, category]) => [text.slice(a, b), category]);

describe("findLabelledIds", () => {
  it("takes the value after an identifier label, with the label's category", () => {
    expect(
      found(`registered idfa ${IDFA}, MAC 001A2B3C4D5E; imsi\t310150123456789 android id 9774d56d682e549c`),
    ).toEqual([
      [IDFA, "device.identifier.idfa"],
      ["001A2B3C4D5E", "device.identifier.mac"],
      ["310150123456789", "device.identifier.imsi"],
      ["9774d56d682e549c", "device.identifier.android_id"],
    ]);
  });
  it("a label that only hints takes the category of the value's shape", () => {
    expect(found("device_id 490154203237518 and udid 38400000-8cf0-11bd-b23e-10b96e40000d")).toEqual([
      ["490154203237518", "device.identifier.imei"],
      ["38400000-8cf0-11bd-b23e-10b96e40000d", "device.identifier.guid"],
    ]);
  });
  it("takes the value after a colon too, and the labels `ssaid` and `advertising id` (session 13)", () => {
    expect(
      found(
        `Android ID: 9774d56d682e549c; ssaid 9774d56d682e549d advertisingId ${IDFA} imei： 490154203237518`,
      ),
    ).toEqual([
      ["9774d56d682e549c", "device.identifier.android_id"],
      ["9774d56d682e549d", "device.identifier.android_id"],
      [IDFA, "advertising_id"],
      ["490154203237518", "device.identifier.imei"],
    ]);
    expect(found(`advertising_id : ${IDFA}`)).toEqual([[IDFA, "advertising_id"]]);
  });
  it("names nothing without an identifier's shape after it, or inside a longer word", () => {
    for (const text of [
      "imei is required",
      "mac 12",
      "the idfa was reset",
      `pidfa ${IDFA}`,
      "mac 001A2B3C4D5Ex",
      `idfa ${IDFA}extra`,
      "imei [redacted:device.identifier.imei]",
      "device id build-2024",
      // session 13's near misses: a colon before a word, a version or a flag, a longer word
      "mac: enabled",
      "Android ID: unknown",
      "guid: build-2024",
      "advertising id reset",
      "advertising: 2024-01-15",
      `assaid ${IDFA}`,
      "ssaid: 12",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("labelled identifiers in a transfer (tencent may not get device identifiers)", () => {
  it("Android ID: with a colon, ssaid and advertisingId go to facebook redacted, and aliyun keeps the device's", () => {
    const r = redactorWith();
    const text = `Android ID: 9774d56d682e549c, ssaid 9774d56d682e549c advertisingId ${IDFA}`;
    expect(JSON.parse(bodyOf(redactJsonBody(r, "facebook", JSON.stringify({ Text: text })))).Text).toBe(
      "Android ID: [redacted:device.identifier.android_id], ssaid [redacted:device.identifier.android_id] advertisingId [redacted:advertising_id]",
    );
    expect(JSON.parse(bodyOf(redactJsonBody(r, "aliyun", JSON.stringify({ Text: text })))).Text).toBe(
      "Android ID: 9774d56d682e549c, ssaid 9774d56d682e549c advertisingId [redacted:advertising_id]",
    );
  });
  it("replaces the value and keeps the label; twice equals once", () => {
    const r = redactorWith();
    const res = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({ Text: `login ok, idfa ${IDFA} mac deadbeefcafe` }),
    );
    expect(JSON.parse(bodyOf(res)).Text).toBe(
      "login ok, idfa [redacted:device.identifier.idfa] mac [redacted:device.identifier.mac]",
    );
    expect(findingsOf(res)).toEqual([
      ["body:Text~text", "device.identifier.idfa", "drop", "text"],
      ["body:Text~text", "device.identifier.mac", "drop", "text"],
    ]);
    expect(bodyOf(redactJsonBody(r, "tencent", bodyOf(res)))).toBe(bodyOf(res));
  });
  it("does not read a string with no digit, `@`, `:`, `-` or `.`: the scanner's fast path skips it", () => {
    // a documented miss: hex digits that are all letters, about one MAC address in 130,000
    const text = '{"Text":"wifi mac deadbeefcafe"}';
    expect(bodyOf(redactJsonBody(redactorWith(), "tencent", text))).toBe(text);
    const digit = '{"Text":"wifi mac deadbeefcaf1"}';
    expect(bodyOf(redactJsonBody(redactorWith(), "tencent", digit))).toBe(
      '{"Text":"wifi mac [redacted:device.identifier.mac]"}',
    );
  });
});
