import {
  collectFieldTags,
  emailSchema,
  jsonString,
  operational,
  personal,
  sha256HexSchema,
  tagOf,
} from "@kago/personal-data";
import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("personal / operational", () => {
  it("tags a clone, leaving the shared schema untagged", () => {
    const tagged = personal(emailSchema, "contact.email");
    expect(tagOf(tagged)).toEqual({ kind: "personal", category: "contact.email" });
    expect(tagOf(emailSchema)).toBeUndefined();
    expect(tagged.parse("user@example.com")).toBe("user@example.com");
    expect(tagged.safeParse("nope").success).toBe(false);
  });

  it("keeps the tag and the description through describe, meta and refine", () => {
    const tagged = personal(z.string().describe("E-mail"), "contact.email");
    expect(tagged.description).toBe("E-mail");
    expect(tagOf(tagged.describe("Hashed e-mail"))).toEqual({ kind: "personal", category: "contact.email" });
    expect(tagOf(tagged.refine((s) => s.length > 0))).toEqual({
      kind: "personal",
      category: "contact.email",
    });
  });

  it("lets a later tag win on a clone", () => {
    const op = operational(personal(z.string(), "account.id"));
    expect(tagOf(op)).toEqual({ kind: "operational" });
  });

  it("refuses an unknown category from untyped callers", () => {
    expect(() => personal(z.string(), "contact.fax" as never)).toThrow(TypeError);
  });

  it("shows the category in generated JSON Schema", () => {
    const json = z.toJSONSchema(z.object({ em: personal(z.string(), "contact.email") })) as unknown as {
      properties: { em: Record<string, unknown> };
    };
    expect(json.properties.em["x-personal-data"]).toBe("contact.email");
  });
});

describe("jsonString", () => {
  const schema = jsonString(z.object({ network: z.string() }));
  it("decodes, validates and encodes JSON inside a string", () => {
    expect(schema.parse('{"network":"wifi"}')).toEqual({ network: "wifi" });
    expect(z.encode(schema, { network: "4g" })).toBe('{"network":"4g"}');
    expect(schema.safeParse('{"network":1}').success).toBe(false);
  });
  it("reports bad JSON without repeating the input", () => {
    const result = schema.safeParse("{secret@example.com");
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain("secret@example.com");
    expect(result.error?.message).not.toContain("secret@example.com");
  });
});

describe("collectFieldTags", () => {
  it("walks nested objects, arrays, records, wrappers, JSON strings and quotes odd keys", () => {
    const schema = z.object({
      data: z.array(
        z.object({
          event_name: operational(z.string()),
          user_data: z
            .object({
              em: z.array(personal(sha256HexSchema, "contact.email")).optional(),
              ph: personal(z.string(), "contact.phone").nullable().default(null),
              client_ip_address: personal(z.string(), "network.ip_address").readonly(),
            })
            .partial(),
          custom_data: z.record(z.string(), personal(z.string(), "log.operation")),
        }),
      ),
      CloudCustomData: jsonString(z.object({ network: personal(z.string(), "network.status") })).optional(),
      "x.weird": personal(z.string(), "cookie"),
      untagged: z.string(),
    });
    expect(collectFieldTags(schema)).toEqual([
      { path: "data[].event_name", operational: true },
      { path: "data[].user_data.em[]", category: "contact.email" },
      { path: "data[].user_data.ph", category: "contact.phone" },
      { path: "data[].user_data.client_ip_address", category: "network.ip_address" },
      { path: "data[].custom_data.*", category: "log.operation" },
      { path: "CloudCustomData#json.network", category: "network.status" },
      { path: '["x.weird"]', category: "cookie" },
    ]);
  });

  it("reports a tagged container and the tags inside it", () => {
    const schema = z.object({
      device: personal(z.object({ imei: personal(z.string(), "device.identifier.imei") }), "device"),
    });
    expect(collectFieldTags(schema)).toEqual([
      { path: "device", category: "device" },
      { path: "device.imei", category: "device.identifier.imei" },
    ]);
  });

  it("walks unions, discriminated unions, intersections, tuples, pipes and catch-alls", () => {
    const schema = z.object({
      body: z.discriminatedUnion("MsgType", [
        z.object({ MsgType: z.literal("TIMTextElem"), Text: personal(z.string(), "log.operation") }),
        z.object({ MsgType: z.literal("TIMImageElem"), Url: personal(z.string(), "media.photo_album") }),
      ]),
      either: z.union([personal(z.string(), "contact.email"), personal(z.number(), "contact.phone")]),
      both: z.intersection(
        z.object({ a: personal(z.string(), "account.id") }),
        z.object({ b: personal(z.string(), "account.profile.name") }),
      ),
      pair: z.tuple([personal(z.string(), "network.ssid"), personal(z.string(), "network.bssid")]),
      trimmed: personal(z.string(), "account.profile.nickname").transform((s) => s.trim()),
      extra: z.object({}).catchall(personal(z.string(), "device.attribute.language")),
    });
    expect(collectFieldTags(schema)).toEqual([
      { path: "body.Text", category: "log.operation" },
      { path: "body.Url", category: "media.photo_album" },
      { path: "either", category: "contact.email" },
      { path: "either", category: "contact.phone" },
      { path: "both.a", category: "account.id" },
      { path: "both.b", category: "account.profile.name" },
      { path: "pair[]", category: "network.ssid" },
      { path: "pair[]", category: "network.bssid" },
      { path: "trimmed", category: "account.profile.nickname" },
      { path: "extra.*", category: "device.attribute.language" },
    ]);
  });

  it("reports each (path, category) once when union options share a field", () => {
    const email = personal(z.string(), "contact.email");
    const schema = z.union([
      z.object({ em: email, a: z.literal(1) }),
      z.object({ em: email, b: z.literal(2) }),
    ]);
    expect(collectFieldTags(schema)).toEqual([{ path: "em", category: "contact.email" }]);
  });

  it("terminates on recursive schemas (lazy and getter-based)", () => {
    type Node = { name: string; children: Node[] };
    const lazyNode: z.ZodType<Node> = z.lazy(() =>
      z.object({ name: personal(z.string(), "account.profile.name"), children: z.array(lazyNode) }),
    );
    expect(collectFieldTags(z.object({ root: lazyNode }))).toEqual([
      { path: "root.name", category: "account.profile.name" },
    ]);

    const getterNode = z.object({
      email: personal(z.string(), "contact.email"),
      get replies() {
        return z.array(getterNode);
      },
    });
    expect(collectFieldTags(getterNode)).toEqual([{ path: "email", category: "contact.email" }]);
  });

  it("reports a tagged root as the empty path", () => {
    expect(collectFieldTags(personal(z.string(), "contact.phone"))).toEqual([
      { path: "", category: "contact.phone" },
    ]);
    expect(collectFieldTags(z.array(personal(z.string(), "contact.phone")))).toEqual([
      { path: "[]", category: "contact.phone" },
    ]);
  });
});
