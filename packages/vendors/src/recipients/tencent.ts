/**
 * Tencent (tencent): Chat (IM) REST API v4 on console.tim.qq.com / adminapi*.im.qcloud.com, and
 * Tencent Cloud API 3.0 on *.tencentcloudapi.com.
 */
import { z } from "zod";
import { freeText, jsonString, operational, personal } from "../schema/tags.js";
import type { KeyValueList, VendorEndpointSpec, VendorRecipient } from "../types.js";

const str = () => z.string();
const num = () => z.number();
const anyJson = () =>
  z.looseObject({}).describe("A JSON object of the app's own fields (generic rules apply).");

/** IM REST query: app id, admin identifier, UserSig, random, content type. */
export const timQuerySchema = z.looseObject({
  sdkappid: operational(str().describe("The IM app id.")),
  identifier: operational(str().describe("The admin account the call is made as.")),
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

const offlinePushInfo = z.looseObject({
  PushFlag: operational(num().describe("0 push, 1 no push.")).optional(),
  Title: freeText(str().describe("Push title.")).optional(),
  Desc: freeText(str().describe("Push text.")).optional(),
  Ext: jsonString(anyJson()).describe("Push extension, usually JSON.").optional(),
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

/** `v4/group_open_http_svc/send_group_msg`. */
export const timSendGroupMsgBodySchema = z.looseObject({
  GroupId: operational(str().describe("Group (room) id.")),
  Random: operational(num().describe("Random number deduplicating the message.")),
  From_Account: personal(str().describe("Sender account."), "account.id").optional(),
  MsgPriority: operational(str().describe("High, Normal, Low, Lowest.")).optional(),
  OnlineOnlyFlag: operational(num().describe("Online-only flag.")).optional(),
  TopicId: operational(str().describe("Topic id.")).optional(),
  ...messageCommon,
  MsgRandom: operational(num().describe("Random number.")).optional(),
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

/** Tencent Cloud API 3.0 common headers (`X-TC-*`). */
export const tencentCloudApiDocs = "https://www.tencentcloud.com/document/api/213/33224";

/** The tencent recipient. */
export const TENCENT: VendorRecipient = {
  id: "tencent",
  vendor: "Tencent",
  hosts: ["console.tim.qq.com", "*.im.qcloud.com", "*.tencentcloudapi.com"],
  defaultUpstream: "https://console.tim.qq.com",
  endpoints: [
    timEndpoint("sendmsg", "/v4/openim/sendmsg", timSendMsgBodySchema),
    timEndpoint("batchsendmsg", "/v4/openim/batchsendmsg", timBatchSendMsgBodySchema),
    timEndpoint("account-import", "/v4/im_open_login_svc/account_import", timAccountImportBodySchema),
    timEndpoint("portrait-set", "/v4/profile/portrait_set", timPortraitSetBodySchema, {
      keyValueLists: [
        { path: "ProfileItem[]", keyField: "Tag", valueField: "Value", known: TIM_PROFILE_TAGS },
      ],
    }),
    timEndpoint("send-group-msg", "/v4/group_open_http_svc/send_group_msg", timSendGroupMsgBodySchema),
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
      signature: "tc-v1",
      docs: tencentCloudApiDocs,
    },
    {
      id: "tencent.cloudapi.get",
      recipient: "tencent",
      method: "GET",
      pathPattern: "/",
      bodyFormat: "none",
      signature: "tc-v1",
      docs: tencentCloudApiDocs,
    },
  ],
};
