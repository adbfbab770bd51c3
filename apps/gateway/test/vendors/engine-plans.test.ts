/**
 * The catalog's field maps compiled into engine plans at start-up.
 */
import { compileEndpointPlans } from "@kago/gateway";
import { loadBuiltinPolicy } from "@kago/policy";
import { createRedactor } from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";

/** `{"ProfileItem": [pair]}` for the list path `ProfileItem[]`, `{"Logs": [{"Contents": [pair]}]}` for `Logs[].Contents[]`. */
function bodyWithPair(listPath: string, pair: Record<string, string>): unknown {
  const names = listPath.split(".").map((part) => part.replace(/\[\]$/, ""));
  let value: unknown = [pair];
  for (let i = names.length - 1; i >= 0; i--)
    value = i === names.length - 1 ? { [names[i] as string]: value } : { [names[i] as string]: [value] };
  return value;
}

describe("compileEndpointPlans", () => {
  it("compiles one plan per catalog endpoint, named by its id", () => {
    const plans = compileEndpointPlans(VENDOR_CATALOG);
    expect([...plans.keys()].sort()).toEqual([...VENDOR_CATALOG.endpoints.keys()].sort());
    for (const [id, plan] of plans) expect(plan.endpoint).toBe(id);
  });
});

describe("the catalog's key/value lists and the engine's tag table", () => {
  // session 14: the catalog said an IM avatar (`Tag_Profile_IM_Image`) was account.profile, the
  // engine's own table media.photo_album, and the engine's decided: Tencent got the avatar URL
  it("classify every known tag of every list as the catalog says", () => {
    const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-plans-test-secret" });
    const plans = compileEndpointPlans(VENDOR_CATALOG);
    let checked = 0;
    for (const [id, endpoint] of VENDOR_CATALOG.endpoints) {
      for (const list of endpoint.keyValueLists) {
        for (const [tag, category] of Object.entries(list.known)) {
          // an address is taken under its key only in an address's shape
          const value = category === "network.ip_address" ? "203.0.113.7" : "kago-test-value";
          const body = bodyWithPair(list.path, { [list.keyField]: tag, [list.valueField]: value });
          const result = redactor.classify(
            {
              recipient: endpoint.recipient,
              method: "POST",
              path: "/",
              query: "",
              headers: [["content-type", "application/json"]],
              body: { kind: "json", text: JSON.stringify(body) },
            },
            plans.has(id) ? { plan: plans.get(id) as NonNullable<ReturnType<typeof plans.get>> } : {},
          );
          expect(result.ok, `${id} ${tag}`).toBe(true);
          if (!result.ok) continue;
          const found = result.findings
            .filter((f) => f.location.includes(list.valueField))
            .map((f) => f.category);
          expect(found, `${id} ${tag}`).toEqual(category === "operational" ? [] : [category]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe("the Conversions API's attribution_data.ad_id (session 17)", () => {
  // Meta's own id of the ad (facebook-nodejs-business-sdk's AttributionData: "Meta-provided ad id
  // from URL/deeplink"), which the key table reads elsewhere as a device's advertising id
  const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: "engine-plans-test-secret" });
  const plan = compileEndpointPlans(VENDOR_CATALOG).get("facebook.capi.events");
  const send = (event: Record<string, unknown>) => {
    const result = redactor.redact(
      {
        recipient: "facebook",
        method: "POST",
        path: "/v21.0/918273645501234/events",
        query: "access_token=EAAtoken",
        headers: [["content-type", "application/json"]],
        body: { kind: "json", text: JSON.stringify({ data: [{ event_name: "Purchase", ...event }] }) },
      },
      plan === undefined ? {} : { plan },
    );
    if (!result.ok || result.transfer.body.kind !== "json") throw new Error("not redacted");
    return JSON.parse(result.transfer.body.text).data[0] as Record<string, unknown>;
  };

  it("arrives as sent in attribution_data; an ad_id elsewhere and a device's advertising id still go", () => {
    const attribution = { scope: "click", ad_id: "120208123456789012", adset_id: "120208123456789013" };
    expect(send({ attribution_data: attribution }).attribution_data).toEqual(attribution);
    expect(send({ custom_data: { ad_id: "120208123456789012" } }).custom_data).toEqual({});
    expect(
      send({
        attribution_data: { madid: "38400000-8cf0-11bd-b23e-10b96e40000d", ad_id: "120208123456789012" },
      }).attribution_data,
    ).toEqual({ ad_id: "120208123456789012" });
  });

  it("removes a GAID under ad_id there, and reads its words as free text (session 18)", () => {
    // red team round 7, R8: the operational ad_id let a device's advertising id through, and the
    // operational words a name and a phone number
    const sent = send({
      attribution_data: {
        ad_id: "38400000-8cf0-11bd-b23e-10b96e40000d",
        adset_id: "120208123456789013",
        scope: "click",
        attribution_source: "Astrid Solberg 13812345678",
        decline_reason: "user asked, my name is Astrid Solberg",
      },
    }).attribution_data;
    expect(sent).toEqual({
      adset_id: "120208123456789013",
      scope: "click",
      attribution_source: "[redacted:account.profile.name] [redacted:contact.phone]",
      decline_reason: "user asked, my name is [redacted:account.profile.name]",
    });
  });

  it("removes a GAID under adset_id and campaign_id too, keeps Meta's tokens (session 19)", () => {
    // red team round 8, R8: only ad_id had the rule; Meta's ad set and campaign ids are numbers
    const gaid = "38400000-8cf0-11bd-b23e-10b96e40000d";
    const sent = send({
      attribution_data: { adset_id: gaid, campaign_id: gaid.toUpperCase(), linkage_key: gaid, ad_id: "1202" },
    }).attribution_data;
    expect(sent).toEqual({ linkage_key: gaid, ad_id: "1202" });
  });
});
