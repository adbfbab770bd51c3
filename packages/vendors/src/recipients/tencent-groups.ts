/**
 * Tencent IM group management (`group_open_http_svc`, `group_open_attr_http_svc`): the request
 * bodies of the calls that create a group, change its profile, its members and their cards, its
 * custom attributes, and send it a system notification.
 *
 * Session 16: until then only `create_group`, `send_group_msg` and `import_group_msg` were
 * catalogued, so the other calls passed on the engine's generic rules alone: a `GroupId` shaped
 * like a mobile number arrived as `[redacted:contact.phone]` (the call then named another group),
 * and a phone number in `delete_group_member`'s `MemberToDel_Account` was pooled under that
 * placeholder instead of refusing the call. Every account a group call names is an account id
 * (`accountIdsWithPersonalData`); group ids, roles, flags, times and counts are operational; a
 * member's group card is a nickname; a group's name, introduction and avatar are read as profile
 * data, as the key table reads them (a live room's group is usually named after its anchor, and
 * its introduction is the anchor's); the notice, a notification and a kick reason are free text.
 * App-defined data (`AppDefinedData`, `AppMemberDefinedData`, `GroupAttr`) are Key/Value pairs
 * whose keys are the app's own: the engine reads each value by its key's name and its detectors.
 */
import { z } from "zod";
import { addressingId, freeText, operational, personal } from "../schema/tags.js";

const str = () => z.string();
const num = () => z.number();

const groupId = () => addressingId(str().describe("The group (room) id: `@TGS#...` or the app's own."));
const account = (what: string) => personal(str().describe(what), "account.id");
const accounts = (what: string) => personal(z.array(str()).describe(what), "account.id");
const memberRole = () => operational(str().describe("Owner, Admin or Member."));

/**
 * App-defined fields as Key/Value pairs (`AppDefinedData`, `AppMemberDefinedData`): the keys are
 * configured in the IM console, so their values are left to the engine's generic rules, which read
 * each value by its key's name (`owner_phone`, `anchor_name`) and with its detectors.
 */
const appDefinedData = (what: string) =>
  z
    .array(
      z.looseObject({
        Key: operational(str().describe("The field's name, configured in the IM console.")),
        Value: str().describe("The field's value (generic rules apply, by the key's name)."),
      }),
    )
    .describe(what);

/**
 * The fields a group's profile shares between `create_group` and `modify_group_base_info`. The
 * name, introduction and avatar are dropped whole, as the engine's key table drops a `Name`, an
 * `Introduction` and a `FaceUrl`; a group's name that is a person's name also loses its words from
 * the call's free text (the notice). The notice is free text: its detectors run, it stays.
 */
const groupProfileFields = {
  Name: personal(
    str().describe("The group's name; a live room's is usually its anchor's name."),
    "account.profile.name",
  ).optional(),
  Introduction: personal(
    str().describe("The group's introduction; a live room's introduces its anchor."),
    "account.profile.introduction",
  ).optional(),
  Notification: freeText(str().describe("The group's notice.")).optional(),
  FaceUrl: personal(str().describe("The group's avatar URL."), "account.profile").optional(),
  ApplyJoinOption: operational(str().describe("FreeAccess, NeedPermission or DisableApply.")).optional(),
  InviteJoinOption: operational(str().describe("FreeAccess, NeedPermission or DisableInvite.")).optional(),
  AppDefinedData: appDefinedData("The group's app-defined fields.").optional(),
};

/**
 * `group_open_http_svc/create_group` (session 15): the group's owner and its first members are
 * account ids, so one that is a phone number or an e-mail address is refused or pseudonymized
 * (`accountIdsWithPersonalData`), never pooled under a placeholder. `Owner_Account` is read here
 * rather than by the key table: Alibaba Cloud's `OwnerAccount` is a cloud account. Since session 16
 * the group's id, type and limits are operational and its profile fields are tagged as in
 * `modify_group_base_info`.
 */
export const timCreateGroupBodySchema = z.looseObject({
  Owner_Account: account("The group's owner.").optional(),
  Type: operational(str().describe("Private, Public, ChatRoom, AVChatRoom or Community.")).optional(),
  GroupId: groupId().optional(),
  MaxMemberCount: operational(num().describe("Maximum number of members.")).optional(),
  SupportTopic: operational(num().describe("1 enables topics (Community).")).optional(),
  ...groupProfileFields,
  MemberList: z
    .array(
      z.looseObject({
        Member_Account: account("A member."),
        Role: memberRole().optional(),
        AppMemberDefinedData: appDefinedData("The member's app-defined fields.").optional(),
      }),
    )
    .optional(),
});

