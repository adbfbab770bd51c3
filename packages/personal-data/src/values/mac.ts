/**
 * MAC address (EUI-48): a device's network hardware address. A Wi-Fi BSSID is one too.
 *
 * Rule: six octets of hex, either
 * - separated by one consistent `:` or `-` (`a4:83:e7:2b:19:0c`, `A4-83-E7-2B-19-0C`),
 * - bare, 12 hex digits (`a483e72b190c`), or
 * - Cisco dotted, three groups of four (`a483.e72b.190c`).
 * Five or seven octets, mixed separators and non-hex digits fail. Case is free.
 *
 * The all-zero, broadcast (`ff:ff:ff:ff:ff:ff`) and Android/iOS dummy (`02:00:00:00:00:00`)
 * addresses are well-formed and accepted here (a field schema must accept what devices send); they
 * identify no device, and {@link isPlaceholderValue} flags them so detectors can skip them.
 *
 * False-positive policy: the separated forms are distinctive. The bare 12-hex form is not (it is
 * also a hex id or a hash prefix): it is accepted for fields known to hold a MAC, but
 * {@link findInText} only finds the separated and dotted forms.
 */
import { z } from "zod";
import { isHexCode } from "./chars.js";

function hexRun(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHexCode(s.charCodeAt(i))) return false;
  return true;
}

/** True when `s[start, end)` is a MAC address in one of the accepted forms. */
export function isMacAt(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 12) return hexRun(s, start, end);
  if (n === 14) {
    return (
      s.charCodeAt(start + 4) === 46 &&
      s.charCodeAt(start + 9) === 46 &&
      hexRun(s, start, start + 4) &&
      hexRun(s, start + 5, start + 9) &&
      hexRun(s, start + 10, end)
    );
  }
  if (n !== 17) return false;
  const sep = s.charCodeAt(start + 2);
  if (sep !== 58 && sep !== 45) return false;
  for (let k = 0; k < 17; k++) {
    const c = s.charCodeAt(start + k);
    if (k % 3 === 2) {
      if (c !== sep) return false;
    } else if (!isHexCode(c)) return false;
  }
  return true;
}

/** True when `s` is a MAC address: six hex octets, `:`/`-`-separated, bare, or Cisco dotted. */
export function isMac(s: string): boolean {
  return isMacAt(s, 0, s.length);
}

/** A MAC address (six hex octets; `:` or `-` separated, bare 12 hex, or Cisco `xxxx.xxxx.xxxx`). */
export const macSchema = z
  .stringFormat("mac", isMac, "Not a MAC address (six hex octets)")
  .describe("MAC address: six hex octets separated by ':' or '-', bare, or Cisco dotted.");

/** A Wi-Fi BSSID: the MAC address of the access point. */
export const bssidSchema = z
  .stringFormat("bssid", isMac, "Not a BSSID (a MAC address: six hex octets)")
  .describe("Wi-Fi BSSID: the access point's MAC address (six hex octets).");
