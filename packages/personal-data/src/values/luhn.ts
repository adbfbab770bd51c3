/** The Luhn (mod 10) check used by IMEIs. */

/**
 * True when the decimal digits of `s[start, end)` pass the Luhn check and there are exactly
 * `digits` of them. Spaces and hyphens are skipped (callers check where they may stand); any other
 * character fails.
 */
export function luhnValid(s: string, start: number, end: number, digits: number): boolean {
  let sum = 0;
  let count = 0;
  for (let i = end - 1; i >= start; i--) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    if (c < 48 || c > 57) return false;
    let d = c - 48;
    if (count % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    count++;
  }
  return count === digits && sum % 10 === 0;
}

/** The Luhn check digit that completes `payload` (a string of decimal digits). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = payload.length - 1, k = 0; i >= 0; i--, k++) {
    let d = payload.charCodeAt(i) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
