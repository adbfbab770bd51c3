/**
 * A place written as a code or as whole micro-degrees (session 18, a red team's round 6, F1's
 * rest): geohashes, `lat_e6`/`latitudeE7`, plus codes (under a place's key and in prose) and Google
 * encoded polylines; the near misses next to each (a town's geohash, a word or a hex id in a
 * geohash's alphabet, a padded plus code, a sum, a word under `polyline`, a screen's `x`/`y`).
 */
import { describe, expect, it } from "vitest";
import { isEncodedPolyline, isGeohash, isPlusCode } from "../src/place-codes.js";
import { findWrittenCoordinates } from "../src/written-coordinates.js";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const PLACE = "[redacted:location.coordinates]";
const json = (value: unknown, recipient = "tencent") =>
  bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)));
const query = (q: string, recipient = "aliyun") => {
  const res = r.redact(transfer(recipient, { query: q }));
  if (!res.ok) throw new Error(res.error.code);
  return res.transfer.query;
};
/** Google's documented example: (38.5, -120.2), (40.7, -120.95), (43.252, -126.453). */
const POLYLINE = "_p~iF~ps|U_ulLnnqC_mqNvxq`@";

describe("a geohash", () => {
  it.each([
    [{ geohash: "u4xsudvy" }, "eight characters, 19 m"],
    [{ geohash: "u4xsud" }, "six characters, 1.2 km by 0.6 km"],
    [{ geo_hash: "wx4g0ec1" }, "two words"],
    [{ geoHash: "WX4G0EC1" }, "camel case, upper-case code"],
    [{ user_geohash: "bcdefg" }, "a prefixed name: any geohash, letters only too"],
    [{ location: { gh: "u4xsudvy" } }, "`gh` in a place's object"],
    [{ location: "u4xsudvy" }, "Elasticsearch's geo_point as a string"],
    [{ pos: "wx4g0ec1" }, "under a point's name"],
    [{ geohashes: ["u4xsudvy", "bcdefg"] }, "each item of a geohash's array"],
    [{ locations: ["wx4g0ec1", "home"] }, "an item of a point's array"],
  ])("removes %j (%s)", (value, _why) => {
    expect(json(value)).not.toMatch(/u4xsud|wx4g0ec1|bcdefg/i);
  });

  it("reads one in a query pair", () => {
    expect(query("geohash=u4xsudvy&location=wx4g0ec1&geo_hash=bcdefg&v=1")).toBe("v=1");
  });

  it.each([
    { geohash: "u4xsu" }, // five characters: 4.9 km square, a town
    { geohash: "u4xsudvyu4xsu" }, // thirteen: longer than any geohash
    { gh: "u4xsudvy" }, // `gh` alone is GitHub as often
    { repo: { gh: "user123" } },
    { location: "center" }, // a word in the alphabet, no digit
    { pos: "123456" }, // a number
    { location: "3f9c2e" }, // hexadecimal: a colour or a short hash
    { track: "t4k9m2x7" }, // a line's name holds an id as often
    { location: "frontend" },
    { locations: ["home", "center", "u4xsu"] },
    { tracks: ["t4k9m2x7"] },
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it("keeps the same near misses in a query", () => {
    expect(query("geohash=u4xsu&gh=u4xsudvy&location=center")).toBe(
      "geohash=u4xsu&gh=u4xsudvy&location=center",
    );
  });

  it("needs a digit, a letter and more than hex digits only where the name does not say geohash", () => {
    expect(isGeohash("center", true)).toBe(true);
    expect(isGeohash("center", false)).toBe(false);
    expect(isGeohash("u4xsud", false)).toBe(true);
    expect(isGeohash("u4xsu", true)).toBe(false);
    expect(isGeohash("u4xsua", true)).toBe(false); // `a` is not in the alphabet
  });
});

describe("micro-degrees", () => {
  it.each([
    { lat_e6: 59913868, lng_e6: 10752245 },
    { latE6: "59913868", lngE6: "10752245" },
    { latitude_e6: 59913868, longitude_e6: 10752245 },
    { lat_e7: 599138680, lon_e7: 107522450 },
    { latitudeE7: 599138680, longitudeE7: 107522450 }, // Google's location history
    { user_lat_e6: 59913868 },
    { place: { latitudeE7: "599138680" } },
  ])("removes %j", (value) => {
    expect(json(value)).not.toMatch(/5991386|1075224/);
  });

  it("reads them in a query pair", () => {
    expect(query("lat_e6=59913868&lngE6=10752245&v=1")).toBe("v=1");
  });

  it.each([{ e6: 59913868 }, { rate_e6: 59913868 }, { lat_e6_count: 3 }, { plate_e6: "59913868" }])(
    "keeps %j",
    (value) => {
      expect(json(value)).toBe(JSON.stringify(value));
    },
  );
});

describe("a plus code", () => {
  it.each([
    { location: "8FVC9G8F+6X" },
    { loc: "8FVC9G8F+6XR" }, // eleven digits, 3 m
    { location: "8FVC9G8F+" }, // eight digits, 275 m
    { location: "9G8F+6X Oslo" }, // a short code and its town
    { plus_code: "8FVC9G8F+6X" },
    { gps: "C2FG+2V" },
  ])("removes %j", (value) => {
    expect(json(value)).toBe("{}");
  });

  it("removes a full code in prose and keeps the text around it", () => {
    expect(redactedMessage(r, "meet at 8FVC9G8F+6X by the gate", "tencent")).toBe(
      `meet at ${PLACE} by the gate`,
    );
    expect(json({ plus_code: { global_code: "849VCWC8+R9" } })).toBe(
      `{"plus_code":{"global_code":"${PLACE}"}}`,
    );
    // the Places API's short code and its town
    expect(json({ plus_code: { compound_code: "CWC8+R9 Mountain View, CA, USA" } })).toBe(`{"plus_code":{}}`);
  });

  it("removes a short code before its town in prose (session 19, round 7's open F1)", () => {
    expect(redactedMessage(r, "8Q7X+FQ Beijing", "tencent")).toBe(`${PLACE} Beijing`);
    expect(redactedMessage(r, "we are at CWC8+R9 Mountain View, California", "tencent")).toBe(
      `we are at ${PLACE} Mountain View, California`,
    );
    expect(redactedMessage(r, "8Q7X+FQ 北京市东城区", "tencent")).toBe(`${PLACE} 北京市东城区`);
    expect(redactedMessage(r, "meet at 9G8F+6XR, Oslo", "tencent")).toBe(`meet at ${PLACE}, Oslo`);
    expect(json({ note: "9G8F+6X Oslo" })).toBe(`{"note":"${PLACE} Oslo"}`);
  });

  it("reads one in a query pair", () => {
    expect(query("location=8FVC9G8F%2B6X&v=1")).toBe("v=1");
  });

  it.each([
    "build 8FVC0000+ region", // padded: a region of a degree
    "2345+67 = 2412", // a sum
    "C++ and C#",
    "aGVsbG8FVC9G8F+6Xd29ybGQ=", // inside base64 text
    "token aGVsbG8FVC9G8F+6X", // at the end of base64 text
    "8FVC9G8F+ and more", // eight characters and a plus, in prose
    "CWC8+R9", // a short code with no town after it (session 19)
    "CWC8+R9 and then", // nor a capitalised word
    "cwc8+r9 Mountain View", // lower case
    "2345+67 Oslo", // a sum, before a capital
    "CFGH+JM Oslo", // no digit
    "C++ Builder",
    "A+B Testing",
    "X9+ Pro",
    "GPT4+ Pro",
    "F2P2+ Games",
    "v2.3+ Linux",
    ":+1: Nice",
    "aGVsbG8+CWC8+R9 Oslo", // inside base64 text
    "8fvc9g8f+6x", // lower case: Google writes capitals
    "VVVVVVVV+VV", // a longitude digit in the latitude's place
  ])("keeps %s in prose", (text) => {
    expect(redactedMessage(r, text, "tencent")).toBe(text);
  });

  it.each([
    { location: "2345+67" },
    { location: "8FVC0000+" },
    { compound_code: "ABC-123" }, // a code of another kind
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it("reads two digits after the `+` in prose, whatever the search in front lets through", () => {
    expect(findWrittenCoordinates("8FVC9G8F+ and more")).toBeNull();
    expect(findWrittenCoordinates("at 8FVC9G8F+6X")).toEqual([[3, 14, "location.coordinates"]]);
  });

  it("tells a short code from a sum", () => {
    expect(isPlusCode("9G8F+6X")).toBe(true);
    expect(isPlusCode("2345+67")).toBe(false);
    expect(isPlusCode("CFGH+JM")).toBe(false);
  });
});

describe("an encoded polyline", () => {
  it.each([
    { polyline: POLYLINE },
    { overview_polyline: { points: POLYLINE } }, // the Directions API
    { routes: [{ legs: [{ steps: [{ polyline: { points: POLYLINE } }] }] }] },
    { route: { polyline: { encodedPolyline: POLYLINE } } }, // the Routes API
    { track_polyline: POLYLINE },
    { polyline: "_p~iF~ps|U" }, // one point, letters and marks alone
    { overview_polyline: { points: "_p~iF~ps|U" } },
  ])("removes %j", (value) => {
    expect(json(value)).not.toContain("_p~iF");
  });

  it("reads one in a query pair", () => {
    expect(query(`polyline=${encodeURIComponent(POLYLINE)}&v=1`)).toBe("v=1");
    expect(query(`polyline=${encodeURIComponent("_p~iF~ps|U")}&v=1`)).toBe("v=1");
  });

  it.each([
    { points: POLYLINE }, // `points` alone is a score as often
    { score: { points: POLYLINE } },
    { polyline: "none" },
    { polyline: "OK" }, // two chunks that end: a point near 0°, and a status
    { polyline: "NONE" },
    { polyline: "Rocket" },
    { polyline: "iPhone" },
    { note: POLYLINE },
    { pos: { x: 59.9139, y: 10.7522 } }, // a point on a screen
  ])("keeps %j", (value) => {
    expect(json(value)).toBe(JSON.stringify(value));
  });

  it("reads the format's chunks and ranges", () => {
    expect(isEncodedPolyline(POLYLINE)).toBe(true);
    expect(isEncodedPolyline("_p~iF~ps|U")).toBe(true); // one point
    expect(isEncodedPolyline("_p~iF~ps|U_ulL")).toBe(false); // a latitude without its longitude
    expect(isEncodedPolyline("_p~iF~ps|")).toBe(false); // a chunk that continues
    expect(isEncodedPolyline("~~~~~~~?~~~~~~~?")).toBe(false); // a number longer than any in range
    expect(isEncodedPolyline("~~~~~~??")).toBe(false); // beyond 90°
    expect(isEncodedPolyline(`${"~".repeat(400)}??`)).toBe(false); // past Number's range
    expect(isEncodedPolyline("_p~iF~ps|U_ul")).toBe(false); // a number that does not end
    expect(isEncodedPolyline("_p~iF ~ps|U")).toBe(false); // a space is no chunk
    expect(isEncodedPolyline("_p~iF~ps|U .")).toBe(false);
  });
});

describe("a Key/Value pair naming a place (SLS PutLogs Contents)", () => {
  const contents = (pairs: ReadonlyArray<readonly [string, string]>) => ({
    Contents: pairs.map(([Key, Value]) => ({ Key, Value })),
  });

  it("reads the value as under that key in an object", () => {
    expect(
      JSON.parse(
        json(
          contents([
            ["geohash", "u4xsudvy"],
            ["location", "wx4g0ec1"],
            ["polyline", "_p~iF~ps|U"],
            ["location", "9G8F+6X Oslo"],
            ["v", "1"],
          ]),
          "aliyun",
        ),
      ),
    ).toEqual(contents([["v", "1"]]));
  });

  it("keeps the near misses, and does not carry a place from one pair to the next", () => {
    const sent = contents([
      ["geohash", "u4xsu"],
      ["location", "center"],
      ["gh", "u4xsudvy"],
      ["points", "_p~iF~ps|U"],
      ["geohash", "u4xsudvy"],
      ["note", "wx4g0ec1"],
      ["geohash", "u4xsudvy"],
      ["app_version", "wx4g0ec1"], // a key the key table knows, which aliyun receives
    ]);
    const out = JSON.parse(json(sent, "aliyun")) as { Contents: unknown[] };
    const c = sent.Contents;
    expect(out.Contents).toEqual([...c.slice(0, 4), c[5], c[7]]);
  });
});

describe("a place's code after its name in text (session 19, a red team's round 8, R5)", () => {
  it.each([
    [
      "https://api.kago.example/nearby?geohash=wx4g0bm9x&r=500",
      `https://api.kago.example/nearby?geohash=${PLACE}&r=500`,
    ],
    ["GET /nearby?geohash=wx4g0bm9x 200 37ms", `GET /nearby?geohash=${PLACE} 200 37ms`],
    ["geohash: wx4g0bm9x", `geohash: ${PLACE}`],
    ["cache miss loc=wx4g0bm9x", `cache miss loc=${PLACE}`],
    ['{"geo_hash":"wx4g0bm9x"} in body', `{"geo_hash":"${PLACE}"} in body`],
    ["plus_code=8FVC9G8F+6X", `plus_code=${PLACE}`],
    [`route polyline=${POLYLINE} eta=12`, `route polyline=${PLACE} eta=12`],
    ["nearby(geohash=wx4g0bm9x, r=500)", `nearby(geohash=${PLACE}, r=500)`],
    ["Query{loc=wx4g0bm9x}", `Query{loc=${PLACE}}`],
    ["latE7=599139000 lngE7=107522000", `latE7=${PLACE} lngE7=${PLACE}`],
    ["lat_e7=599139000&lng_e7=107522000", `lat_e7=${PLACE}&lng_e7=${PLACE}`],
  ])("removes the code in %j", (text, after) => {
    expect(redactedMessage(r, text)).toBe(after);
  });

  it.each([
    "hash=wx4g0bm9x", // not a place's name
    "commit=wx4g0bm9x",
    "geohash=wx4g0 precision=5", // five characters: a town
    "loc=center", // a word in the alphabet
    "pos=3",
    "track=3f9c2e1d", // a line's name holds an id as often
    "path=abcdef12",
    "polyline=none",
    "code=8FVC9G8F+6X", // `code` alone says no place
    "lat_e7=12345", // five digits: no ten-millionths of a degree
    "count_e7=599139000", // no coordinate's key
  ])("keeps %j", (text) => {
    expect(redactedMessage(r, text)).toBe(text);
  });
});
