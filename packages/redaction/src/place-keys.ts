/**
 * Field names that name a place, under which coordinates are read in the forms a key gives them
 * (session 17): `{"location": [10.7522, 59.9139]}`, `{"gps": [59.9139, 10.7522]}`, `{"loc":
 * "[10.7522,59.9139]"}` (a JSON array written into a log value), `{"polyline":
 * "116.481488,39.990464;116.482,39.991"}` (AMap's track), `{"track": [[10.7522, 59.9139], ...]}`.
 *
 * Until session 17 only the key table's coordinate names (`coordinates`, `latlng`) dropped an
 * array, and `location`, `geo`, `position` and `loc` read a string holding one pair: two numbers
 * under `location`, `gps`, `pos`, `point` or `center` reached every vendor, and so did a track.
 *
 * The name alone says nothing: `pos` is a position in a list as often (`{"pos": 3}`), `path` a
 * file's, `center` a point on a screen. What it holds must be coordinates too, by the rule of
 * `isCoordinatePair` (three decimals each, in range in one order, not two fractions below 1):
 * `[1920, 1080]`, `[1.5, 2.0]`, `[100.5, 20.25]`, `[0.512, 0.433]`, `"left"` and `3` stay. A name
 * counts when its last word is a place's (`user_location`, `start_point`, `gpsPos`), or when it is
 * `last_known` (Android's last known location). The strings of such an array are read one by one
 * (`{"locations": ["116.481,39.990", ...]}`).
 *
 * Session 18 (a red team's round 6, F1) reads the codes of `place-codes.ts` too: a geohash under a
 * name that says so (`geohash`, `geo_hash`, `user_geohash`, `geohashes`, and `gh` in a place's object:
 * `{"location": {"gh": "u4xsudvy"}}`), or with a digit and a letter under a point's name
 * (`{"location": "u4xsudvy"}`, Elasticsearch's `geo_point`; not under a line's, where `track` or
 * `path` holds a hexadecimal id as often); a plus code under any place's name (`{"location":
 * "8FVC9G8F+6X"}`, `{"plus_code": ...}`, Google's `compound_code`); an encoded polyline under a
 * polyline's name (`{"polyline": "_p~iF~ps|U"}`, `encodedPolyline`) or as the `points` of one
 * (the Directions API's `{"overview_polyline": {"points": ...}}`). A screen's `{"pos": {"x": 59.91, "y": 10.75}}`
 * is not read: `x` and `y` are a point on a screen or a chart far more often than a place.
 */
import { type CategoryKey, isCoordinateList, isCoordinatePair } from "@kago/personal-data";
import { keyWords } from "./key-table.js";
import { isEncodedPolyline, isGeohash, isPlusCode } from "./place-codes.js";

/** The category of what a place's key holds when it is coordinates. */
export const LOCATION: CategoryKey = "location.coordinates";

/** Last words of a field name that make it a point's: a geohash with a digit may stand there. */
const POINT_WORDS: ReadonlySet<string> = new Set([
  "location",
  "locations",
  "loc",
  "geo",
  "gps",
  "position",
  "positions",
  "pos",
  "point",
  "waypoint",
  "waypoints",
  "center",
  "centre",
  "coord",
  "coordinate",
  "lnglat",
  "lonlat",
  "位置",
  "定位",
]);

/** Last words of a field name that make it a line's (a track, a route). */
const LINE_WORDS: ReadonlySet<string> = new Set([
  "points",
  "track",
  "path",
  "trace",
  "route",
  "polyline",
  "轨迹",
]);

/** The field name names a place: coordinates and a plus code are read under it. */
export const PLACE_NAME = 1;
/** It names a point (`location`, `gps`): a geohash with a digit and a letter is read under it. */
export const POINT_NAME = 2;
/** It says geohash (`geohash`, `geo_hash`): any geohash of six characters or more is read. */
export const GEOHASH_NAME = 4;
/** It is `gh`: a geohash, but only in a place's object (`{"location": {"gh": ...}}`). */
export const SHORT_GEOHASH_NAME = 8;
/** Its last word is `polyline` (`overview_polyline`, `encodedPolyline`): an encoded polyline is read. */
export const POLYLINE_NAME = 16;
/** It is `points`: an encoded polyline in a polyline's object (`{"overview_polyline": {"points": ...}}`). */
export const POINTS_NAME = 32;

