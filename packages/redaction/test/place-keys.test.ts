/**
 * Coordinates under a key that names a place, and a pair in either order (session 17, red team
 * round 6, F1): `lng,lat` as AMap, Baidu and Tencent Maps write every point in China, two-number
 * arrays under `location`/`gps`/`pos`, the same array written into a string, tracks; and the near
 * misses next to each (a position in a list, a screen size, a scale, prices, fractions).
 * Session 18 (red team round 7, R5): altitudes, pairs as two strings, the keys a string pair was
 * read under (`origin`, `home`, `pin`...), other separators, and measures' keys that keep a pair.
 */
import { describe, expect, it } from "vitest";
import { MEASURE_NAME, namesPlace, placeNameKindOf } from "../src/place-keys.js";
import { bodyOf, findingsOf, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const PLACE = "[redacted:location.coordinates]";
const json = (value: unknown, recipient = "tencent") =>
  bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)));

describe("a pair in either order", () => {
  it.each([
    [{ location: "116.481488,39.990464" }, "AMap's own example, longitude first"],
    [{ loc: "121.473701,31.230416" }, "Shanghai under `loc`"],
    [{ note: "121.473701,31.230416" }, "a bare pair as a whole value, four decimals or more"],
    [{ gps: "116.481488,39.990464" }, "under `gps`"],
    [{ user_location: "31.230416,121.473701" }, "latitude first under a compound place key"],
  ])("removes %j (%s)", (value, _why) => {
    expect(json(value)).toBe("{}");
  });

  it("removes a longitude-first pair no label names in free text, and keeps the text around it", () => {
    expect(redactedMessage(r, "我在 116.481488,39.990464 附近", "tencent")).toBe(`我在 ${PLACE} 附近`);
    expect(redactedMessage(r, "meet me at the gate, 59.913868,10.752245 ok", "tencent")).toBe(
      `meet me at the gate, ${PLACE} ok`,
    );
  });

  it.each([
    "version 1.2,3.4",
    "price 116.48,39.99",
    "that 59.9139, 10.7522", // four decimals in a sentence without a label: scores as often
    "weights 12.34567,45.67891,1.23456", // a list of three
    "lab [ 75.56213190997677, 20.653827952644754, -2.290532499330533 ]", // its last two numbers too
    "rgb 1.234567 , 12.34567,45.67891",
    "ratio 0.12345,0.67891", // two fractions
    "between 91.00000,100.75220", // both beyond 90
  ])("keeps %s in free text", (text) => {
    expect(redactedMessage(r, text, "tencent")).toBe(text);
  });

  it.each([
    { price: "116.48,39.99" },
    { amount: "116.481,39.990" }, // three decimals: only a place's key or label makes it a pair
    { location: "0.512,0.433" }, // two fractions: a point on a screen
    { version: "1.2,3.4" },
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });
});

