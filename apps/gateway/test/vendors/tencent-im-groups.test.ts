/**
 * Tencent IM group management calls the catalog gained in session 16 (member cards, group
 * profiles, system notifications, member lists, group attributes) and the `Tag_Profile_Custom_Anchor`
 * profile tag, through the gateway with a real UserSig from tls-sig-api-v2 in the query: what the
 * upstream receives. Names and cards go; an account id that is a phone number or an e-mail address
 * refuses the call; an app's numeric group id, numbers and options arrive byte for byte (a group id
 * that is a mobile number refuses every group call since session 19: see the end of the file).
 */
import { describe, expect, it } from "vitest";
import { transfersLogged, useVendorRig } from "./support.js";
import { deliveredIm, postIm, TENCENT_TEST_CREDS } from "./tencent-support.js";

const rig = useVendorRig("tencent", TENCENT_TEST_CREDS);

const NAME = "Astrid Solberg";
/** A China mobile number: a phone number as an account id or a group id. */
const MOBILE = "13812345678";
/** An app's own numeric group id (no mobile number: ten digits). */
const GROUP = "1000030417";
const EMAIL = "astrid.solberg@example.org";

/** Posts each call, expecting each refused as an account id holding personal data, located at `location`. */
async function expectRefusedIds(
  calls: ReadonlyArray<readonly [api: string, body: unknown, location: string]>,
) {
  const gw = await rig.gateway(false);
  for (const [api, body, location] of calls) {
    const { status, answer, got } = await postIm(rig, gw, api, body);
    expect(status, api).toBe(400);
    expect(answer.error?.code, api).toBe("personal_data_in_account_id");
    expect(answer.error?.location, api).toBe(location);
    expect(JSON.stringify(answer)).not.toContain(MOBILE);
    expect(got, api).toBeUndefined();
  }
  const lines = await transfersLogged(gw, calls.length);
  expect(lines.map((l) => l.errorCode)).toEqual(Array(calls.length).fill("personal_data_in_account_id"));
  expect(JSON.stringify(gw.logs)).not.toContain(MOBILE);
}

describe("Tencent IM group member profiles (modify_group_member_info)", () => {
  it("the group card goes, and its words leave an app-defined value; the group id, role, flag and mute time arrive as sent", async () => {
    const gw = await rig.gateway(false);
    const { text, sent, line } = await deliveredIm(rig, gw, "group_open_http_svc/modify_group_member_info", {
      GroupId: GROUP,
      Member_Account: "kago_30417",
      Role: "Admin",
      MsgFlag: "AcceptAndNotify",
      NameCard: NAME,
      AppMemberDefinedData: [
        { Key: "seat", Value: `${NAME}'s seat` },
        { Key: "level", Value: "gold" },
      ],
      ShutUpTime: 86400,
    });
    expect(text).not.toContain("Solberg");
    expect(text).toContain(`"GroupId":"${GROUP}","Member_Account":"kago_30417","Role":"Admin"`);
    expect(text).toContain(`"ShutUpTime":86400`);
    expect(sent.NameCard).toBeUndefined();
    expect(sent.AppMemberDefinedData).toEqual([
      // a bare full name since session 16 (bare-names.ts), before the card's echo reaches it
      { Key: "seat", Value: "[redacted:account.profile.name]'s seat" },
      { Key: "level", Value: "gold" },
    ]);
    expect(line?.endpoint).toBe("tencent.im.modify-group-member-info");
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["account.profile.nickname"]));
  });
});

describe("Tencent IM group profiles (modify_group_base_info)", () => {
  it("name, introduction and avatar go, the name also out of the notice; the group id and options arrive as sent", async () => {
    const gw = await rig.gateway(false);
    const { text, sent, line } = await deliveredIm(rig, gw, "group_open_http_svc/modify_group_base_info", {
      GroupId: GROUP,
      Name: NAME,
      Introduction: "Cellist from Bergen, born 1990",
      Notification: `${NAME} plays Bach tonight`,
      FaceUrl: "https://cdn.kago.example/g/5102.jpg",
      MaxMemberNum: 500,
      ApplyJoinOption: "NeedPermission",
      MuteAllMember: "Off",
      AppDefinedData: [
        { Key: "owner_phone", Value: MOBILE },
        { Key: "theme", Value: "classical" },
      ],
    });
    for (const planted of ["Solberg", "Bergen", "cdn.kago"]) expect(text).not.toContain(planted);
    expect(sent).toEqual({
      GroupId: GROUP,
      Notification: "[redacted:account.profile.name] plays Bach tonight",
      MaxMemberNum: 500,
      ApplyJoinOption: "NeedPermission",
      MuteAllMember: "Off",
      AppDefinedData: [{ Key: "theme", Value: "classical" }],
    });
    expect(text.startsWith(`{"GroupId":"${GROUP}",`)).toBe(true);
    expect(line?.endpoint).toBe("tencent.im.modify-group-base-info");
  });

  it("an account the change is made as that is a phone number refuses the call", async () => {
    await expectRefusedIds([
      [
        "group_open_http_svc/modify_group_base_info",
        { GroupId: "@TGS#2J4SZEAEL", From_Account: MOBILE, Notification: "hi" },
        "body:From_Account",
      ],
    ]);
  });
});

