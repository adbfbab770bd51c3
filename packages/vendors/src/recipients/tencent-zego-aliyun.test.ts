import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  compileEndpoint,
  matchEndpoint,
  slsWebTrackingBodySchema,
  TIM_PROFILE_TAGS,
  timFriendAddBodySchema,
  timFriendImportBodySchema,
  timFriendUpdateBodySchema,
  timImportGroupMsgBodySchema,
  timImportMsgBodySchema,
  timPortraitSetBodySchema,
  timSendMsgBodySchema,
  VENDOR_CATALOG,
  zimSendRoomMessageBodySchema,
  zimUserInfoBodySchema,
} from "@kago/vendors";
import { describe, expect, it } from "vitest";
import {
  categoriesAt,
  endpoint,
  isAddressingId,
  isFreeText,
  isOperational,
} from "../../test/field-map-helpers.js";

const CASES_DIR = join(import.meta.dirname, "../../../../contract/cases");
const caseBody = (name: string): unknown => {
  const c = JSON.parse(readFileSync(join(CASES_DIR, `${name}.json`), "utf8"));
  const raw = Buffer.from(c.request.body_base64, "base64");
  const text =
    c.request.headers["Content-Encoding"] === "gzip"
      ? gunzipSync(raw).toString("utf8")
      : raw.toString("utf8");
  return JSON.parse(text);
};

