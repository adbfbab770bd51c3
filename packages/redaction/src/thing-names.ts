/**
 * Objects that stand for a thing, under which a `name` member is the thing's name, not a person's
 * (session 17): `{"gift": {"id": 1001, "name": "Rocket"}}`, `{"goods": [{"name": "Rose"}]}`,
 * `{"service": {"name": "pay-api"}}`.
 *
 * A red team's round 6 (F13) found every `name` member taken for a person's name whatever object
 * held it: Tencent and Zego gift messages lost the gift's name, e-commerce items theirs, and the
 * nested log fields of Elastic Common Schema and OpenTelemetry encoders (`service.name`,
 * `host.name`, `os.name`, `logger.name`) lost theirs on their way to aliyun. Under one of the
 * parents below a `name` is read as any other text (the detectors still run on it: a full name or
 * an introduction there still goes); under a person (`user`, `sender`, `profile`), at the top level
 * and under any parent not listed it stays a person's name. Not listed, so read as before: `device`
 * (a device's name is often its owner's: "Astrid's iPhone"), `account`, `agent` (a support agent is
 * a person), `page`, `team`, places (`poi`, `city`: location), and anything a person's word could be.
 * The words follow session 16's thing identifiers (`thing-id-keys.ts`) where they name an object.
 *
 * Session 18 (red team round 7, R2): the text detectors do not find a Chinese name, a given name
 * alone or a name in one case (`张伟`, `Astrid`, `ASTRID SOLBERG`), so under a listed parent these
 * went out. Taken off the list, so a `name` under them is a person's again: `item` (`items` is the
 * commonest list wrapper: member lists, contact pickers), `node` (GraphQL's `edges[].node` is any
 * entity, a user too), `group` (a chat group is named after its members by default: `张伟、李娜`),
 * `label` (a shipping label's name is its addressee's). And `host`, a live room's host in Zego's and
 * Tencent's traffic and a machine in Elastic's and OpenTelemetry's, is read by its value, as
 * `host_name` is (`key-table.ts`): `张伟` and `Astrid` go, `pay-7d9f8c` and `web-01.kago.internal`
 * stay.
 *
 * Session 19 (red team round 8, R6): an item's `name` beside its `sku`, `price`, `qty` or
 * `gift_id` is the thing's again (see {@link namesThingSibling}), whatever holds the item; and a
 * `node`'s is read by its value, as a host's (a Kubernetes node `ip-10-0-3-17.cn-shanghai.compute.internal`
 * stays, `Astrid` and `张伟` in GraphQL's `edges[].node` go). A `group`'s stays a person's: a chat
 * group is named after its members by default (`张伟、李娜`), which no value reading tells apart.
 */
import { canonicalKey } from "./canonical-key.js";

/** Canonical parent keys (singular) that name a thing. */
const THING_HOLDERS: ReadonlySet<string> = new Set(
  [
    // goods and live-streaming gifts
    "gift",
    "product",
    "goods",
    "sku",
    "coupon",
    "brand",
    "category",
    "effect",
    "sticker",
    "badge",
    "level",
    "tag",
    "prize",
    "reward",
    // media and rooms
    "song",
    "track",
    "album",
    "playlist",
    "video",
    "media",
    "room",
    "channel",
    "stream",
    "game",
    "course",
    "lesson",
    // analytics and ads
    "event",
    "campaign",
    "adset",
    "creative",
    "app",
    "application",
    "template",
    // files and software (Elastic Common Schema, OpenTelemetry)
    "file",
    "service",
    "os",
    "process",
    "logger",
    "log",
    "thread",
    "span",
    "metric",
    "sdk",
    "library",
    "browser",
    "user_agent",
    "runtime",
    "framework",
    "plugin",
    "module",
    "package",
    "container",
    "pod",
    "cluster",
    "namespace",
    "deployment",
    "image",
    "bucket",
    "queue",
    "topic",
    "table",
    "column",
    "field",
    "job",
    "task",
  ].map(canonicalKey),
);

/** Endings of a parent key after the thing's word: `gift_info`, `productDetail`, `giftList`. */
const HOLDER_ENDINGS: readonly string[] = ["info", "data", "detail", "details", "obj", "list"];

/** The canonical name of the `name` member. */
const NAME_KEY = canonicalKey("name");

/** True when `canon` is a thing's word, singular or plural (`goods`, `gifts`, `categories`). */
function isThing(canon: string): boolean {
  return isListed(THING_HOLDERS, canon);
}

/** True when `canon` is on `words`, singular or plural (`goods`, `hosts`, `categories`). */
function isListed(words: ReadonlySet<string>, canon: string): boolean {
  if (words.has(canon)) return true;
  if (!canon.endsWith("s")) return false;
  if (canon.endsWith("ies") && words.has(`${canon.slice(0, -3)}y`)) return true;
  return words.has(canon.slice(0, -1));
}

/** Canonical parent keys under which a `name` is a person's or a machine's, read by its value. */
const PERSON_OR_MACHINE_HOLDERS: ReadonlySet<string> = new Set(["host", "node"].map(canonicalKey));

/**
 * Canonical member names that make the object holding them a thing for sale or a gift (session 19,
 * a red team's round 8 R6): beside one of these a `name` is the thing's, whatever holds the object
 * (`{"items": [{"sku": "sku_10086", "name": "Diamond Pack 680", "price": 68}]}`, `{"gift_id": 1024,
 * "name": "Rocket"}`). No `amount`, `count` or `id`: a payment's or a member list's entry has those
 * beside its person's name.
 */
const THING_SIBLINGS: ReadonlySet<string> = new Set(
  [
    "sku",
    "sku_id",
    "spu",
    "spu_id",
    "price",
    "unit_price",
    "sale_price",
    "list_price",
    "qty",
    "quantity",
    "gift_id",
    "product_id",
    "goods_id",
    "item_id",
    "barcode",
    "ean",
    "upc",
    "stock",
  ].map(canonicalKey),
);

/** True when a member of canonical key `canon` makes its object a thing ({@link THING_SIBLINGS}). */
export function namesThingSibling(canon: string): boolean {
  return THING_SIBLINGS.has(canon);
}

/** How a `name` member under a parent is read instead of as a person's name. */
export type ThingNameReading = "thing" | "by-value" | null;

/** True when `canon`, or `canon` without one of {@link HOLDER_ENDINGS}, passes `test`. */
function holds(canon: string, test: (word: string) => boolean): boolean {
  if (test(canon)) return true;
  for (const ending of HOLDER_ENDINGS)
    if (canon.endsWith(ending) && test(canon.slice(0, -ending.length))) return true;
  return false;
}

/**
 * How a member of canonical key `canon` under a parent of canonical key `parentCanon` is read
 * when the key table reads it as a person's name: `"thing"` when the member is `name` and the
 * parent names a thing (`gift`, `goods`, `gift_info`, `service`: read as text), `"by-value"` under
 * a host (`host`, `hosts`, `host_info`: only a value shaped like a person's name goes), otherwise
 * `null` (a person's name).
 */
export function thingNameReading(canon: string, parentCanon: string): ThingNameReading {
  if (canon !== NAME_KEY || parentCanon === "") return null;
  if (holds(parentCanon, isThing)) return "thing";
  if (holds(parentCanon, (word) => isListed(PERSON_OR_MACHINE_HOLDERS, word))) return "by-value";
  return null;
}
