import { describe, expect, it } from "vitest";
import { advertisingIdUnderOperationalKey } from "../src/advertising-ids.js";

describe("a UUID under an operational key that names an advertising id (session 18)", () => {
  const gaid = "38400000-8cf0-11bd-b23e-10b96e40000d";

  it("is that advertising id", () => {
    expect(advertisingIdUnderOperationalKey("advertising_id", gaid)).toBe("advertising_id");
    expect(advertisingIdUnderOperationalKey("advertising_id.gaid", gaid.toUpperCase())).toBe(
      "advertising_id.gaid",
    );
    expect(advertisingIdUnderOperationalKey("advertising_id", gaid.replaceAll("-", ""))).toBe(
      "advertising_id",
    );
  });

  it("under an ad object's id key too (session 19, red team round 8 R8)", () => {
    expect(advertisingIdUnderOperationalKey(null, gaid, "adsetid")).toBe("advertising_id");
    expect(advertisingIdUnderOperationalKey(null, gaid, "campaignid")).toBe("advertising_id");
    expect(advertisingIdUnderOperationalKey(null, "120208123456789012", "campaignid")).toBeNull();
    expect(advertisingIdUnderOperationalKey(null, gaid, "linkagekey")).toBeNull();
    expect(advertisingIdUnderOperationalKey(null, gaid, "eventid")).toBeNull();
  });

  it("is not read in a vendor's own id, nor under another key", () => {
    expect(advertisingIdUnderOperationalKey("advertising_id", "120208123456789012")).toBeNull();
    expect(advertisingIdUnderOperationalKey("advertising_id", `${gaid}x`)).toBeNull();
    expect(advertisingIdUnderOperationalKey("device.identifier.guid", gaid)).toBeNull();
    expect(advertisingIdUnderOperationalKey("hint", gaid)).toBeNull();
    expect(advertisingIdUnderOperationalKey(null, gaid)).toBeNull();
  });
});