describe("tencent IM REST", () => {
  it("tags sendmsg: accounts, message elements by type, JSON in CloudCustomData and Data", () => {
    const e = endpoint("tencent.im.sendmsg");
    const p = e.bodyFields;
    expect(categoriesAt(p, "To_Account")).toEqual(["account.id"]);
    expect(isOperational(p, "MsgRandom")).toBe(true);
    expect(isOperational(p, "MsgBody[].MsgType")).toBe(true);
    expect(isFreeText(p, "MsgBody[].MsgContent.Text")).toBe(true);
    expect(categoriesAt(p, "MsgBody[].MsgContent.Desc")).toEqual([
      "contact.address when MsgBody[].MsgType=TIMLocationElem",
    ]);
    expect(categoriesAt(p, "MsgBody[].MsgContent.Latitude")).toEqual([
      "location.coordinates when MsgBody[].MsgType=TIMLocationElem",
    ]);
    expect(categoriesAt(p, "MsgBody[].MsgContent.ImageInfoArray[].URL")).toEqual([
      "media.photo_album when MsgBody[].MsgType=TIMImageElem",
    ]);
    expect(categoriesAt(p, "MsgBody[].MsgContent.Url")).toEqual([
      "media.microphone when MsgBody[].MsgType=TIMSoundElem",
      "media.photo_album when MsgBody[].MsgType=TIMFileElem",
    ]);
    expect(p.encodedFields.map((f) => f.path)).toEqual(
      expect.arrayContaining(["MsgBody[].MsgContent.Data", "CloudCustomData", "OfflinePushInfo.Ext"]),
    );
    expect(isOperational(e.queryFields, "sdkappid")).toBe(true);
    expect(isOperational(e.queryFields, "usersig")).toBe(true);
    expect(timSendMsgBodySchema.safeParse(caseBody("tencent-im-sendmsg-phone-in-text")).success).toBe(true);
  });

  it("declares ProfileItem as a Tag/Value list with the profile tags' categories", () => {
    const e = endpoint("tencent.im.portrait-set");
    expect(e.keyValueLists).toHaveLength(1);
    const list = e.keyValueLists[0];
    expect(list?.path).toBe("ProfileItem[]");
    expect(list?.known.Tag_Profile_IM_Nick).toBe("account.profile.nickname");
    expect(list?.known.Tag_Profile_IM_BirthDay).toBe("account.profile.birthday");
    expect(list?.known.Tag_Profile_IM_Gender).toBe("account.profile.gender");
    expect(TIM_PROFILE_TAGS.Tag_Profile_IM_AdminForbidType).toBe("operational");
    expect(isOperational(e.bodyFields, "ProfileItem[].Tag")).toBe(true);
    expect(
      timPortraitSetBodySchema.safeParse(caseBody("tencent-im-portrait-set-profile-fields")).success,
    ).toBe(true);
  });

  // session 15: the known tags reach the plan as conditions on the pair's Tag
  it("puts the known profile tags into the body's field map, conditioned on the pair's Tag", () => {
    const p = endpoint("tencent.im.portrait-set").bodyFields;
    const value = categoriesAt(p, "ProfileItem[].Value");
    expect(value).toContain("account.profile.nickname when ProfileItem[].Tag=Tag_Profile_IM_Nick");
    expect(value).toContain("account.profile when ProfileItem[].Tag=Tag_Profile_IM_Image");
    expect(value).toContain("account.profile.introduction when ProfileItem[].Tag=Tag_Profile_Custom_Intro");
    expect(value).toContain("account.profile.introduction when ProfileItem[].Tag=Tag_Profile_Custom_Sign");
    expect(value).toContain("device.attribute.model when ProfileItem[].Tag=Tag_Profile_Custom_Device");
    // session 16: `_Anchor` (a live room's anchor name, seen holding "Astrid Solberg")
    for (const tag of ["Real", "RealName", "Name", "Anchor"])
      expect(value).toContain(`account.profile.name when ProfileItem[].Tag=Tag_Profile_Custom_${tag}`);
    // operational tags, and only under their condition: the value of an unknown tag is not operational
    expect(p.operationalFields).toContainEqual({
      path: "ProfileItem[].Value",
      when: { path: "ProfileItem[].Tag", equals: "Tag_Profile_IM_Level" },
    });
    expect(p.operationalFields).not.toContainEqual({ path: "ProfileItem[].Value" });
    // near miss: a custom tag whose name says nothing stays with the engine's generic rules
    expect(value.some((c) => c.includes("Tag_Profile_Custom_Team"))).toBe(false);
  });

  // session 15: so that a phone number as the owner's or a member's id is refused, not pooled
  it("tags create_group's owner and members as account ids, and a member's role as operational", () => {
    const p = endpoint("tencent.im.create-group").bodyFields;
    expect(categoriesAt(p, "Owner_Account")).toEqual(["account.id"]);
    expect(categoriesAt(p, "MemberList[].Member_Account")).toEqual(["account.id"]);
    expect(isOperational(p, "MemberList[].Role")).toBe(true);
    // session 16: the group's profile fields are tagged as in modify_group_base_info
    expect(categoriesAt(p, "Name")).toEqual(["account.profile.name"]);
    expect(isOperational(p, "GroupId")).toBe(true);
  });

  it("tags the friend APIs: a remark is a nickname, in friend_add as in friend_update's SnsItem", () => {
    const add = endpoint("tencent.im.friend-add").bodyFields;
    expect(categoriesAt(add, "AddFriendItem[].Remark")).toEqual(["account.profile.nickname"]);
    expect(categoriesAt(add, "AddFriendItem[].To_Account")).toEqual(["account.id"]);
    expect(isOperational(add, "AddFriendItem[].AddSource")).toBe(true);
    expect(isFreeText(add, "AddFriendItem[].AddWording")).toBe(true);
    const update = endpoint("tencent.im.friend-update").bodyFields;
    expect(categoriesAt(update, "UpdateItem[].SnsItem[].Value")).toEqual([
      "account.profile.nickname when UpdateItem[].SnsItem[].Tag=Tag_SNS_IM_Remark",
    ]);
    expect(isOperational(update, "UpdateItem[].SnsItem[].Tag")).toBe(true);
    const imported = endpoint("tencent.im.friend-import").bodyFields;
    expect(categoriesAt(imported, "AddFriendItem[].Remark")).toEqual(["account.profile.nickname"]);
    expect(categoriesAt(imported, "AddFriendItem[].CustomItem[].Value")).toEqual([
      "account.profile.nickname when AddFriendItem[].CustomItem[].Tag=Tag_SNS_IM_Remark",
    ]);
    // the documented request samples validate
    expect(
      timFriendUpdateBodySchema.safeParse({
        From_Account: "id",
        UpdateItem: [
          {
            To_Account: "id1",
            SnsItem: [
              { Tag: "Tag_SNS_IM_Remark", Value: "remark1" },
              { Tag: "Tag_SNS_IM_Group", Value: ["group1", "group2"] },
              { Tag: "Tag_SNS_Custom_Test", Value: "test" },
            ],
          },
        ],
      }).success,
    ).toBe(true);
    expect(
      timFriendAddBodySchema.safeParse({
        From_Account: "id",
        AddFriendItem: [
          {
            To_Account: "id1",
            Remark: "remark1",
            GroupName: "Classmates",
            AddSource: "AddSource_Type_XXXXXXXX",
            AddWording: "I'm Test1",
          },
        ],
        AddType: "Add_Type_Both",
        ForceAddFlags: 1,
      }).success,
    ).toBe(true);
    expect(
      timFriendImportBodySchema.safeParse({
        From_Account: "id",
        AddFriendItem: [
          {
            To_Account: "id1",
            Remark: "remark1",
            RemarkTime: 1420000001,
            GroupName: ["Friends"],
            AddSource: "AddSource_Type_XXXXXXXX",
            AddWording: "I'm Test1",
            AddTime: 1420000001,
            CustomItem: [
              { Tag: "Tag_SNS_Custom_XXXX", Value: "Test" },
              { Tag: "Tag_SNS_Custom_YYYY", Value: 0 },
            ],
          },
        ],
      }).success,
    ).toBe(true);
  });

  it("tags imported messages as sent ones: a location element's Desc and coordinates by MsgType", () => {
    const one = endpoint("tencent.im.importmsg").bodyFields;
    expect(categoriesAt(one, "MsgBody[].MsgContent.Desc")).toEqual([
      "contact.address when MsgBody[].MsgType=TIMLocationElem",
    ]);
    expect(isOperational(one, "SyncFromOldSystem")).toBe(true);
    expect(categoriesAt(one, "From_Account")).toEqual(["account.id"]);
    const group = endpoint("tencent.im.import-group-msg").bodyFields;
    expect(categoriesAt(group, "MsgList[].MsgBody[].MsgContent.Desc")).toEqual([
      "contact.address when MsgList[].MsgBody[].MsgType=TIMLocationElem",
    ]);
    expect(categoriesAt(group, "MsgList[].MsgBody[].MsgContent.Longitude")).toEqual([
      "location.coordinates when MsgList[].MsgBody[].MsgType=TIMLocationElem",
    ]);
    expect(isFreeText(group, "MsgList[].MsgBody[].MsgContent.Desc")).toBe(true); // a custom element's
    expect(isOperational(group, "MsgList[].SendTime")).toBe(true);
    expect(
      timImportMsgBodySchema.safeParse({
        SyncFromOldSystem: 2,
        From_Account: "lumotuwe1",
        To_Account: "lumotuwe2",
        MsgSeq: 827092,
        MsgRandom: 1287657,
        MsgTimeStamp: 1556178721,
        MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "hi, beauty" } }],
        // (the sample's CloudCustomData is not JSON; the schema reads it as JSON, as sendmsg's)
      }).success,
    ).toBe(true);
    expect(
      timImportGroupMsgBodySchema.safeParse({
        GroupId: "@TGS#2C5SZEAEF",
        RecentContactFlag: 1,
        MsgList: [
          {
            From_Account: "leckie",
            SendTime: 1620808101,
            Random: 8912345,
            MsgBody: [
              { MsgType: "TIMTextElem", MsgContent: { Text: "red packet" } },
              { MsgType: "TIMFaceElem", MsgContent: { Index: 6, Data: "abc\u0000\u0001" } },
            ],
          },
        ],
      }).success,
    ).toBe(true);
    for (const [path, id] of [
      ["/v4/openim/importmsg", "tencent.im.importmsg"],
      ["/v4/group_open_http_svc/import_group_msg", "tencent.im.import-group-msg"],
      ["/v4/sns/friend_update", "tencent.im.friend-update"],
    ] as const)
      expect(matchEndpoint("tencent", { method: "POST", path })?.id).toBe(id);
  });

  it("tags a push's title as profile data, its text as free text, and @ mentions as accounts", () => {
    for (const id of ["tencent.im.sendmsg", "tencent.im.batchsendmsg", "tencent.im.send-group-msg"]) {
      const p = endpoint(id).bodyFields;
      expect(categoriesAt(p, "OfflinePushInfo.Title"), id).toEqual(["account.profile"]);
      expect(categoriesAt(p, "OfflinePushInfo.ApnsInfo.Title"), id).toEqual(["account.profile"]);
      expect(isFreeText(p, "OfflinePushInfo.Desc"), id).toBe(true);
      expect(isFreeText(p, "OfflinePushInfo.ApnsInfo.SubTitle"), id).toBe(true);
    }
    const group = endpoint("tencent.im.send-group-msg").bodyFields;
    expect(categoriesAt(group, "GroupAtInfo[].GroupAt_Account")).toEqual(["account.id"]);
    expect(isOperational(group, "GroupAtInfo[].GroupAt_AllMember")).toBe(true);
  });

  it("tags group messages and account import", () => {
    expect(isOperational(endpoint("tencent.im.send-group-msg").bodyFields, "GroupId")).toBe(true);
    expect(categoriesAt(endpoint("tencent.im.batchsendmsg").bodyFields, "To_Account")).toEqual([
      "account.id",
    ]);
    expect(categoriesAt(endpoint("tencent.im.account-import").bodyFields, "Nick")).toEqual([
      "account.profile.nickname",
    ]);
  });
});

