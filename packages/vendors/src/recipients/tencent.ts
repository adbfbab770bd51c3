/**
 * Tencent (tencent): Chat (IM) REST API v4 on console.tim.qq.com / adminapi*.im.qcloud.com, and
 * Tencent Cloud API 3.0 on *.tencentcloudapi.com.
 *
 * Session 15: message import (`openim/importmsg`, `group_open_http_svc/import_group_msg`) and
 * friends (`sns/friend_add`, `friend_import`, `friend_update`, whose `SnsItem` is a Tag/Value
 * list) joined the catalog; a push's title is the sender's display name (account.profile);
 * `@` mentions name accounts; conventional custom profile tags (`Tag_Profile_Custom_Intro`,
 * `_Sign`, `_Device`, `_Real`, `_RealName`, `_Name`) have their categories.
 *
 * Session 16: the group management calls (member cards and profiles, group profiles, attributes,
 * system notifications; `tencent-groups.ts`) joined, and `Tag_Profile_Custom_Anchor` is a name.
 */
import { z } from "zod";
import { addressingId, freeText, jsonString, operational, personal } from "../schema/tags.js";
import type { KeyValueList, VendorEndpointSpec, VendorRecipient } from "../types.js";
import {
  timAddGroupMemberBodySchema,
  timCreateGroupBodySchema,
  timDeleteGroupMemberBodySchema,
  timGroupAttrBodySchema,
  timGroupIdBodySchema,
  timImportGroupMemberBodySchema,
  timModifyGroupBaseInfoBodySchema,
  timModifyGroupMemberInfoBodySchema,
  timSendGroupSystemNotificationBodySchema,
} from "./tencent-groups.js";

const str = () => z.string();
const num = () => z.number();
const anyJson = () =>
  z.looseObject({}).describe("A JSON object of the app's own fields (generic rules apply).");

/** IM REST query: app id, admin identifier, UserSig, random, content type. */
export const timQuerySchema = z.looseObject({
  sdkappid: operational(str().describe("The IM app id.")),
  identifier: addressingId(str().describe("The admin account the call is made as (UserSig is bound to it).")),
  usersig: operational(str().describe("UserSig of the admin account.")),
  random: operational(str().describe("Random 32-bit number.")),
  contenttype: operational(str().describe("Always json.")).optional(),
});

