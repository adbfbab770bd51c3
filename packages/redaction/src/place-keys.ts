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
 */
import { type CategoryKey, isCoordinateList, isCoordinatePair } from "@kago/personal-data";
import { keyWords } from "./key-table.js";

/** The category of what a place's key holds when it is coordinates. */
export const LOCATION: CategoryKey = "location.coordinates";

/** Last words of a field name that make it a place's. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  "location",
  "locations",
  "loc",
  "geo",
  "gps",
  "position",
  "positions",
  "pos",
  "point",
  "points",
  "waypoint",
  "waypoints",
  "center",
  "centre",
  "coord",
  "coordinate",
  "lnglat",
  "lonlat",
  "track",
  "path",
  "trace",
  "route",
  "polyline",
  "位置",
  "定位",
  "轨迹",
]);

/** True when the field name `key` names a place (see the module rule). */
export function namesPlace(key: string): boolean {
  return wordsNamePlace(keyWords(key));
}

/** {@link namesPlace} of a key's words ({@link keyWords}). */
export function wordsNamePlace(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return false;
  return PLACE_WORDS.has(last) || (last === "known" && words[words.length - 2] === "last");
}

/**
 * True when `value`, a string under a key that names a place, is coordinates: one pair in either
 * order (`116.481488,39.990464`), a pair in brackets, a track of pairs (`isCoordinateList`), with
 * `minDecimals` decimals in every number (a whole value no key places asks for four).
 */
export function isPlacedCoordinates(value: string, minDecimals = 3): boolean {
  return isCoordinatePair(value, minDecimals) || isCoordinateList(value, minDecimals);
}
