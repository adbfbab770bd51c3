/**
 * Realistic vendor payloads carrying personal data, generated deterministically (a seeded PRNG)
 * at a target size: Conversions API events with user_data, SLS web-tracking `__logs__`, and
 * Tencent IM batch messages with free text and JSON in strings.
 */
import { createHash } from "node:crypto";
import type { Transfer } from "@kago/redaction";

/** One benchmark payload: which recipient receives it and the JSON text. */
export interface Payload {
  readonly name: string;
  readonly recipient: string;
  readonly path: string;
  readonly text: string;
}

/** The transfer that carries `payload` to its recipient: a JSON `POST`. */
export function transferOf(payload: Payload): Transfer {
  return {
    recipient: payload.recipient,
    method: "POST",
    path: payload.path,
    query: "",
    headers: [["content-type", "application/json"]],
    body: { kind: "json", text: payload.text },
  };
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const NAMES = ["ingrid", "ola", "kari", "lars", "sigrid", "nils", "astrid", "erik"];
const WORDS = [
  "stream",
  "dropped",
  "slides",
  "are",
  "up",
  "see",
  "you",
  "on",
  "stage",
  "thanks",
  "call",
  "later",
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function imei(rnd: () => number): string {
  const body = Array.from({ length: 14 }, (_, k) => (k === 0 ? 3 : Math.floor(rnd() * 10)));
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = body[13 - i] as number;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body.join("") + String((10 - (sum % 10)) % 10);
}

function capiEvent(rnd: () => number, k: number): unknown {
  const who = pick(rnd, NAMES);
  return {
    event_name: pick(rnd, ["Purchase", "Subscribe", "ViewContent", "AddToCart"]),
    event_time: 1767261600 + k,
    event_id: `evt-${k}-${Math.floor(rnd() * 1e6)}`,
    action_source: "app",
    event_source_url: `https://kago.example/room/${k}`,
    user_data: {
      em: [sha256(`${who}${k}@example.org`)],
      ph: [sha256(`4477009${String(k).padStart(5, "0")}`)],
      client_ip_address: `192.0.2.${(k % 254) + 1}`,
      client_user_agent: "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36",
      fbp: `fb.1.1767225600123.${Math.floor(rnd() * 1e10)}`,
      external_id: [sha256(`kago_${k}`)],
      country: [sha256("no")],
    },
    custom_data: { currency: "EUR", value: 4.99, content_ids: [`room_${k}`], connection_type: "wifi" },
  };
}

function slsLog(rnd: () => number, k: number): unknown {
  const who = pick(rnd, NAMES);
  return {
    event: pick(rnd, ["toggle_notifications", "open_room", "send_gift", "cold_start"]),
    screen: pick(rnd, ["settings", "room", "profile"]),
    device_model: "Pixel 8 Pro",
    imei: imei(rnd),
    android_id: Math.floor(rnd() * 2 ** 52)
      .toString(16)
      .padStart(16, "a"),
    app_version: "2.8.1",
    os_version: "14",
    network_type: "wifi",
    ts: String(1767261600000 + k),
    user_email: `${who}.${k}@example.org`,
    user_name: `${who[0]?.toUpperCase()}${who.slice(1)} Solberg`,
    message: `user ${who} reported: ${pick(rnd, WORDS)} ${pick(rnd, WORDS)} from 198.51.100.${k % 250}`,
  };
}

function tencentElem(rnd: () => number, k: number): unknown {
  if (k % 3 === 2) {
    return {
      MsgType: "TIMCustomElem",
      MsgContent: {
        Data: JSON.stringify({
          network: "wifi",
          gift: `gift_${k}`,
          contact: `${pick(rnd, NAMES)}@example.org`,
        }),
        Desc: "gift",
        Ext: "",
      },
    };
  }
  const words = Array.from({ length: 12 }, () => pick(rnd, WORDS)).join(" ");
  const tail = k % 4 === 0 ? ` call me on +44 7700 9${String(k % 100000).padStart(5, "0")}` : "";
  return { MsgType: "TIMTextElem", MsgContent: { Text: `${words}${tail}` } };
}

/** Repeats `item` into an array until the serialised `wrap(items)` reaches `bytes`. */
function grow(bytes: number, wrap: (items: unknown[]) => unknown, item: (k: number) => unknown): string {
  const items: unknown[] = [];
  // each item adds its own length plus a comma; serialise the whole only to confirm
  let estimate = JSON.stringify(wrap(items)).length;
  for (let k = 0; estimate < bytes; k++) {
    const next = item(k);
    items.push(next);
    estimate += JSON.stringify(next).length + 1;
  }
  return JSON.stringify(wrap(items));
}

/** The three payload kinds at one target size (bytes). */
export function payloadsOfSize(bytes: number): Payload[] {
  const rnd = prng(bytes);
  return [
    {
      name: "capi-events",
      recipient: "facebook",
      path: "/v21.0/918273645501234/events",
      text: grow(
        bytes,
        (data) => ({ data, test_event_code: "TEST123" }),
        (k) => capiEvent(rnd, k),
      ),
    },
    {
      name: "sls-webtracking",
      recipient: "aliyun",
      path: "/logstores/app-usage/track",
      text: grow(
        bytes,
        (logs) => ({
          __topic__: "app",
          __source__: "android",
          __logs__: logs,
          __tags__: { sdk: "kago-track/1.2" },
        }),
        (k) => slsLog(rnd, k),
      ),
    },
    {
      name: "tencent-batchsendmsg",
      recipient: "tencent",
      path: "/v4/openim/batchsendmsg",
      text: grow(
        bytes,
        (body) => ({
          SyncOtherMachine: 2,
          From_Account: "kago_30417",
          To_Account: ["kago_30418", "kago_30419", "kago_30420"],
          MsgRandom: 1287730451,
          MsgBody: body,
          CloudCustomData: JSON.stringify({ network: "wifi" }),
        }),
        (k) => tencentElem(rnd, k),
      ),
    },
  ];
}
