/**
 * A recipient's addressing keys (session 19, `addressing-keys.ts`; a red team's round 8, R7):
 * every Tencent IM call's `GroupId`/`TopicId` and every Zego call's `RoomId`/`StreamId` are
 * addressing ids, catalogued or not.
 */
import {
  compileFieldMap,
  createVendorCatalog,
  EMPTY_FIELD_MAP,
  freeText,
  personal,
  unknownEndpointFields,
  VENDOR_CATALOG,
  type VendorRecipient,
  withAddressingKeys,
  ZEGO,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const paths = (marks: readonly { path: string }[]): string[] => marks.map((m) => m.path);

describe("addressing keys", () => {
  it("mark every tencent and zego endpoint, where the schema says nothing else of the path", () => {
    for (const endpoint of VENDOR_CATALOG.endpoints.values()) {
      const body = paths(endpoint.bodyFields.addressingIdFields);
      const query = paths(endpoint.queryFields.addressingIdFields);
      if (endpoint.recipient === "tencent") {
        expect(body, endpoint.id).toEqual(
          expect.arrayContaining(["GroupId", "GroupIdList[]", "TopicId", "TopicIdList[]"]),
        );
        expect(query, endpoint.id).toContain("identifier");
      } else if (endpoint.recipient === "zego") {
        expect(query, endpoint.id).toEqual(
          expect.arrayContaining(["RoomId", '["RoomId[]"]', "StreamId", '["StreamId[]"]']),
        );
        expect(body, endpoint.id).toEqual(expect.arrayContaining(["RoomId", "StreamId", "GroupId"]));
      } else if (endpoint.id === "facebook.graph.batch") {
        // session 20: a batch operation's name is a schema's addressing id, not a recipient key
        expect(body, endpoint.id).toEqual(["batch[].name", "batch#json[].name"]);
        expect(query, endpoint.id).toEqual(["batch[].name", "batch#json[].name"]);
      } else expect([...body, ...query], endpoint.id).toEqual([]);
      // an addressing id is operational too
      for (const p of body) expect(paths(endpoint.bodyFields.operationalFields), endpoint.id).toContain(p);
    }
    // the StreamId of the catalogued KickoutUser is one (it was read by the generic rules)
    expect(
      paths(VENDOR_CATALOG.endpoints.get("zego.rtc.KickoutUser")?.queryFields.addressingIdFields ?? []),
    ).toContain("StreamId");
  });

  it("give a call the catalog does not know its recipient's addressing ids alone", () => {
    const tencent = VENDOR_CATALOG.unknownEndpoints.get("tencent");
    expect(paths(tencent?.bodyFields.addressingIdFields ?? [])).toEqual([
      "GroupId",
      "GroupIdList[]",
      "TopicId",
      "TopicIdList[]",
    ]);
    expect(paths(tencent?.queryFields.addressingIdFields ?? [])).toEqual(["identifier"]);
    expect(tencent?.bodyFields.fieldCategories).toEqual([]);
    const zego = VENDOR_CATALOG.unknownEndpoints.get("zego");
    expect(paths(zego?.queryFields.addressingIdFields ?? [])).toEqual([
      "RoomId",
      '["RoomId[]"]',
      "StreamId",
      '["StreamId[]"]',
    ]);
    // facebook's has no addressing ids, but its positional members (session 20, positional-members.test.ts)
    expect(VENDOR_CATALOG.unknownEndpoints.get("facebook")?.bodyFields.addressingIdFields).toEqual([]);
    const aliyun = VENDOR_CATALOG.unknownEndpoints.get("aliyun");
    expect(aliyun?.bodyFields).toEqual(EMPTY_FIELD_MAP);
    expect(aliyun?.queryFields).toEqual(EMPTY_FIELD_MAP);
    expect(unknownEndpointFields(undefined).bodyFields).toEqual(EMPTY_FIELD_MAP);
  });

  it("leave a path the schema tags as the schema says", () => {
    const map = compileFieldMap(
      z.looseObject({
        RoomId: personal(z.string(), "account.id"),
        StreamId: freeText(z.string()),
      }),
    );
    const out = withAddressingKeys(map, ["RoomId", "StreamId", "GroupId"]);
    expect(paths(out.addressingIdFields)).toEqual(["GroupId"]);
    expect(out.fieldCategories).toEqual(map.fieldCategories);
    expect(withAddressingKeys(map, [])).toBe(map);
  });

  it("a recipient without them compiles as before", () => {
    const { addressingKeys: _, ...plain } = ZEGO;
    const catalog = createVendorCatalog([plain as VendorRecipient]);
    const kick = catalog.endpoints.get("zego.rtc.KickoutUser");
    expect(paths(kick?.queryFields.addressingIdFields ?? [])).toEqual(["RoomId"]);
    expect(catalog.unknownEndpoints.get("zego")?.queryFields).toEqual(EMPTY_FIELD_MAP);
  });
});
