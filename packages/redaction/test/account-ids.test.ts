/**
 * Account ids that are other personal data (session 15, `src/account-ids.ts`). Tencent and Zego
 * receive account ids; a backend that uses a phone number or an e-mail address as the user id
 * sent `"To_Account":"13812345678"` and `"To_Account":"13900001111"` as the same
 * `"[redacted:contact.phone]"` (every such user's messages pooled in one vendor account), and an
 * e-mail or E.164 id lost its member (the vendor rejected the call). Now such an id refuses the
 * transfer (the built-in policy), or is replaced whole by its keyed pseudonym
 * (`accountIdsWithPersonalData: pseudonymize`). Real request shapes through the catalog's plans.
 */
import type { CategoryKey } from "@kago/personal-data";
import { type CompiledPolicy, type CompiledRecipient, loadBuiltinPolicy } from "@kago/policy";
import {
  compileFieldPlanFromFields,
  createRedactor,
  type FieldPlan,
  REDACTION_ERRORS,
  type Redactor,
  type RedactResult,
  type Transfer,
} from "@kago/redaction";
import { VENDOR_CATALOG } from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { fixturePolicy } from "./fixture-policy.js";
import { SECRET } from "./helpers.js";

const PHONE_A = "13812345678";
const PHONE_B = "13900001111";
const E164 = "+8613700002222";
const EMAIL = "astrid.solberg@example.org";
/** What must never reach a vendor, a report or an error. */
const PLANTED = [PHONE_A, PHONE_B, E164, "13700002222", EMAIL, "astrid.solberg"];
const TOKEN = /^psn_[a-z2-7]{26}$/;

/** The built-in policy with every recipient's `accountIdsWithPersonalData` set to `rule`. */
function builtinWith(rule: CompiledRecipient["accountIdsWithPersonalData"]): CompiledPolicy {
  const base = loadBuiltinPolicy();
  const recipients = new Map<string, CompiledRecipient>();
  for (const [id, r] of base.recipients)
    recipients.set(
      id,
      Object.create(r, { accountIdsWithPersonalData: { value: rule } }) as CompiledRecipient,
    );
  return { ...base, recipients };
}

const refusing = createRedactor({ policy: loadBuiltinPolicy(), secret: SECRET });
const pseudonymizing = createRedactor({ policy: builtinWith("pseudonymize"), secret: SECRET });
/** The built-in policy with `unknownHeaders: inspect`: a header tencent does not need is read, not dropped. */
const inspectingHeaders = createRedactor({
  policy: {
    ...loadBuiltinPolicy(),
    recipients: new Map(
      [...loadBuiltinPolicy().recipients].map(([id, r]) => [
        id,
        Object.create(r, { unknownHeaders: { value: "inspect" } }) as CompiledRecipient,
      ]),
    ),
  },
  secret: SECRET,
});

function planOf(id: string): FieldPlan {
  const endpoint = VENDOR_CATALOG.endpoints.get(id);
  if (endpoint === undefined) throw new Error(`no endpoint ${id}`);
  return compileFieldPlanFromFields({ endpoint: id, body: endpoint.bodyFields, query: endpoint.queryFields });
}

/** A tencent IM REST call as the server SDKs send it: JSON body, the UserSig in the query. */
function tim(path: string, body: unknown): Transfer {
  return {
    recipient: "tencent",
    method: "POST",
    path: `/v4/${path}`,
    query:
      "sdkappid=1400000417&identifier=administrator&usersig=eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1Pzkg&random=99999999&contenttype=json",
    headers: [["content-type", "application/json"]],
    body: { kind: "json", text: typeof body === "string" ? body : JSON.stringify(body) },
  };
}

/** A Zego RTC call: every parameter in the query. */
function rtc(query: string): Transfer {
  return { recipient: "zego", method: "GET", path: "/", query, headers: [], body: { kind: "none" } };
}

const SENDMSG = planOf("tencent.im.sendmsg");
const BATCH = planOf("tencent.im.batchsendmsg");
const IMPORT = planOf("tencent.im.account-import");
const KICKOUT = planOf("zego.rtc.KickoutUser");
const COMMAND = planOf("zego.rtc.SendCustomCommand");
const PEER = planOf("zego.zim.SendPeerMessage");

