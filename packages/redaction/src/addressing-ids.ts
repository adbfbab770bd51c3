/**
 * Addressing ids (session 18; a red team's round 6, F15): an operational field the vendor catalog
 * marks `addressingId` names what the call acts on: Zego's `RoomId` and ZIM `GroupId`, Tencent's
 * `GroupId` and `TopicId`, the IM admin `identifier`. Such a field gets the structural detectors
 * only, as every operational field does, but what they find cannot be cut out of it: Zego's
 * `RoomId=astrid.solberg%40example.org` went without its `RoomId` (Zego then answers a parameter
 * error the backend blames on Zego), and `RoomId=room_+4741234567` as
 * `room_[redacted:contact.phone]`, another room. So when the engine's reading would change such a
 * value in any way (drop it, replace a span, rewrite an encoded part, cut a `;` parameter), the
 * transfer is refused with `personal_data_in_identifier` at the field's location, a fixed message
 * and never the value; when nothing would change, it goes as it came. Unlike an account id
 * (`account-ids.ts`), no pseudonym can stand in for it: the room or group exists at the vendor
 * under its own id.
 */
import { abort } from "./context.js";

/**
 * Refuses the transfer when `changed`: the reading of the addressing id at `location` would have
 * dropped it or changed part of it. Only for a field whose plan node is an addressing id and which
 * is operational there.
 */
export function refuseChangedAddressingId(changed: boolean, location: string): void {
  if (changed) abort("personal_data_in_identifier", location);
}
