import { isIpv4, isIpv6 } from "@kago/personal-data";
import type { Operator } from "./operator.js";

function truncateV4(ip: string, bits: number): string {
  const parts = ip.split(".").map(Number);
  let n =
    (((parts[0] ?? 0) << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
  n = bits <= 0 ? 0 : (n & (0xffffffff << (32 - Math.min(32, bits)))) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function expandV6(ip: string): number[] {
  const dbl = ip.indexOf("::");
  const parse = (part: string): number[] => {
    if (part === "") return [];
    const out: number[] = [];
    for (const g of part.split(":")) {
      if (g.includes(".")) {
        const [a = 0, b = 0, c = 0, d = 0] = g.split(".").map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else out.push(Number.parseInt(g, 16));
    }
    return out;
  };
  if (dbl === -1) return parse(ip);
  const head = parse(ip.slice(0, dbl));
  const tail = parse(ip.slice(dbl + 2));
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

function truncateV6(ip: string, bits: number): string {
  const groups = expandV6(ip).map((g, i) => {
    const keep = Math.max(0, Math.min(16, bits - i * 16));
    return keep === 0 ? 0 : g & (0xffff << (16 - keep)) & 0xffff;
  });
  let last = groups.length;
  while (last > 0 && groups[last - 1] === 0) last--;
  const head = groups.slice(0, last).map((g) => g.toString(16));
  return last === 8 ? head.join(":") : `${head.join(":")}::`;
}

/**
 * `truncate`: keep the network part of an IP address, IPv4 to /24 (param `ipv4Bits`) and IPv6 to
 * /48 (param `ipv6Bits`). Anything that is not an IP address is unsupported (the engine drops it).
 */
export const truncateOperator: Operator = {
  name: "truncate",
  apply({ value, params }) {
    const v4 = typeof params?.ipv4Bits === "number" ? params.ipv4Bits : 24;
    const v6 = typeof params?.ipv6Bits === "number" ? params.ipv6Bits : 48;
    if (isIpv4(value)) return { kind: "replace", value: truncateV4(value, v4), isNumber: false };
    if (isIpv6(value)) {
      const zone = value.indexOf("%");
      return {
        kind: "replace",
        value: truncateV6(zone === -1 ? value : value.slice(0, zone), v6),
        isNumber: false,
      };
    }
    return { kind: "unsupported" };
  },
};