function sendmsg(to: unknown, from: unknown = "kago_30417", text = "hi") {
  return tim("openim/sendmsg", {
    From_Account: from,
    To_Account: to,
    MsgRandom: 1287657,
    MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: text } }],
  });
}

/** The forwarded JSON body, parsed; throws with the code when refused. */
function sent(res: RedactResult): Record<string, unknown> {
  if (!res.ok) throw new Error(`refused: ${res.error.code} at ${res.error.location}`);
  return res.transfer.body.kind === "json"
    ? (JSON.parse(res.transfer.body.text) as Record<string, unknown>)
    : {};
}

/** The forwarded query's values of `key`. */
function sentQuery(res: RedactResult, key: string): string[] {
  if (!res.ok) throw new Error(`refused: ${res.error.code} at ${res.error.location}`);
  return new URLSearchParams(res.transfer.query).getAll(key);
}

function expectNoPlanted(res: RedactResult): void {
  const text = JSON.stringify(res).toLowerCase();
  for (const value of PLANTED) expect(text).not.toContain(value.toLowerCase());
}

function expectRefused(r: Redactor, transfer: Transfer, plan: FieldPlan, location: string): void {
  for (const res of [r.redact(transfer, { plan }), r.classify(transfer, { plan })]) {
    expect(res.ok).toBe(false);
    if (res.ok) continue;
    expect(res.error).toEqual({
      code: "personal_data_in_account_id",
      status: 400,
      message: REDACTION_ERRORS.personal_data_in_account_id.message,
      location,
    });
    expectNoPlanted(res);
  }
}

