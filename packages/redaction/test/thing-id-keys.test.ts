import { describe, expect, it } from "vitest";
import { namesThingIdentifier } from "../src/thing-id-keys.js";
import { bodyOf, findingsOf, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const CHINA_MOBILE_SHAPED = "13812345678";
const IMEI_SHAPED = "490154203237518"; // passes the IMEI checksum

const json = (value: unknown, recipient = "tencent") =>
  JSON.parse(bodyOf(redactJsonBody(r, recipient, JSON.stringify(value)))) as Record<string, unknown>;

describe("a thing's identifier by name (session 16)", () => {
  it.each([
    "room_id",
    "roomId",
    "RoomID",
    "order_id",
    "orderNo",
    "out_trade_no",
    "order_sn",
    "msg_seq",
    "MsgSeq",
    "request_id",
    "trace_id",
    "__tag__:trace_id",
    "message_ids",
    "group.id",
    "express_no",
    "merchant_id",
    "coupon_id",
    "log_id",
    "pixel_id",
    "app_id",
    "catalog_id",
  ])("%s names a thing's identifier", (key) => {
    expect(namesThingIdentifier(key)).toBe(true);
  });

  it.each([
    "user_id", // a person's
    "chat_id", // a private chat's id is the other person's
    "ad_id", // an advertising id
    "device_id",
    "room", // no identifier word
    "order_total",
    "id",
    "phone_no",
    "anchor_id",
    // a person's number or device before the thing (session 16, a red team's round 5)
    "phone_order_no",
    "imei_request_id",
    "caller_room_id",
    "mobileTicketNo",
    "buyer_phone_trade_no",
    "contact_phone_msg_id",
  ])("%s does not", (key) => {
    expect(namesThingIdentifier(key)).toBe(false);
  });

  it("keeps digits alone there: an order number shaped like a China mobile or an IMEI is that order's", () => {
    const sent = {
      room_id: CHINA_MOBILE_SHAPED,
      orderNo: CHINA_MOBILE_SHAPED,
      out_trade_no: CHINA_MOBILE_SHAPED,
      order_id: IMEI_SHAPED,
      message_ids: [CHINA_MOBILE_SHAPED, IMEI_SHAPED],
    };
    for (const recipient of ["tencent", "zego", "aliyun", "facebook"])
      expect(json(sent, recipient)).toEqual(sent);
  });

  it("still reads what only a person's number looks like there: a `+`, an e-mail, a number built into words", () => {
    // a whole phone number or e-mail goes with its member (tencent may receive neither)
    expect(
      json({
        room_id: "+86 138 1234 5678",
        order_id: "astrid@example.org",
        stream_id: `live_${CHINA_MOBILE_SHAPED}_1700000000`,
        session_id: "138 1234 5678",
      }),
    ).toEqual({
      stream_id: "live_[redacted:contact.phone]_1700000000",
      session_id: "[redacted:contact.phone]",
    });
  });

  it("reads every other key as before: a person's id, a remark, a member object under a thing's id", () => {
    const res = redactJsonBody(
      r,
      "tencent",
      JSON.stringify({
        chat_id: CHINA_MOBILE_SHAPED,
        remark: CHINA_MOBILE_SHAPED, // not `count`: a quantity since session 17 (quantity-keys.ts)
        room_id: { host: CHINA_MOBILE_SHAPED },
        order_id: [{ note: CHINA_MOBILE_SHAPED }],
      }),
    );
    expect(JSON.parse(bodyOf(res))).toEqual({
      chat_id: "[redacted:contact.phone]",
      remark: "[redacted:contact.phone]",
      room_id: { host: "[redacted:contact.phone]" },
      order_id: [{ note: "[redacted:contact.phone]" }],
    });
    expect(findingsOf(res).map(([location]) => location)).toEqual([
      "body:chat_id~text",
      "body:remark~text",
      "body:room_id.host~text",
      "body:order_id[].note~text",
    ]);
  });

  it("reads form and query pairs alike", () => {
    const form = `order_id=${CHINA_MOBILE_SHAPED}&note=${CHINA_MOBILE_SHAPED}&room_id=%2B8613812345678&stream_id=live_${CHINA_MOBILE_SHAPED}`;
    const res = r.redact(transfer("tencent", { query: form, body: { kind: "form", text: form } }));
    if (!res.ok) throw new Error(res.error.code);
    // the `+` phone number goes with its pair
    const expected = `order_id=${CHINA_MOBILE_SHAPED}&note=%5Bredacted%3Acontact.phone%5D&stream_id=live_%5Bredacted%3Acontact.phone%5D`;
    expect(res.transfer.query).toBe(expected);
    expect(res.transfer.body).toEqual({ kind: "form", text: expected });
  });

  it("reads a phone number under phoneNum and its kind, and one before a thing's word (session 16)", () => {
    const keys = [
      "phoneNum",
      "phone_num",
      "mobileNum",
      "telNum",
      "contactNum",
      "userPhoneNum",
      "phone_nr",
      "tlf",
    ];
    const sent = Object.fromEntries([
      ...keys.map((k) => [k, "4741234567"]),
      ["phone_order_no", CHINA_MOBILE_SHAPED],
      ["imei_request_id", IMEI_SHAPED],
      ["order_no", CHINA_MOBILE_SHAPED],
    ]);
    expect(json(sent, "facebook")).toEqual({
      phone_order_no: "[redacted:contact.phone]",
      order_no: CHINA_MOBILE_SHAPED,
    });
  });
});
