/**
 * A place written as a code rather than as numbers (session 18, a red team's round 6, F1): a
 * geohash (`u4xsudvy`, Elasticsearch's `geo_point` as a string, Redis' GEOHASH), an Open Location
 * Code (a "plus code", `8FVC9G8F+6X`, what Google Maps shows and copies) and a Google encoded
 * polyline (`_p~iF~ps|U_ulLnnqC`, the Directions API's `overview_polyline.points`). Each is read
 * here by its shape only; `place-keys.ts` says under which keys, and `written-coordinates.ts`
 * reads a full plus code in prose.
 *
 * Precision (the policy grants no recipient location at all; what the engine must find is the
 * precise location of `location.coordinates`, finer than a town): Android's approximate location
 * and Apple's are cells of about 2-3 km, so a code finer than that is precise. A geohash of six
 * characters or more (a cell of 1.2 km by 0.6 km, seven: 150 m) is; five (4.9 km square) names a
 * town, as a city's name does, and stays. A plus code's eight digits before its `+` are a 275 m
 * square, two after it 14 m; a padded code (`8FVC0000+`, 1°) is a region and stays. A polyline's points are
 * written to 1e-5 degrees (1 m) by definition.
 *
 * Session 20 (a red team's round 9, A8): a geohash cell with a corner at 0°, 0° ("Null Island", in
 * the open sea, where a missing fix is written: `s00000`, `7zzzzz`, `kpbpbp`, `ebpbpb`) and one
 * character repeated (`000000`, `zzzzzz`: a placeholder) are nobody's place and stay; a short plus
 * code in prose after a word that labels a product's, a build's or a ticket's code (`model X2P4+CC
 * Berlin edition`, `build 8F4C+22 Madrid`) stays.
 */

/**
 * A geohash of six to twelve characters in its base-32 alphabet (digits and the lower-case letters
 * but `a`, `i`, `l`, `o`), as a whole value. Upper case too: some libraries write it so.
 */
const GEOHASH = /^[0-9b-hjkmnp-z]{6,12}$/i;

/** A digit and a lower-case letter, both: what a word (`center`) or a count (`123456`) lacks. */
const DIGIT = /\d/;
const LETTER = /[b-hjkmnp-z]/;
/** Hexadecimal digits only (`ff00cc`, `3f9c2e1d`): a colour or a short hash, not read as a geohash. */
const HEX_ONLY = /^[0-9a-f]+$/;

/**
 * True when `value` is a geohash of six characters or more (see the module's precision). Under a
 * name that says geohash (`strict`) any such value is; under any other place's name
 * (`{"location": "u4xsudvy"}`) it needs a digit and a letter and more than hexadecimal digits:
 * `center`, `123456` and `3f9c2e` stay.
 */
export function isGeohash(value: string, strict: boolean): boolean {
  if (!GEOHASH.test(value) || isPlaceholderGeohash(value.toLowerCase())) return false;
  return strict || (DIGIT.test(value) && LETTER.test(value) && !HEX_ONLY.test(value));
}

/** One character repeated (`000000`, `zzzzzz`): a placeholder. */
const ONE_CHARACTER_REPEATED = /^(.)\1+$/;
/** The geohash alphabet, in the order of the five bits each character stands for. */
const GEOHASH_ALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";

/**
 * True when lower-case geohash `value` is nobody's place (session 20): one character repeated
 * (`000000`, `zzzzzz`), or a cell with a corner at 0°, 0° (Null Island: `s00000`, `7zzzzz`). The
 * cell is decoded by halving each range, which is exact in binary: an edge at 0° is exactly 0.
 */
function isPlaceholderGeohash(value: string): boolean {
  if (ONE_CHARACTER_REPEATED.test(value)) return true;
  const lat = [-90, 90];
  const lng = [-180, 180];
  let even = true; // a geohash's bits start with the longitude's
  for (const char of value) {
    const bits = GEOHASH_ALPHABET.indexOf(char);
    for (let bit = 4; bit >= 0; bit--) {
      const range = even ? lng : lat;
      const mid = ((range[0] as number) + (range[1] as number)) / 2;
      range[(bits >> bit) & 1 ? 0 : 1] = mid;
      even = !even;
    }
  }
  return lat.includes(0) && lng.includes(0);
}

/** The 20 characters of an Open Location Code's alphabet (upper case). */
export const PLUS_CODE_CHARS = "23456789CFGHJMPQRVWX";

/**
 * A full plus code's eight digits and `+`: a latitude digit (below 9: `2`-`9`, `C`), a longitude
 * digit (below 18), six more digits (275 m). No padding `0`: a padded code (`8FVC0000+`) is a
 * region. Not after a letter, digit, `+`, `/` or `=`, so that base64 text does not hold one.
 */
const FULL_PLUS_CODE_START = String.raw`(?<![\w+/=])[2-9C][2-9CFGHJMPQRV][${PLUS_CODE_CHARS}]{6}\+`;

/**
 * A full plus code in prose: {@link FULL_PLUS_CODE_START} and two to seven digits after the `+` (14
 * m and finer; eight digits and a `+` alone are a word and a plus as often), not before a letter,
 * digit, `+`, `/` or `=`.
 */
export const FULL_PLUS_CODE = String.raw`${FULL_PLUS_CODE_START}[${PLUS_CODE_CHARS}]{2,7}(?![\w+/=])`;

