/**
 * Precise location written as one value: a latitude and a longitude in decimal degrees.
 *
 * Rule: `lat,lng` with an optional space after the comma (`59.913868,10.752245`,
 * `-33.8688, 151.2093`), or the same after the `geo:` scheme of RFC 5870 (`geo:59.9139,10.7522`,
 * an altitude or `;u=...` parameters may follow). Each number has an optional sign, an integer
 * part of at most three digits, and at least three decimals (about 100 m: the precision at which a
 * point stops naming a town and starts naming a street); the latitude lies in [-90, 90], the
 * longitude in [-180, 180].
 *
 * Either order (session 17): AMap, Baidu and Tencent Maps, GeoJSON, MongoDB and Mapbox write the
 * longitude first (`116.481488,39.990464`). A pair is read when one of its two orders is in range,
 * so every point in China (longitude 73 to 135) is one whichever way it is written; a pair whose
 * first number lies beyond 90 can only be `lng,lat`. A pair of which both numbers lie within 1 of
 * zero is no place anyone is (the sea off West Africa) but a fraction (`0.512,0.433`, a point on a
 * screen or an image), and is not read.
 *
 * Several pairs (session 17): {@link isCoordinateList} reads the other forms a place's key holds
 * as text: one pair in brackets (`[10.7522,59.9139]`, a JSON array written into a string, as log
 * values are), a track of pairs joined by `;` (AMap's polyline, `116.48,39.99;116.49,39.98`) and
 * an array of such arrays (`[[10.7522,59.9139],[10.753,59.914]]`), each pair read as above; as
 * a whole value that no key places (`"[10.7522,59.9139]"` in a profile's custom field), with four
 * decimals in every pair, as a bare pair.
 *
 * Session 18 (a red team's round 7, R5): a track may join its pairs with `|` too (Google's
 * `waypoints`, `116.48,39.99|116.49,39.98`); where the caller allows an altitude (a key that names
 * a place on the earth, not a point in a scene), a third number may follow each bracketed pair
 * (GeoJSON's and Mapbox's `[116.481488,39.990464,35.2]`, a GPX track's points with their
 * elevation); and {@link isSeparatedCoordinatePair} reads a pair split by white space, `;`, `|`,
 * `/` or `_` (`116.481488 39.990464`, the order of WKT and of GPS logs), for a place's key only.
 * With an altitude allowed, one point with its altitude needs no brackets (`116.481488,39.990464,35.2`).
 *
 * False-positive policy: two decimals in range with three or more decimals each could be other
 * measurements (`0.125,1.250`), so the predicate is for values a key or a label already places
 * (`location`, `geo`, `position`, `at`), a `geo:` URI, or, asked for four decimals each (about
 * 10 m, what a GPS fix reports), a whole value that is nothing but the pair.
 */
import { z } from "zod";

const DEGREES = String.raw`([-+]?\d{1,3}\.\d{3,})`;
/** A pair as one value writes it: a comma, at most one space after it. */
const PAIR = new RegExp(`^${DEGREES}, ?${DEGREES}$`);
/** RFC 5870: an altitude (`,12`) or parameters (`;u=35`) may follow the pair. */
const GEO_URI = new RegExp(`^geo:${DEGREES},${DEGREES}(?:[,;][^]*)?$`, "i");
/** A pair inside a list, where JSON or a person may put white space around the comma. */
const LISTED_PAIR = new RegExp(String.raw`^\s*${DEGREES}\s*,\s*${DEGREES}\s*$`);
/** The same with an optional third number, an altitude in metres (`116.481488,39.990464,35.2`). */
const LISTED_POSITION = new RegExp(
  String.raw`^\s*${DEGREES}\s*,\s*${DEGREES}\s*(?:,\s*[-+]?\d{1,5}(?:\.\d+)?\s*)?$`,
);
/**
 * A pair split by white space, `;`, `|`, `/` or `_` rather than a comma (`116.481488 39.990464`,
 * `116.481488;39.990464`), as a whole value: what a place's key may hold, nothing else.
 */
