/**
 * Shenzhen Zego Technology (zego): RTC server API (every parameter in the query, GET) and ZIM server
 * API (common parameters in the query, JSON body, POST). All calls share the path `/` and are told
 * apart by the `Action` query parameter. Hosts: `rtc-api.zego.im`, `zim-api.zego.im` and their
 * regional variants (`rtc-api-sha.zego.im`, ...).
 *
 * Session 15: ZIM `UserRegister` and `ModifyUserInfo` joined the catalog (a user's avatar is
 * account.profile, as Tencent's `FaceUrl`), and a push's title is the sender's display name.
 */
import { z } from "zod";
import { addressingId, freeText, jsonString, operational, personal } from "../schema/tags.js";
import type { VendorEndpointSpec, VendorRecipient } from "../types.js";

const str = () => z.string();
const ids = () => z.union([z.string(), z.array(z.string())]);
/**
 * The room a call acts on: forwarded as it came or the call refused (session 18): a room id that
 * is an e-mail address was dropped from calls that require it, and `room_+4741234567` went as
 * `room_[redacted:contact.phone]`, another room.
 */
const roomId = () => addressingId(str().describe("Room id."));
const anyJson = () =>
  z.looseObject({}).describe("A JSON object of the app's own fields (generic rules apply).");

/** The common query parameters of every Zego server API call. */
const commonQuery = {
  Action: operational(str().describe("The API called.")),
  AppId: operational(str().describe("The Zego app id.")),
  SignatureNonce: operational(str().describe("Random string signed over.")),
  Timestamp: operational(str().describe("Unix time signed over.")),
  Signature: operational(str().describe("md5(AppId + SignatureNonce + ServerSecret + Timestamp).")),
  SignatureVersion: operational(str().describe("2.0.")),
  IsTest: operational(str().describe("Test environment flag.")).optional(),
};

/** Query of a ZIM call (the body carries the rest). */
export const zegoCommonQuerySchema = z.looseObject(commonQuery);

const sender = {
  RoomId: roomId(),
  UserId: personal(str().describe("Sender's user id."), "account.id"),
  UserName: personal(
    str().describe("Sender's display name (often the real name)."),
    "account.profile.nickname",
  ),
  MessageCategory: operational(str().describe("1 system, 2 chat.")).optional(),
  MessageContent: freeText(str().describe("Message text.")),
};

/** `SendBroadcastMessage` and `SendBarrageMessage` (RTC). */
export const zegoRoomMessageQuerySchema = z.looseObject({ ...commonQuery, ...sender });

/** `SendCustomCommand` (RTC): `MessageContent` is JSON chosen by the app. */
export const zegoCustomCommandQuerySchema = z.looseObject({
  ...commonQuery,
  RoomId: roomId(),
  FromUserId: personal(str().describe("Sender's user id."), "account.id"),
  ToUserId: personal(ids().describe("Receivers (ToUserId[]); all when absent."), "account.id").optional(),
  MessageContent: jsonString(anyJson()).describe("App-defined command, JSON."),
});

/** `KickoutUser` (RTC). */
export const zegoKickoutQuerySchema = z.looseObject({
  ...commonQuery,
  RoomId: roomId(),
  UserId: personal(ids().describe("Users to remove (UserId[])."), "account.id"),
  CustomReason: freeText(str().describe("Reason shown to the user.")).optional(),
  Reason: freeText(str().describe("Reason shown to the user.")).optional(),
});

const zimMessageBody = z.looseObject({
  Message: freeText(str().describe("Message text (or base64 for binary types).")),
  ExtendedData: jsonString(anyJson()).describe("App-defined data, usually JSON.").optional(),
  OfflinePush: z
    .looseObject({
      // the sender's display name by convention (ZIMKit): profile data, not echoed as a nickname
      Title: personal(
        str().describe("Push title: the sender's display name by convention (ZIMKit)."),
        "account.profile",
      ).optional(),
      Content: freeText(str().describe("Push text.")).optional(),
      Payload: freeText(str().describe("Push payload.")).optional(),
    })
    .optional(),
});

const zimCommon = {
  FromUserId: personal(str().describe("Sender's user id."), "account.id"),
  MessageType: operational(z.number().describe("1 text, 2 command, 200 custom.")),
  Priority: operational(z.number().describe("1 low, 2 medium, 3 high.")).optional(),
  SubMsgType: operational(z.number().describe("Custom sub-type.")).optional(),
  SearchedContent: freeText(str().describe("Searchable text of a custom message.")).optional(),
  MessageBody: zimMessageBody,
};

/** ZIM `SendRoomMessage` body. */
export const zimSendRoomMessageBodySchema = z.looseObject({
  RoomId: roomId(),
  ...zimCommon,
});

