/**
 * tencent IM REST v4 endpoints the catalog gained in session 15 (message import, friends) and its
 * session-15 readings of profile tags and push titles, through the gateway with a real UserSig
 * from tls-sig-api-v2 1.0.2 in the query. Each leak the red-team found is checked next to what
 * must arrive unchanged.
 */
import { describe, expect, it } from "vitest";
import { useVendorRig } from "./support.js";
import { deliveredIm, TENCENT_TEST_CREDS } from "./tencent-support.js";

const rig = useVendorRig("tencent", TENCENT_TEST_CREDS);

const NAME = "Astrid Solberg";
const ADDRESS = "Karl Johans gate 22, 0159 Oslo";
const LOCATION = { Desc: ADDRESS, Latitude: 59.913868, Longitude: 10.752245 };

/** Posts `body` to `/tencent/v4/<api>` through a new gateway: what the upstream received and the log line. */
async function post(api: string, body: unknown) {
  return deliveredIm(rig, await rig.gateway(false), api, body);
}

describe("Tencent IM message import", () => {
  it("importmsg: a location element loses its address and coordinates; text, a custom element and the ids arrive", async () => {
    const { text, sent, line } = await post("openim/importmsg", {
      SyncFromOldSystem: 2,
      From_Account: "kago_30417",
      To_Account: "kago_55120",
      MsgSeq: 827092,
      MsgRandom: 1287657,
      MsgTimeStamp: 1557387418,
      MsgBody: [
        { MsgType: "TIMLocationElem", MsgContent: LOCATION },
        { MsgType: "TIMCustomElem", MsgContent: { Data: '{"kind":"gift"}', Desc: "sent you a gift" } },
        { MsgType: "TIMTextElem", MsgContent: { Text: "see you at the concert" } },
      ],
    });
    for (const planted of ["Karl Johans", "0159", "59.913868", "10.752245"])
      expect(text).not.toContain(planted);
    expect(sent.MsgBody).toEqual([
      { MsgType: "TIMLocationElem", MsgContent: {} },
      { MsgType: "TIMCustomElem", MsgContent: { Data: '{"kind":"gift"}', Desc: "sent you a gift" } },
      { MsgType: "TIMTextElem", MsgContent: { Text: "see you at the concert" } },
    ]);
    expect(sent).toMatchObject({ From_Account: "kago_30417", To_Account: "kago_55120", MsgSeq: 827092 });
    expect(line?.endpoint).toBe("tencent.im.importmsg");
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["contact.address", "location.coordinates"]),
    );
  });

  it("import_group_msg: each imported message's location element loses its address and coordinates", async () => {
    const { text, sent, line } = await post("group_open_http_svc/import_group_msg", {
      GroupId: "@TGS#2C5SZEAEF",
      RecentContactFlag: 1,
      MsgList: [
        {
          From_Account: "kago_30417",
          SendTime: 1767261600,
          Random: 8912345,
          MsgBody: [{ MsgType: "TIMLocationElem", MsgContent: LOCATION }],
        },
        {
          From_Account: "kago_55120",
          SendTime: 1767261601,
          MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "red packet" } }],
        },
      ],
    });
    expect(text).not.toContain("Karl Johans");
    expect(text).not.toContain("59.913868");
    expect(sent.MsgList[0].MsgBody).toEqual([{ MsgType: "TIMLocationElem", MsgContent: {} }]);
    expect(sent.MsgList[1]).toEqual({
      From_Account: "kago_55120",
      SendTime: 1767261601,
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "red packet" } }],
    });
    expect(sent.GroupId).toBe("@TGS#2C5SZEAEF");
    expect(line?.endpoint).toBe("tencent.im.import-group-msg");
  });
});

