/**
 * Coordinates written with their own marks in prose, without a label (session 17, red team round
 * 6, F1): a WKT point (`POINT(10.7522 59.9139)`, `SRID=4326;POINT(...)`), degrees with their
 * hemisphere letter (`59.9139N 10.7522E`, `31.2304°N 121.4737°E`, `N 59.9139 E 10.7522`), degrees,
 * minutes and seconds as Google Maps copies them (`59°54'50.0"N 10°45'08.0"E`) and degrees and
 * decimal minutes as GPS receivers and geocaches write them (`N 59° 54.833 E 010° 45.133`).
 *
 * Precision, as `isCoordinatePair`'s rule (about 100 m and finer): decimal degrees with three
 * decimals or more, minutes with two decimals (about 20 m), or seconds; a latitude's degrees up to
 * 90 and a longitude's up to 180, minutes and seconds below 60. A point to the minute (`59°54'N`,
 * about 2 km) names a town, and a temperature (`25°C`), an angle (`45° 30'`) or a version stays:
 * each form needs a latitude (`N`/`S`) and a longitude (`E`/`W`), written in capitals, or WKT's
 * `POINT(`. The span is the pair from its first mark or number to its last (in WKT, the two
 * numbers).
 *
 * Session 18 (F1's rest): a full Open Location Code (`meet at 8FVC9G8F+6X`, what Google Maps
 * copies; `place-codes.ts`), in capitals as Google writes it. A short code (`9G8F+6X Oslo`) needs
 * its town and is read only under a place's key. Session 19: a short code in prose too, when a
 * town's name follows it (`CWC8+R9 Mountain View`, `8Q7X+FQ 北京市`: `SHORT_PLUS_CODE`). Session 20:
 * not after a word that labels a product's or a ticket's code (`model X2P4+CC Berlin edition`:
 * `followsCodeLabel`).
 *
 * Session 18 (a red team's round 7, R5): each form in either order and with the hemisphere
 * letters before or after the numbers, as long as one letter is a latitude's (`N`/`S`) and the
 * other a longitude's (`E`/`W`): `E116.481488,N39.990464` (how some Chinese trackers log a fix),
 * `116°28'53.4"E 39°59'25.7"N`, `N39°59′25.7″ E116°28′53.4″`. Both letters stand on the same side
 * of their numbers; `1.234 E 5.678 E` and `N 59.9139 S 10.7522` are no point.
 */
import type { EngineSpan } from "./percent-view.js";
import { FULL_PLUS_CODE, followsCodeLabel, hasCodeLetterAndDigit, SHORT_PLUS_CODE } from "./place-codes.js";

/**
 * A plus code's `+` after four characters of its alphabet (a short code's, and a full code's last
 * four) and before two (any case: see below).
 */
const PLUS_CODE_HINT = String.raw`\+(?<=[2-9cfghjmpqrvwx]{4}\+)[2-9cfghjmpqrvwx]{2}`;

/**
 * What a text must hold for one of these forms: WKT's `POINT(`, a degree sign before a digit (the
 * minutes of `59°54'`, `59° 54.833`), three decimals before a hemisphere letter (`59.9139N`,
 * `31.2304°N`) or after one (`N 59.9139`). The prose search is case-insensitive: `1.234 s` gets
 * through too, and is read no further. A plus code's `+` with four of its letters or digits before
 * it: the `+` first, so that the search pays one character test where there is none.
 */
export const WRITTEN_COORDINATE_HINT = String.raw`point ?(?:z|m|zm)? ?\(|\d° ?\d|\d\.\d{3,} ?°? ?[ns]\b|\b[ns] ?\d{1,2}\.\d{3}|${PLUS_CODE_HINT}`;

/** A latitude's or longitude's decimal degrees with three decimals or more. */
const DECIMAL = String.raw`(\d{1,3}\.\d{3,})`;
/** White space or a comma between the latitude and the longitude. */
const BETWEEN = String.raw`(?:[ \t]*,[ \t]*|[ \t]+)`;

/**
 * WKT's point: `POINT`, an optional `Z`/`M`/`ZM`, and in parentheses the longitude and latitude
 * (x y) in decimal degrees, an optional third and fourth number (altitude, measure).
 */
const WKT_POINT =
  /\bPOINT ?(?:Z|M|ZM)? ?\( ?([-+]?\d{1,3}\.\d{3,}) ([-+]?\d{1,3}\.\d{3,})(?: [-+]?\d+(?:\.\d+)?){0,2} ?\)/gi;

/**
 * Decimal degrees with the hemisphere after (`59.9139N 10.7522E`, `31.2304°N, 121.4737°E`) or
 * before (`N 59.9139 E 10.7522`, `N59.9139° E10.7522°`, `E116.481488,N39.990464`), in either order
 * (groups: number, letter, number, letter after; letter, number, letter, number before).
 */
const HEMISPHERE_DECIMAL = new RegExp(
  String.raw`(?<![\w.])(?:${DECIMAL} ?°? ?([NSEW])${BETWEEN}${DECIMAL} ?°? ?([NSEW])|([NSEW]) ?${DECIMAL}°?${BETWEEN}([NSEW]) ?${DECIMAL}°?)(?![\w.])`,
  "g",
);

/** Degrees, minutes and seconds of one latitude or longitude (`59°54'50.0"`; the prime and double prime too). */
const DMS_DEGREES = String.raw`(\d{1,3})° ?(\d{1,2})['′’] ?(\d{1,2}(?:\.\d+)?)["″”]`;

