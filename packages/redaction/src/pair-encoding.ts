/**
 * Writing back a query or form value the engine changed, keeping the sender's own encoding of
 * everything that did not change: `hello+world+erik%40example.org` becomes
 * `hello+world+%5Bredacted%3Acontact.email%5D`, not `hello%20world%20%5B...`, and a `;` or `=`
 * the sender left raw (`a=1;email=...`, read as separators by some servers) stays raw.
 */

/**
 * `raw` (a query or form value as written) after its decoded text `decoded` became `next`: the
 * part both texts share at the start and at the end is copied as written, the part between is
 * percent-encoded (`encodeURIComponent`). `raw` must decode to `decoded` (percent escapes of
 * valid UTF-8, `+` as a space), as the caller's decoding has already checked.
 */
export function reencodeValue(raw: string, decoded: string, next: string): string {
  let head = 0;
  const shortest = Math.min(decoded.length, next.length);
  while (head < shortest && decoded.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    decoded.charCodeAt(decoded.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  )
    tail++;
  // never cut a surrogate pair: its halves are written by one escape run
  if (head > 0 && isHighSurrogate(decoded.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(decoded.charCodeAt(decoded.length - tail))) tail--;
  const starts = unitStarts(raw, decoded.length);
  const middle = next.slice(head, next.length - tail);
  return raw.slice(0, starts[head]) + encodeURIComponent(middle) + raw.slice(starts[decoded.length - tail]);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Where in `raw` each of the `units` UTF-16 code units of its decoded text starts, and `raw.length`
 * at index `units`. A percent-encoded character starts at its first escape; both units of a
 * character outside the BMP start at the same place.
 */
function unitStarts(raw: string, units: number): number[] {
  const starts = new Array<number>(units + 1);
  let unit = 0;
  let i = 0;
  while (i < raw.length && unit < units) {
    if (raw.charCodeAt(i) !== 37) {
      starts[unit++] = i++; // a literal character, `+` included, is one unit (a surrogate half too)
      continue;
    }
    const lead = Number.parseInt(raw.slice(i + 1, i + 3), 16);
    const bytes = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    starts[unit++] = i;
    if (bytes === 4) starts[unit++] = i;
    i += 3 * bytes;
  }
  starts[units] = raw.length;
  return starts;
}