describe("zego", () => {
  it("tags the RTC query parameters", () => {
    const q = endpoint("zego.rtc.SendBarrageMessage").queryFields;
    expect(categoriesAt(q, "UserName")).toEqual(["account.profile.nickname"]);
    expect(categoriesAt(q, "UserId")).toEqual(["account.id"]);
    for (const p of [
      "Action",
      "AppId",
      "SignatureNonce",
      "Timestamp",
      "Signature",
      "SignatureVersion",
      "RoomId",
    ])
      expect(isOperational(q, p), p).toBe(true);
    expect(isFreeText(q, "MessageContent")).toBe(true);
    expect(endpoint("zego.rtc.SendCustomCommand").queryFields.encodedFields).toEqual([
      { path: "MessageContent", encoding: "json" },
    ]);
    expect(isFreeText(endpoint("zego.rtc.KickoutUser").queryFields, "CustomReason")).toBe(true);
  });

  it("tags the ZIM bodies", () => {
    const p = endpoint("zego.zim.SendRoomMessage").bodyFields;
    expect(categoriesAt(p, "FromUserId")).toEqual(["account.id"]);
    expect(isOperational(p, "RoomId")).toBe(true);
    expect(isFreeText(p, "MessageBody.Message")).toBe(true);
    expect(p.encodedFields).toContainEqual({ path: "MessageBody.ExtendedData", encoding: "json" });
    expect(categoriesAt(endpoint("zego.zim.SendPeerMessage").bodyFields, "ToUserId")).toEqual(["account.id"]);
    expect(zimSendRoomMessageBodySchema.safeParse(caseBody("zego-zim-room-message-gzip")).success).toBe(true);
    // session 15: a push's title is the sender's display name by convention
    expect(categoriesAt(p, "MessageBody.OfflinePush.Title")).toEqual(["account.profile"]);
    expect(isFreeText(p, "MessageBody.OfflinePush.Content")).toBe(true);
  });

  // session 15: the avatar is profile data, as Tencent's FaceUrl and Tag_Profile_IM_Image
  it("tags ZIM UserRegister and ModifyUserInfo: the avatar and the name are profile data", () => {
    for (const action of ["UserRegister", "ModifyUserInfo"]) {
      const e = endpoint(`zego.zim.${action}`);
      expect(
        matchEndpoint("zego", { method: "POST", path: "/", query: `Action=${action}&AppId=1` })?.id,
      ).toBe(e.id);
      const p = e.bodyFields;
      expect(categoriesAt(p, "UserInfo[].UserAvatar"), action).toEqual(["account.profile"]);
      expect(categoriesAt(p, "UserInfo[].UserAvatarUrl"), action).toEqual(["account.profile"]);
      expect(categoriesAt(p, "UserInfo[].UserName"), action).toEqual(["account.profile.nickname"]);
      expect(categoriesAt(p, "UserInfo[].UserId"), action).toEqual(["account.id"]);
      expect(isFreeText(p, "UserInfo[].Extra"), action).toBe(true);
    }
    expect(categoriesAt(endpoint("tencent.im.account-import").bodyFields, "FaceUrl")).toEqual([
      "account.profile",
    ]);
    // Zego's documented samples
    expect(
      zimUserInfoBodySchema.safeParse({
        UserInfo: [
          { UserId: "aaa", UserName: "userNamea", UserAvatar: "http", Extra: "extra info" },
          { UserId: "bbb", UserName: "userNameb", UserAvatar: "http" },
        ],
      }).success,
    ).toBe(true);
  });
});

