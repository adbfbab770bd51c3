/**
 * Phone numbers. Strong: E.164 with a leading `+` (8 to 15 digits, first digit not 0, single
 * separators ` -.()` between digit groups). Weak (only under a hinting key): a bare run of 7 to 15
 * digits with the same separators.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSep = (c: number) => c === 32 || c === 45 || c === 46 || c === 40 || c === 41;

/** Digits in `s[start, end)` when it is digits and single separators only, else -1. */
function digitsOf(s: string, start: number, end: number): number {
  let digits = 0;
  let prevSep = true;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      prevSep = false;
    } else if (isSep(c)) {
      if (prevSep && c !== 40) return -1;
      prevSep = true;
    } else return -1;
  }
  return prevSep && s.charCodeAt(end - 1) !== 41 ? -1 : digits;
}

/** True when the whole string is an E.164-style number with a `+`. */
export function isE164Phone(s: string): boolean {
  if (s.charCodeAt(0) !== 43 || !isDigit(s.charCodeAt(1)) || s.charCodeAt(1) === 48) return false;
  const d = digitsOf(s, 1, s.length);
  return d >= 8 && d <= 15;
}

/** Weak: a bare phone-like digit run (7 to 15 digits), optionally with `+`. */
export function isBarePhone(s: string): boolean {
  if (s.length === 0) return false;
  const start = s.charCodeAt(0) === 43 ? 1 : 0;
  if (!isDigit(s.charCodeAt(start))) return false;
  const d = digitsOf(s, start, s.length);
  return d >= 7 && d <= 15;
}

/** Spans of `+`-prefixed phone numbers inside free text. */
export function findPhones(s: string, out: Array<[number, number]>): void {
  let plus = s.indexOf("+");
  while (plus !== -1) {
    const first = s.charCodeAt(plus + 1);
    if (isDigit(first) && first !== 48 && !(plus > 0 && isDigit(s.charCodeAt(plus - 1)))) {
      let b = plus + 1;
      let lastDigit = b;
      let digits = 0;
      let prevSep = false;
      while (b < s.length) {
        const c = s.charCodeAt(b);
        if (isDigit(c)) {
          digits++;
          prevSep = false;
          lastDigit = b + 1;
        } else if (isSep(c) && c !== 46 && !prevSep) prevSep = true;
        else break;
        b++;
      }
      if (digits >= 8 && digits <= 15 && !isDigit(s.charCodeAt(lastDigit))) {
        out.push([plus, lastDigit]);
        plus = s.indexOf("+", lastDigit);
        continue;
      }
    }
    plus = s.indexOf("+", plus + 1);
  }
}
