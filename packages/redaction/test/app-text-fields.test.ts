/**
 * Text the app writes keeps its place (session 19, `PlanNode.text`; a red team's round 8, R12). A
 * member the catalog marks free text, or a string holding the app's JSON, whose whole value a
 * detector finds and the recipient may not receive, was removed: Zego's required `MessageContent`
 * and a Tencent text message's `Text` went without it, and the vendor answered a parameter error.
 * It is now replaced by its placeholder, as a span of its text would be. Real request shapes
 * through the catalog's plans; near misses: a member the catalog names operationally, one it
 * does not know, and a category the catalog gives.
 */
import { loadBuiltinPolicy } from "@kago/policy";
import { compileFieldPlanFromFields, createRedactor, type FieldPlan, type Transfer } from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { SECRET } from "./helpers.js";

const redactor = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });

function planOf(id: string): FieldPlan {
  const endpoint = VENDOR_CATALOG.endpoints.get(id);
  if (endpoint === undefined) throw new Error(`no endpoint ${id}`);
  return compileFieldPlanFromFields({ endpoint: id, body: endpoint.bodyFields, query: endpoint.queryFields });
}

const COMMON =
  "AppId=1234567890&SignatureNonce=15215528852396&Timestamp=1767261600&Signature=7a2c0f11145fb760d607a07b54825013&SignatureVersion=2.0";
const TIM_QUERY =
  "sdkappid=1400000417&identifier=administrator&usersig=eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1Pzkg&random=99999999&contenttype=json";

/** The query a Zego RTC call with `content` as its `MessageContent` forwards. */
function zegoQuery(action: string, content: string): string | undefined {
  const transfer: Transfer = {
    recipient: "zego",
    method: "GET",
    path: "/",
    query: `Action=${action}&RoomId=room_30417&UserId=kago_30417&MessageCategory=1&MessageContent=${content}&${COMMON}`,
    headers: [],
    body: { kind: "none" },
  };
  const res = redactor.redact(transfer, { plan: planOf(`zego.rtc.${action}`) });
  expect(res.ok).toBe(true);
  return res.ok ? res.transfer.query : undefined;
}

/** The body Tencent's `sendmsg` forwards for `body`, parsed. */
function timBody(body: unknown): unknown {
  const transfer: Transfer = {
    recipient: "tencent",
    method: "POST",
    path: "/v4/openim/sendmsg",
    query: TIM_QUERY,
    headers: [["content-type", "application/json"]],
    body: { kind: "json", text: JSON.stringify(body) },
  };
  const plan: FieldPlan = planOf("tencent.im.sendmsg");
  const res = redactor.redact(transfer, { plan });
  expect(res.ok).toBe(true);
  if (!res.ok || res.transfer.body.kind !== "json") return undefined;
  return JSON.parse(res.transfer.body.text);
}

const message = (elem: unknown) => ({
  SyncOtherMachine: 1,
  From_Account: "kago_30417",
  To_Account: "kago_30418",
  MsgRandom: 1287657,
  MsgBody: [elem],
});

describe("text the app writes keeps its place", () => {
  it("zego: a free-text MessageContent and an app's JSON one that are an e-mail or a + phone", () => {
    for (const action of ["SendBarrageMessage", "SendCustomCommand"]) {
      expect(zegoQuery(action, "astrid.solberg%40example.org")).toContain(
        "&MessageContent=%5Bredacted%3Acontact.email%5D&",
      );
      expect(zegoQuery(action, "%2B86%20138%201234%205678")).toContain(
        "&MessageContent=%5Bredacted%3Acontact.phone%5D&",
      );
      // what needs nothing taken goes as it came
      expect(zegoQuery(action, "hello")).toContain("&MessageContent=hello&");
    }
  });

  it("tencent: a text message's Text and a custom message's Desc that are an e-mail", () => {
    expect(timBody(message({ MsgType: "TIMTextElem", MsgContent: { Text: "astrid@example.org" } }))).toEqual(
      message({ MsgType: "TIMTextElem", MsgContent: { Text: "[redacted:contact.email]" } }),
    );
    expect(
      timBody(message({ MsgType: "TIMCustomElem", MsgContent: { Data: "{}", Desc: "astrid@example.org" } })),
    ).toEqual(
      message({ MsgType: "TIMCustomElem", MsgContent: { Data: "{}", Desc: "[redacted:contact.email]" } }),
    );
  });

  it("near misses: the catalog's category, an operational member and an unknown one go as before", () => {
    // a location message's Desc is an address by the catalog: the policy's decision, not a placeholder
    const location = timBody(
      message({
        MsgType: "TIMLocationElem",
        MsgContent: { Desc: "Storgata 1, 0155 Oslo", Latitude: 59.9139, Longitude: 10.7522 },
      }),
    ) as { MsgBody: { MsgContent: Record<string, unknown> }[] };
    expect(location.MsgBody[0]?.MsgContent.Desc).not.toBe("[redacted:contact.address]");
    // Text is a text message's: in a custom message the condition does not hold, and it goes
    expect(
      timBody(message({ MsgType: "TIMCustomElem", MsgContent: { Data: "{}", Text: "astrid@example.org" } })),
    ).toEqual(message({ MsgType: "TIMCustomElem", MsgContent: { Data: "{}" } }));
    // an unknown member is no app text
    expect(
      timBody({
        ...message({ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }),
        Note: "astrid@example.org",
      }),
    ).toEqual(message({ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }));
  });
});
