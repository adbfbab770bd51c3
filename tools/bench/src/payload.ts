import { createHash } from "node:crypto";

/** A Conversions API request body of a chosen size, with the personal values planted in it. */
export interface CapiPayload {
  /** The JSON body bytes, as a backend would send them to `graph.facebook.com`. */
  readonly body: Buffer;
  /** Request path under the recipient, with the pixel id and the access token. */
  readonly path: string;
  /** Number of server events in the batch. */
  readonly events: number;
  /** Personal values the body carries (hashed e-mail and phone, client IP, `_fbp` cookie). */
  readonly personalValues: readonly string[];
  /** Operational values the vendor needs; these must still arrive after redaction. */
  readonly operationalValues: readonly string[];
}

/** What to build: the body size to aim at and the seed that makes it reproducible. */
export interface CapiPayloadOptions {
  /** Body size to aim at, in bytes; the result is within 2% (or 40 bytes) of it. */
  readonly targetBytes: number;
  /** PRNG seed, so a run is reproducible; defaults to 1. */
  readonly seed?: number;
}

const EVENT_NAMES = ["Purchase", "AddToCart", "ViewContent", "Subscribe", "Lead", "CompleteRegistration"];
const CONNECTION_TYPES = ["wifi", "4g", "5g", "3g"];
const CURRENCIES = ["EUR", "USD", "SGD", "CNY"];
const PIXEL_ID = "918273645509876";
const ACCESS_TOKEN = "EAABenchTokenNotASecret0001";

/** mulberry32: a tiny deterministic PRNG, so payloads do not change between runs. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

interface BuiltEvent {
  readonly event: Record<string, unknown>;
  readonly personal: string[];
  readonly eventId: string;
}

function buildEvent(index: number, seed: number, random: () => number): BuiltEvent {
  const user = Math.floor(random() * 1e9);
  const em = sha256Hex(`user${user}@mail.example.com`);
  const ph = sha256Hex(`65${String(80000000 + (user % 9999999))}`);
  const ip = `203.0.113.${1 + (user % 250)}`;
  const fbp = `fb.1.${1767225600000 + index * 1000 + (user % 1000)}.${1000000000 + (user % 999999999)}`;
  const eventId = `evt-${seed}-${index}`;
  const event = {
    event_name: pick(EVENT_NAMES, random),
    event_time: 1767261600 + index,
    event_id: eventId,
    action_source: "app",
    user_data: { em: [em], ph: [ph], client_ip_address: ip, fbp },
    custom_data: {
      currency: pick(CURRENCIES, random),
      value: Math.round(random() * 10000) / 100,
      content_type: "product",
      content_ids: [`sku-${Math.floor(random() * 1e6)}`],
      connection_type: pick(CONNECTION_TYPES, random),
    },
  };
  return { event, personal: [em, ph, ip, fbp], eventId };
}

/**
 * Build a Conversions API events batch (`POST /v21.0/<pixel>/events`) of about `targetBytes`:
 * whole events while they fit, then product ids on the last event to close the gap. Every event
 * carries its own hashed e-mail and phone, client IP and `_fbp` cookie, so a gateway has real
 * work at every size and a leak of any one of them is detectable.
 */
export function createCapiPayload(options: CapiPayloadOptions): CapiPayload {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const events: Record<string, unknown>[] = [];
  const personal: string[] = [];
  const eventIds: string[] = [];
  const envelope = (list: unknown[]) => JSON.stringify({ data: list });

  let size = envelope([]).length;
  for (let index = 0; ; index += 1) {
    const built = buildEvent(index, seed, random);
    const added = JSON.stringify(built.event).length + (events.length > 0 ? 1 : 0);
    if (events.length > 0 && size + added > options.targetBytes) break;
    events.push(built.event);
    personal.push(...built.personal);
    eventIds.push(built.eventId);
    size += added;
  }
  const last = events[events.length - 1] as { custom_data: { content_ids: string[] } };
  const tolerance = Math.max(40, Math.floor(options.targetBytes * 0.02));
  while (options.targetBytes - size > tolerance) {
    const id = `sku-${Math.floor(random() * 1e6)}`;
    const added = JSON.stringify(id).length + 1;
    if (size + added > options.targetBytes) break;
    last.custom_data.content_ids.push(id);
    size += added;
  }
  const body = Buffer.from(envelope(events));
  return {
    body,
    path: `/v21.0/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`,
    events: events.length,
    personalValues: personal,
    operationalValues: [
      `${PIXEL_ID}/events`,
      ACCESS_TOKEN,
      eventIds[0] as string,
      eventIds[eventIds.length - 1] as string,
    ],
  };
}

/** Parse a size such as `1k`, `16kb`, `256K` or `2048` into bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+)\s*(k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text}`);
  const unit = (match[2] ?? "").toLowerCase();
  const factor = unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1;
  return Number(match[1]) * factor;
}

/** Format a byte count the way the sizes were given (`1KB`, `16KB`, `256KB`). */
export function formatSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)}MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024}KB`;
  return `${bytes}B`;
}