const SEPARATED_PAIR = new RegExp(String.raw`^\s*${DEGREES}(?:\s*[;|/_]\s*|\s+)${DEGREES}\s*$`);
/** What separates the pairs of a track written as text: `;` (AMap) or `|` (Google's `waypoints`). */
const TRACK_SEPARATOR = /[;|]/;
/** What separates the pairs of an array of arrays written as text: `],[` with optional white space. */
const ARRAY_SEPARATOR = /\]\s*,\s*\[/;

/** The number of decimals of a matched degree (`59.9139` has 4). */
function decimals(degrees: string): number {
  return degrees.length - degrees.indexOf(".") - 1;
}

/** True when the two numbers are a place in one order or the other (see the module rule). */
function inRange(first: string, second: string): boolean {
  const a = Math.abs(Number(first));
  const b = Math.abs(Number(second));
  if (a < 1 && b < 1) return false;
  return (a <= 90 && b <= 180) || (a <= 180 && b <= 90);
}

/**
 * True when `s` is a latitude and longitude pair, in either order (see the module rule);
 * `minDecimals` asks for more decimals than three (a bare pair as a whole value, where no key says
 * it is a place).
 */
export function isCoordinatePair(s: string, minDecimals = 3): boolean {
  return isMatchedPair(PAIR.exec(s) ?? GEO_URI.exec(s), minDecimals);
}

/**
 * True when `s` is one pair, space allowed around its comma, with `minDecimals` decimals each, and
 * with `altitude` perhaps a third number after it.
 */
function isListedPair(s: string, minDecimals: number, altitude: boolean): boolean {
  return isMatchedPair((altitude ? LISTED_POSITION : LISTED_PAIR).exec(s), minDecimals);
}

/**
 * True when `s` is a latitude and longitude pair, in either order, split by white space, `;`, `|`,
 * `/` or `_` (see the module rule): for a key that names a place, where a pair is what such a value
 * is; two such numbers elsewhere are a size or a range as often.
 */
export function isSeparatedCoordinatePair(s: string): boolean {
  return isMatchedPair(SEPARATED_PAIR.exec(s), 3);
}

/** True when a pair's match (its two numbers as groups 1 and 2) has the decimals and the range. */
function isMatchedPair(m: RegExpExecArray | null, minDecimals: number): boolean {
  if (m === null) return false;
  const first = m[1] as string;
  const second = m[2] as string;
  if (minDecimals > 3 && (decimals(first) < minDecimals || decimals(second) < minDecimals)) return false;
  return inRange(first, second);
}

/** How a list of pairs starts: brackets, then a degree with three decimals (one anchored test first). */
const LIST_START = /^\s*\[*\s*[-+]?\d{1,3}\.\d{3}/;

/**
 * True when `s` is coordinates as a place's key holds them in text, beyond one pair: a pair in
 * brackets, pairs joined by `;` or `|`, or an array of pairs (see the module rule). Every pair must
 * be one; a single pair without brackets is {@link isCoordinatePair}'s. `minDecimals` asks for more
 * decimals than three in every pair (a whole value no key places, as for a bare pair); `altitude`
 * lets a third number follow each pair, also one point alone (`116.481488,39.990464,35.2`; a key
 * that names a place on the earth, session 18).
 */
export function isCoordinateList(s: string, minDecimals = 3, altitude = false): boolean {
  if (!LIST_START.test(s)) return false;
  const t = s.trim();
  const pair = (p: string) => isListedPair(p, minDecimals, altitude);
  if (t.startsWith("[") && t.endsWith("]")) {
    const inner = t.slice(1, -1).trim();
    if (!inner.startsWith("[")) return pair(inner);
    if (!inner.endsWith("]")) return false;
    return inner.slice(1, -1).split(ARRAY_SEPARATOR).every(pair);
  }
  const points = t.split(TRACK_SEPARATOR);
  // with an altitude, one point alone is a list too (`116.481488,39.990464,35.2`)
  return (
    (points.length > 1 || altitude) &&
    points.every((p, i) => pair(p) || (p === "" && i === points.length - 1))
  );
}

/** A latitude and longitude pair in decimal degrees, or a `geo:` URI. */
export const coordinatePairSchema = z
  .stringFormat("coordinate-pair", isCoordinatePair, "Not a latitude and longitude pair")
  .describe(
    "Latitude and longitude in decimal degrees with at least three decimals each, in either order (`59.9139,10.7522`, `116.481488,39.990464`, `geo:59.9139,10.7522`).",
  );