/**
 * The names under which a code of letters alone is read (a geohash, a polyline without `@`): the
 * scanner's fast path, which passes over a string with no digit, `@`, `:`, `-` or `.`, must not.
 */
export const LETTER_CODE_NAMES = GEOHASH_NAME | SHORT_GEOHASH_NAME | POLYLINE_NAME | POINTS_NAME;

/** True when the field name `key` names a place (see the module rule). */
export function namesPlace(key: string): boolean {
  return (placeNameKindOf(key) & PLACE_NAME) !== 0;
}

/** {@link placeNameKind} of the field name `key` (a Key/Value pair's tag, a query pair's key). */
export function placeNameKindOf(key: string): number {
  return placeNameKind(keyWords(key));
}

/**
 * What a field name of words `words` ({@link keyWords}) says of a place, as the bits above (0 when
 * nothing): computed once per distinct key and cached with it.
 */
export function placeNameKind(words: readonly string[]): number {
  const n = words.length;
  const last = words[n - 1];
  if (last === undefined) return 0;
  const before = words[n - 2];
  if (last === "gh") return n === 1 ? SHORT_GEOHASH_NAME : 0;
  if (last === "geohash" || last === "geohashes" || (last === "hash" && before === "geo"))
    return PLACE_NAME | POINT_NAME | GEOHASH_NAME;
  // Google's `plus_code` and its short code with the town (`compound_code`: `CWC8+R9 Mountain
  // View, CA`); its `global_code` is read as prose
  if (last === "code" && (before === "plus" || before === "compound")) return PLACE_NAME;
  if (POINT_WORDS.has(last) || (last === "known" && before === "last")) return PLACE_NAME | POINT_NAME;
  if (!LINE_WORDS.has(last)) return 0;
  if (last === "polyline") return PLACE_NAME | POLYLINE_NAME;
  return last === "points" && n === 1 ? PLACE_NAME | POINTS_NAME : PLACE_NAME;
}

/** Canonical names (`canonicalKey`) of the objects that hold a point, for `gh` inside one. */
const POINT_OBJECTS: ReadonlySet<string> = new Set([
  "location",
  "loc",
  "geo",
  "gps",
  "position",
  "pos",
  "point",
]);

/**
 * True when `value`, a string under a field name of kind `kind` ({@link placeNameKind}) in an
 * object under the canonical name `parentCanon`, is a precise location: coordinates (see
 * {@link isPlacedCoordinates}) or a code of `place-codes.ts` (see the module rule).
 */
export function isPlacedLocation(value: string, kind: number, parentCanon: string): boolean {
  if (kind & PLACE_NAME && (isPlacedCoordinates(value) || isPlusCode(value))) return true;
  if (kind & (GEOHASH_NAME | SHORT_GEOHASH_NAME)) {
    const strict = (kind & GEOHASH_NAME) !== 0 || POINT_OBJECTS.has(parentCanon);
    if (strict && isGeohash(value, true)) return true;
  }
  if (kind & POINT_NAME && isGeohash(value, false)) return true;
  if (kind & POLYLINE_NAME || (kind & POINTS_NAME && parentCanon.endsWith("polyline")))
    return isEncodedPolyline(value);
  return false;
}

/**
 * True when `value`, a string under a key that names a place, is coordinates: one pair in either
 * order (`116.481488,39.990464`), a pair in brackets, a track of pairs (`isCoordinateList`), with
 * `minDecimals` decimals in every number (a whole value no key places asks for four).
 */
export function isPlacedCoordinates(value: string, minDecimals = 3): boolean {
  return isCoordinatePair(value, minDecimals) || isCoordinateList(value, minDecimals);
}

/**
 * {@link isPlacedLocation} of `value` under the field name `key` outside any object (a query or
 * form pair: `geohash=u4xsudvy`); a value shorter than any code is not looked at.
 */
export function isPlacedValue(key: string, value: string): boolean {
  return value.length >= 6 && isPlacedLocation(value, placeNameKindOf(key), "");
}