/** `group_open_http_svc/modify_group_base_info` (session 16): a group's profile. */
export const timModifyGroupBaseInfoBodySchema = z.looseObject({
  GroupId: groupId(),
  From_Account: account("The account the change is made as.").optional(),
  MaxMemberNum: operational(num().describe("Maximum number of members.")).optional(),
  MuteAllMember: operational(str().describe("On or Off: mutes every member.")).optional(),
  ...groupProfileFields,
});

/**
 * `group_open_http_svc/modify_group_member_info` (session 16): a member's role, message flag,
 * mute time, group card and app-defined fields. The group card (`NameCard`) is the name the member
 * shows in the group: a nickname, as the key table reads `NameCard`; its words are also cut from
 * the call's free text.
 */
export const timModifyGroupMemberInfoBodySchema = z.looseObject({
  GroupId: groupId(),
  Member_Account: account("The member whose profile changes."),
  Role: memberRole().optional(),
  MsgFlag: operational(str().describe("AcceptAndNotify, AcceptNotNotify, Discard...")).optional(),
  NameCard: personal(
    str().describe("The member's group card (display name)."),
    "account.profile.nickname",
  ).optional(),
  AppMemberDefinedData: appDefinedData("The member's app-defined fields.").optional(),
  ShutUpTime: operational(num().describe("Mute duration in seconds (0 unmutes).")).optional(),
  MuteTime: operational(num().describe("Mute duration in seconds, as some server SDKs name it.")).optional(),
});

/**
 * `group_open_http_svc/send_group_system_notification` (session 16): an online-only notice to the
 * group, or to the members named. `Content` is the app's text (or JSON): free text.
 */
export const timSendGroupSystemNotificationBodySchema = z.looseObject({
  GroupId: groupId(),
  ToMembers_Account: accounts("The members to notify (all when absent).").optional(),
  Content: freeText(str().describe("The notification's text.")),
  TopicId: addressingId(str().describe("Topic id.")).optional(),
});

/** `group_open_http_svc/add_group_member` (session 16). */
export const timAddGroupMemberBodySchema = z.looseObject({
  GroupId: groupId(),
  Silence: operational(num().describe("1 adds without notifying the group.")).optional(),
  MemberList: z
    .array(z.looseObject({ Member_Account: account("A member to add.") }))
    .describe("The members to add."),
});

/**
 * `group_open_http_svc/delete_group_member` (session 16): `MemberToDel_Account` holds account ids,
 * which the key table does not name, so before a phone number there was pooled under a placeholder.
 */
export const timDeleteGroupMemberBodySchema = z.looseObject({
  GroupId: groupId(),
  Silence: operational(num().describe("1 removes without notifying the group.")).optional(),
  Reason: freeText(str().describe("Why the members are removed, shown in the notice.")).optional(),
  MemberToDel_Account: accounts("The members to remove."),
});

/** `group_open_http_svc/import_group_member` (session 16): members migrated from another system. */
export const timImportGroupMemberBodySchema = z.looseObject({
  GroupId: groupId(),
  MemberList: z
    .array(
      z.looseObject({
        Member_Account: account("A member to import."),
        Role: memberRole().optional(),
        JoinTime: operational(num().describe("Unix time the member joined.")).optional(),
        UnreadMsgNum: operational(num().describe("The member's unread messages.")).optional(),
      }),
    )
    .describe("The members to import."),
});

/**
 * The custom attributes of a group (`modify_group_attr`, `set_group_attr`; session 16): `{key,
 * value}` pairs an audio room keeps its seats in. The keys are the app's own, so each value goes
 * to the engine's generic rules, read by its key's name (`anchor_name`, `owner_phone`) and with its
 * detectors (a seat's JSON is read as JSON).
 */
export const timGroupAttrBodySchema = z.looseObject({
  GroupId: groupId(),
  GroupAttr: z
    .array(
      z.looseObject({
        key: operational(str().describe("The attribute's name.")),
        value: str().describe("The attribute's value (generic rules apply, by the key's name)."),
      }),
    )
    .describe("The attributes, as key/value pairs."),
});

/** `get_group_attr`, `clear_group_attr` (session 16): the group alone. */
export const timGroupIdBodySchema = z.looseObject({ GroupId: groupId() });