describe("Tencent IM friends", () => {
  it("friend_add: the remark (a name the user gives the friend) is gone; the friend's id, source and list name arrive", async () => {
    const { text, sent, line } = await post("sns/friend_add", {
      From_Account: "kago_30417",
      AddFriendItem: [
        {
          To_Account: "kago_55120",
          Remark: NAME,
          GroupName: "Classmates",
          AddSource: "AddSource_Type_Android",
          AddWording: "hi from the concert",
        },
      ],
      AddType: "Add_Type_Both",
      ForceAddFlags: 1,
    });
    expect(text).not.toContain("Solberg");
    expect(sent.AddFriendItem).toEqual([
      {
        To_Account: "kago_55120",
        GroupName: "Classmates",
        AddSource: "AddSource_Type_Android",
        AddWording: "hi from the concert",
      },
    ]);
    expect(line?.endpoint).toBe("tencent.im.friend-add");
    // (fetch's user-agent and accept-language headers go too: device.attribute.*)
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["account.profile.nickname"]));
  });

  it("friend_update: the Tag_SNS_IM_Remark pair goes, a custom phone field goes by the engine's rules, friend lists and other custom fields stay", async () => {
    const { text, sent, line } = await post("sns/friend_update", {
      From_Account: "kago_30417",
      UpdateItem: [
        {
          To_Account: "kago_55120",
          SnsItem: [
            { Tag: "Tag_SNS_IM_Remark", Value: NAME },
            { Tag: "Tag_SNS_IM_Group", Value: ["friends", "orchestra"] },
            { Tag: "Tag_SNS_Custom_Phone", Value: "13812345678" },
            { Tag: "Tag_SNS_Custom_Rel", Value: "sister" },
          ],
        },
      ],
    });
    expect(text).not.toContain("Solberg");
    expect(text).not.toContain("13812345678");
    expect(sent.UpdateItem[0].SnsItem).toEqual([
      { Tag: "Tag_SNS_IM_Group", Value: ["friends", "orchestra"] },
      { Tag: "Tag_SNS_Custom_Rel", Value: "sister" },
    ]);
    expect(line?.endpoint).toBe("tencent.im.friend-update");
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining(["account.profile.nickname", "contact.phone"]),
    );
  });

  it("friend_import: the remark goes, times and sources stay", async () => {
    const { sent } = await post("sns/friend_import", {
      From_Account: "kago_30417",
      AddFriendItem: [
        {
          To_Account: "kago_55120",
          Remark: NAME,
          RemarkTime: 1767261600,
          GroupName: ["Friends"],
          AddSource: "AddSource_Type_Android",
          AddTime: 1767261600,
          CustomItem: [{ Tag: "Tag_SNS_Custom_Rel", Value: "sister" }],
        },
      ],
    });
    expect(sent.AddFriendItem).toEqual([
      {
        To_Account: "kago_55120",
        RemarkTime: 1767261600,
        GroupName: ["Friends"],
        AddSource: "AddSource_Type_Android",
        AddTime: 1767261600,
        CustomItem: [{ Tag: "Tag_SNS_Custom_Rel", Value: "sister" }],
      },
    ]);
  });
});

describe("Tencent IM profile and push readings", () => {
  it("portrait_set: a custom introduction, signature, device model and real name go; other custom tags pass through the engine's detectors", async () => {
    const { sent, line } = await post("profile/portrait_set", {
      From_Account: "kago_30417",
      ProfileItem: [
        { Tag: "Tag_Profile_Custom_Intro", Value: "Cellist from Bergen, born 1990" },
        { Tag: "Tag_Profile_Custom_Sign", Value: "Call me maybe" },
        { Tag: "Tag_Profile_Custom_Device", Value: "Pixel 8 Pro" },
        { Tag: "Tag_Profile_Custom_Real", Value: NAME },
        { Tag: "Tag_Profile_Custom_Note", Value: "text me on +47 912 34 567" },
        { Tag: "Tag_Profile_Custom_Age", Value: 35 },
        { Tag: "Tag_Profile_Custom_Team", Value: "Bergen Cellists" },
        { Tag: "Tag_Profile_IM_Level", Value: 3 },
      ],
    });
    expect(sent.ProfileItem).toEqual([
      { Tag: "Tag_Profile_Custom_Note", Value: "text me on [redacted:contact.phone]" },
      { Tag: "Tag_Profile_Custom_Age", Value: 35 },
      { Tag: "Tag_Profile_Custom_Team", Value: "Bergen Cellists" },
      { Tag: "Tag_Profile_IM_Level", Value: 3 },
    ]);
    expect(line?.categoriesRemoved).toEqual(
      expect.arrayContaining([
        "account.profile.introduction",
        "device.attribute.model",
        "account.profile.name",
        "contact.phone",
      ]),
    );
  });

  it("sendmsg: the push title (the sender's name) goes whole, the push text, sound and the @ mention's account stay", async () => {
    const { sent, line } = await post("group_open_http_svc/send_group_msg", {
      GroupId: "@TGS#2C5SZEAEF",
      From_Account: "kago_30417",
      Random: 8912345,
      MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "@kago_55120 the gift is here" } }],
      GroupAtInfo: [{ GroupAt_Account: "kago_55120" }],
      OfflinePushInfo: {
        PushFlag: 0,
        Title: NAME,
        Desc: "sent you a gift",
        ApnsInfo: { Sound: "gift.mp3", Title: NAME, SubTitle: "Live room 5102" },
      },
    });
    expect(sent.OfflinePushInfo).toEqual({
      PushFlag: 0,
      Desc: "sent you a gift",
      ApnsInfo: { Sound: "gift.mp3", SubTitle: "Live room 5102" },
    });
    expect(sent.GroupAtInfo).toEqual([{ GroupAt_Account: "kago_55120" }]);
    expect(line?.categoriesRemoved).toEqual(expect.arrayContaining(["account.profile"]));
  });
});
