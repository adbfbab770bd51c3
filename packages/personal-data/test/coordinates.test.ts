/**
 * Latitude and longitude pairs: the predicate on the forms apps and `geo:` URIs write, and on
 * near misses (coarse, out of range, lists, other separators).
 */
import { describe, expect, it } from "vitest";
import { coordinatePairSchema, isCoordinatePair } from "../src/index.js";

describe("isCoordinatePair", () => {
  it("asked for four decimals, takes a GPS fix and not a street-level pair", () => {
    expect(isCoordinatePair("59.9139,10.7522", 4)).toBe(true);
    expect(isCoordinatePair("geo:59.91395,10.75225", 4)).toBe(true);
    expect(isCoordinatePair("59.913,10.7522", 4)).toBe(false);
    expect(isCoordinatePair("59.9139,10.752", 4)).toBe(false);
  });
  it.each([
    "59.913868,10.752245",
    "59.9139, 10.7522",
    "-33.8688,151.2093",
    "+39.904,-116.407",
    "90.000,-180.000",
    "geo:59.9139,10.7522",
    "GEO:59.9139,10.7522,12",
    "geo:59.9139,10.7522;u=35",
  ])("accepts %s", (s) => {
    expect(isCoordinatePair(s)).toBe(true);
    expect(coordinatePairSchema.safeParse(s).success).toBe(true);
  });
  it.each([
    ["59.9,10.7", "one decimal: a town, not a street"],
    ["91.0000,10.7522", "latitude beyond 90"],
    ["59.9139,180.0001", "longitude beyond 180"],
    ["59.9139,10.7522,3.1415", "a list of three"],
    ["59.9139;10.7522", "a semicolon"],
    ["59.9139,  10.7522", "two spaces"],
    ["1234.5678,10.7522", "four integer digits"],
    ["geo:59.9139", "a geo: URI without longitude"],
    ["2.8.1", "a version"],
  ])("rejects %s (%s)", (s) => {
    expect(isCoordinatePair(s)).toBe(false);
    expect(coordinatePairSchema.safeParse(s).success).toBe(false);
  });
});
