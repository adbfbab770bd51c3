/** IP addresses: dotted-quad IPv4 (no leading zeros) and IPv6 (full or `::`-compressed). */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** Validates an IPv4 address in `s[start, end)`. */
function ipv4At(s: string, start: number, end: number): boolean {
  let parts = 0;
  let i = start;
  while (parts < 4) {
    const partStart = i;
    let v = 0;
    while (i < end && isDigit(s.charCodeAt(i))) {
      v = v * 10 + s.charCodeAt(i) - 48;
      i++;
    }
    const len = i - partStart;
    if (len < 1 || len > 3 || v > 255 || (len > 1 && s.charCodeAt(partStart) === 48)) return false;
    parts++;
    if (parts < 4) {
      if (i >= end || s.charCodeAt(i) !== 46) return false;
      i++;
    }
  }
  return i === end;
}

/** Strong: a dotted-quad IPv4 address. */
export function isIpv4(s: string): boolean {
  return s.length >= 7 && s.length <= 15 && ipv4At(s, 0, s.length);
}

/** Strong: an IPv6 address (eight groups, or `::` compression with at least two groups). */
export function isIpv6(s: string): boolean {
  const n = s.length;
  if (n < 3 || n > 45) return false;
  const dbl = s.indexOf("::");
  if (dbl !== -1 && s.indexOf("::", dbl + 1) !== -1) return false;
  let groups = 0;
  let i = 0;
  while (i < n) {
    if (i === dbl) {
      i += 2;
      continue;
    }
    const gStart = i;
    while (i < n && isHex(s.charCodeAt(i))) i++;
    if (i < n && s.charCodeAt(i) === 46) {
      // embedded IPv4 tail
      if (!ipv4At(s, gStart, n)) return false;
      groups += 2;
      i = n;
      break;
    }
    const len = i - gStart;
    if (len < 1 || len > 4) return false;
    groups++;
    if (i < n) {
      if (s.charCodeAt(i) !== 58) return false;
      if (i === dbl) continue;
      i++;
      if (i === n) return false;
    }
  }
  return dbl === -1 ? groups === 8 : groups >= 2 && groups < 8;
}

/** Spans of IPv4 addresses inside free text (not part of a longer dotted number). */
export function findIpv4s(s: string, out: Array<[number, number]>): void {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) || (i > 0 && (isDigit(s.charCodeAt(i - 1)) || s.charCodeAt(i - 1) === 46))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 46)) j++;
    let end = j;
    while (end > i && s.charCodeAt(end - 1) === 46) end--;
    if (end === j || !isDigit(s.charCodeAt(j))) {
      if (end - i >= 7 && ipv4At(s, i, end)) out.push([i, end]);
    }
    i = j;
  }
}
