/**
 * Coordinates written with their own marks in prose (session 17, red team round 6, F1): WKT
 * points, hemisphere letters, degrees-minutes-seconds and decimal minutes; and the near misses
 * (a point to the minute, temperatures, angles, `Point(1.5 2.5)`, lower-case letters).
 * Session 18 (red team round 7, R5): either order, hemispheres before or after the numbers.
 */
import { describe, expect, it } from "vitest";
import { findWrittenCoordinates } from "../src/written-coordinates.js";
import { redactedMessage, redactorWith } from "./helpers.js";

const r = redactorWith();
const PLACE = "[redacted:location.coordinates]";
const said = (text: string) => redactedMessage(r, text, "facebook");

describe("coordinates with their own marks", () => {
  it.each([
    ["POINT(10.7522 59.9139)", `POINT(${PLACE})`],
    ["SRID=4326;POINT(116.481488 39.990464)", `SRID=4326;POINT(${PLACE})`],
    ["geom POINT Z (10.7522 59.9139 12)", `geom POINT Z (${PLACE} 12)`],
    ["at 59.9139N 10.7522E today", `at ${PLACE} today`],
    ["位置 31.2304°N 121.4737°E", `位置 ${PLACE}`],
    ["33.8688° S, 151.2093° E", PLACE],
    ["N 59.9139 E 10.7522", PLACE],
    [`pin 59°54'50.0"N 10°45'08.0"E`, `pin ${PLACE}`],
    ["cache N 59° 54.833 E 010° 45.133 found", `cache ${PLACE} found`],
    ["59°54.833'N 10°45.133'E", PLACE],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
  });

  it.each([
    "59°54'N 10°45'E", // to the minute: about 2 km, a town
    "59.9N 10.7E", // one decimal
    "it is 25°C at 12:30",
    "angle 45° 30.5",
    "rotate 45° 30' 15\"", // an angle: no hemisphere
    "Point(1.5 2.5)",
    "POINT(1234.5678 59.9139)",
    "took 1.234 s and 5.678 ms",
    "59.9139n 10.7522e", // hemispheres are capitals
    "95.1234N 10.7522E", // latitude beyond 90
    "59°64.833'N 10°45.133'E", // minutes beyond 60
    "N 59.9139 S 10.7522", // two latitudes
  ])("keeps %s", (text) => {
    expect(said(text)).toBe(text);
  });

  it("finds nothing in text without the marks", () => {
    expect(findWrittenCoordinates("59.9139, 10.7522 and 45° angles")).toBeNull();
  });
});

describe("session 18: either order, hemispheres before or after (round 7, R5)", () => {
  it.each([
    ["E116.481488,N39.990464", PLACE],
    ["meet at E116.481488, N39.990464 now", `meet at ${PLACE} now`],
    ["at 116.4815E 39.9905N", `at ${PLACE}`],
    ["I am at N39°59′25.7″ E116°28′53.4″ now", `I am at ${PLACE} now`],
    [`I am at 116°28'53.4"E 39°59'25.7"N now`, `I am at ${PLACE} now`],
    ["at E 116° 28.890 N 39° 59.428", `at ${PLACE}`],
    ["116°28.890'E 39°59.428'N", PLACE],
  ])("%s", (text, expected) => {
    expect(said(text)).toBe(expected);
  });

  it.each([
    "1.234 E 5.678 E", // two longitudes
    "E10.7522 W59.9139",
    `45°30'10"E 10°20'30"E`,
    `N39°59′25.7″ S16°28′53.4″`,
    "E116.5,N39.9", // one decimal
    "E116.481488,N99.990464", // latitude beyond 90
    "W190.1234 N39.9905", // longitude beyond 180
    "116.481488e 39.990464n", // lower case
  ])("keeps %s", (text) => {
    expect(said(text)).toBe(text);
  });
});
