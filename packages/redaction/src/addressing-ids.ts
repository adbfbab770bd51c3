/**
 * Addressing ids (session 18; a red team's round 6, F15): an operational field the vendor catalog
 * marks `addressingId` names what the call acts on: Zego's `RoomId`, `StreamId` and ZIM `GroupId`,
 * Tencent's `GroupId` and `TopicId`, the IM admin `identifier`. No part of such a value can be cut
 * out of it: Zego's `RoomId=astrid.solberg%40example.org` went without its `RoomId` (Zego then
 * answers a parameter error the backend blames on Zego), and `RoomId=room_+4741234567` as
 * `room_[redacted:contact.phone]`, another room. So it goes as it came, or the transfer is refused
 * with `personal_data_in_identifier` at the field's location, a fixed message and never the value.
 * Unlike an account id (`account-ids.ts`), no pseudonym can stand in for it: the room or group
 * exists at the vendor under its own id.
 *
 * Session 19 (a red team's round 8, R3 and R11): the id is read as an account id is, with the
 * full reading and not the structural detectors alone, so a phone number in it (`13812345678`,
 * `8613812345678`, `138-1234-5678`, `room_13812345678`), which `From_Account` refuses, no longer
 * reaches the vendor as a room or group id; nor one glued after a letter (`u13812345678`,
 * `glued-mobiles.ts`). What refuses is what the recipient may not receive: the reading's findings
 * decided by the policy. Two shapes that are ordinary in room ids are not read as a person's: the
 * chat-service host of an XMPP room address (`room_5102@conference.kago.example`, the room JIDs
 * of apps migrated from ejabberd, Openfire or Prosody: no mailbox is behind it), and a dotted
 * quad (`game_1.0.0.12`, `group_192.168.1.10`: a version or a server's address; a user's address
 * changes with every network, so no lasting room is named by it). What the reading finds in the
 * rest of the id still refuses it (`13812345678@conference.kago.example`).
 */
import { abort, type RedactionContext } from "./context.js";
import { holdsGluedMobile } from "./glued-mobiles.js";
import { readValue } from "./value-scan.js";

/**
 * The chat-service host of an XMPP multi-user-chat room address at the end of an id: `@` and a
 * domain whose first label is one of the service names XMPP servers give their MUC component
 * (`conference.` in ejabberd and Openfire, `muc.`, `chat.`, `groupchat.`, `room(s).` in Prosody
 * setups). Read so the room's address is not taken for a person's mailbox; the part before `@`
 * (the room's name) is still read.
 */
const CHAT_SERVICE_HOST = /@(?:conference|muc|chat|groupchat|rooms?)\.[a-z0-9.-]+$/i;

/**
 * A dotted quad of one- to three-digit numbers that no digit or dot continues: an IPv4 address
 * or a four-part version in an id (`game_1.0.0.12`, `room_10.0.0.5`).
 */
const DOTTED_QUAD = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;

/**
 * The id as it is read for personal data: without a room address's chat-service host and with
 * each dotted quad left out (`_` in its place, so no two parts join). Only read, never sent.
 */
export function addressingView(value: string): string {
  let view = value;
  if (view.includes("@")) view = view.replace(CHAT_SERVICE_HOST, "");
  if (view.includes(".")) view = view.replace(DOTTED_QUAD, "_");
  return view;
}

/** How a value is named for its reading here: by nothing, with every detector. */
const UNNAMED = { a: null, da: "key", b: null, db: "key", hint: false } as const;

/**
 * Reads the addressing id `value` standing at `base` + `path` (its {@link addressingView}) with
 * the engine's full reading, as an undone look, and refuses the transfer when that reading would
 * change it or a phone number is glued in it; otherwise it goes as it came and nothing is
 * recorded.
 */
export function guardAddressingId(ctx: RedactionContext, value: string, base: string, path: string): void {
  const view = addressingView(value);
  const echo = ctx.textEcho;
  const mark = ctx.begin();
  let changed: boolean;
  try {
    changed = readValue(view, UNNAMED, undefined, ctx, base, path).kind !== "keep";
    ctx.rollback(mark);
  } finally {
    ctx.end();
    // a name the look found stands for nothing around the id: the id is not cut
    ctx.textEcho = echo;
  }
  if (changed || holdsGluedMobile(ctx, view)) abort("personal_data_in_identifier", base + path);
}

/**
 * Refuses the transfer when `changed`: a `;` parameter the reading of the addressing id at
 * `location` would cut out of it (session 16's `semicolon-parameters.ts`).
 */
export function refuseChangedAddressingId(changed: boolean, location: string): void {
  if (changed) abort("personal_data_in_identifier", location);
}
