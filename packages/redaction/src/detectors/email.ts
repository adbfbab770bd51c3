/** E-mail addresses: RFC 5321/5322 dot-atom local part, a dotted host name with an alphabetic TLD. */

const LOCAL = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.-") {
  LOCAL[c.charCodeAt(0)] = 1;
}
const isLocal = (c: number) => c < 128 && LOCAL[c] === 1;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function validLocal(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 1 || len > 64) return false;
  if (s.charCodeAt(start) === 46 || s.charCodeAt(end - 1) === 46) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isLocal(c)) return false;
    if (c === 46 && s.charCodeAt(i + 1) === 46) return false;
  }
  return true;
}

function validDomain(s: string, start: number, end: number): boolean {
  if (end - start < 4 || end - start > 253) return false;
  let labels = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 46 : s.charCodeAt(i);
    if (c === 46) {
      const len = i - labelStart;
      if (len < 1 || len > 63) return false;
      if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === end) {
        if (len < 2) return false;
        for (let j = labelStart; j < i; j++) if (!isAlpha(s.charCodeAt(j))) return false;
      }
      labelStart = i + 1;
    } else if (!isAlnum(c) && c !== 45) return false;
  }
  return labels >= 2;
}

/** True when the whole string is one e-mail address. */
export function isEmail(s: string): boolean {
  const at = s.indexOf("@");
  if (at < 1 || s.indexOf("@", at + 1) !== -1) return false;
  return validLocal(s, 0, at) && validDomain(s, at + 1, s.length);
}

/** Spans `[start, end)` of e-mail addresses inside free text. */
export function findEmails(s: string, out: Array<[number, number]>): void {
  let at = s.indexOf("@");
  while (at !== -1) {
    let a = at;
    while (a > 0 && isLocal(s.charCodeAt(a - 1))) a--;
    while (a < at && s.charCodeAt(a) === 46) a++;
    let b = at + 1;
    while (b < s.length) {
      const c = s.charCodeAt(b);
      if (isAlnum(c) || c === 45 || c === 46) b++;
      else break;
    }
    while (b > at + 1 && (s.charCodeAt(b - 1) === 46 || s.charCodeAt(b - 1) === 45)) b--;
    if (a < at && validLocal(s, a, at) && validDomain(s, at + 1, b)) {
      out.push([a, b]);
      at = s.indexOf("@", b);
    } else at = s.indexOf("@", at + 1);
  }
}
