import type {
  AncestorsOf,
  CategoryKey,
  CategoryOf,
  DescendantsOf,
  IsPermitted,
  PermittedPayload,
  Tagged,
} from "@kago/personal-data";
import { ancestorsOf, emailSchema, jsonString, operational, personal } from "@kago/personal-data";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";

// biome-ignore lint/complexity/noBannedTypes: PermittedPayload empties an object to exactly `{}`.
type Emptied = {};

// These tests are checked by `tsc -p tsconfig.json` (typecheck); at run time they only confirm
// the module loads. A wrong type makes typecheck fail.

describe("category types", () => {
  it("AncestorsOf splits on dots and includes the key", () => {
    expectTypeOf<AncestorsOf<"device.identifier.imei">>().toEqualTypeOf<
      "device" | "device.identifier" | "device.identifier.imei"
    >();
    expectTypeOf<AncestorsOf<"cookie">>().toEqualTypeOf<"cookie">();
    expectTypeOf<AncestorsOf<"cookie" | "network.ssid">>().toEqualTypeOf<
      "cookie" | "network" | "network.ssid"
    >();
    expectTypeOf(ancestorsOf("network.ssid")).toEqualTypeOf<readonly CategoryKey[]>();
  });

  it("DescendantsOf lists the key and what lies below", () => {
    expectTypeOf<DescendantsOf<"network">>().toEqualTypeOf<
      | "network"
      | "network.ip_address"
      | "network.ssid"
      | "network.bssid"
      | "network.operator"
      | "network.status"
    >();
    expectTypeOf<DescendantsOf<"media.camera">>().toEqualTypeOf<"media.camera">();
  });

  it("IsPermitted follows grants down the tree, never up", () => {
    expectTypeOf<IsPermitted<"device.identifier.imei", "device">>().toEqualTypeOf<true>();
    expectTypeOf<IsPermitted<"device", "device.identifier.imei">>().toEqualTypeOf<false>();
    expectTypeOf<IsPermitted<"network.ip_address", "network.status">>().toEqualTypeOf<false>();
  });

  it("Tagged brands values but leaves null and undefined alone; CategoryOf reads it back", () => {
    type Email = Tagged<string, "contact.email">;
    expectTypeOf<CategoryOf<Email>>().toEqualTypeOf<"contact.email">();
    expectTypeOf<CategoryOf<Tagged<string | undefined, "contact.email">>>().toEqualTypeOf<"contact.email">();
    expectTypeOf<
      Extract<Tagged<string | undefined, "contact.email">, undefined>
    >().toEqualTypeOf<undefined>();
    expectTypeOf<CategoryOf<string>>().toEqualTypeOf<never>();
    expectTypeOf<CategoryOf<Tagged<Tagged<string, "cookie">, "network.ssid">>>().toEqualTypeOf<
      "cookie" | "network.ssid"
    >();
    expectTypeOf<Email>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<Email>();
  });
});

describe("schemas carry categories into z.infer", () => {
  const Payload = z.object({
    event_name: operational(z.string()),
    user_data: z.object({
      em: z.array(personal(emailSchema, "contact.email")).optional(),
      client_ip_address: personal(z.string(), "network.ip_address"),
      network: personal(z.enum(["wifi", "4g"]), "network.status"),
    }),
    device: z.object({
      imei: personal(z.string(), "device.identifier.imei"),
      model: personal(z.string(), "device.attribute.model").optional(),
    }),
    events: z.array(z.object({ name: z.string(), clicked: personal(z.string(), "log.click") })),
    custom: jsonString(z.object({ network: personal(z.string(), "network.status") })),
  });
  type Payload = z.infer<typeof Payload>;

  it("brands output, not input", () => {
    expectTypeOf<
      CategoryOf<Payload["user_data"]["client_ip_address"]>
    >().toEqualTypeOf<"network.ip_address">();
    expectTypeOf<z.input<typeof Payload>["user_data"]["client_ip_address"]>().toEqualTypeOf<string>();
    expectTypeOf<Payload["event_name"]>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof Payload>["custom"]>().toEqualTypeOf<string>();
  });

  it("PermittedPayload keeps what a recipient may get", () => {
    type ForFacebook = PermittedPayload<Payload, "network.status">;
    expectTypeOf<ForFacebook>().toEqualTypeOf<{
      event_name: string;
      user_data: { network: Tagged<"wifi" | "4g", "network.status"> };
      device: Emptied;
      events: { name: string }[];
      custom: { network: Tagged<string, "network.status"> };
    }>();

    type ForAliyun = PermittedPayload<Payload, "device" | "log">;
    expectTypeOf<ForAliyun>().toEqualTypeOf<{
      event_name: string;
      user_data: Emptied;
      device: {
        imei: Tagged<string, "device.identifier.imei">;
        model?: Tagged<string, "device.attribute.model"> | undefined;
      };
      events: { name: string; clicked: Tagged<string, "log.click"> }[];
      custom: Emptied;
    }>();

    type ForNobody = PermittedPayload<Payload, never>;
    expectTypeOf<keyof ForNobody["user_data"]>().toEqualTypeOf<never>();
    expectTypeOf<ForNobody["event_name"]>().toEqualTypeOf<string>();
  });

  it("PermittedPayload removes a tagged array of values, keeps optionality and readonly", () => {
    type P = { readonly ids?: readonly Tagged<string, "account.id">[]; note?: string };
    expectTypeOf<PermittedPayload<P, "cookie">>().toEqualTypeOf<{ note?: string }>();
    expectTypeOf<PermittedPayload<P, "account">>().toEqualTypeOf<{
      readonly ids?: readonly Tagged<string, "account.id">[];
      note?: string;
    }>();
  });

  it("PermittedPayload removes a tagged object unless its category is granted", () => {
    type P = { device: Tagged<{ imei: string }, "device">; n: number };
    expectTypeOf<PermittedPayload<P, "device.identifier">>().toEqualTypeOf<{ n: number }>();
    expectTypeOf<keyof PermittedPayload<P, "device">>().toEqualTypeOf<"device" | "n">();
  });

  it("plugs into a helper that extracts grants from a policy literal", () => {
    const policy = { recipients: { zego: { allow: ["network.status", "media.microphone"] } } } as const;
    type AllowedFor<Pol, R extends keyof Pol["recipients" & keyof Pol]> = Pol extends {
      recipients: Record<R, { allow: readonly (infer K extends CategoryKey)[] }>;
    }
      ? K
      : never;
    type Zego = PermittedPayload<Payload, AllowedFor<typeof policy, "zego">>;
    expectTypeOf<keyof Zego["user_data"]>().toEqualTypeOf<"network">();
  });
});
