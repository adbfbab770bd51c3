/**
 * The window-at-a-time phone parser `isPhoneAt` was before `longestPhoneAt` read all windows
 * from one start in one pass, kept as the oracle the one-pass reader is checked against: it reads
 * each window's groups whole and judges them by the same forms (`acceptsPhone`), so what it checks
 * is the one-pass reading and its early stop (`mayGrow`), not the forms.
 */
import { isDigitCode } from "../src/values/chars.js";
import { acceptsPhone } from "../src/values/phone.js";

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
  const parse = { digits, groups, separators, parenGroup, g0, g1, g2, g3, firstDigitIndex };
  return digits >= 8 && acceptsPhone(s, start, end, plus, parse);
}
