/** Device and network identifiers: IMEI (Luhn), IMSI, MAC, UUIDs, Android ID, hex digests. */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** Luhn check over `s[start, end)`, all digits assumed. */
export function luhnValid(s: string, start: number, end: number): boolean {
  let sum = 0;
  let double = false;
  for (let i = end - 1; i >= start; i--) {
    let d = s.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function allDigits(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return end > start;
}

/** Strong: exactly 15 digits with a valid Luhn check digit. */
export function isImei(s: string): boolean {
  return s.length === 15 && allDigits(s, 0, 15) && luhnValid(s, 0, 15);
}

/** Spans of 15-digit runs with a valid Luhn check digit inside free text. */
export function findImeis(s: string, out: Array<[number, number]>): void {
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    if (j - i === 15 && luhnValid(s, i, j)) out.push([i, j]);
    i = j;
  }
}

/** Weak: an IMSI, 15 digits whose mobile country code starts with 2 to 7. */
export function isImsi(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length === 15 && allDigits(s, 0, 15) && c >= 50 && c <= 55;
}

/** Strong: a MAC address, six hex pairs joined by one kind of separator (`:` or `-`). */
export function isMac(s: string): boolean {
  if (s.length !== 17) return false;
  const sep = s.charCodeAt(2);
  if (sep !== 58 && sep !== 45) return false;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i);
    if (i % 3 === 2) {
      if (c !== sep) return false;
    } else if (!isHex(c)) return false;
  }
  return true;
}

/** Weak: a UUID (8-4-4-4-12 hex), the shape of IDFA, IDFV, GAID and OAID. */
export function isUuid(s: string): boolean {
  if (s.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!isHex(c)) return false;
  }
  return true;
}

/** Weak: an Android ID, 16 hex digits. */
export function isAndroidId(s: string): boolean {
  if (s.length !== 16) return false;
  for (let i = 0; i < 16; i++) if (!isHex(s.charCodeAt(i))) return false;
  return true;
}

/** A hex digest (MD5, SHA-1 or SHA-256 length): under a personal key it is still that data. */
export function isHexDigest(s: string): boolean {
  const n = s.length;
  if (n !== 32 && n !== 40 && n !== 64) return false;
  for (let i = 0; i < n; i++) if (!isHex(s.charCodeAt(i))) return false;
  return true;
}
