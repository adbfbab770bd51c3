/**
 * IP and MAC addresses inside free text.
 *
 * - IPv4: a dotted quad not glued to a letter, digit or `.` on the left, nor to a letter, digit
 *   or `.digit` on the right (so `v1.2.3.4` and `1.2.3.4.5` are not addresses; `host_10.0.0.1`
 *   is), nor after a version's or a section's label (`version 1.2.3.4`), nor a netmask or a
 *   network before its prefix length (`255.255.255.0`, `10.0.0.0/8`). A sentence's final `.` may
 *   follow. Since session 19 (a red team's round 8, R18) also the forms a client's address takes in
 *   a resolved host name and in fixed-width logs: see {@link isDashedHostAddress},
 *   {@link REVERSE_ZONE} and {@link paddedIpv4}.
 * - IPv6: maximal runs of hex digits, `:` and `.` holding at least two `:`, not glued to a
 *   letter; a trailing `.` or `:` is dropped; the run must pass `isIpv6` (zone ids are not looked
 *   for in text).
 * - MAC: six hex octets separated by one consistent `:` or `-`, or Cisco dotted, not glued to hex
 *   digits, `:` or `-` (so a longer colon list is not cut into a MAC). Bare 12-hex tokens are not
 *   looked for: in text they are more often ids or hashes.
 * Patterns have no nested quantifiers; every scan is linear.
 */
import { isGlueCode, isHexCode } from "../values/chars.js";
import { isIpv4, isIpv4At } from "../values/ipv4.js";
import { isIpv6At } from "../values/ipv6.js";
import { isMacAt } from "../values/mac.js";
import { isPlaceholderValue } from "../values/placeholder.js";
import { hostNameStart, namesServer } from "./server-host-names.js";
import type { TextSpan } from "./text-span.js";

/**
 * Four numbers of one to three digits joined by one consistent separator: `.` (a dotted quad) or
 * `-` (an address in a host name, `198-51-100-77.static.isp.example`; session 19).
 */
const IPV4 = /\d{1,3}([.-])\d{1,3}\1\d{1,3}\1\d{1,3}/g;
const HEX_COLON_RUN = /[0-9A-Fa-f:.]{2,}/g;
const MAC_SEPARATED =
  /[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}/g;
const MAC_DOTTED = /[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}/g;

/**
 * A version's label right before a dotted quad (`version 1.2.3.4`, `build: 10.0.0.1`, `Version
 * 2.8.1.1`; session 12): four numbers after it are a version, which a release's four parts often
 * are. Found in release notes run through the engine, where each `Git 1.8.5.3` went as an address.
 * Not `v` (any letter before a space) nor `fw` (a firewall's address as often): a property that
 * plants an address after random text found `v 192.0.2.1` kept. Since session 13 also a section's
 * label, whose numbers run to four parts as often (`Section 55.2.2.1`, `§ 11.6.2.2`, `Figure
 * 3.1.2.4`: found in man pages and changelogs). Since session 14 a version's label in other
 * languages too (`Versión 10.0.0.1 disponible`, `версия`, `バージョン`, `버전`, `版本`).
 */
export const VERSION_LABEL =
  /(?:\b(?:version|ver|build|release|firmware|sdk|section|chapter|clause|figure|fig\.|paragraph|versión|versão|versione|versie|versi|phiên bản)|§|версия|バージョン|버전|版本)[ \t]*[:=：]?[ \t]*$/i;

/** Pushes a span for every IPv4 address in `text` onto `out`. */
export function findIpv4Spans(text: string, out: TextSpan[]): void {
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === "-") {
      if (isDashedHostAddress(text, start, end)) out.push([start, end, "network.ip_address"]);
      // a label's number before the address (`ec2-198-51-100-77`): look again from the next number
      else IPV4.lastIndex = text.indexOf("-", start) + 1;
      continue;
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    const afterNext = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
    if (isGlueCode(before) || before === 46) continue;
    if (isGlueCode(after) || (after === 46 && isGlueCode(afterNext))) {
      REVERSE_ZONE.lastIndex = end;
      if (
        isIpv4At(text, start, end) &&
        REVERSE_ZONE.test(text) &&
        !isPlaceholderValue(reversed(text, start, end))
      )
        out.push([start, end, "network.ip_address"]);
      continue;
    }
    if (VERSION_LABEL.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (isIpv4At(text, start, end) ? !isNetworkNotHost(text, start, end) : paddedIpv4(text, start, end))
      out.push([start, end, "network.ip_address"]);
  }
}

/**
 * The reverse-lookup zone after an address written backwards (`77.100.51.198.in-addr.arpa`, the
 * name a PTR query asks for and a resolver logs; session 19): the address is there, its numbers
 * in the other order.
 */
const REVERSE_ZONE = /\.in-addr\.arpa/iy;