/** ZIM `SendPeerMessage` body. */
export const zimSendPeerMessageBodySchema = z.looseObject({
  ToUserId: personal(z.array(str()).describe("Receivers."), "account.id"),
  ...zimCommon,
});

/** ZIM `SendGroupMessage` body. */
export const zimSendGroupMessageBodySchema = z.looseObject({
  GroupId: addressingId(str().describe("The group the message goes to.")),
  ...zimCommon,
});

const avatar = () =>
  personal(
    str().describe("Avatar URL (profile data; the taxonomy has no avatar category)."),
    "account.profile",
  );

/** One user of `UserRegister` / `ModifyUserInfo`. */
const zimUserInfo = z.looseObject({
  UserId: personal(str().describe("The user's id."), "account.id"),
  UserName: personal(
    str().describe("Display name (often the real name)."),
    "account.profile.nickname",
  ).optional(),
  UserAvatar: avatar().optional(),
  // ZIM's client SDKs call it userAvatarUrl; a backend mirroring them writes UserAvatarUrl.
  UserAvatarUrl: avatar().optional(),
  Extra: freeText(str().describe("App-defined user data.")).optional(),
});

/** ZIM `UserRegister` and `ModifyUserInfo` body (up to 100 users each). */
export const zimUserInfoBodySchema = z.looseObject({
  UserInfo: z.array(zimUserInfo).describe("The users to register, or whose profile changes."),
});

const RTC_DOCS = "https://www.zegocloud.com/docs/real-time-voice-server/api-reference";
const ZIM_DOCS = "https://www.zegocloud.com/docs/zim-server";

function rtc(action: string, querySchema: z.ZodType): VendorEndpointSpec {
  return {
    id: `zego.rtc.${action}`,
    recipient: "zego",
    method: "GET",
    pathPattern: "/",
    action,
    bodyFormat: "none",
    querySchema,
    signature: "zego-query",
    docs: RTC_DOCS,
  };
}

function zim(action: string, bodySchema: z.ZodType): VendorEndpointSpec {
  return {
    id: `zego.zim.${action}`,
    recipient: "zego",
    method: "POST",
    pathPattern: "/",
    action,
    bodyFormat: "json",
    bodySchema,
    querySchema: zegoCommonQuerySchema,
    signature: "zego-query",
    docs: ZIM_DOCS,
  };
}

/**
 * What every Zego call acts on (session 19, `schema/addressing-keys.ts`): the room (`RoomId`, a
 * list `RoomId[]` in `DescribeUserNum`), the stream (`StreamId`, `StreamId[]`: the id a client
 * chose when it published, which `ForbidRTCStream`, `ResumeRTCStream`, `AddStream`,
 * `DeleteStream` and the stream rules must name exactly; Zego recommends building it from the
 * room and user ids) and the ZIM group (`GroupId`).
 */
const ZEGO_ADDRESSING_KEYS = {
  // a list in the query is written `RoomId[]=a&RoomId[]=b`: the key is `RoomId[]`, quoted in a path
  query: ["RoomId", '["RoomId[]"]', "StreamId", '["StreamId[]"]'],
  body: ["RoomId", "StreamId", "GroupId"],
  docs: "Zego server API v2 (RTC: CloseRoom, DescribeUserNum, AddStream, DeleteStream, ForbidRTCStream, ResumeRTCStream, StartMix; ZIM group calls).",
} as const;

/** The zego recipient. */
export const ZEGO: VendorRecipient = {
  id: "zego",
  vendor: "Shenzhen Zego Technology",
  hosts: ["rtc-api.zego.im", "zim-api.zego.im", "*.zego.im"],
  defaultUpstream: "https://rtc-api.zego.im",
  // the server API's public parameters and signature are all in the query
  headers: {
    names: [],
    prefixes: [],
    docs: RTC_DOCS,
  },
  addressingKeys: ZEGO_ADDRESSING_KEYS,
  endpoints: [
    rtc("SendBroadcastMessage", zegoRoomMessageQuerySchema),
    rtc("SendBarrageMessage", zegoRoomMessageQuerySchema),
    rtc("SendCustomCommand", zegoCustomCommandQuerySchema),
    rtc("KickoutUser", zegoKickoutQuerySchema),
    zim("SendRoomMessage", zimSendRoomMessageBodySchema),
    zim("SendPeerMessage", zimSendPeerMessageBodySchema),
    zim("SendGroupMessage", zimSendGroupMessageBodySchema),
    zim("UserRegister", zimUserInfoBodySchema),
    zim("ModifyUserInfo", zimUserInfoBodySchema),
  ],
};