// session 18 (red team round 6, F15): the ids a call acts on go as they came or the call is refused
describe("addressing ids", () => {
  it("marks every Zego room and group id, every Tencent group and topic id and the IM admin identifier", () => {
    const marked: string[] = [];
    for (const e of VENDOR_CATALOG.endpoints.values()) {
      for (const [part, map] of [
        ["query", e.queryFields],
        ["body", e.bodyFields],
      ] as const) {
        for (const f of map.addressingIdFields) {
          expect(isOperational(map, f.path), `${e.id} ${f.path}`).toBe(true);
          expect(f.when, `${e.id} ${f.path}`).toBeUndefined();
          marked.push(`${e.id} ${part}:${f.path}`);
        }
      }
    }
    for (const id of ["SendBroadcastMessage", "SendBarrageMessage", "SendCustomCommand", "KickoutUser"])
      expect(marked).toContain(`zego.rtc.${id} query:RoomId`);
    expect(marked).toContain("zego.zim.SendRoomMessage body:RoomId");
    expect(marked).toContain("zego.zim.SendGroupMessage body:GroupId");
    for (const id of [
      "send-group-msg",
      "import-group-msg",
      "set-group-attr",
      "create-group",
      "delete-group-member",
    ])
      expect(marked).toContain(`tencent.im.${id} body:GroupId`);
    for (const id of ["send-group-msg", "import-group-msg", "send-group-system-notification"])
      expect(marked).toContain(`tencent.im.${id} body:TopicId`);
    expect(marked).toContain("tencent.im.sendmsg query:identifier");
    // not ids a call acts on: app ids, signatures, actions, message random numbers
    expect(marked.filter((m) => /AppId|sdkappid|Signature|Action|Random|usersig/.test(m))).toEqual([]);
    const q = endpoint("zego.rtc.SendBarrageMessage").queryFields;
    expect(isAddressingId(q, "RoomId")).toBe(true);
    expect(isAddressingId(q, "AppId")).toBe(false);
  });
});

