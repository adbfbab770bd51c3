/**
 * The window-at-a-time phone parser `isPhoneAt` was before `longestPhoneAt` read all windows
 * from one start in one pass, kept as the oracle the one-pass reader is checked against.
 */
import { isDigitCode } from "../src/values/chars.js";

/** True for a China mobile number's 11 digits at `s[i, i+11)`. */
function chinaMobileDigits(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 49) return false;
  const second = s.charCodeAt(i + 1);
  if (second < 51 || second > 57) return false;
  for (let k = i + 2; k < i + 11; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

/** True when `s[start, end)` is a bare China mobile, with or without `86` / `0086`. */
function isBareChinaMobile(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 11) return chinaMobileDigits(s, start);
  if (n === 13) return s.startsWith("86", start) && chinaMobileDigits(s, start + 2);
  if (n === 15) return s.startsWith("0086", start) && chinaMobileDigits(s, start + 4);
  return false;
}

/** True when `s[start, end)` is a phone number in one of the accepted forms. */
export function referenceIsPhoneAt(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 9 || len > 26) return false;
  let i = start;
  const bracketedPlus = s.charCodeAt(i) === 40 && s.charCodeAt(i + 1) === 43;
  const plus = bracketedPlus || s.charCodeAt(i) === 43;
  if (plus) i += bracketedPlus ? 2 : 1;
  // Parse groups: digit runs separated by one of ' ', '-', '.', or a parenthesised run.
  let digits = 0;
  let groups = 0;
  let separators = 0;
  let parenGroup = -1;
  let g0 = 0; // lengths of the first four groups
  let g1 = 0;
  let g2 = 0;
  let g3 = 0;
  let firstDigitIndex = -1;
  let expectGroup = true;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (expectGroup) {
      const paren = c === 40 || (bracketedPlus && groups === 0);
      if (paren) {
        if (parenGroup >= 0) return false;
        parenGroup = groups;
        if (c === 40) i++;
      }
      const groupStart = i;
      while (i < end && isDigitCode(s.charCodeAt(i))) i++;
      const glen = i - groupStart;
      if (glen === 0) return false;
      if (firstDigitIndex < 0) firstDigitIndex = groupStart;
      if (paren) {
        if (s.charCodeAt(i) !== 41) return false;
        i++;
      }
      if (groups === 0) g0 = glen;
      else if (groups === 1) g1 = glen;
      else if (groups === 2) g2 = glen;
      else if (groups === 3) g3 = glen;
      groups++;
      digits += glen;
      expectGroup = false;
      continue;
    }
    // Between groups: one separator, or none right after a ')' or before a '('.
    if (c === 32 || c === 45 || c === 46) {
      separators++;
      i++;
      if (i === end) return false;
    } else if (c !== 40 && s.charCodeAt(i - 1) !== 41) {
      return false;
    }
    expectGroup = true;
  }
  const grouped = separators > 0 || parenGroup >= 0;
  const first = s.charCodeAt(firstDigitIndex);
  if (plus) {
    return digits >= 8 && digits <= 15 && first !== 48 && parenGroup <= 1;
  }
  if (!grouped) return isBareChinaMobile(s, start, end);
  if (parenGroup > 1) return false;
  const second = s.charCodeAt(firstDigitIndex + 1);
  // 3. International with 00.
  if (first === 48 && second === 48) {
    return s.charCodeAt(firstDigitIndex + 2) !== 48 && digits >= 9 && digits <= 17;
  }
  // 2. China mobile grouped 3-4-4.
  if (groups === 3 && g0 === 3 && g1 === 4 && g2 === 4 && chinaMobileGrouped(s, firstDigitIndex)) return true;
  if (digits < 9 || digits > 12) return false;
  // 4a. Trunk 0.
  if (first === 48) return true;
  // 4b. North American 3-3-4, optionally after a 1.
  if (groups === 3 && g0 === 3 && g1 === 3 && g2 === 4) return nanp(s, firstDigitIndex, g0);
  if (groups === 4 && g0 === 1 && first === 49 && g1 === 3 && g2 === 3 && g3 === 4) {
    return nanp(s, nextGroupStart(s, firstDigitIndex + 1), g1);
  }
  return false;
}

function nextGroupStart(s: string, i: number): number {
  let k = i;
  while (!isDigitCode(s.charCodeAt(k))) k++;
  return k;
}

/** Area code at `i` and exchange after it both start with 2-9. */
function nanp(s: string, i: number, areaLen: number): boolean {
  const a = s.charCodeAt(i);
  const e = s.charCodeAt(nextGroupStart(s, i + areaLen));
  return a >= 50 && a <= 57 && e >= 50 && e <= 57;
}

function chinaMobileGrouped(s: string, i: number): boolean {
  const second = s.charCodeAt(i + 1);
  return s.charCodeAt(i) === 49 && second >= 51 && second <= 57;
}