/**
 * A short plus code in prose, before the place it is read against (session 19, round 7's open
 * item F1): four (or six) digits, `+`, two or three digits (`CWC8+R9 Mountain View`, `8Q7X+FQ
 * 北京市`, as Google Maps copies a place's code), not after a letter, digit, `+`, `/` or `=`, then a
 * comma or white space and a capital or a letter of a script without case (a town's name). The
 * town makes the code as precise as a full one (14 m); with no town after it (`CWC8+R9` alone) or
 * a word in lower case it stays. {@link hasCodeLetterAndDigit} must hold too (`2345+67 Oslo` is a
 * sum).
 */
export const SHORT_PLUS_CODE = String.raw`(?<![\w+/=])(?:[${PLUS_CODE_CHARS}]{4}|[${PLUS_CODE_CHARS}]{6})\+[${PLUS_CODE_CHARS}]{2,3}(?=(?:,[ \t]*|[ \t]+)[\p{Lu}\p{Lo}])`;

/**
 * A word that labels a product's, a build's or a ticket's code, and the space, `:`, `#` or `-`
 * after it, at the end of the text before a short plus code (session 20): `model X2P4+CC Berlin
 * edition`, `build 8F4C+22 Madrid`, `score 2X3C+VV Paris`, `ticket CWC8+R9 Mountain View`. `code`
 * is none: `plus code 9G8F+6X Oslo` names the place.
 */
const CODE_LABEL_BEFORE =
  /(?<![\p{L}\p{N}_])(?:model|build|score|ticket|version|ver|release|level|sku|serial|part|item|product|order|ref|id|issue|bug|coupon|voucher|promo|batch|invoice|firmware|rev|revision|patch)[ \t]*[:#-]?[ \t]*$/iu;

/**
 * True when the short plus code at `index` of `text` follows a word that labels a product's or a
 * ticket's code (`model X2P4+CC Berlin edition`), read on the 24 characters before it.
 */
export function followsCodeLabel(text: string, index: number): boolean {
  return CODE_LABEL_BEFORE.test(text.slice(Math.max(0, index - 24), index));
}

/** A plus code's letter (not one of its digits `2`-`9`). */
const CODE_LETTER = /[CFGHJMPQRVWX]/;

/** True when a short plus code holds a letter and a digit: `2345+67` and `CFGH+JM` do not. */
export function hasCodeLetterAndDigit(code: string): boolean {
  return DIGIT.test(code) && CODE_LETTER.test(code);
}

/**
 * A whole value that starts with a full plus code (under a place's key, up to seven digits after
 * the `+` or none) or a short one (`9G8F+6X`), and perhaps a town after it.
 */
const PLACED_PLUS_CODE = new RegExp(
  String.raw`^(?:${FULL_PLUS_CODE_START}[${PLUS_CODE_CHARS}]{0,7}|([${PLUS_CODE_CHARS}]{4}|[${PLUS_CODE_CHARS}]{6})\+[${PLUS_CODE_CHARS}]{2,7})(?:[ ,]|$)`,
);

/**
 * True when `value`, under a place's name, starts with a plus code: a full one, or a short one
 * (`9G8F+6X Oslo`, a code Google Maps shortens next to a town's name) with a letter and a digit in
 * it (`2345+67` is a sum).
 */
export function isPlusCode(value: string): boolean {
  const m = PLACED_PLUS_CODE.exec(value);
  if (m === null) return false;
  const short = m[1];
  return short === undefined || (DIGIT.test(short) && CODE_LETTER.test(m[0]));
}

/**
 * The most chunks one number of a polyline may take: six hold 30 bits, more than any latitude or
 * longitude at 1e-6 needs. A longer run would add up past `Number`'s range to `NaN`, which no
 * range check catches.
 */
const MAX_CHUNKS = 6;

/**
 * True when `value` is a Google encoded polyline of one point or more: every character between `?`
 * and `~`, each number's five-bit chunks ending with one below `_`, an even count of numbers (a
 * latitude and a longitude each) and every point they add up to in range, at the 1e-5 degrees of
 * the format or at OSRM's and Valhalla's 1e-6. Eight characters at least: a point away from 0°
 * takes about ten. A word (`none`, `Rocket`) ends with a chunk that continues, or adds up to an
 * odd count.
 */
export function isEncodedPolyline(value: string): boolean {
  const n = value.length;
  if (n < 8) return false;
  let lat = 0;
  let lng = 0;
  let count = 0;
  let number = 0;
  let scale = 1;
  let chunks = 0;
  for (let i = 0; i < n; i++) {
    const b = value.charCodeAt(i) - 63;
    if (b < 0 || b > 63) return false;
    number += (b & 31) * scale;
    scale *= 32;
    if (++chunks > MAX_CHUNKS) return false;
    if (b >= 32) continue;
    // zig-zag: the lowest bit is the sign
    const delta = number % 2 === 1 ? -(number + 1) / 2 : number / 2;
    if (count % 2 === 0) lat += delta;
    else lng += delta;
    if (Math.abs(lat) > 90e6 || Math.abs(lng) > 180e6) return false;
    count++;
    number = 0;
    scale = 1;
    chunks = 0;
  }
  return chunks === 0 && count >= 2 && count % 2 === 0;
}