/** One element of `MsgBody`, discriminated by `MsgType`. */
export const timMsgElementSchema = z.discriminatedUnion("MsgType", [
  z.looseObject({
    MsgType: operational(z.literal("TIMTextElem")),
    MsgContent: z.looseObject({ Text: freeText(str().describe("Message text.")) }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMLocationElem")),
    MsgContent: z.looseObject({
      Desc: personal(str().describe("Description of the location."), "contact.address"),
      Latitude: personal(num().describe("Latitude."), "location.coordinates"),
      Longitude: personal(num().describe("Longitude."), "location.coordinates"),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMFaceElem")),
    MsgContent: z.looseObject({
      Index: operational(num().describe("Emoji index.")),
      Data: freeText(str().describe("App-defined emoji data.")).optional(),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMCustomElem")),
    MsgContent: z.looseObject({
      Data: jsonString(anyJson()).describe("App-defined payload, usually JSON."),
      Desc: freeText(str().describe("Push text.")).optional(),
      Ext: freeText(str().describe("Push extension.")).optional(),
      Sound: operational(str().describe("Push sound.")).optional(),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMSoundElem")),
    MsgContent: z.looseObject({
      Url: personal(str().describe("Download URL of the recording."), "media.microphone"),
      UUID: operational(str().describe("Resource id.")).optional(),
      Size: operational(num().describe("Bytes.")).optional(),
      Second: operational(num().describe("Length.")).optional(),
      Download_Flag: operational(num().describe("Download flag.")).optional(),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMImageElem")),
    MsgContent: z.looseObject({
      UUID: operational(str().describe("Resource id.")).optional(),
      ImageFormat: operational(num().describe("Format.")).optional(),
      ImageInfoArray: z.array(
        z.looseObject({
          Type: operational(num().describe("1 original, 2 large, 3 thumbnail.")),
          Size: operational(num().describe("Bytes.")).optional(),
          Width: operational(num().describe("Width.")).optional(),
          Height: operational(num().describe("Height.")).optional(),
          URL: personal(str().describe("Picture URL."), "media.photo_album"),
        }),
      ),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMFileElem")),
    MsgContent: z.looseObject({
      Url: personal(str().describe("File URL."), "media.photo_album"),
      FileName: freeText(str().describe("File name.")).optional(),
      FileSize: operational(num().describe("Bytes.")).optional(),
      UUID: operational(str().describe("Resource id.")).optional(),
      Download_Flag: operational(num().describe("Download flag.")).optional(),
    }),
  }),
  z.looseObject({
    MsgType: operational(z.literal("TIMVideoFileElem")),
    MsgContent: z.looseObject({
      VideoUrl: personal(str().describe("Video URL."), "media.camera"),
      ThumbUrl: personal(str().describe("Thumbnail URL."), "media.camera").optional(),
      VideoUUID: operational(str().describe("Resource id.")).optional(),
      VideoSize: operational(num().describe("Bytes.")).optional(),
      VideoSecond: operational(num().describe("Length.")).optional(),
      VideoFormat: operational(str().describe("Format.")).optional(),
      ThumbUUID: operational(str().describe("Resource id.")).optional(),
      ThumbFormat: operational(str().describe("Format.")).optional(),
      ThumbWidth: operational(num().describe("Width.")).optional(),
      ThumbHeight: operational(num().describe("Height.")).optional(),
      ThumbSize: operational(num().describe("Bytes.")).optional(),
    }),
  }),
]);

/**
 * A push's title: by convention (TUIKit) the sender's display name or the group's, a value no
 * detector can tell from other words, so it is tagged as profile data. Not as a nickname: the
 * engine would cut a nickname's words from the rest of the message, and a title that is no name
 * ("apns title", "Gift received") would take words of the push text and its sound file with it.
 */
const pushTitle = () =>
  personal(str().describe("Push title: the sender's display name by convention."), "account.profile");

const offlinePushInfo = z.looseObject({
  PushFlag: operational(num().describe("0 push, 1 no push.")).optional(),
  Title: pushTitle().optional(),
  Desc: freeText(str().describe("Push text.")).optional(),
  Ext: jsonString(anyJson()).describe("Push extension, usually JSON.").optional(),
  ApnsInfo: z
    .looseObject({
      Title: pushTitle().optional(),
      SubTitle: freeText(str().describe("APNs subtitle.")).optional(),
    })
    .optional(),
});

const messageCommon = {
  MsgRandom: operational(num().describe("Random number deduplicating the message.")),
  MsgBody: z.array(timMsgElementSchema).describe("Message elements."),
  MsgLifeTime: operational(num().describe("Offline storage seconds.")).optional(),
  MsgSeq: operational(num().describe("Sequence number.")).optional(),
  MsgTimeStamp: operational(num().describe("Unix time.")).optional(),
  SyncOtherMachine: operational(num().describe("1 sync to sender's devices, 2 not.")).optional(),
  ForbidCallbackControl: operational(z.array(str()).describe("Callbacks to skip.")).optional(),
  SendMsgControl: operational(z.array(str()).describe("Send controls.")).optional(),
  IsNeedReadReceipt: operational(num().describe("Read receipt flag.")).optional(),
  SupportMessageExtension: operational(num().describe("Extension flag.")).optional(),
  CloudCustomData: jsonString(anyJson()).describe("App-defined message data, usually JSON.").optional(),
  OfflinePushInfo: offlinePushInfo.optional(),
};

/** `v4/openim/sendmsg`. */
export const timSendMsgBodySchema = z.looseObject({
  From_Account: personal(str().describe("Sender account."), "account.id").optional(),
  To_Account: personal(str().describe("Receiver account."), "account.id"),
  ...messageCommon,
});

/** `v4/openim/batchsendmsg`. */
export const timBatchSendMsgBodySchema = z.looseObject({
  From_Account: personal(str().describe("Sender account."), "account.id").optional(),
  To_Account: personal(z.array(str()).describe("Receiver accounts."), "account.id"),
  ...messageCommon,
});

/** `v4/openim/importmsg`: a one-to-one message imported from another system. */
export const timImportMsgBodySchema = z.looseObject({
  SyncFromOldSystem: operational(num().describe("2 history, 5 live during migration.")),
  From_Account: personal(str().describe("Sender account."), "account.id"),
  To_Account: personal(str().describe("Receiver account."), "account.id"),
  ...messageCommon,
});

/** `v4/group_open_http_svc/send_group_msg`. */
export const timSendGroupMsgBodySchema = z.looseObject({
  GroupId: addressingId(str().describe("Group (room) id.")),
  Random: operational(num().describe("Random number deduplicating the message.")),
  From_Account: personal(str().describe("Sender account."), "account.id").optional(),
  MsgPriority: operational(str().describe("High, Normal, Low, Lowest.")).optional(),
  OnlineOnlyFlag: operational(num().describe("Online-only flag.")).optional(),
  TopicId: addressingId(str().describe("Topic id.")).optional(),
  GroupAtInfo: z
    .array(
      z.looseObject({
        GroupAt_AllMember: operational(num().describe("1 mentions everyone.")).optional(),
        GroupAt_Account: personal(str().describe("The mentioned account."), "account.id").optional(),
      }),
    )
    .describe("@ mentions.")
    .optional(),
  ...messageCommon,
  MsgRandom: operational(num().describe("Random number.")).optional(),
});

/** `v4/group_open_http_svc/import_group_msg`: group messages imported from another system. */
export const timImportGroupMsgBodySchema = z.looseObject({
  GroupId: addressingId(str().describe("Group id.")),
  RecentContactFlag: operational(num().describe("1 updates conversations.")).optional(),
  TopicId: addressingId(str().describe("Topic id.")).optional(),
  MsgList: z
    .array(
      z.looseObject({
        From_Account: personal(str().describe("Sender account."), "account.id"),
        SendTime: operational(num().describe("Unix time.")),
        Random: operational(num().describe("Random number.")).optional(),
        MsgBody: z.array(timMsgElementSchema).describe("Message elements."),
        CloudCustomData: jsonString(anyJson()).describe("App-defined message data.").optional(),
      }),
    )
    .describe("The messages."),
});

/** `v4/im_open_login_svc/account_import`. */
export const timAccountImportBodySchema = z.looseObject({
  UserID: personal(str().describe("The account to create."), "account.id"),
  Nick: personal(str().describe("Nickname."), "account.profile.nickname").optional(),
  FaceUrl: personal(str().describe("Avatar URL."), "account.profile").optional(),
});

/** Known `Tag_Profile_IM_*` tags of `ProfileItem`. */
export const TIM_PROFILE_TAGS: KeyValueList["known"] = {
  Tag_Profile_IM_Nick: "account.profile.nickname",
  Tag_Profile_IM_Gender: "account.profile.gender",
  Tag_Profile_IM_BirthDay: "account.profile.birthday",
  Tag_Profile_IM_Location: "contact.address",
  Tag_Profile_IM_SelfSignature: "account.profile.introduction",
  Tag_Profile_IM_Image: "account.profile",
  Tag_Profile_IM_Language: "device.attribute.language",
  Tag_Profile_IM_AllowType: "operational",
  Tag_Profile_IM_AdminForbidType: "operational",
  Tag_Profile_IM_MsgSettings: "operational",
  Tag_Profile_IM_Level: "operational",
  Tag_Profile_IM_Role: "operational",
  // App-defined tags (configured in the IM console), by the names apps give them: a personal
  // introduction and a signature are the profile's introduction, as Tag_Profile_IM_SelfSignature;
  // a device is its model; a real name is a name (the red team saw `Tag_Profile_Custom_Real`
  // "Astrid Solberg" arrive as "[redacted:...] Solberg": only the word another field's value had
  // named was cut). Other custom tags go to the engine's generic rules.
  Tag_Profile_Custom_Intro: "account.profile.introduction",
  Tag_Profile_Custom_Sign: "account.profile.introduction",
  Tag_Profile_Custom_Device: "device.attribute.model",
  Tag_Profile_Custom_Real: "account.profile.name",
  Tag_Profile_Custom_RealName: "account.profile.name",
  Tag_Profile_Custom_Name: "account.profile.name",
  // session 16: a live-streaming app's anchor tag holds the anchor's name (the red team saw
  // `Tag_Profile_Custom_Anchor` "Astrid Solberg" arrive whole: no key-table word names it)
  Tag_Profile_Custom_Anchor: "account.profile.name",
};

/**
 * Known tags of `SnsItem` / `CustomItem` (friend fields). A remark is the name a user gives a
 * friend, shown in place of the friend's nickname. `Tag_SNS_IM_Group` (friend list names) and
 * `Tag_SNS_IM_AddWording` (a request message) are left to the engine's text detectors, as
 * `Tag_SNS_Custom_*` are to its generic rules.
 */
export const TIM_SNS_TAGS: KeyValueList["known"] = {
  Tag_SNS_IM_Remark: "account.profile.nickname",
  Tag_SNS_IM_AddSource: "operational",
  Tag_SNS_IM_AddTime: "operational",
  Tag_SNS_IM_RemarkTime: "operational",
};

/** `v4/profile/portrait_set`. */
export const timPortraitSetBodySchema = z.looseObject({
  From_Account: personal(str().describe("The account whose profile is set."), "account.id"),
  ProfileItem: z
    .array(
      z.object({
        Tag: operational(str().describe("Profile field name.")),
        Value: z.union([str(), num()]).describe("Profile field value; its category follows from Tag."),
      }),
    )
    .describe("Profile fields, as Tag/Value pairs."),
});

const tagValue = () =>
  z.object({
    Tag: operational(str().describe("Field name.")),
    Value: z.union([str(), num(), z.array(str())]).describe("Field value; its category follows from Tag."),
  });

const friendAccount = () => personal(str().describe("The friend's account."), "account.id");
const remark = () =>
  personal(str().describe("The name the user gives the friend."), "account.profile.nickname");

/** `v4/sns/friend_add`. */
export const timFriendAddBodySchema = z.looseObject({
  From_Account: personal(str().describe("The account adding friends."), "account.id"),
  AddFriendItem: z
    .array(
      z.looseObject({
        To_Account: friendAccount(),
        Remark: remark().optional(),
        GroupName: freeText(str().describe("Friend list name.")).optional(),
        AddSource: operational(str().describe("AddSource_Type_*.")),
        AddWording: freeText(str().describe("Friend request message.")).optional(),
      }),
    )
    .describe("The friends to add."),
  AddType: operational(str().describe("Add_Type_Single or Add_Type_Both.")).optional(),
  ForceAddFlags: operational(num().describe("1 adds without approval.")).optional(),
});

/** `v4/sns/friend_import`. */
export const timFriendImportBodySchema = z.looseObject({
  From_Account: personal(str().describe("The account importing friends."), "account.id"),
  AddFriendItem: z
    .array(
      z.looseObject({
        To_Account: friendAccount(),
        Remark: remark().optional(),
        RemarkTime: operational(num().describe("Unix time.")).optional(),
        GroupName: freeText(z.array(str()).describe("Friend list names.")).optional(),
        AddSource: operational(str().describe("AddSource_Type_*.")),
        AddWording: freeText(str().describe("Friend request message.")).optional(),
        AddTime: operational(num().describe("Unix time.")).optional(),
        CustomItem: z.array(tagValue()).describe("Custom friend fields, as Tag/Value pairs.").optional(),
      }),
    )
    .describe("The friends to import."),
});

/** `v4/sns/friend_update`. */
export const timFriendUpdateBodySchema = z.looseObject({
  From_Account: personal(str().describe("The account whose friends change."), "account.id"),
  UpdateItem: z
    .array(
      z.looseObject({
        To_Account: friendAccount(),
        SnsItem: z.array(tagValue()).describe("Friend fields, as Tag/Value pairs."),
      }),
    )
    .describe("The friends to update."),
});

const TIM_DOCS = "https://www.tencentcloud.com/document/product/1047";

function timEndpoint(
  id: string,
  path: string,
  bodySchema: z.ZodType,
  extra: Partial<VendorEndpointSpec> = {},
): VendorEndpointSpec {
  return {
    id: `tencent.im.${id}`,
    recipient: "tencent",
    method: "POST",
    pathPattern: path,
    bodyFormat: "json",
    bodySchema,
    querySchema: timQuerySchema,
    signature: "tim-usersig",
    docs: TIM_DOCS,
    ...extra,
  };
}

/** The group management calls (session 16), on the paths Tencent's REST API documents. */
const TIM_GROUP_CALLS: ReadonlyArray<readonly [id: string, path: string, body: z.ZodType]> = [
  ["modify-group-base-info", "group_open_http_svc/modify_group_base_info", timModifyGroupBaseInfoBodySchema],
  [
    "modify-group-member-info",
    "group_open_http_svc/modify_group_member_info",
    timModifyGroupMemberInfoBodySchema,
  ],
  [
    "send-group-system-notification",
    "group_open_http_svc/send_group_system_notification",
    timSendGroupSystemNotificationBodySchema,
  ],
  ["add-group-member", "group_open_http_svc/add_group_member", timAddGroupMemberBodySchema],
  ["delete-group-member", "group_open_http_svc/delete_group_member", timDeleteGroupMemberBodySchema],
  ["import-group-member", "group_open_http_svc/import_group_member", timImportGroupMemberBodySchema],
  ["modify-group-attr", "group_open_http_svc/modify_group_attr", timGroupAttrBodySchema],
  ["set-group-attr", "group_open_http_svc/set_group_attr", timGroupAttrBodySchema],
  ["clear-group-attr", "group_open_http_svc/clear_group_attr", timGroupIdBodySchema],
  ["get-group-attr", "group_open_attr_http_svc/get_group_attr", timGroupIdBodySchema],
];
const TIM_GROUP_ENDPOINTS = TIM_GROUP_CALLS.map(([id, path, body]) => timEndpoint(id, `/v4/${path}`, body));

/**
 * What every IM call acts on (session 19, `schema/addressing-keys.ts`): the group (`GroupId`, a
 * list `GroupIdList[]` in `get_group_info`), the community topic (`TopicId`, `TopicIdList[]` in
 * `get_topic`) and, in the query, the admin account the call is made as (`identifier`).
 */
const TIM_ADDRESSING_KEYS = {
  body: ["GroupId", "GroupIdList[]", "TopicId", "TopicIdList[]"],
  query: ["identifier"],
  docs: "Tencent IM REST API (group_open_http_svc, group_open_attr_http_svc, community topics).",
} as const;

/** Tencent Cloud API 3.0 common headers (`X-TC-*`). */
export const tencentCloudApiDocs = "https://www.tencentcloud.com/document/api/213/33224";

/** The tencent recipient. */
/**
 * The common parameters of a Tencent Cloud API call signed the older way (a form body, or the query
 * of a GET): all operational, so no detector reads a `Nonce` or a `Timestamp` shaped like a phone
 * number, or the `Signature` (session 15; until then only the key table's leaving a bare
 * `Signature` alone kept it whole). The action's own parameters go to the generic rules.
 */
const tcV1CommonParamsSchema = z.looseObject({
  Action: operational(str().describe("The API's action.")).optional(),
  Version: operational(str().describe("The API version.")).optional(),
  Region: operational(str().describe("The region.")).optional(),
  Timestamp: operational(str().describe("Unix time of the call.")).optional(),
  Nonce: operational(str().describe("A random positive integer.")).optional(),
  SecretId: operational(str().describe("The caller's SecretId.")).optional(),
  Signature: operational(str().describe("The v1 signature over every other parameter.")).optional(),
  SignatureMethod: operational(str().describe("HmacSHA1 or HmacSHA256.")).optional(),
  Token: operational(str().describe("A temporary credential's token.")).optional(),
  Language: operational(str().describe("The language of answers.")).optional(),
});

export const TENCENT: VendorRecipient = {
  id: "tencent",
  vendor: "Tencent",
  hosts: ["console.tim.qq.com", "*.im.qcloud.com", "*.tencentcloudapi.com"],
  defaultUpstream: "https://console.tim.qq.com",
  // Cloud API 3.0 (TC3) carries the action, version, region, timestamp, token and language in
  // `X-TC-*` (tencentcloud-sdk-nodejs-common); the IM REST API signs in the query (UserSig)
  headers: {
    names: [],
    prefixes: ["x-tc-"],
    docs: tencentCloudApiDocs,
  },
  addressingKeys: TIM_ADDRESSING_KEYS,
  endpoints: [
    timEndpoint("sendmsg", "/v4/openim/sendmsg", timSendMsgBodySchema),
    timEndpoint("batchsendmsg", "/v4/openim/batchsendmsg", timBatchSendMsgBodySchema),
    timEndpoint("account-import", "/v4/im_open_login_svc/account_import", timAccountImportBodySchema),
    timEndpoint("create-group", "/v4/group_open_http_svc/create_group", timCreateGroupBodySchema),
    timEndpoint("portrait-set", "/v4/profile/portrait_set", timPortraitSetBodySchema, {
      keyValueLists: [
        { path: "ProfileItem[]", keyField: "Tag", valueField: "Value", known: TIM_PROFILE_TAGS },
      ],
    }),
    timEndpoint("send-group-msg", "/v4/group_open_http_svc/send_group_msg", timSendGroupMsgBodySchema),
    timEndpoint("importmsg", "/v4/openim/importmsg", timImportMsgBodySchema),
    timEndpoint("import-group-msg", "/v4/group_open_http_svc/import_group_msg", timImportGroupMsgBodySchema),
    timEndpoint("friend-add", "/v4/sns/friend_add", timFriendAddBodySchema),
    timEndpoint("friend-import", "/v4/sns/friend_import", timFriendImportBodySchema, {
      keyValueLists: [
        { path: "AddFriendItem[].CustomItem[]", keyField: "Tag", valueField: "Value", known: TIM_SNS_TAGS },
      ],
    }),
    timEndpoint("friend-update", "/v4/sns/friend_update", timFriendUpdateBodySchema, {
      keyValueLists: [
        { path: "UpdateItem[].SnsItem[]", keyField: "Tag", valueField: "Value", known: TIM_SNS_TAGS },
      ],
    }),
    ...TIM_GROUP_ENDPOINTS,
    {
      id: "tencent.cloudapi.tc3",
      recipient: "tencent",
      method: "POST",
      pathPattern: "/",
      bodyFormat: "json",
      signature: "tc3",
      docs: tencentCloudApiDocs,
    },
    {
      id: "tencent.cloudapi.v1-form",
      recipient: "tencent",
      method: "POST",
      pathPattern: "/",
      bodyFormat: "form",
      bodySchema: tcV1CommonParamsSchema,
      signature: "tc-v1",
      docs: tencentCloudApiDocs,
    },
    {
      id: "tencent.cloudapi.get",
      recipient: "tencent",
      method: "GET",
      pathPattern: "/",
      bodyFormat: "none",
      querySchema: tcV1CommonParamsSchema,
      signature: "tc-v1",
      docs: tencentCloudApiDocs,
    },
  ],
};
