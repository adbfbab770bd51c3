import {
  addressingId,
  compileFieldMap,
  EMPTY_FIELD_MAP,
  formString,
  freeText,
  jsonString,
  operational,
  personal,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("compileFieldMap", () => {
  it("writes arrays, positions, records, JSON and form strings as path templates", () => {
    const schema = z.object({
      data: z.array(z.object({ em: personal(z.string(), "contact.email").optional() })),
      ext: z.tuple([operational(z.string()), personal(z.string(), "device.attribute.model")]),
      tags: z.record(z.string(), personal(z.string(), "log.operation")),
      blob: jsonString(z.object({ ip: personal(z.string(), "network.ip_address") })).describe(
        "kept after describe",
      ),
      sub: formString(
        z.object({ data: jsonString(z.array(z.object({ ph: personal(z.string(), "contact.phone") }))) }),
      ),
      "odd.key": personal(z.string(), "cookie"),
      note: freeText(z.string()).describe("a note"),
    });
    const plan = compileFieldMap(schema);
    expect(plan.fieldCategories).toEqual([
      { path: "data[].em", category: "contact.email" },
      { path: "ext[1]", category: "device.attribute.model" },
      { path: "tags.*", category: "log.operation" },
      { path: "blob#json.ip", category: "network.ip_address" },
      { path: "sub#form.data#json[].ph", category: "contact.phone" },
      { path: '["odd.key"]', category: "cookie" },
    ]);
    expect(plan.operationalFields).toEqual([{ path: "ext[0]" }]);
    expect(plan.freeTextFields).toEqual([{ path: "note" }]);
    expect(plan.encodedFields).toEqual([
      { path: "blob", encoding: "json" },
      { path: "sub", encoding: "form" },
      { path: "sub#form.data", encoding: "json" },
    ]);
  });

  it("conditions the fields of a discriminated union's members on the discriminator", () => {
    const element = z.discriminatedUnion("type", [
      z.object({ type: operational(z.literal("loc")), desc: personal(z.string(), "contact.address") }),
      z.object({ type: operational(z.literal("text")), desc: freeText(z.string()) }),
    ]);
    const plan = compileFieldMap(z.object({ body: z.array(element) }));
    expect(plan.fieldCategories).toEqual([
      { path: "body[].desc", category: "contact.address", when: { path: "body[].type", equals: "loc" } },
    ]);
    expect(plan.operationalFields).toEqual([{ path: "body[].type" }]);
    expect(plan.freeTextFields).toEqual([
      { path: "body[].desc", when: { path: "body[].type", equals: "text" } },
    ]);
  });

  it("lists an addressing id as operational and as an addressing id, optional and described after tagging too (session 18)", () => {
    const plan = compileFieldMap(
      z.object({
        RoomId: addressingId(z.string()).describe("the room"),
        TopicId: addressingId(z.string()).optional(),
        AppId: operational(z.string()),
      }),
    );
    expect(plan.operationalFields).toEqual([{ path: "RoomId" }, { path: "TopicId" }, { path: "AppId" }]);
    expect(plan.addressingIdFields).toEqual([{ path: "RoomId" }, { path: "TopicId" }]);
    expect(EMPTY_FIELD_MAP.addressingIdFields).toEqual([]);
  });

  it("gives the empty field map for no schema, and the form codec decodes and validates", () => {
    expect(compileFieldMap(undefined)).toBe(EMPTY_FIELD_MAP);
    const form = formString(z.object({ a: z.string() }));
    expect(form.parse("a=1%202&b=x")).toEqual({ a: "1 2" }); // z.object strips unknown keys
    expect(form.safeParse("b=x").success).toBe(false);
  });
});
