/**
 * The Tencent IM group management calls the catalog gained in session 16: which fields are account
 * ids, profile data, free text and operational, and that Tencent's documented request samples
 * validate against the schemas.
 */
import {
  matchEndpoint,
  timAddGroupMemberBodySchema,
  timDeleteGroupMemberBodySchema,
  timGroupAttrBodySchema,
  timImportGroupMemberBodySchema,
  timModifyGroupBaseInfoBodySchema,
  timModifyGroupMemberInfoBodySchema,
  timSendGroupSystemNotificationBodySchema,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import { categoriesAt, endpoint, isFreeText, isOperational } from "../../test/field-map-helpers.js";

const match = (path: string) =>
  matchEndpoint("tencent", { method: "POST", path, query: "", headers: [] })?.id;

describe("tencent IM group management (session 16)", () => {
  it("matches each group call on the path Tencent documents, and no neighbour", () => {
    expect(match("/v4/group_open_http_svc/modify_group_member_info")).toBe(
      "tencent.im.modify-group-member-info",
    );
    expect(match("/v4/group_open_http_svc/modify_group_base_info")).toBe("tencent.im.modify-group-base-info");
    expect(match("/v4/group_open_http_svc/send_group_system_notification")).toBe(
      "tencent.im.send-group-system-notification",
    );
    expect(match("/v4/group_open_http_svc/add_group_member")).toBe("tencent.im.add-group-member");
    expect(match("/v4/group_open_http_svc/delete_group_member")).toBe("tencent.im.delete-group-member");
    expect(match("/v4/group_open_http_svc/import_group_member")).toBe("tencent.im.import-group-member");
    expect(match("/v4/group_open_http_svc/modify_group_attr")).toBe("tencent.im.modify-group-attr");
    expect(match("/v4/group_open_http_svc/set_group_attr")).toBe("tencent.im.set-group-attr");
    expect(match("/v4/group_open_http_svc/clear_group_attr")).toBe("tencent.im.clear-group-attr");
    expect(match("/v4/group_open_attr_http_svc/get_group_attr")).toBe("tencent.im.get-group-attr");
    // near misses: a call not catalogued stays unknown (the engine's generic rules)
    expect(match("/v4/group_open_http_svc/get_group_member_info")).toBeUndefined();
    expect(match("/v4/group_open_http_svc/modify_group_member_info_v2")).toBeUndefined();
  });

  it("modify_group_member_info: the member is an account id, the group card a nickname, the rest operational", () => {
    const p = endpoint("tencent.im.modify-group-member-info").bodyFields;
    expect(categoriesAt(p, "Member_Account")).toEqual(["account.id"]);
    expect(categoriesAt(p, "NameCard")).toEqual(["account.profile.nickname"]);
    for (const op of ["GroupId", "Role", "MsgFlag", "ShutUpTime", "MuteTime", "AppMemberDefinedData[].Key"])
      expect(isOperational(p, op), op).toBe(true);
    // app-defined values are the engine's: read by their key's name
    expect(categoriesAt(p, "AppMemberDefinedData[].Value")).toEqual([]);
    expect(isOperational(p, "AppMemberDefinedData[].Value")).toBe(false);
    for (const sample of [
      { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", Role: "Admin" },
      { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", MsgFlag: "AcceptAndNotify" },
      { GroupId: "@TGS#2CLUZEAEJ", Member_Account: "bob", NameCard: "bob", ShutUpTime: 86400 },
      {
        GroupId: "@TGS#2CLUZEAEJ",
        Member_Account: "bob",
        AppMemberDefinedData: [{ Key: "MemberDefined1", Value: "ModifyDefined1" }],
      },
    ])
      expect(timModifyGroupMemberInfoBodySchema.safeParse(sample).success).toBe(true);
  });

  it("modify_group_base_info: name, introduction and avatar are profile data, the notice free text, options operational", () => {
    const p = endpoint("tencent.im.modify-group-base-info").bodyFields;
    expect(categoriesAt(p, "Name")).toEqual(["account.profile.name"]);
    expect(categoriesAt(p, "Introduction")).toEqual(["account.profile.introduction"]);
    expect(categoriesAt(p, "FaceUrl")).toEqual(["account.profile"]);
    expect(categoriesAt(p, "From_Account")).toEqual(["account.id"]);
    expect(isFreeText(p, "Notification")).toBe(true);
    expect(categoriesAt(p, "Notification")).toEqual([]);
    for (const op of ["GroupId", "MaxMemberNum", "ApplyJoinOption", "InviteJoinOption", "MuteAllMember"])
      expect(isOperational(p, op), op).toBe(true);
    expect(
      timModifyGroupBaseInfoBodySchema.safeParse({
        GroupId: "@TGS#1NVTZEAE4",
        Name: "NewName",
        Introduction: "NewIntroduction",
        Notification: "NewNotification",
        FaceUrl: "http://this.is.new.face.url",
        MaxMemberNum: 500,
        ApplyJoinOption: "NeedPermission",
        MuteAllMember: "On",
        AppDefinedData: [{ Key: "GroupTestData1", Value: "xxxxx" }],
      }).success,
    ).toBe(true);
  });

  it("member lists and notifications: every account named is an account id; content and reasons free text", () => {
    const notify = endpoint("tencent.im.send-group-system-notification").bodyFields;
    expect(categoriesAt(notify, "ToMembers_Account")).toEqual(["account.id"]);
    expect(isFreeText(notify, "Content")).toBe(true);
    expect(isOperational(notify, "GroupId")).toBe(true);
    const add = endpoint("tencent.im.add-group-member").bodyFields;
    expect(categoriesAt(add, "MemberList[].Member_Account")).toEqual(["account.id"]);
    expect(isOperational(add, "Silence")).toBe(true);
    const del = endpoint("tencent.im.delete-group-member").bodyFields;
    expect(categoriesAt(del, "MemberToDel_Account")).toEqual(["account.id"]);
    expect(isFreeText(del, "Reason")).toBe(true);
    const imported = endpoint("tencent.im.import-group-member").bodyFields;
    expect(categoriesAt(imported, "MemberList[].Member_Account")).toEqual(["account.id"]);
    for (const op of ["GroupId", "MemberList[].Role", "MemberList[].JoinTime", "MemberList[].UnreadMsgNum"])
      expect(isOperational(imported, op), op).toBe(true);
    const samples: Array<[{ safeParse(v: unknown): { success: boolean } }, unknown]> = [
      [timSendGroupSystemNotificationBodySchema, { GroupId: "@TGS#2C5SZEAEF", Content: "Hello World" }],
      [
        timSendGroupSystemNotificationBodySchema,
        { GroupId: "@TGS#2C5SZEAEF", ToMembers_Account: ["peter", "leckie"], Content: "Hello World" },
      ],
      [
        timAddGroupMemberBodySchema,
        {
          GroupId: "@TGS#2J4SZEAEL",
          Silence: 1,
          MemberList: [{ Member_Account: "tommy" }, { Member_Account: "jared" }],
        },
      ],
      [
        timDeleteGroupMemberBodySchema,
        { GroupId: "@TGS#2J4SZEAEL", Reason: "kick reason", MemberToDel_Account: ["tommy", "jared"] },
      ],
      [
        timImportGroupMemberBodySchema,
        {
          GroupId: "@TGS#2J4SZEAEL",
          MemberList: [
            { Member_Account: "tommy", Role: "Admin", JoinTime: 1448357837, UnreadMsgNum: 5 },
            { Member_Account: "jared", JoinTime: 1448357857, UnreadMsgNum: 2 },
          ],
        },
      ],
    ];
    for (const [schema, sample] of samples) expect(schema.safeParse(sample).success).toBe(true);
  });

  it("group attributes: the group id and each key are operational, each value left to the engine", () => {
    for (const id of ["tencent.im.modify-group-attr", "tencent.im.set-group-attr"]) {
      const p = endpoint(id).bodyFields;
      expect(isOperational(p, "GroupId")).toBe(true);
      expect(isOperational(p, "GroupAttr[].key")).toBe(true);
      expect(isOperational(p, "GroupAttr[].value")).toBe(false);
      expect(categoriesAt(p, "GroupAttr[].value")).toEqual([]);
    }
    for (const id of ["tencent.im.get-group-attr", "tencent.im.clear-group-attr"])
      expect(isOperational(endpoint(id).bodyFields, "GroupId")).toBe(true);
    expect(
      timGroupAttrBodySchema.safeParse({
        GroupId: "@TGS#aC5SZEAEF",
        GroupAttr: [
          { key: "attr_key", value: "attr_val" },
          { key: "attr_key1", value: "attr_val1" },
        ],
      }).success,
    ).toBe(true);
  });
});
