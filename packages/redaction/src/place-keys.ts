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
 *
 * Session 18 (a red team's round 7, R5): the names a string pair was already read under as a whole
 * value (`origin`, `destination`, `pickup`, `dropoff`, `home`, `where`, `pin`, `last_seen`) name a
 * place for arrays too (`{"origin": [116.481488, 39.990464]}`). A name that says the earth, not a
 * scene (all of them but `position`, `pos`, `point`, `points`, `center`, `path`, which a 3D scene
 * or a game writes `[x, y, z]` under), reads a third number after each pair as an altitude
 * (`{"location": [116.481488, 39.990464, 35.2]}`, a GPX track's points with their elevation).
 * A place's string may split its pair by white space, `;`, `|`, `/` or `_` (`"116.481488
 * 39.990464"`); an array may hold its numbers as strings (`["116.481488", "39.990464"]`). And a
 * name that says a measure (`size`, `scale`, `offset`, `cpu`, `fx`, `rate`, `ratio`, `zoom`...),
 * none of a place, counts against coordinates: a pair as its whole value (`{"scale":
 * "120.123456,30.123456"}`, which a value alone with four decimals each is read as) is that
 * measure and stays; a map's `bounds` are coordinates and are not such a name.
 * `{"location": {"x": .., "y": ..}}` is still not read (a screen's point, as above).
 */
import {
  type CategoryKey,
  isCoordinateList,
  isCoordinatePair,
  isSeparatedCoordinatePair,
} from "@kago/personal-data";
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

/**
 * Last words of a field name that name a place, not a point in general (session 18): a string pair
 * there was read as a whole value, and an array is too; no geohash is read under them (`pin`,
 * `origin` hold other codes).
 */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  "origin",
  "destination",
  "pickup",
  "dropoff",
  "home",
  "where",
  "pin",
]);

/**
 * Last words of a place's name that a 3D scene, a game or a screen uses as often as a map: a third
 * number after a pair there is a depth (`{"position": [1.234, 5.678, 9.1]}`), not an altitude.
 */
const SCENE_WORDS: ReadonlySet<string> = new Set([
  "position",
  "positions",
  "pos",
  "point",
  "points",
  "center",
  "centre",
  "path",
]);

/**
 * Words of a field name that say a measure (session 18): two numbers under it are a size, a scale,
 * an offset or a rate (`{"size": "120.1234,30.5678"}`, `{"fx": "7.1234,0.1404"}`), not a place.
 */
const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "size",
  "sizes",
  "scale",
  "offset",
  "cpu",
  "gpu",
  "fx",
  "rate",
  "ratio",
  "zoom",
  "range",
  "dpi",
  "density",
  "aspect",
  "resolution",
  "dimension",
  "dimensions",
  "width",
  "height",
  "length",
  "weight",
  "weights",
  "score",
  "scores",
  "price",
  "amount",
  "total",
  "temperature",
  "temp",
  "load",
  "usage",
  "percent",
  "pct",
  "latency",
  "duration",
  "mem",
  "memory",
  "fps",
  "margin",
  "padding",
  "rotation",
  "angle",
  "factor",
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
/** It names a place on the earth, not in a scene (`location`, `track`): a pair may have an altitude. */
export const EARTH_NAME = 64;
/** It says a measure (`size`, `scale`, `cpu`) and no place: a pair as its whole value is that measure. */
export const MEASURE_NAME = 128;

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
  const kind = placeKind(words);
  if (kind === 0) return words.some((word) => MEASURE_WORDS.has(word)) ? MEASURE_NAME : 0;
  return kind & PLACE_NAME && !SCENE_WORDS.has(words[words.length - 1] as string) ? kind | EARTH_NAME : kind;
}

/** {@link placeNameKind} but for the earth's and the measure's bits. */
function placeKind(words: readonly string[]): number {
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
  if (PLACE_WORDS.has(last) || (last === "seen" && before === "last")) return PLACE_NAME;
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
  if (kind & PLACE_NAME && (isPlacedCoordinates(value, 3, (kind & EARTH_NAME) !== 0) || isPlusCode(value)))
    return true;
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
 * `minDecimals` decimals in every number (a whole value no key places asks for four). With `earth`
 * (a key that names a place on the earth: {@link EARTH_NAME}) also a pair split otherwise than by a
 * comma (`116.481488 39.990464`) and a bracketed pair with an altitude.
 */
export function isPlacedCoordinates(value: string, minDecimals = 3, earth = false): boolean {
  if (isCoordinatePair(value, minDecimals) || isCoordinateList(value, minDecimals, earth)) return true;
  return earth && isSeparatedCoordinatePair(value);
}

/**
 * True when the JSON text of an array under a place's key of kind `kind` (`[10.7522, 59.9139]`,
 * `["116.481488", "39.990464"]`, a track of such arrays) is coordinates: its numbers may be written
 * as strings, and under a name of the earth each pair may have an altitude (see the module rule).
 */
export function isPlacedArray(json: string, kind: number): boolean {
  const numbers = json.includes('"') ? json.replaceAll('"', "") : json;
  return isCoordinateList(numbers, 3, (kind & EARTH_NAME) !== 0);
}

/**
 * True when a key of kind `kind` says a measure (`size`, `scale`, {@link MEASURE_NAME}) and `value`
 * is a pair as a whole value with four decimals (which `detectStrong` reads under any other key):
 * the measure's two numbers, not a place.
 */
export function isMeasuredPair(kind: number, value: string): boolean {
  return (kind & MEASURE_NAME) !== 0 && MEASURE_START.test(value) && isPlacedCoordinates(value, 4);
}

/** How a measure's pair starts: a number, perhaps in brackets (not `geo:`, which says a place). */
const MEASURE_START = /^[\s[]*[-+]?\d/;

/**
 * {@link isPlacedLocation} of `value` under a field name of kind `kind` ({@link placeNameKindOf})
 * outside any object (a query or form pair: `geohash=u4xsudvy`).
 */
export function isPlacedValue(kind: number, value: string): boolean {
  return kind !== 0 && isPlacedLocation(value, kind, "");
}
