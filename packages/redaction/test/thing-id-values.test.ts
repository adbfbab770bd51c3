/**
 * Digits after a thing's identifier key inside free text (session 17, a red team's round 5, R8):
 * `a=1;room_no=13812345678` in a value is read as `"room_no": "13812345678"` in JSON is, the
 * room's number, while a person's key and digits that are not the value alone are read as before.
 */
import { describe, expect, it } from "vitest";
import { bodyOf, redactedMessage, redactJsonBody, redactorWith, transfer } from "./helpers.js";

const r = redactorWith();
const PHONE = "[redacted:contact.phone]";

const message = (text: string) => redactedMessage(r, text, "tencent");

describe("a thing's identifier key in free text (session 17)", () => {
  it.each([
    "a=1;room_no=13812345678",
    "a=1;order_id=13812345678",
    "level=info room_no=13812345678 joined",
    "orderNo: 13812345678",
    "orderNo：13812345678",
    "order_id => 13812345678",
    '{"order_id":"13812345678","ok":true}',
    '{"order_id": 13812345678}',
    "{'order_id': '13812345678'}",
    "room_no=13812345678，谢谢",
    "room_no=490154203237518", // passes the IMEI checksum
    "session_id=13812345678",
    // a quantity's key, as a JSON member's
    "GET /v1/feed 200 bytes_sent=13812345678 latency_us=13912345678",
    "mem_free: 15012345678",
  ])("keeps %s", (text) => {
    expect(message(text)).toBe(text);
  });

  it.each([
    // a person's key, or a person's number word before the thing
    ["phone=13812345678", `phone=${PHONE}`],
    ["a=1;phone=13812345678", `a=1;phone=${PHONE}`],
    ["phone_order_no=13812345678", `phone_order_no=${PHONE}`],
    ["phone_count=13812345678", `phone_count=${PHONE}`],
    // no key, a key written with a space, a key glued to the number, no separator
    ["call 13812345678", `call ${PHONE}`],
    ["Order No: 13812345678", `Order No: ${PHONE}`],
    ["my order_id is 13812345678", `my order_id is ${PHONE}`],
    // not the value alone: groups, a `+`, a word glued after it, a second number later
    ["room_no=138 1234 5678", `room_no=${PHONE}`],
    ["room_no=+8613812345678", `room_no=${PHONE}`],
    ["room_no=13812345678_x", `room_no=${PHONE}_x`],
    ["room_no=13812345678 call me 13912345678", `room_no=13812345678 call me ${PHONE}`],
    ["room_no=一三八一二三四五六七八", `room_no=${PHONE}`],
  ])("reads %s as before", (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it("reads a person's id key as before", () => {
    expect(redactedMessage(r, "a=1;user_id=13812345678", "facebook")).toBe(
      "a=1;user_id=[redacted:account.id]",
    );
  });

  it("keeps a room number in a query value's `;` parameter, and a JSON member as before", () => {
    const q = r.redact(transfer("zego", { query: "MessageContent=a%3Broom_no%3D13812345678&x=1" }));
    expect(q.ok && q.transfer.query).toBe("MessageContent=a%3Broom_no%3D13812345678&x=1");
    // a `;` parameter the recipient may not receive goes whole (`semicolon-parameters.ts`)
    const raw = r.redact(
      transfer("zego", { query: "MessageContent=a;room_no=13812345678;phone=13912345678" }),
    );
    expect(raw.ok && raw.transfer.query).toBe("MessageContent=a;room_no=13812345678");
    const body = { room_no: "13812345678", note: "a=1;room_no=13812345678", phone: "13812345678" };
    expect(JSON.parse(bodyOf(redactJsonBody(r, "tencent", JSON.stringify(body))))).toEqual({
      room_no: "13812345678",
      note: "a=1;room_no=13812345678",
    }); // the phone member goes whole, as before
  });
});

describe("a quantity's key in free text (session 18, a red team's round 7, R6)", () => {
  it.each([
    // a tally's word alone is how a person labels a number in a message too
    ["score: 13812345678 please text me", `score: ${PHONE} please text me`],
    ["Total: 13812345678", `Total: ${PHONE}`],
    ["price: 13812345678 加微信", `price: ${PHONE} 加微信`],
    ["amount: 13812345678 whatsapp me", `amount: ${PHONE} whatsapp me`],
    ["count=13812345678 call", `count=${PHONE} call`],
    // a unit glued to a word is none; a unit and then a request is still a phone (session 19)
    ["Total: 13812345678 bytesize", `Total: ${PHONE} bytesize`],
    ["Total: 13812345678 times, call me", `Total: ${PHONE} times, call me`],
    // a request to be called or a messenger after the digits, in the same sentence
    ["total_amount: 13812345678 call me", `total_amount: ${PHONE} call me`],
    ["view_count=13812345678，加我微信", `view_count=${PHONE}，加我微信`],
    ["bytes_sent=13812345678 text me", `bytes_sent=${PHONE} text me`],
  ])("reads %s as a phone number", (text, expected) => {
    expect(message(text)).toBe(expected);
  });

  it.each([
    // a program's field: a measure's word, a name of two or more words
    "uptime: 13812345678",
    "bytes=13812345678",
    "total_amount=13812345678",
    "viewCount: 13812345678",
    // what follows is no request: the next field of a log line, a call that failed, another sentence
    "bytes_sent=13812345678 wechat=true",
    "total_fee=13812345678 pay_type=wechat channel=微信支付",
    "duration_ms=13812345678 call failed",
    "total_amount=13812345678. Call me tomorrow about the invoice",
    "mem_free=15012345678 text/html",
    // a thing's identifier is read as before, whatever follows
    "order_no: 13812345678 call me if it is late",
    // a tally's word alone with the count's unit after the digits (session 19, round 8 R14)
    "Total: 13812345678 bytes",
    "Total: 15912345678 ms",
    "total: 13812345678 rows scanned",
    "Sum: 13912345678 coins",
    "Count: 18612345678 requests",
    "score: 13812345678 pts",
    "Total: 13812345678 MB",
  ])("keeps %s", (text) => {
    expect(message(text)).toBe(text);
  });
});
