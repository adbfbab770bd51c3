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
 * False-positive policy: two decimals in range with three or more decimals each could be other
 * measurements (`0.125,0.250`), so the predicate is for values a key or a label already places
 * (`location`, `geo`, `position`, `at`), a `geo:` URI, or, asked for four decimals each (about
 * 10 m, what a GPS fix reports), a whole value that is nothing but the pair.
 */
import { z } from "zod";

const DEGREES = String.raw`([-+]?\d{1,3}\.\d{3,})`;
const PAIR = new RegExp(`^${DEGREES}, ?${DEGREES}$`);
/** RFC 5870: an altitude (`,12`) or parameters (`;u=35`) may follow the pair. */
const GEO_URI = new RegExp(`^geo:${DEGREES},${DEGREES}(?:[,;][^]*)?$`, "i");

/** The number of decimals of a matched degree (`59.9139` has 4). */
function decimals(degrees: string): number {
  return degrees.length - degrees.indexOf(".") - 1;
}

/**
 * True when `s` is a latitude and longitude pair (see the module rule); `minDecimals` asks for
 * more decimals than three (a bare pair as a whole value, where no key says it is a place).
 */
export function isCoordinatePair(s: string, minDecimals = 3): boolean {
  const m = PAIR.exec(s) ?? GEO_URI.exec(s);
  if (m === null) return false;
  const lat = m[1] as string;
  const lng = m[2] as string;
  if (minDecimals > 3 && (decimals(lat) < minDecimals || decimals(lng) < minDecimals)) return false;
  return Math.abs(Number(lat)) <= 90 && Math.abs(Number(lng)) <= 180;
}

/** A latitude and longitude pair in decimal degrees, or a `geo:` URI. */
export const coordinatePairSchema = z
  .stringFormat("coordinate-pair", isCoordinatePair, "Not a latitude and longitude pair")
  .describe(
    "Latitude and longitude in decimal degrees with at least three decimals each (`59.9139,10.7522`, `geo:59.9139,10.7522`).",
  );
