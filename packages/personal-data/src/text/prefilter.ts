/** One pass over a text, noting which trigger characters of the text finders it holds. */

/**
 * Bit flags: 1 `@`, 2 a decimal digit, 4 `:`, 8 `-`, 16 `.`. Zero means no finder can match.
 */
export function findFlags(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) flags |= 2;
    else if (c === 64) flags |= 1;
    else if (c === 58) flags |= 4;
    else if (c === 45) flags |= 8;
    else if (c === 46) flags |= 16;
    if (flags === 31) break;
  }
  return flags;
}