describe("the built-in policy refuses an account id that is a phone number or an e-mail address", () => {
  it("tencent sendmsg: a phone number, an E.164 number or an e-mail address as To_Account or From_Account", () => {
    expectRefused(refusing, sendmsg(PHONE_A), SENDMSG, "body:To_Account");
    expectRefused(refusing, sendmsg(PHONE_B), SENDMSG, "body:To_Account");
    expectRefused(refusing, sendmsg(E164), SENDMSG, "body:To_Account");
    expectRefused(refusing, sendmsg("kago_55102", EMAIL), SENDMSG, "body:From_Account");
    // an id built from the number (`tel_13812345678`) would have pooled as `tel_[redacted:...]`
    expectRefused(refusing, sendmsg(`tel_${PHONE_A}`), SENDMSG, "body:To_Account");
    // escaped, or written as a JSON number, it is the same id
    const escaped = `{"From_Account":"kago_30417","To_Account":"\\u0031${PHONE_A.slice(1)}","MsgRandom":1,"MsgBody":[]}`;
    expectRefused(refusing, tim("openim/sendmsg", escaped), SENDMSG, "body:To_Account");
    expectRefused(refusing, sendmsg(Number(PHONE_A)), SENDMSG, "body:To_Account");
  });

  it("a China mobile number glued after a letter (session 19): refused, pseudonymized; near misses stay", () => {
    for (const id of [`u${PHONE_A}`, `user86${PHONE_B}`, `room_u${PHONE_A}`])
      expectRefused(refusing, sendmsg(id), SENDMSG, "body:To_Account");
    const res = pseudonymizing.redact(sendmsg(`u${PHONE_A}`), { plan: SENDMSG });
    expect(sent(res).To_Account).toMatch(TOKEN);
    if (res.ok)
      expect(res.report.findings.map((f) => [f.location, f.category, f.action])).toContainEqual([
        "body:To_Account",
        "contact.phone",
        "pseudonymize",
      ]);
    // ten digits (no China mobile), a prefix that is no mobile, digits inside a longer token, a hash
    for (const id of ["u4741234567", "u12345678909", `abc${PHONE_A}def`, `x${PHONE_A}0`, "a13812345678f0e1"])
      expect(sent(refusing.redact(sendmsg(id), { plan: SENDMSG })).To_Account, id).toBe(id);
  });

  it("tencent batchsendmsg: one such id among the receivers refuses the batch", () => {
    const body = (to: string[]) =>
      tim("openim/batchsendmsg", { From_Account: "kago_30417", To_Account: to, MsgRandom: 1, MsgBody: [] });
    expectRefused(refusing, body(["kago_1", PHONE_A, "kago_2"]), BATCH, "body:To_Account[]");
    expectRefused(refusing, body(["kago_1", EMAIL]), BATCH, "body:To_Account[]");
  });

  it("tencent account_import: UserID", () => {
    expectRefused(
      refusing,
      tim("im_open_login_svc/account_import", { UserID: PHONE_B, Nick: "astrid_s" }),
      IMPORT,
      "body:UserID",
    );
  });

  it("zego: KickoutUser UserId[], SendCustomCommand FromUserId and ToUserId[], ZIM FromUserId and ToUserId[]", () => {
    expectRefused(
      refusing,
      rtc(`Action=KickoutUser&RoomId=room_5102&UserId[]=kago_30417&UserId[]=${PHONE_A}`),
      KICKOUT,
      'query:["UserId[]"]',
    );
    expectRefused(
      refusing,
      rtc(`Action=SendCustomCommand&RoomId=room_5102&FromUserId=${PHONE_A}&MessageContent=%7B%7D`),
      COMMAND,
      "query:FromUserId",
    );
    expectRefused(
      refusing,
      rtc(
        `Action=SendCustomCommand&RoomId=room_5102&FromUserId=kago_1&ToUserId[]=${encodeURIComponent(EMAIL)}&MessageContent=%7B%7D`,
      ),
      COMMAND,
      'query:["ToUserId[]"]',
    );
    const zim = (body: unknown): Transfer => ({
      recipient: "zego",
      method: "POST",
      path: "/",
      query: "Action=SendPeerMessage",
      headers: [["content-type", "application/json"]],
      body: { kind: "json", text: JSON.stringify(body) },
    });
    const message = { MessageType: 1, MessageBody: { Message: "hi" } };
    expectRefused(
      refusing,
      zim({ FromUserId: PHONE_A, ToUserId: ["kago_1"], ...message }),
      PEER,
      "body:FromUserId",
    );
    expectRefused(
      refusing,
      zim({ FromUserId: "kago_1", ToUserId: ["kago_2", E164], ...message }),
      PEER,
      "body:ToUserId[]",
    );
  });

  it("an account id named by its key in a form body or a header, without a catalog plan", () => {
    const base = { recipient: "tencent", method: "POST", path: "/v4/sns/friend_add", query: "" } as const;
    const form: Transfer = { ...base, headers: [], body: { kind: "form", text: `user_id=${PHONE_A}&x=1` } };
    const header: Transfer = { ...base, headers: [["x-user-id", EMAIL]], body: { kind: "none" } };
    for (const [redactor, t, location] of [
      [refusing, form, "body:user_id"],
      [inspectingHeaders, header, "header:x-user-id"],
    ] as const) {
      const res = redactor.redact(t);
      expect(res).toMatchObject({ ok: false, error: { code: "personal_data_in_account_id", location } });
      expectNoPlanted(res);
    }
    // the built-in policy forwards no such header to tencent at all (session 16): dropped unread
    const dropped = refusing.redact(header);
    expect(dropped).toMatchObject({
      ok: true,
      transfer: { headers: [] },
      report: { droppedHeaders: [{ location: "header:x-user-id", reason: "unlisted" }] },
    });
    const plain = inspectingHeaders.redact({
      ...base,
      headers: [["x-user-id", "kago_30417"]],
      body: { kind: "form", text: "user_id=kago_30417&x=1" },
    });
    expect(plain).toMatchObject({ ok: true, report: { changed: false } });
  });

  it("the other accounts Tencent IM names, without a catalog plan: a group's members, a peer", () => {
    const calls = [
      [
        "group_open_http_svc/add_group_member",
        { GroupId: "@TGS#2J4SZEAEL", MemberList: [{ Member_Account: EMAIL }] },
        "body:MemberList[].Member_Account",
      ],
      [
        "group_open_http_svc/send_group_system_notification",
        { GroupId: "g", ToMembers_Account: ["kago_1", PHONE_B], Content: "hi" },
        "body:ToMembers_Account[]",
      ],
      ["openim/admin_getroammsg", { Operator_Account: "kago_1", Peer_Account: PHONE_A }, "body:Peer_Account"],
    ] as const;
    for (const [path, body, location] of calls) {
      const res = refusing.redact(tim(path, body));
      expect(res, path).toMatchObject({
        ok: false,
        error: { code: "personal_data_in_account_id", location },
      });
      expectNoPlanted(res);
    }
    const plain = tim("group_open_http_svc/add_group_member", {
      GroupId: "@TGS#2J4SZEAEL",
      MemberList: [{ Member_Account: "kago_1" }, { Member_Account: "kago_30417" }],
    });
    expect(refusing.redact(plain)).toMatchObject({ ok: true, report: { changed: false } });
  });

  it("ordinary ids stay as they came, and a phone number in the message text is still cut out of it", () => {
    for (const id of [
      "kago_30417",
      "30417",
      "1008611",
      "u_1029",
      "38400000-8cf0-11bd-b23e-10b96e40000d",
      "astrid",
    ]) {
      const res = refusing.redact(sendmsg(id, "kago_55102", `call me on ${PHONE_A}`), { plan: SENDMSG });
      const body = sent(res);
      expect(body.To_Account, id).toBe(id);
      expect(body.From_Account).toBe("kago_55102");
      expect(JSON.stringify(body.MsgBody)).toContain("call me on [redacted:contact.phone]");
      expectNoPlanted(res);
    }
    const batch = tim("openim/batchsendmsg", {
      From_Account: "kago_30417",
      To_Account: ["kago_1", "kago_2"],
      MsgRandom: 1,
      MsgBody: [],
    });
    expect(refusing.redact(batch, { plan: BATCH })).toMatchObject({ ok: true, report: { changed: false } });
    const kick = rtc("Action=KickoutUser&RoomId=room_5102&UserId[]=kago_30417&UserId[]=kago_1");
    expect(sentQuery(refusing.redact(kick, { plan: KICKOUT }), "UserId[]")).toEqual(["kago_30417", "kago_1"]);
  });

  it("an id in a list is no free text: a name the record gives is not cut out of it", () => {
    // before: To_Account ["astrid"] became ["[redacted:account.profile.name]"], one id for every astrid
    const batch = tim("openim/batchsendmsg", {
      From_Account: "kago_30417",
      To_Account: ["astrid", "kago_2"],
      sender_name: "Astrid Solberg",
      MsgRandom: 1,
      MsgBody: [],
    });
    const body = sent(refusing.redact(batch, { plan: BATCH }));
    expect(body.To_Account).toEqual(["astrid", "kago_2"]);
    expect(body.sender_name).toBeUndefined();
  });

  it("a recipient that gets no account id loses the member as before, nothing is refused", () => {
    const res = refusing.redact({
      recipient: "facebook",
      method: "POST",
      path: "/v21.0/918273645501234/events",
      query: "",
      headers: [["content-type", "application/json"]],
      body: {
        kind: "json",
        text: JSON.stringify({ data: [{ event_name: "Purchase", user_data: { external_id: PHONE_A } }] }),
      },
    });
    expect(sent(res)).toEqual({ data: [{ event_name: "Purchase", user_data: {} }] });
  });
});

