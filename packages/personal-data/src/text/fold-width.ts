/**
 * Fullwidth forms. A CJK input method in full-width mode types `１３８００１３８０００` or
 * `ｉｎｇｒｉｄ＠ｅｘａｍｐｌｅ．ｏｒｇ`: the same personal data as its ASCII spelling, which the finders
 * look for. Folding maps each fullwidth form of an ASCII character (U+FF01-U+FF5E) to that character
 * and the ideographic space (U+3000) to a space, one code unit for one, so a span found in the
 * folded text has the same offsets in the original.
 */

const WIDE = /[\u3000\uff01-\uff5e]/g;

function narrow(c: string): string {
  const code = c.charCodeAt(0);
  return code === 0x3000 ? " " : String.fromCharCode(code - 0xfee0);
}

/** `text` with its fullwidth forms folded to ASCII (same length, same offsets). */
export function foldFullwidth(text: string): string {
  return text.replace(WIDE, narrow);
}