describe("Tencent IM group system notifications (send_group_system_notification)", () => {
  it("a number in the content is cut out, the members named and the group id arrive; a phone-number member refuses the call", async () => {
    const gw = await rig.gateway(false);
    const { text, sent, line } = await deliveredIm(
      rig,
      gw,
      "group_open_http_svc/send_group_system_notification",
      {
        GroupId: GROUP,
        ToMembers_Account: ["kago_1", "kago_2"],
        Content: `new member, call ${MOBILE} to say hi`,
      },
    );
    expect(sent).toEqual({
      GroupId: GROUP,
      ToMembers_Account: ["kago_1", "kago_2"],
      Content: "new member, call [redacted:contact.phone] to say hi",
    });
    expect(text).not.toContain(MOBILE);
    expect(line?.endpoint).toBe("tencent.im.send-group-system-notification");
    await expectRefusedIds([
      [
        "group_open_http_svc/send_group_system_notification",
        { GroupId: "@TGS#2C5SZEAEF", ToMembers_Account: ["kago_1", MOBILE], Content: "hi" },
        "body:ToMembers_Account[]",
      ],
    ]);
  });
});

describe("Tencent IM group member lists (add, delete, import)", () => {
  it("a member id that is a phone number or an e-mail address refuses each call; delete_group_member's pooled the number before", async () => {
    await expectRefusedIds([
      [
        "group_open_http_svc/delete_group_member",
        { GroupId: "@TGS#2J4SZEAEL", Silence: 1, MemberToDel_Account: ["kago_1", MOBILE] },
        "body:MemberToDel_Account[]",
      ],
      [
        "group_open_http_svc/add_group_member",
        { GroupId: "@TGS#2J4SZEAEL", MemberList: [{ Member_Account: "kago_1" }, { Member_Account: EMAIL }] },
        "body:MemberList[].Member_Account",
      ],
      [
        "group_open_http_svc/import_group_member",
        { GroupId: "@TGS#2J4SZEAEL", MemberList: [{ Member_Account: MOBILE, JoinTime: 1448357837 }] },
        "body:MemberList[].Member_Account",
      ],
    ]);
  });

  it("opaque ids, a numeric group id, silence flags and join times arrive as sent; a number in a kick reason is cut out", async () => {
    const gw = await rig.gateway(false);
    const removed = await deliveredIm(rig, gw, "group_open_http_svc/delete_group_member", {
      GroupId: GROUP,
      Silence: 1,
      Reason: "spam, call 13900001111 to appeal",
      MemberToDel_Account: ["kago_1", "kago_2"],
    });
    expect(removed.sent).toEqual({
      GroupId: GROUP,
      Silence: 1,
      Reason: "spam, call [redacted:contact.phone] to appeal",
      MemberToDel_Account: ["kago_1", "kago_2"],
    });
    expect(removed.line?.endpoint).toBe("tencent.im.delete-group-member");
    const added = { GroupId: GROUP, Silence: 1, MemberList: [{ Member_Account: "kago_1" }] };
    expect((await deliveredIm(rig, gw, "group_open_http_svc/add_group_member", added)).text).toBe(
      JSON.stringify(added),
    );
    const imported = {
      GroupId: GROUP,
      MemberList: [{ Member_Account: "kago_1", Role: "Admin", JoinTime: 1448357837, UnreadMsgNum: 5 }],
    };
    expect((await deliveredIm(rig, gw, "group_open_http_svc/import_group_member", imported)).text).toBe(
      JSON.stringify(imported),
    );
  });
});

describe("Tencent IM group attributes (modify, set, get, clear)", () => {
  it("a seat's JSON loses the name and number, an anchor's name goes by its key; the group id, keys and other values arrive as sent", async () => {
    const gw = await rig.gateway(false);
    const { text, sent, line } = await deliveredIm(rig, gw, "group_open_http_svc/modify_group_attr", {
      GroupId: GROUP,
      GroupAttr: [
        { key: "seat_1", value: JSON.stringify({ user_id: "kago_1", nick: NAME, phone: MOBILE, mic: "on" }) },
        { key: "anchor_name", value: NAME },
        { key: "topic", value: "Bach suites" },
      ],
    });
    expect(text).not.toContain("Solberg");
    expect(sent).toEqual({
      GroupId: GROUP,
      GroupAttr: [
        { key: "seat_1", value: JSON.stringify({ user_id: "kago_1", mic: "on" }) },
        { key: "topic", value: "Bach suites" },
      ],
    });
    expect(line?.endpoint).toBe("tencent.im.modify-group-attr");
    for (const api of ["group_open_attr_http_svc/get_group_attr", "group_open_http_svc/clear_group_attr"]) {
      const got = await deliveredIm(rig, gw, api, { GroupId: GROUP });
      expect(got.text, api).toBe(`{"GroupId":"${GROUP}"}`);
    }
  });
});

