/**
 * `uid` after another word: a user's id (session 18). A red team's round 7 (R10) found
 * `target_uid`, `peer_uid`, `fan_uid`, `pk_uid`, `opponent_uid`, `cp_uid` and `x_uid` reaching
 * facebook and aliyun, which may not receive account ids, while `to_uid` and `anchor_uid` (listed
 * by role in the key table) were removed. Unlike `id`, which numbers anything (`room_id`,
 * `order_id`), `uid` is what backends call a user's id (Bilibili's, Douyin's, Firebase's, every
 * Chinese live-streaming app's), so the word before it names the user's role in the record, not a
 * thing: a key whose last word is `uid` or `uids` is an account id.
 *
 * Not when the word before it names a machine's, a file's or a document's object, whose unique id
 * `uid` abbreviates as often: an iCalendar event's (`event_uid`), an IMAP message's (`msg_uid`),
 * a Kubernetes object's (`pod_uid`), a file's owner on a Unix system (`file_uid`), a device's
 * (`device_uid`), Aliyun SLS's `policyUid`, a collection policy's, and the things of
 * `thing-words.ts` whose id is no person's (`room_uid`, `order_uid`, `gift_uid`). Measured: of
 * 26,802 keys from node_modules JSON files and `.d.ts` property names, only SLS's `callerUid` (a
 * cloud account's caller) reads differently (accepted).
 *
 * Until session 19 those things were a hand-made copy of part of `thing-id-keys.ts`' list, which
 * had grown 20 words the copy lacked: `coupon_uid`, `merchant_uid`, `receipt_uid`, `content_uid`,
 * `log_uid`, `txn_uid`... were read as a user's id while `coupon_id` was a coupon's. Both now ask
 * one list (`thing-words.ts`).
 */

import { THINGS } from "./thing-words.js";

/** Words before `uid` that name a machine's, a file's or a record's object: its unique id, not a user's. */
const OBJECT_UID_WORDS: ReadonlySet<string> = new Set([
  "device",
  "hardware",
  "machine",
  "node",
  "pod",
  "container",
  "process",
  "proc",
  "instance",
  "volume",
  "disk",
  "object",
  "resource",
  "policy",
  "dir",
  "folder",
  "doc",
  "document",
  "record",
  "entry",
  "calendar",
  "mail",
  "image",
  "asset",
  "schema",
  "table",
  "row",
  "column",
  "field",
  "tag",
  "nfc",
  "card",
  "chip",
  "beacon",
  "sensor",
  // session 19 (a red team's round 8, R4): software, configuration and content objects whose uid
  // an app's logs carry; dropped from aliyun's logs as a user's id until then
  "tenant",
  "org",
  "sdk",
  "tx",
  "cart",
  "ad",
  "music",
  "audio",
  "version",
  "release",
  "commit",
  "bundle",
  "package",
  "plugin",
  "module",
  "component",
  "widget",
  "screen",
  "view",
  "layer",
  "effect",
  "filter",
  "sticker",
  "emoji",
  "badge",
  "level",
  "mission",
  "quest",
  "link",
  "url",
  "share",
  "api",
  "key",
  "token",
  "cert",
  "secret",
  "config",
  "rule",
  "experiment",
  "variant",
  "ab",
  "flag",
  "wallet",
  "bank",
]);

/**
 * The things of `thing-words.ts` whose `uid` is a person's as often as the thing's own: a live
 * stream's is its streamer's, a game's or a match's its player's, a post's or a comment's its
 * author's.
 */
const PERSONS_THINGS: ReadonlySet<string> = new Set(["live", "game", "match", "post", "comment"]);

/** True when `word` before `uid` makes it a thing's unique id, not a user's. */
function namesThing(word: string): boolean {
  return OBJECT_UID_WORDS.has(word) || (THINGS.has(word) && !PERSONS_THINGS.has(word));
}

/** The word a user's id ends with, singular and plural. */
const UID_WORDS: ReadonlySet<string> = new Set(["uid", "uids"]);

/**
 * True when the words `words[first..end)` of a key (see `keyWords`, hash affixes set aside) end in
 * `uid` or `uids` after a word that names no thing (see {@link namesThing}) (`target_uid`,
 * `pkUid`, `live_room_owner_uid`; not `event_uid`, `policyUid`, nor `uid` alone, which the key
 * table names). A number ending that word is set aside (`device2_uid`).
 */
export function wordsNamePersonUid(words: readonly string[], first: number, end: number): boolean {
  if (end - first < 2 || !UID_WORDS.has(words[end - 1] as string)) return false;
  const before = words[end - 2] as string;
  let cut = before.length;
  while (cut > 0 && before.charCodeAt(cut - 1) >= 48 && before.charCodeAt(cut - 1) <= 57) cut--;
  return !namesThing(before.slice(0, cut));
}