/**
 * Degrees, minutes and seconds (`59°54'50.0"N 10°45'08.0"E`), the hemispheres after or before
 * (`N39°59′25.7″ E116°28′53.4″`), in either order (groups 1-8 after, 9-16 before).
 */
const DMS = new RegExp(
  String.raw`(?<![\w.])(?:${DMS_DEGREES} ?([NSEW])${BETWEEN}${DMS_DEGREES} ?([NSEW])|([NSEW]) ?${DMS_DEGREES}${BETWEEN}([NSEW]) ?${DMS_DEGREES})(?!\w)`,
  "g",
);

/** Degrees and decimal minutes of one latitude or longitude (`59° 54.833`, `59°54.833'`). */
const DM_DEGREES = String.raw`(\d{1,3})° ?(\d{1,2}\.\d{2,})['′’]?`;

/**
 * Degrees and decimal minutes, the hemisphere before (`N 59° 54.833 E 010° 45.133`) or after
 * (`59°54.833'N 10°45.133'E`), in either order, minutes with two decimals or more (groups 1-6
 * before, 7-12 after).
 */
const DEGREE_MINUTES = new RegExp(
  String.raw`(?<![\w.])(?:([NSEW]) ?${DM_DEGREES}${BETWEEN}([NSEW]) ?${DM_DEGREES}|${DM_DEGREES} ?([NSEW])${BETWEEN}${DM_DEGREES} ?([NSEW]))(?![\w.])`,
  "g",
);

/** A full plus code in prose (`FULL_PLUS_CODE`): upper case, not inside a word or base64 text. */
const PLUS_CODE = new RegExp(FULL_PLUS_CODE, "g");
/** A short plus code before a town's name in prose (`SHORT_PLUS_CODE`, session 19). */
const SHORT_CODE = new RegExp(SHORT_PLUS_CODE, "gu");

/** True when degrees `lat` and `lng` (with minutes and seconds below 60) are a point. */
function isPoint(lat: number, lng: number, ...parts: number[]): boolean {
  return lat <= 90 && lng <= 180 && parts.every((part) => part < 60);
}

/** True when hemisphere letter `side` is a latitude's (`N`, `S`), not a longitude's (`E`, `W`). */
function isLatitudeSide(side: string): boolean {
  return side === "N" || side === "S";
}

/**
 * True when the first degrees `a` (hemisphere `aSide`) and the second `b` (`bSide`), with minutes
 * and seconds `parts`, are a point: one letter a latitude's and the other a longitude's, in range.
 */
function isHemispherePoint(aSide: string, a: number, bSide: string, b: number, ...parts: number[]): boolean {
  const aLatitude = isLatitudeSide(aSide);
  if (aLatitude === isLatitudeSide(bSide)) return false;
  return aLatitude ? isPoint(a, b, ...parts) : isPoint(b, a, ...parts);
}

/** The spans of coordinates written with their own marks in `text` (see the module rule), or `null`. */
export function findWrittenCoordinates(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  const push = (m: RegExpExecArray) => out.push([m.index, m.index + m[0].length, "location.coordinates"]);
  WKT_POINT.lastIndex = 0;
  for (let m = WKT_POINT.exec(text); m !== null; m = WKT_POINT.exec(text)) {
    const x = Math.abs(Number(m[1]));
    const y = Math.abs(Number(m[2]));
    if (x > 180 || y > 180 || (x > 90 && y > 90)) continue;
    // the two numbers, not the `POINT(` around them
    const start = m.index + m[0].indexOf(m[1] as string);
    out.push([start, start + (m[1] as string).length + 1 + (m[2] as string).length, "location.coordinates"]);
  }
  HEMISPHERE_DECIMAL.lastIndex = 0;
  for (let m = HEMISPHERE_DECIMAL.exec(text); m !== null; m = HEMISPHERE_DECIMAL.exec(text)) {
    const g = (i: number) => m[i] as string;
    const after = m[1] !== undefined;
    const point = after
      ? isHemispherePoint(g(2), Number(g(1)), g(4), Number(g(3)))
      : isHemispherePoint(g(5), Number(g(6)), g(7), Number(g(8)));
    if (point) push(m);
  }
  DMS.lastIndex = 0;
  for (let m = DMS.exec(text); m !== null; m = DMS.exec(text)) {
    const g = (i: number) => m[i] as string;
    const n = (i: number) => Number(m[i]);
    const after = m[1] !== undefined;
    const point = after
      ? isHemispherePoint(g(4), n(1), g(8), n(5), n(2), n(3), n(6), n(7))
      : isHemispherePoint(g(9), n(10), g(13), n(14), n(11), n(12), n(15), n(16));
    if (point) push(m);
  }
  DEGREE_MINUTES.lastIndex = 0;
  for (let m = DEGREE_MINUTES.exec(text); m !== null; m = DEGREE_MINUTES.exec(text)) {
    const g = (i: number) => m[i] as string;
    const n = (i: number) => Number(m[i]);
    const before = m[1] !== undefined;
    const point = before
      ? isHemispherePoint(g(1), n(2), g(4), n(5), n(3), n(6))
      : isHemispherePoint(g(9), n(7), g(12), n(10), n(8), n(11));
    if (point) push(m);
  }
  PLUS_CODE.lastIndex = 0;
  for (let m = PLUS_CODE.exec(text); m !== null; m = PLUS_CODE.exec(text)) push(m);
  if (text.includes("+")) {
    SHORT_CODE.lastIndex = 0;
    for (let m = SHORT_CODE.exec(text); m !== null; m = SHORT_CODE.exec(text))
      if (hasCodeLetterAndDigit(m[0]) && !followsCodeLabel(text, m.index)) push(m);
  }
  return out.length === 0 ? null : out;
}
