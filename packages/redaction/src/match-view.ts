/**
 * A decoded view built by replacing the matches of one regular expression: what the entity and
 * defang views share.
 */
import type { DecodedView } from "./percent-view.js";

/**
 * `s` with every match of the global expression `re` replaced by what `decode` makes of it (a
 * match it returns `null` for is kept as written), and for each code unit of the result (and its
 * end) the offset in `s`; `null` when nothing was replaced.
 */
export function viewOfMatches(
  s: string,
  re: RegExp,
  decode: (match: RegExpExecArray) => string | null,
): DecodedView | null {
  let out = "";
  const at: number[] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const chars = decode(m);
    if (chars === null) continue;
    for (let k = from; k < m.index; k++) at.push(k);
    out += s.slice(from, m.index) + chars;
    for (let k = 0; k < chars.length; k++) at.push(m.index);
    from = m.index + m[0].length;
  }
  if (from === 0) return null;
  for (let k = from; k <= s.length; k++) at.push(k);
  out += s.slice(from);
  return { text: out, at: Int32Array.from(at) };
}