describe("Tencent IM custom profile tags", () => {
  it("portrait_set: Tag_Profile_Custom_Anchor (the anchor's name) goes; a custom tag whose name says nothing stays", async () => {
    const gw = await rig.gateway(false);
    const { sent, line } = await deliveredIm(rig, gw, "profile/portrait_set", {
      From_Account: "kago_30417",
      ProfileItem: [
        { Tag: "Tag_Profile_Custom_Anchor", Value: NAME },
        { Tag: "Tag_Profile_Custom_Team", Value: "Bergen Cellists" },
      ],
    });
    expect(sent.ProfileItem).toEqual([{ Tag: "Tag_Profile_Custom_Team", Value: "Bergen Cellists" }]);
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["account.profile.name"]));
  });
});

/**
 * Session 19 (a red team's round 8, R7 and R3): every IM call's `GroupId`, `GroupIdList[]`,
 * `TopicId` is an addressing id, catalogued or not. Before, `destroy_group`, `change_group_owner`,
 * `forbid_send_msg`, `group_msg_recall`, `get_group_info` (the generic rules) forwarded
 * `room_13812345678` as `room_[redacted:contact.phone]` and dropped a `GroupId` that was an
 * e-mail address, while `send_group_msg` sent the former unchanged and refused the latter.
 */
describe("Tencent IM group ids on every group call, catalogued or not (session 19)", () => {
  const CALLS: ReadonlyArray<readonly [api: string, body: (id: string) => unknown, location: string]> = [
    ["group_open_http_svc/destroy_group", (id) => ({ GroupId: id }), "body:GroupId"],
    [
      "group_open_http_svc/change_group_owner",
      (id) => ({ GroupId: id, NewOwner_Account: "kago_55120" }),
      "body:GroupId",
    ],
    [
      "group_open_http_svc/forbid_send_msg",
      (id) => ({ GroupId: id, Members_Account: ["kago_55120"], MuteTime: 600 }),
      "body:GroupId",
    ],
    [
      "group_open_http_svc/group_msg_recall",
      (id) => ({ GroupId: id, MsgSeqList: [{ MsgSeq: 1 }] }),
      "body:GroupId",
    ],
    [
      "group_open_http_svc/get_group_info",
      (id) => ({ GroupIdList: ["@TGS#2C5SZEAEF", id] }),
      "body:GroupIdList[]",
    ],
    [
      "group_open_http_svc/get_group_member_info",
      (id) => ({ GroupId: "@TGS#2C5SZEAEF", TopicId: id, Limit: 100 }),
      "body:TopicId",
    ],
    [
      "group_open_http_svc/send_group_msg",
      (id) => ({ GroupId: id, Random: 1, MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }] }),
      "body:GroupId",
    ],
  ];

  it("a phone number or an e-mail address in it refuses the call, whichever call; nothing reaches Tencent", async () => {
    const gw = await rig.gateway(false);
    let calls = 0;
    for (const id of [`room_${MOBILE}`, MOBILE, "room_+4741234567", EMAIL, `u${MOBILE}`])
      for (const [api, body, location] of CALLS) {
        const { status, answer, got } = await postIm(rig, gw, api, body(id));
        expect(status, `${api} ${id}`).toBe(400);
        expect(answer.error, `${api} ${id}`).toMatchObject({ code: "personal_data_in_identifier", location });
        expect(got, api).toBeUndefined();
        calls++;
      }
    const lines = await transfersLogged(gw, calls);
    expect(new Set(lines.map((l) => l.errorCode))).toEqual(new Set(["personal_data_in_identifier"]));
    const told = JSON.stringify(gw.logs);
    for (const value of [MOBILE, "4741234567", "solberg"]) expect(told).not.toContain(value);
  });

  it("near misses: ordinary group ids reach Tencent byte for byte on the calls the catalog does not know", async () => {
    const gw = await rig.gateway(false);
    for (const id of [
      "@TGS#2C5SZEAEF",
      GROUP,
      "room_30417",
      "room_5102@conference.kago.example",
      "game_1.0.0.12",
    ])
      for (const [api, body] of CALLS) {
        const { text, line } = await deliveredIm(rig, gw, api, body(id));
        expect(text, `${api} ${id}`).toBe(JSON.stringify(body(id)));
        if (!api.endsWith("send_group_msg")) expect(line?.endpoint, api).toBe("unknown");
      }
  });
});