describe("a place's key holding an array, a bracketed pair or a track", () => {
  it.each([
    [{ location: [10.7522, 59.9139] }, "GeoJSON order"],
    [{ location: [121.473701, 31.230416] }, "a point in China"],
    [{ gps: [59.9139, 10.7522] }, "latitude first"],
    [{ pos: [10.7522, 59.9139] }, "under `pos`"],
    [{ position: [59.9139, 10.7522] }, "under `position`"],
    [{ point: [10.7522, 59.9139] }, "under `point`"],
    [{ center: [10.7522, 59.9139] }, "a map's centre"],
    [{ last_known: [59.9139, 10.7522] }, "Android's last known location"],
    [{ userLoc: [10.7522, 59.9139] }, "a compound key in camel case"],
    [{ location: "[10.7522,59.9139]" }, "a JSON array written into a string, as log values are"],
    [{ gps: "[59.9139, 10.7522]" }, "spaces in the brackets"],
    [{ path: "59.913868,10.752245;59.914,10.753" }, "a track"],
    [{ polyline: "116.481488,39.990464;116.482,39.991" }, "AMap's polyline"],
    [
      {
        track: [
          [10.7522, 59.9139],
          [10.753, 59.9142],
        ],
      },
      "an array of points",
    ],
    [{ trace: "[[116.48123,39.99123],[116.482,39.991]]" }, "an array of points in a string"],
    [
      {
        route: [
          [116.481488, 39.990464],
          [116.482, 39.991],
        ],
      },
      "a route's points",
    ],
  ])("removes %j (%s)", (value, _why) => {
    expect(json(value)).toBe("{}");
  });

  it("removes a bracketed pair or a track with four decimals in every pair as a whole value under any key", () => {
    expect(json({ note: "[10.7522,59.9139]" })).toBe("{}");
    // a profile item without its value goes whole
    const item = { Tag: "Tag_Profile_Custom_Geo", Value: "[121.4737, 31.2304]" };
    expect(json({ ProfileItem: [item, { Tag: "Tag_Profile_Custom_Level", Value: "12" }] })).toBe(
      '{"ProfileItem":[{"Tag":"Tag_Profile_Custom_Level","Value":"12"}]}',
    );
    expect(json({ note: "59.913868,10.752245;59.9140,10.7530" })).toBe("{}");
  });

  it.each([
    { note: "[10.752,59.913]" }, // three decimals: only a place's key makes it a pair
    { note: "59.9138,10.7522;59.914,10.753" }, // a pair of the track with three
    { note: "[12.3456,45.6789,1.2345]" },
    { note: "[0.1234,0.5678]" },
  ])("keeps %j under a key that names no place", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it("reads the strings of a place's array one by one, and keeps those that are no pair", () => {
    expect(json({ locations: ["116.481,39.990", "home", "121.474,31.230"] })).toBe('{"locations":["home"]}');
    expect(json({ positions: ["left", "1.5,2.0"] })).toBe('{"positions":["left","1.5,2.0"]}');
    expect(json({ tags: ["116.481,39.990"] })).toBe('{"tags":["116.481,39.990"]}');
  });

  it("reports the member as precise location and keeps its siblings", () => {
    const res = redactJsonBody(
      r,
      "facebook",
      JSON.stringify({ event: "share", gps: [59.9139, 10.7522], n: 2 }),
    );
    expect(bodyOf(res)).toBe('{"event":"share","n":2}');
    expect(findingsOf(res)).toContainEqual(["body:gps", "location.coordinates", "drop", "key"]);
  });

  it.each([
    { pos: 3 }, // a position in a list
    { position: "left" },
    { pos: [3, 7] },
    { dims: [1920, 1080] },
    { point: [1920, 1080] },
    { scale: [1.5, 2.0] },
    { center: [0.512, 0.433] }, // a fraction of a screen
    { range: [100.5, 20.25] },
    { location: [59.9, 10.7] }, // one decimal: a town, not a street
    { point: [10.7522, 59.9139, 3.25] }, // three numbers
    { sizes: [10.7522, 59.9139] }, // no place's key
    { track: "Bohemian Rhapsody" },
    { path: "/home/runner/59.9139,10.7522" },
    {
      route: [
        [1, 2],
        [3, 4],
      ],
    },
    { location: { x: 1, y: 2 } },
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it("reads a place's key in a query and a form body as in JSON", () => {
    const res = r.redact(
      transfer("tencent", {
        query: "location=%5B10.7522%2C59.9139%5D&page=2",
        body: { kind: "form", text: "loc=116.481488%2C39.990464&pos=3" },
      }),
    );
    expect(res.ok && res.transfer.query).toBe("page=2");
    expect(res.ok && res.transfer.body.kind === "form" && res.transfer.body.text).toBe("pos=3");
  });
});

describe("namesPlace", () => {
  it.each([
    "location",
    "user_location",
    "userLocation",
    "gps",
    "loc",
    "pos",
    "start_point",
    "track",
    "last_known",
    "定位",
  ])("%s names a place", (key) => {
    expect(namesPlace(key)).toBe(true);
  });
  it.each(["location_id", "gps_enabled", "position_count", "known", "last", "pos_x", "pointer", "price"])(
    "%s does not",
    (key) => {
      expect(namesPlace(key)).toBe(false);
    },
  );
});

describe("session 18: altitudes, string pairs, more place names, other separators (round 7, R5)", () => {
  it.each([
    [{ location: [116.481488, 39.990464, 35.2] }, "a GeoJSON position with its altitude"],
    [
      {
        track: [
          [116.481488, 39.990464, 35.2],
          [116.482, 39.991, 36],
        ],
      },
      "a GPX-style track with elevations",
    ],
    [{ geo: "[116.481488,39.990464,35.2]" }, "a position with altitude written into a string"],
    [{ location: "116.481488,39.990464,35.2" }, "the same without brackets"],
    [{ location: ["116.481488", "39.990464"] }, "a pair as two strings"],
    [{ waypoints: [["116.481488", "39.990464", "35"]] }, "a track of string triples"],
    [{ origin: [116.481488, 39.990464] }, "a route's origin"],
    [{ destination: [116.481488, 39.990464] }, "its destination"],
    [{ pickup: [116.481488, 39.990464] }, "a ride's pickup"],
    [{ home: [10.7522, 59.9139] }, "a home"],
    [{ where: [116.481488, 39.990464] }, "`where`"],
    [{ pin: [116.481488, 39.990464] }, "a dropped pin"],
    [{ last_seen: [116.481488, 39.990464] }, "where a user was last seen"],
    [{ origin: "116.481,39.990" }, "three decimals under a place's key now"],
    [{ location: "116.481488 39.990464" }, "white space, as WKT and GPS logs write a pair"],
    [{ location: "116.481488;39.990464" }, "`;`"],
    [{ location: "116.481488|39.990464" }, "`|`"],
    [{ location: "116.481488_39.990464" }, "`_`"],
    [
      { waypoints: "116.481488,39.990464|116.482,39.991" },
      "a track joined by `|`, as Google's waypoints are",
    ],
  ])("removes %j (%s)", (value, _why) => {
    expect(json(value)).toBe("{}");
  });

  it.each([
    { location: { x: 116.481488, y: 39.990464 } }, // a point on a screen looks the same: not read
    { position: [12.3456, 45.6789, 3.21] }, // a point in a 3D scene: `position` takes no altitude
    { pos: [116.481488, 39.990464, 35.2] },
    { center: [10.5, 20.25, 3] },
    { location: [10.7522, 59.9139, 3.1415, 2] }, // four numbers
    { position: "12.3456,45.6789,3.21" },
    { v: "116.481488,39.990464,35.2" },
    { track: [[1, 2, 3]] },
    { location: ["116.481", "home"] },
    { location: ["116.48", "39.99"] }, // two decimals
    { origin: "https://kago.example" },
    { origin: [1920, 1080] },
    { home: [0.5, 0.5] },
    { pin: "1234" },
    { pin: [1234, 5678] },
    { where: "status = 1" },
    { last_seen: "2024-01-15T10:00:00Z" },
    { from: [116.481488, 39.990464] }, // `from`, `to`, `start` name a range as often
    { start: [12.345, 45.678] },
    { location: "116.48 39.99" },
    { location: "1920 1080" },
    { location: "12.5;30.5" },
    { v: "116.481488 39.990464" }, // white space: a place's key only
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it.each([
    { size: "120.1234,30.5678" },
    { scale: "120.123456,30.123456" },
    { cpu: "12.3456,45.6789" },
    { fx: "7.1234,0.1404" },
    { offset: "12.3456,78.9012" },
    { scale: "1.2345,1.2345" },
    { zoom_level: "12.3456,45.6789" },
    { price_range: "116.4815,39.9905" },
    { ratio: "[12.3456,45.6789]" },
    { location_offset: "116.4815,39.9905" },
  ])("keeps %j: a measure's key says what its two numbers are", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it.each([
    { v: "120.1234,30.5678" }, // a neutral key: four decimals each go, as before
    { bounds: "116.4815,39.9905" }, // a map's bounds are coordinates
    { size: "geo:59.9139,10.7522" }, // `geo:` says a place whatever the key
    { offset_location: "116.4815,39.9905" }, // the last word names a place
  ])("removes %j", (value) => {
    expect(json(value)).toBe("{}");
  });

  it("reads measures and place names in SLS Contents, queries and forms as in JSON", () => {
    const contents = [
      { Key: "size", Value: "120.1234,30.5678" },
      { Key: "location", Value: "116.481488 39.990464" },
      { Key: "origin", Value: "[116.481488,39.990464,35.2]" },
    ];
    expect(json({ Contents: contents }, "aliyun")).toBe(
      '{"Contents":[{"Key":"size","Value":"120.1234,30.5678"}]}',
    );
    const res = r.redact(
      transfer("tencent", {
        query: "scale=120.123456%2C30.123456&v=120.1234%2C30.5678",
        body: {
          kind: "form",
          text: "location=116.481488%2039.990464&size=120.1234,30.5678&origin=116.481,39.990",
        },
      }),
    );
    expect(res.ok && res.transfer.query).toBe("scale=120.123456%2C30.123456");
    expect(res.ok && res.transfer.body.kind === "form" && res.transfer.body.text).toBe(
      "size=120.1234,30.5678",
    );
  });

  it("keeps an unlabelled pair in prose to its five decimals", () => {
    expect(redactedMessage(r, "size 120.1234,30.5678 px", "tencent")).toBe("size 120.1234,30.5678 px");
    expect(redactedMessage(r, "116.481488 39.990464", "tencent")).toBe("116.481488 39.990464");
  });

  it.each(["size", "image_scale", "cpuLoad", "fx", "zoom", "price_range"])("%s names a measure", (key) => {
    expect(placeNameKindOf(key) & MEASURE_NAME).not.toBe(0);
  });
  it.each(["scale_location", "bounds", "pos", "version"])("%s does not", (key) => {
    expect(placeNameKindOf(key) & MEASURE_NAME).toBe(0);
  });
});
