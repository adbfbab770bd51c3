/**
 * Latitude and longitude pairs: the predicate on the forms apps and `geo:` URIs write, and on
 * near misses (coarse, out of range, lists, other separators).
 */
import { describe, expect, it } from "vitest";
import {
  coordinatePairSchema,
  isCoordinateList,
  isCoordinatePair,
  isSeparatedCoordinatePair,
} from "../src/index.js";

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
    // session 17: the longitude first, as AMap, Baidu and Tencent Maps write every point in China
    "116.481488,39.990464",
    "121.473701, 31.230416",
    "-122.4194,37.7749",
    "0.1278,51.5074", // a fraction and a place: London, longitude first
  ])("accepts %s", (s) => {
    expect(isCoordinatePair(s)).toBe(true);
    expect(coordinatePairSchema.safeParse(s).success).toBe(true);
  });
  it.each([
    ["59.9,10.7", "one decimal: a town, not a street"],
    ["91.0000,100.7522", "both beyond 90: no order is a place"],
    ["0.5120,0.4330", "two fractions: a point on a screen"],
    ["-0.9999,0.1234", "two fractions below 1"],
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

describe("isCoordinateList (session 17)", () => {
  it.each([
    "[10.7522,59.9139]",
    "[ 121.473701, 31.230416 ]",
    "59.913868,10.752245;59.914,10.753",
    "116.481488,39.990464;116.482,39.991;",
    "[[116.48123,39.99123],[116.482,39.991]]",
    "[[10.7522, 59.9139], [10.753, 59.9142]]",
  ])("accepts %s", (s) => {
    expect(isCoordinateList(s)).toBe(true);
  });
  it.each([
    ["59.9139,10.7522", "one pair without brackets: isCoordinatePair's"],
    ["[1920,1080]", "a screen size"],
    ["[1.5,2.0]", "a scale"],
    ["[100.5,20.25]", "two decimals"],
    ["[0.512,0.433]", "two fractions"],
    ["[10.7522,59.9139,3.1415]", "three numbers"],
    ["59.913868,10.752245;1.2,3.4", "a pair of the track is none"],
    ["[[10.7522,59.9139],[1,2]]", "a pair of the array is none"],
    ["1.2.3;4.5.6", "versions"],
    ["[[10.7522,59.9139]", "unbalanced"],
  ])("rejects %s (%s)", (s) => {
    expect(isCoordinateList(s)).toBe(false);
  });
  it("asked for four decimals, wants them in every pair", () => {
    expect(isCoordinateList("[10.7522,59.9139]", 4)).toBe(true);
    expect(isCoordinateList("59.913868,10.752245;59.9140,10.7530", 4)).toBe(true);
    expect(isCoordinateList("[10.752,59.9139]", 4)).toBe(false);
    expect(isCoordinateList("59.913868,10.752245;59.914,10.753", 4)).toBe(false);
  });
});

describe("session 18: altitudes, `|` tracks, other separators (red team round 7, R5)", () => {
  it("reads a third number after each pair only when the caller allows an altitude", () => {
    expect(isCoordinateList("[116.481488,39.990464,35.2]", 3, true)).toBe(true);
    expect(isCoordinateList("[[116.481488,39.990464,35.2],[116.482,39.991,36]]", 3, true)).toBe(true);
    expect(isCoordinateList("[116.481488,39.990464,35.2]")).toBe(false);
    expect(isCoordinateList("116.481488,39.990464,35.2", 3, true)).toBe(true);
    expect(isCoordinateList("116.481488,39.990464,35.2")).toBe(false);
    expect(isCoordinateList("116.481488", 3, true)).toBe(false);
    expect(isCoordinateList("[116.481488,39.990464,35.2,7]", 3, true)).toBe(false);
    expect(isCoordinateList("[1.5,2.5,35.2]", 3, true)).toBe(false);
  });
  it("reads a track joined by `|`", () => {
    expect(isCoordinateList("116.481488,39.990464|116.482,39.991")).toBe(true);
    expect(isCoordinateList("116.481488,39.990464|1.5,2.5")).toBe(false);
  });
  it.each([
    "116.481488 39.990464",
    "116.481488;39.990464",
    "116.481488 | 39.990464",
    "59.9139/10.7522",
    "59.9139_10.7522",
  ])("isSeparatedCoordinatePair accepts %s", (s) => {
    expect(isSeparatedCoordinatePair(s)).toBe(true);
  });
  it.each([
    "116.48 39.99",
    "1920 1080",
    "0.512 0.433",
    "116.481488  39.990464 12",
    "200.1234 100.1234",
    "116.481488,39.990464",
  ])("isSeparatedCoordinatePair rejects %s", (s) => {
    expect(isSeparatedCoordinatePair(s)).toBe(false);
  });
});
