/**
 * Shared rig of the adversarial suite: a recording upstream on loopback, a gateway with short
 * timeouts in front of it, synthetic personal values to plant, a raw-socket client, and the
 * three checks every case makes (status and code, nothing personal upstream, the next request
 * is served).
 */
import { connect } from "node:net";
import { gunzipSync } from "node:zlib";
import type { GatewayConfig } from "@kago/gateway";
import { expect } from "vitest";
import { type ClientResponse, errorCode, send } from "../support/client.js";
import { startGateway, type TestGateway } from "../support/gateway.js";
import { startUpstream, type TestUpstream } from "../support/upstream.js";

/** Synthetic personal values (example.org, documentation IP ranges, a fictional phone number). */
export const EMAIL = "mira.adversary@example.org";
export const IP = "192.0.2.77";
export const PHONE = "+44 7700 900123";
export const PLANTED = [EMAIL, IP, PHONE, "mira.adversary", "7700 900123"];

/** A gateway in front of a recording upstream (every recipient under its own path prefix). */
export interface Rig {
  readonly upstream: TestUpstream;
  readonly gw: TestGateway;
  close(): Promise<void>;
}

/** Short timeouts so every slow case ends quickly. */
export const FAST: Partial<GatewayConfig> = {
  headersTimeoutMs: 500,
  requestTimeoutMs: 500,
  upstreamTimeoutMs: 1_000,
  shutdownGraceMs: 1_000,
};

/** Starts an upstream and a gateway whose recipients all point at it. */
export async function startRig(overrides: Partial<GatewayConfig> = {}): Promise<Rig> {
  const upstream = await startUpstream();
  const gw = await startGateway({
    ...FAST,
    upstreams: {
      facebook: `${upstream.url}/fb`,
      aliyun: `${upstream.url}/aliyun`,
      tencent: `${upstream.url}/tencent`,
      zego: `${upstream.url}/zego`,
    },
    ...overrides,
  });
  return {
    upstream,
    gw,
    close: async () => {
      await gw.close();
      await upstream.close();
    },
  };
}

/** The planted values found in `text`, plain or percent-encoded. */
export function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  return PLANTED.filter(
    (v) => lower.includes(v.toLowerCase()) || lower.includes(encodeURIComponent(v).toLowerCase()),
  );
}

/** Everything the upstream received, as text (gzip bodies inflated too). */
export function upstreamText(upstream: TestUpstream): string {
  return upstream.received
    .map((r) => {
      let body = r.body.toString("latin1");
      if (r.body[0] === 0x1f && r.body[1] === 0x8b) {
        try {
          body += gunzipSync(r.body).toString("utf8");
        } catch {
          /* not gzip after all */
        }
      }
      return `${r.method} ${r.url}\n${r.rawHeaders.join("\n")}\n${body}`;
    })
    .join("\n---\n");
}

/** No planted value reached the upstream. */
export function expectNoLeak(rig: Rig): void {
  expect(leaksIn(upstreamText(rig.upstream))).toEqual([]);
}

/** A Conversions API body carrying every planted value. */
export const CAPI_BODY = JSON.stringify({
  data: [
    {
      event_name: "Purchase",
      user_data: { em: EMAIL, client_ip_address: IP, ph: PHONE },
      custom_data: { currency: "EUR", value: 4.99, connection_type: "wifi" },
    },
  ],
});

/**
 * The gateway still serves: a normal request carrying personal data is answered 200, reaches
 * the upstream once under the facebook prefix, and carries no planted value. Clears the record.
 */
export async function expectServesNext(rig: Rig): Promise<void> {
  rig.upstream.received.length = 0;
  const res = await send(rig.gw.url, {
    method: "POST",
    path: "/facebook/v21.0/1/events",
    headers: { "content-type": "application/json", "x-forwarded-for": IP },
    body: CAPI_BODY,
  });
  expect(res.status).toBe(200);
  expect(rig.upstream.received).toHaveLength(1);
  expect(rig.upstream.received[0]?.url).toBe("/fb/v21.0/1/events");
  expectNoLeak(rig);
  rig.upstream.received.length = 0;
}

