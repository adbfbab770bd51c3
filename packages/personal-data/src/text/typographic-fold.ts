/**
 * Typographic variants of the characters the finders read. Personal data in free text is not
 * always spelled in ASCII: a CJK input method in full-width mode types `１３８００１３８０００`, phones
 * and web pages put no-break spaces between digit groups (`+33 6 12 34 56 78` with U+202F), word
 * processors turn `-` into a non-breaking hyphen or an en dash, and pasted text carries zero-width
 * characters (`138\u200b0013\u200b8000`). The finders read ASCII; the folded text they can read
 * comes with a map back to the original offsets, so a span found in it is replaced where it is
 * written.
 *
 * Folded: the fullwidth forms of ASCII characters (U+FF01-U+FF5E) to ASCII; the ideographic space,
 * no-break spaces and the other Unicode space separators to a space; hyphens, dashes and the minus
 * sign (U+2010-U+2015, U+2212, U+FE58, U+FE63) to `-`; zero-width and soft-hyphen characters
 * (U+00AD, U+180E, U+200B-U+200D, U+2060, U+FEFF) removed. Nothing else changes.
 */

/** A folded text and, for each of its code units and its end, the offset in the original text. */
export interface FoldedText {
  readonly text: string;
  readonly at: Int32Array;
}

function isSpaceVariant(c: number): boolean {
  return (
    c === 0x00a0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDashVariant(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63;
}

function isInvisible(c: number): boolean {
  return c === 0x00ad || c === 0x180e || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** True for a character {@link foldTypography} changes. */
export function isTypographicVariant(c: number): boolean {
  return (
    c >= 0xa0 && ((c >= 0xff01 && c <= 0xff5e) || isSpaceVariant(c) || isDashVariant(c) || isInvisible(c))
  );
}

/** What the variant `c` folds to: one character, or `""` (removed). */
function foldOf(c: number): string {
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (isSpaceVariant(c)) return " ";
  if (isDashVariant(c)) return "-";
  return "";
}

/**
 * `text` with its typographic variants folded (see the module comment), and where each code unit
 * of the result came from; `null` when there is nothing to fold.
 */
export function foldTypography(text: string): FoldedText | null {
  let out = "";
  const at: number[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || !isTypographicVariant(c)) continue;
    const folded = foldOf(c);
    for (let k = from; k < i; k++) at.push(k);
    out += text.slice(from, i) + folded;
    if (folded !== "") at.push(i);
    from = i + 1;
  }
  if (from === 0) return null;
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at: Int32Array.from(at) };
}