/** The address of a reverse-lookup name's quad at `[start, end)`: its numbers in the other order. */
function reversed(text: string, start: number, end: number): string {
  return text.slice(start, end).split(".").reverse().join(".");
}

/**
 * True when the dotted quad at `[start, end)`, which some number has a leading zero in, is an
 * address written in fixed width (`198.051.100.077`, as some firewalls, mainframes and banking logs
 * pad every number to three digits; session 19): all four numbers of three digits, 255 at most,
 * and the address they make is a host's, not a placeholder (`000.000.000.000`, `127.000.000.001`)
 * nor a /16 or a netmask. Other numbers with leading zeros (`01.02.03.04`) are a date's or a
 * version's parts as often.
 */
function paddedIpv4(text: string, start: number, end: number): boolean {
  if (end - start !== 15) return false;
  const plain = text
    .slice(start, end)
    .split(".")
    .map((part) => String(Number(part)))
    .join(".");
  return isIpv4(plain) && !isPlaceholderValue(plain) && !plain.endsWith(".0.0") && !plain.startsWith("255.");
}

/**
 * A host name's domain after an address in it, of two labels or more (`.static.isp.example`,
 * `.hsd1.ca.comcast.example`, `-dynamic.isp.example`): what an ISP's reverse-DNS (PTR)
 * name puts after the client's address. One label alone (`1-2-3-4.txt`) is a file's extension as
 * often, and so is a name whose last label is a file's extension ({@link FILE_EXTENSIONS}). Labels
 * split by `.`, so each is read one way only (linear).
 */
const HOST_DOMAIN = /(?:-[a-z][a-z\d]*)*(?:\.[a-z\d-]+)+\.([a-z]{2,})(?![\w-])/iy;

/**
 * File extensions no top-level domain is spelled as: a name ending in one is a file's, whose dashed
 * numbers are a version or a date (`kago-1-2-3-4.tar.gz`, `build-4-1-0-12.min.js`).
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(
  "gz xz zst tgz tar js mjs cjs ts tsx jsx json map css txt log html htm jar war whl deb rpm apk ipa dmg exe msi dll png jpg jpeg gif svg webp pdf yml yaml xml csv lock bin img iso".split(
    " ",
  ),
);

/** The longest label read back before a dashed address (`static-`, `c-`, `ec2-`). */
const MAX_LABEL = 63;

/**
 * True when the four numbers joined by `-` at `[start, end)` are a client's address in its resolved
 * host name (session 19, a red team's round 8, R18): web servers that look up their clients log
 * `%h` as the ISP's PTR name, which holds the address (`198-51-100-77.static.isp.example`,
 * `c-198-51-100-77.hsd1.ca.comcast.example`, `ip-198-51-100-77.res.isp.example`). The numbers must
 * make an address by {@link isIpv4At}'s rule (no leading zeros: `2026-12-01-07` and `10-12-25-01`
 * are dates), open the name or follow a label with a letter and `-` (`ip-`, `c-`; not a fifth
 * number, `1-198-51-100-77`), and a domain of two labels follows ({@link HOST_DOMAIN}).
 *
 * An address no ISP gives one subscriber ({@link NO_SUBSCRIBER_IPV4}) is not read in this form:
 * such a name is a server's (`ip-10-0-0-12.ec2.internal`, which aliyun's `__hostname__` carries on
 * every log) or a carrier's. Written dotted in text (`from 10.0.3.17`) it is still read: a phone's
 * address on its Wi-Fi is written so. Since session 20 (a red team's round 9, A3) nor is a name
 * that names a server (`ec2-54-12-34-56.compute-1.amazonaws.com`, `8-8-8-8.sslip.io`, a URL's
 * host, a pod's or a CDN edge's name: see `server-host-names.ts`), nor four numbers after a
 * version's or a kernel's word (`version 2-10-3-1.release.kago.com`, `kernel 5-15-0-91-generic`).
 */
function isDashedHostAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isGlueCode(before) || before === 46 || before === 95) return false;
  if (before === 45 && !labelWithLetterBefore(text, start - 1)) return false;
  const dotted = text.slice(start, end).replaceAll("-", ".");
  if (!isIpv4(dotted) || NO_SUBSCRIBER_IPV4.test(dotted)) return false;
  HOST_DOMAIN.lastIndex = end;
  const domain = HOST_DOMAIN.exec(text);
  if (domain === null || FILE_EXTENSIONS.has((domain[1] as string).toLowerCase())) return false;
  const nameStart = hostNameStart(text, start);
  const preceding = text.slice(Math.max(0, nameStart - 12), nameStart);
  if (VERSION_LABEL.test(preceding) || KERNEL_LABEL.test(preceding)) return false;
  return !namesServer(text, nameStart, start, domain[0]);
}

/**
 * A kernel's word right before a dashed name (`kernel 5-15-0-91-generic...`; session 20): its
 * numbers are a kernel's release. Not in {@link VERSION_LABEL}: a dotted quad after `kernel:` is
 * an address in a kernel's log line (`kernel: 192.0.2.1 sent an invalid ICMP type 3`).
 */
