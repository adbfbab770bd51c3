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
 */
import { canonicalKey } from "./canonical-key.js";

/** Canonical parent keys (singular) that name a thing. */
const THING_HOLDERS: ReadonlySet<string> = new Set(
  [
    // goods and live-streaming gifts
    "gift",
    "product",
    "item",
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
    "label",
    // media and rooms
    "song",
    "track",
    "album",
    "playlist",
    "video",
    "media",
    "room",
    "channel",
    "group",
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
    "host",
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
    "node",
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

/** True when `canon` is a thing's word, singular or plural (`goods`, `items`, `categories`). */
function isThing(canon: string): boolean {
  if (THING_HOLDERS.has(canon)) return true;
  if (!canon.endsWith("s")) return false;
  if (canon.endsWith("ies") && THING_HOLDERS.has(`${canon.slice(0, -3)}y`)) return true;
  return THING_HOLDERS.has(canon.slice(0, -1));
}

/**
 * True when a member of canonical key `canon` under a parent of canonical key `parentCanon` is a
 * thing's name: the member is `name` and the parent names a thing (`gift`, `goods`, `gift_info`,
 * `service`). The caller asks only where the key table read the member as a person's name.
 */
export function namesThingsName(canon: string, parentCanon: string): boolean {
  if (canon !== NAME_KEY || parentCanon === "") return false;
  if (isThing(parentCanon)) return true;
  for (const ending of HOLDER_ENDINGS)
    if (parentCanon.endsWith(ending) && isThing(parentCanon.slice(0, -ending.length))) return true;
  return false;
}
