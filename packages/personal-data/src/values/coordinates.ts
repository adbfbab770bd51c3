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
 * measurements (`0.125,0.250`), so the predicate is for values a key already places
 * (`location`, `geo`, `position`), not for free text.
 */
import { z } from "zod";

const DEGREES = String.raw`([-+]?\d{1,3}\.\d{3,})`;
const PAIR = new RegExp(`^${DEGREES}, ?${DEGREES}$`);
/** RFC 5870: an altitude (`,12`) or parameters (`;u=35`) may follow the pair. */
const GEO_URI = new RegExp(`^geo:${DEGREES},${DEGREES}(?:[,;][^]*)?$`, "i");

/** True when `s` is a latitude and longitude pair (see the module rule). */
export function isCoordinatePair(s: string): boolean {
  const m = PAIR.exec(s) ?? GEO_URI.exec(s);
  return m !== null && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180;
}

/** A latitude and longitude pair in decimal degrees, or a `geo:` URI. */
export const coordinatePairSchema = z
  .stringFormat("coordinate-pair", isCoordinatePair, "Not a latitude and longitude pair")
  .describe(
    "Latitude and longitude in decimal degrees with at least three decimals each (`59.9139,10.7522`, `geo:59.9139,10.7522`).",
  );