const KERNEL_LABEL = /\bkernel[ \t]*[:=]?[ \t]*$/i;

/** True when the label part that ends at the `-` at `dash` holds a letter (`ip`, `c`, `ec2`). */
function labelWithLetterBefore(text: string, dash: number): boolean {
  let letter = false;
  for (let i = dash - 1; i >= 0 && dash - i <= MAX_LABEL; i--) {
    const c = text.charCodeAt(i);
    if (!isGlueCode(c)) return letter;
    if (c > 57) letter = true;
  }
  return letter;
}

/**
 * An address no ISP gives one subscriber's line: private (10/8, 172.16/12, 192.168/16), loopback
 * (127/8), link-local (169.254/16), "this network" (0/8) and, since session 20 (a red team's round
 * 9, A3), shared address space (100.64/10, RFC 6598): a carrier-grade NAT's inside, shared by
 * many subscribers, and Tailscale's addresses (`100-64-1-2.tailnet.ts.net`).
 */
const NO_SUBSCRIBER_IPV4 =
  /^(?:10|127|0)\.|^192\.168\.|^169\.254\.|^172\.(?:1[6-9]|2\d|3[01])\.|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./;

/**
 * True when the dotted quad at `[start, end)` names a network, not a host (session 13, found in man
 * pages and network logs): a netmask, 255 and then contiguous one bits (`netmask 255.255.255.0`),
 * or a network before its prefix length with every host bit zero (`allow 10.0.0.0/8`,
 * `192.168.1.0/24`). `192.168.1.5/24`, an interface's address, stays one. Since session 19 (a red
 * team's round 7, R12's near misses) also a quad whose last two numbers are 0, with or without a
 * prefix length: a /16 or wider, no one's host. It is what every Chromium browser's reduced
 * `User-Agent` writes as its version since 2022 (`Chrome/120.0.0.0`, `Edg/120.0.0.0`,
 * `OPR/105.0.0.0`, `YaBrowser/23.11.0.0`), which went to aliyun as
 * `Chrome/[redacted:network.ip_address]`.
 */
function isNetworkNotHost(text: string, start: number, end: number): boolean {
  if (text.endsWith(".0.0", end)) return true; // a /16 or wider: `Chrome/120.0.0.0` (session 19)
  // most addresses are neither: no `/` after them and no 255 first (one comparison each)
  if (text.charCodeAt(end) !== 47 && !text.startsWith("255.", start)) return false;
  const parts = text.slice(start, end).split(".").map(Number);
  const value =
    (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
  if (parts[0] === 255) {
    const inverted = ~value >>> 0;
    if ((inverted & (inverted + 1)) === 0) return true; // contiguous ones from the top
  }
  PREFIX_LENGTH.lastIndex = end;
  const prefix = PREFIX_LENGTH.exec(text);
  if (prefix === null) return false;
  const bits = Number(prefix[1]);
  if (bits > 32) return false;
  const hostMask = bits === 32 ? 0 : (0xffffffff >>> bits) >>> 0;
  return bits < 32 && (value & hostMask) >>> 0 === 0;
}

/** A CIDR prefix length right after an address: `/8`, `/24`, not glued to another digit. */
const PREFIX_LENGTH = /\/(\d{1,2})(?!\d)/y;

/** Pushes a span for every IPv6 address in `text` onto `out`. */
export function findIpv6Spans(text: string, out: TextSpan[]): void {
  HEX_COLON_RUN.lastIndex = 0;
  for (let m = HEX_COLON_RUN.exec(text); m !== null; m = HEX_COLON_RUN.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (colons(text, start, end) < 2) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    if (isGlueCode(before) || isGlueCode(after)) continue;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    if (isIpv6At(text, start, end)) {
      out.push([start, end, "network.ip_address"]);
    } else if (end - start > 2 && text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) {
      if (isIpv6At(text, start, end - 1)) out.push([start, end - 1, "network.ip_address"]);
    }
  }
}

function colons(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 58) count++;
  return count;
}

function isMacNeighbour(c: number): boolean {
  return isHexCode(c) || c === 58 || c === 45 || isGlueCode(c);
}

/**
 * Pushes a span for every separated (when `separated`) or dotted (when `dotted`) MAC address in
 * `text` onto `out`.
 */
export function findMacSpans(text: string, out: TextSpan[], separated = true, dotted = true): void {
  for (const pattern of [MAC_SEPARATED, MAC_DOTTED]) {
    if (!(pattern === MAC_SEPARATED ? separated : dotted)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && isMacNeighbour(text.charCodeAt(start - 1))) continue;
      if (end < text.length && isMacNeighbour(text.charCodeAt(end))) continue;
      if (isMacAt(text, start, end)) out.push([start, end, "device.identifier.mac"]);
    }
  }
}
