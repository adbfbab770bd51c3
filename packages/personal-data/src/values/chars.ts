/**
 * Character-code helpers shared by the value predicates. They work on UTF-16 code units so the
 * predicates can scan a string without slicing or allocating.
 */

/** True for `0`-`9`. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for `0`-`9`, `a`-`f`, `A`-`F`. */
export function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** True for ASCII letters. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * True for ASCII letters and digits: what glues a match to a word (`abc13800138000`, `v1.2.3.4`).
 * `_` does not: identifiers built from a number (`stream_13800138000`, `host_10.0.0.1`) hold it
 * whole (until session 11 `_` glued too, and such identifiers reached every vendor).
 */
export function isGlueCode(c: number): boolean {
  return isAsciiLetterCode(c) || isDigitCode(c);
}

/** True when `s[start, end)` is made of decimal digits only (and is not empty). */
export function allDigits(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * True when `s[start, end)` is hex and holds both a decimal digit and a letter `a`-`f`, in one
 * case (all lower or all upper). Random hex of 16+ characters almost always mixes digits and
 * letters; requiring both keeps plain decimal numbers out.
 */
export function isMixedHex(s: string, start: number, end: number): boolean {
  let digit = false;
  let lower = false;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 97 && c <= 102) lower = true;
    else if (c >= 65 && c <= 70) upper = true;
    else return false;
  }
  return digit && (lower || upper) && !(lower && upper);
}