describe("key/value lists in the field map", () => {
  const spec = (inPlan?: boolean) =>
    compileEndpoint({
      id: "test.kv",
      recipient: "tencent",
      method: "POST",
      pathPattern: "/",
      bodyFormat: "json",
      docs: "",
      keyValueLists: [
        {
          path: "Items[]",
          keyField: "Name",
          valueField: "Val",
          known: { mail: "contact.email", level: "operational" },
          ...(inPlan === undefined ? {} : { inPlan }),
        },
      ],
    });

  it("adds each known key as a condition on the key member, operational ones as conditional marks", () => {
    const p = spec().bodyFields;
    expect(p.fieldCategories).toEqual([
      { path: "Items[].Val", category: "contact.email", when: { path: "Items[].Name", equals: "mail" } },
    ]);
    expect(p.operationalFields).toEqual([
      { path: "Items[].Val", when: { path: "Items[].Name", equals: "level" } },
    ]);
  });

  it("leaves a list out of the plan when it says so (SLS contents: the engine's key table reads them)", () => {
    expect(spec(false).bodyFields.fieldCategories).toEqual([]);
    expect(spec(false).bodyFields.operationalFields).toEqual([]);
    const putLogs = endpoint("aliyun.sls.put-logs");
    expect(putLogs.keyValueLists.every((l) => l.inPlan === false)).toBe(true);
    expect(putLogs.bodyFields.fieldCategories.filter((f) => f.when !== undefined)).toEqual([]);
  });
});

describe("aliyun", () => {
  it("tags the LogGroup and declares its Key/Value lists", () => {
    const e = endpoint("aliyun.sls.put-logs");
    expect(e.bodyFormat).toBe("sls-protobuf");
    expect(e.signature).toBe("sls");
    expect(categoriesAt(e.bodyFields, "Source")).toEqual(["network.ip_address"]);
    expect(isOperational(e.bodyFields, "Logs[].Time")).toBe(true);
    // session 20: a topic is a name the app chooses (a host's, a user's): the value rules read it
    expect(isOperational(e.bodyFields, "Topic")).toBe(false);
    expect(categoriesAt(e.bodyFields, "Topic")).toEqual([]);
    expect(e.keyValueLists.map((l) => l.path)).toEqual(["Logs[].Contents[]", "LogTags[]"]);
  });

  it("tags web tracking", () => {
    const get = endpoint("aliyun.sls.web-tracking-get").queryFields;
    expect(isOperational(get, "APIVersion")).toBe(true);
    expect(isOperational(get, "__topic__")).toBe(false);
    expect(categoriesAt(get, "__source__")).toEqual(["network.ip_address"]);
    const post = endpoint("aliyun.sls.web-tracking-post").bodyFields;
    expect(isOperational(post, "__logs__[].__time__")).toBe(true);
    expect(isOperational(post, "__topic__")).toBe(false);
    expect(
      slsWebTrackingBodySchema.safeParse(caseBody("aliyun-putwebtracking-device-and-account")).success,
    ).toBe(true);
  });
});