/** A response read off a raw socket. */
export interface RawResponse {
  /** 0 when no response line arrived. */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** `error.code` of a JSON refusal body. */
  readonly code: string | undefined;
  /** Everything read. */
  readonly raw: string;
  /** True when the gateway closed (or reset) the connection. */
  readonly closed: boolean;
}

function parseResponse(raw: string, closed: boolean): RawResponse | null {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0) return closed ? { status: 0, headers: {}, body: "", code: undefined, raw, closed } : null;
  const [statusLine = "", ...lines] = raw.slice(0, end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? Number.NaN);
  const rest = raw.slice(end + 4);
  const chunked = /chunked/i.test(headers["transfer-encoding"] ?? "");
  const complete = chunked
    ? rest.endsWith("0\r\n\r\n")
    : !Number.isNaN(length) && Buffer.byteLength(rest) >= length;
  if (!closed && !complete) return null;
  const body = Number.isNaN(length) ? rest : rest.slice(0, length);
  let code: string | undefined;
  try {
    code = (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: Number(statusLine.split(" ")[1] ?? 0), headers, body, code, raw, closed };
}

/**
 * Writes `parts` on a fresh connection, `gapMs` apart (one byte at a time when `parts` are
 * single bytes), and resolves with the first complete response, or what was read when the
 * gateway closed the connection or `timeoutMs` passed (a guard, never a performance assert).
 */
export function rawExchange(
  port: number,
  parts: ReadonlyArray<string | Buffer>,
  options: { gapMs?: number; timeoutMs?: number; host?: string } = {},
): Promise<RawResponse> {
  const { gapMs = 0, timeoutMs = 5_000 } = options;
  return new Promise((resolve) => {
    const socket = connect(port, options.host ?? "127.0.0.1");
    const chunks: Buffer[] = [];
    let settled = false;
    let writer: NodeJS.Timeout | undefined;
    const done = (closed: boolean): void => {
      if (settled) return;
      const parsed = parseResponse(Buffer.concat(chunks).toString("utf8"), closed);
      if (parsed === null) return;
      settled = true;
      clearTimeout(guard);
      clearTimeout(writer);
      socket.destroy();
      resolve(parsed);
    };
    const guard = setTimeout(() => done(true), timeoutMs);
    socket.on("data", (c: Buffer) => {
      chunks.push(c);
      done(false);
    });
    socket.on("close", () => done(true));
    socket.on("error", () => done(true));
    let i = 0;
    const writeNext = (): void => {
      if (settled || socket.destroyed) return;
      const part = parts[i++];
      if (part === undefined) return;
      socket.write(part);
      if (gapMs > 0) writer = setTimeout(writeNext, gapMs);
      else writeNext();
    };
    socket.once("connect", writeNext);
  });
}

/** A raw request: request line, headers (CRLF-joined), blank line, body. */
export function rawRequest(head: string, headers: readonly string[], body = ""): string {
  return `${head}\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n${body}`;
}

/** The refusal checks: status, JSON code, and nothing at all reached the upstream. */
export function expectRawRefusal(rig: Rig, res: RawResponse, status: number, code: string): void {
  expect({ status: res.status, code: res.code }).toEqual({ status, code });
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
  expect(rig.upstream.received).toHaveLength(0);
}

/** `Content-Type: application/json`. */
export const JSON_CT = { "content-type": "application/json" };

/** POSTs `body` to the rig's gateway as a Conversions API event. */
export function postEvent(
  rig: Rig,
  body: Buffer | string,
  headers: Record<string, string | string[]> = JSON_CT,
): Promise<ClientResponse> {
  return send(rig.gw.url, { method: "POST", path: "/facebook/v21.0/1/events", headers, body });
}

/** The refusal checks of a client response: status, JSON code, and nothing reached the upstream. */
export function expectRefused(rig: Rig, res: ClientResponse, status: number, code: string): void {
  expect({ status: res.status, code: errorCode(res) }).toEqual({ status, code });
  expect(rig.upstream.received).toHaveLength(0);
}