describe("accountIdsWithPersonalData: pseudonymize replaces such an id whole by its keyed pseudonym", () => {
  const toOf = (to: unknown, from?: unknown) =>
    sent(pseudonymizing.redact(sendmsg(to, from), { plan: SENDMSG })).To_Account as string;

  it("distinct phone-number ids stay distinct; the same id gets the same token in one request and across requests", () => {
    const a = toOf(PHONE_A);
    const b = toOf(PHONE_B);
    expect(a).toMatch(TOKEN);
    expect(b).toMatch(TOKEN);
    expect(a).not.toBe(b);
    expect(toOf(PHONE_A)).toBe(a);
    // written as a JSON number or with an escape, the id is the same id
    expect(toOf(Number(PHONE_A))).toBe(a);
    const escaped = `{"To_Account":"\\u0031${PHONE_A.slice(1)}","MsgRandom":1,"MsgBody":[]}`;
    expect(sent(pseudonymizing.redact(tim("openim/sendmsg", escaped), { plan: SENDMSG })).To_Account).toBe(a);
    // one batch: the receiver twice and as the sender of another call, one token
    const batch = sent(
      pseudonymizing.redact(
        tim("openim/batchsendmsg", {
          From_Account: PHONE_A,
          To_Account: [PHONE_B, "kago_1", PHONE_A, PHONE_B],
          MsgRandom: 1,
          MsgBody: [],
        }),
        { plan: BATCH },
      ),
    );
    expect(batch).toMatchObject({ From_Account: a, To_Account: [b, "kago_1", a, b] });
    // the account created for the user is the one messages are addressed to, in another request
    const imported = sent(
      pseudonymizing.redact(tim("im_open_login_svc/account_import", { UserID: PHONE_B }), { plan: IMPORT }),
    );
    expect(imported.UserID).toBe(b);
    // another redactor with the same secret (a restart, another worker): the same token
    const again = createRedactor({ policy: builtinWith("pseudonymize"), secret: SECRET });
    expect(sent(again.redact(sendmsg(PHONE_A), { plan: SENDMSG })).To_Account).toBe(a);
    // keyed: another secret gives another token
    const other = createRedactor({ policy: builtinWith("pseudonymize"), secret: `${SECRET}-other` });
    expect(sent(other.redact(sendmsg(PHONE_A), { plan: SENDMSG })).To_Account).not.toBe(a);
  });

  it("an e-mail or E.164 id is pseudonymized too, not removed; an ordinary id beside it is untouched", () => {
    const body = sent(pseudonymizing.redact(sendmsg(E164, EMAIL), { plan: SENDMSG }));
    expect(body.From_Account).toMatch(TOKEN);
    expect(body.To_Account).toMatch(TOKEN);
    expect(body.From_Account).not.toBe(body.To_Account);
    const mixed = sent(pseudonymizing.redact(sendmsg(EMAIL, "kago_30417"), { plan: SENDMSG }));
    expect(mixed).toMatchObject({ From_Account: "kago_30417", To_Account: body.From_Account });
    const plain = pseudonymizing.redact(sendmsg("kago_55102"), { plan: SENDMSG });
    expect(plain).toMatchObject({ ok: true, report: { changed: false } });
  });

  it("reports the id and what it held as pseudonymized at the field, never the value; twice equals once", () => {
    const res = pseudonymizing.redact(sendmsg(PHONE_A, EMAIL, `call me on ${PHONE_B}`), { plan: SENDMSG });
    if (!res.ok) throw new Error(res.error.code);
    const rows = res.report.findings.map((f) => [f.location, f.category, f.action, f.detector]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["body:From_Account", "account.id", "pseudonymize", "schema"],
        ["body:From_Account", "contact.email", "pseudonymize", "value"],
        ["body:To_Account", "account.id", "pseudonymize", "schema"],
        ["body:To_Account", "contact.phone", "pseudonymize", "text"],
        ["body:MsgBody[].MsgContent.Text~text", "contact.phone", "drop", "text"],
      ]),
    );
    // the id's span is not reported as dropped: the id was not cut, it was replaced whole
    expect(rows).not.toContainEqual(["body:To_Account~text", "contact.phone", "drop", "text"]);
    expect(res.report.categoriesRemoved).toEqual(expect.arrayContaining(["contact.email", "contact.phone"]));
    expectNoPlanted(res);
    const twice = pseudonymizing.redact({ ...res.transfer }, { plan: SENDMSG });
    expect(twice).toMatchObject({ ok: true, report: { changed: false } });
  });

  it("zego: the query's ids are replaced whole, the room id and the other pairs arrive as written", () => {
    const res = pseudonymizing.redact(
      rtc(`Action=KickoutUser&RoomId=room_5102&UserId[]=kago_30417&UserId[]=${PHONE_A}&UserId[]=${PHONE_B}`),
      { plan: KICKOUT },
    );
    const ids = sentQuery(res, "UserId[]");
    expect(ids[0]).toBe("kago_30417");
    expect(ids[1]).toBe(toOf(PHONE_A));
    expect(ids[2]).toBe(toOf(PHONE_B));
    if (res.ok)
      expect(res.transfer.query.startsWith("Action=KickoutUser&RoomId=room_5102&UserId[]=kago_30417&")).toBe(
        true,
      );
    expectNoPlanted(res);
  });

  it("gives the token a policy that pseudonymizes every account id gives, so a deployment can move to it", () => {
    const grants: Record<string, readonly CategoryKey[]> = {
      tencent: ["network.status", "storage", "media"],
    };
    const everyId = createRedactor({
      policy: fixturePolicy({ "account.id": { operator: "pseudonymize" } }, grants),
      secret: SECRET,
    });
    const body = sent(everyId.redact(sendmsg(PHONE_A, "kago_30417"), { plan: SENDMSG }));
    expect(body.To_Account).toBe(toOf(PHONE_A));
    expect(body.From_Account).toMatch(TOKEN);
  });
});
