/**
 * Wi-Fi network name (SSID).
 *
 * Rule: 1-32 bytes of UTF-8 (the 802.11 limit) with no control characters. Android's
 * `WifiInfo.getSSID()` wraps the name in double quotes; a quoted name is measured without them.
 * Android's `<unknown ssid>` (no location permission) is accepted and flagged by
 * {@link isPlaceholderValue}.
 *
 * False-positive policy: nearly any short string is a possible SSID; this is a shape check for
 * fields known to hold one, never a detector. A BSSID is a MAC address (`bssidSchema`).
 */
import { z } from "zod";

/** True when `s` can be an SSID: 1-32 UTF-8 bytes (outer double quotes aside), no control characters. */
export function isSsid(s: string): boolean {
  let start = 0;
  let end = s.length;
  if (end >= 2 && s.charCodeAt(0) === 34 && s.charCodeAt(end - 1) === 34) {
    start = 1;
    end -= 1;
  }
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 127) return false;
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > 32) return false;
  }
  return bytes > 0;
}

/** A Wi-Fi network name. */
export const ssidSchema = z
  .stringFormat("ssid", isSsid, "Not an SSID (1-32 UTF-8 bytes)")
  .describe("Wi-Fi SSID: the network name, 1-32 UTF-8 bytes, optionally in double quotes.");
