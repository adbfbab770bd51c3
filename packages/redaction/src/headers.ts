/**
 * Request headers. Which headers are forwarded at all is the header gate's (`header-allowlist.ts`,
 * session 16: deny by default); a header it does not admit is dropped unread and reported as a
 * dropped header. The rest: framing headers are left alone (the gateway sets them). HTTP's content
 * negotiation, caching, date and checksum headers are read by their grammar since session 20
 * (`standard-header-grammar.ts`): what does not fit is dropped unread (`malformed`), what fits is
 * forwarded as written; an `Authorization` credential is also read whole
 * (`authorization-credential.ts`). Other credentials,
 * signatures and content negotiation are operational: their names name no category, and only the
 * structural detectors read their values (an e-mail address, an IP address, a `+` phone: session
 * 14, a red-team sent them to facebook in `Content-Type` parameters, `X-Request-Id`, `Origin` and
 * a JWT's claims in `Authorization`). A credential holding personal data is then broken rather
 * than forwarded: the vendor refuses the request, and the value stays home. Known
 * personal headers have a fixed category (`cookie`, `network.ip_address`, ...). The Cookie header
 * is split into cookies, each decided on its own (every cookie is category `cookie`, unless its
 * name says more); a header whose every element is removed disappears. Other headers (a vendor's
 * own, a deployment's `forwardHeaders`, or any under `unknownHeaders: inspect`) are classified by
 * name and value like any field.
 */

import type { CategoryKey } from "@kago/personal-data";
import { appendKey } from "@kago/personal-data";
import { readAuthorization } from "./authorization-credential.js";
import { canonicalKey } from "./canonical-key.js";
import type { RedactionContext } from "./context.js";
import type { HeaderGate } from "./header-allowlist.js";
import { KEY_LOOKUP } from "./key-table.js";
import { keepPersonalKey, personalKey } from "./personal-key.js";
import { fitStandardHeader, GRAMMAR_HEADERS } from "./standard-header-grammar.js";
import type { DroppedHeader, HeaderPair } from "./transfer.js";
import { scanValue, type ValueOutcome } from "./value-scan.js";

/** Headers of the message's framing, which the gateway sets itself: never read. */
export const FRAMING_HEADERS: ReadonlySet<string> = new Set([
  "content-length",
  "transfer-encoding",
  "host",
  "connection",
  "keep-alive",
  "te",
  "trailer",
  "upgrade",
  "expect",
]);

/**
 * Headers whose names name no personal data: credentials, signatures, framing, content
 * negotiation. Their values are read by the structural detectors only, but for
 * {@link FRAMING_HEADERS}.
 */
export const OPERATIONAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "x-log-signature",
  "x-log-signaturemethod",
  "x-log-apiversion",
  "x-log-bodyrawsize",
  "x-log-compresstype",
  "x-log-date",
  "x-acs-signature-nonce",
  "x-acs-signature-method",
  "x-acs-signature-version",
  "x-acs-date",
  "x-acs-security-token",
  "content-md5",
  "content-type",
  "content-encoding",
  "accept",
  "accept-encoding",
  "date",
  "cache-control",
  "pragma",
  "origin",
  "x-request-id",
  ...FRAMING_HEADERS,
]);

/** Headers whose whole value is one category. */
export const CATEGORY_HEADERS: ReadonlyMap<string, CategoryKey> = new Map<string, CategoryKey>([
  ["user-agent", "device.attribute.software_version"],
  ["referer", "browsing_history"],
  ["accept-language", "device.attribute.language"],
  ["forwarded", "network.ip_address"],
]);

/** Headers holding a comma-separated list of IP addresses, each decided on its own. */
export const IP_LIST_HEADERS: ReadonlySet<string> = new Set([
  "x-forwarded-for",
  "x-real-ip",
  "true-client-ip",
  "cf-connecting-ip",
  "x-client-ip",
  "x-cluster-client-ip",
  "fastly-client-ip",
]);

const NO_NAME = { a: null, da: "key", b: null, db: "key", hint: false } as const;
/** An operational header's value: no category by name, the structural detectors only. */
const STRUCTURAL_ONLY = { ...NO_NAME, structural: true } as const;

function fixed(category: CategoryKey) {
  return { a: category, da: "key", b: null, db: "key", hint: false } as const;
}

function redactCookie(value: string, ctx: RedactionContext): string | null {
  const items = value.split(";");
  const out: string[] = [];
  let changed = false;
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed === "") continue;
    const eq = trimmed.indexOf("=");
    const name = eq === -1 ? "" : trimmed.slice(0, eq).trim();
    const raw = eq === -1 ? trimmed : trimmed.slice(eq + 1).trim();
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // cookie values need not be percent-encoded; classify the raw text
    }
    const personal = name === "" ? null : personalKey(name);
    const path = name === "" ? "cookie" : appendKey("cookie", personal?.segment ?? name);
    const location = `header:${path}`;
    ctx.addKey(location);
    if (personal !== null && !keepPersonalKey(ctx, personal, ctx.slot(location))) {
      changed = true; // a cookie named by personal data goes whole
      continue;
    }
    const look = KEY_LOOKUP.lookupKey(name, "cookie");
    const category: CategoryKey = look !== null && look !== "hint" ? look : "cookie";
    const outcome = scanValue(
      decoded,
      { a: category, da: "key", b: category === "cookie" ? null : "cookie", db: "key", hint: false },
      undefined,
      ctx,
      "header:",
      path,
    );
    if (outcome.kind === "keep") out.push(trimmed);
    else {
      changed = true;
      if (outcome.kind === "replace") out.push(`${name}=${encodeURIComponent(outcome.value)}`);
    }
  }
  if (!changed) return null;
  return out.join("; ");
}

function redactIpList(name: string, value: string, ctx: RedactionContext): string | null {
  const out: string[] = [];
  let changed = false;
  for (const element of value.split(",")) {
    const ip = element.trim();
    if (ip === "") continue;
    const outcome = scanValue(ip, fixed("network.ip_address"), undefined, ctx, "header:", name);
    if (outcome.kind === "keep") out.push(ip);
    else {
      changed = true;
      if (outcome.kind === "replace") out.push(outcome.value);
    }
  }
  return changed ? out.join(", ") : null;
}

function otherHeader(name: string, value: string, ctx: RedactionContext): ValueOutcome {
  const fixedCat = CATEGORY_HEADERS.get(name);
  if (fixedCat !== undefined) return scanValue(value, fixed(fixedCat), undefined, ctx, "header:", name);
  let look = KEY_LOOKUP.lookupKey(name, "");
  if (look === null) {
    const canon = canonicalKey(name);
    if (canon.startsWith("x")) look = KEY_LOOKUP.lookupCanonical(canon.slice(1), "");
  }
  const named = look === null ? NO_NAME : look === "hint" ? { ...NO_NAME, hint: true } : fixed(look);
  return scanValue(value, named, undefined, ctx, "header:", name);
}

/** What {@link redactHeaders} made of the headers. */
export interface HeadersOutcome {
  /** The new list, or `null` when unchanged. */
  readonly headers: HeaderPair[] | null;
  /** The headers the gate did not admit, in order, each once per occurrence. */
  readonly dropped: readonly DroppedHeader[];
}

/** Redacts the headers the gate admits and drops the others. */
export function redactHeaders(
  headers: readonly HeaderPair[],
  ctx: RedactionContext,
  gate: HeaderGate,
): HeadersOutcome {
  let out: HeaderPair[] | null = null;
  const dropped: DroppedHeader[] = [];
  for (let k = 0; k < headers.length; k++) {
    const pair = headers[k] as HeaderPair;
    const value = pair[1];
    const lower = pair[0].toLowerCase();
    const admission = gate.admit(lower);
    const personal = personalKey(pair[0]); // a vendor prefix admits `x-log-<anything>`
    // a header named by personal data is located by its category, never by its name
    const name = personal === null ? lower : personal.segment;
    let next: string | null | undefined; // undefined: drop, null: unchanged
    if (admission === "unlisted" || admission === "trace") {
      dropped.push({ location: `header:${name}`, reason: admission });
      next = undefined;
    } else {
      ctx.addWork(value.length, `header:${name}`);
      if (personal !== null && !keepPersonalKey(ctx, personal, ctx.slot(`header:${name}`))) next = undefined;
      else {
        const fit = GRAMMAR_HEADERS.has(name) ? fitStandardHeader(name, value) : null;
        if (fit?.kind === "trimmed") dropped.push({ location: `header:${name}`, reason: "malformed" });
        if (fit === null) next = redactHeader(name, value, ctx);
        else next = fit.kind === "fits" ? null : (fit.value ?? undefined);
        if (next === null && name === "authorization") {
          const reading = readAuthorization(value, ctx, `header:${name}`);
          if (reading === "malformed") dropped.push({ location: `header:${name}`, reason: "malformed" });
          if (reading !== "keep") next = undefined;
        }
      }
    }
    if (next === null) {
      out?.push(pair);
      continue;
    }
    out ??= headers.slice(0, k);
    if (next !== undefined) out.push([pair[0], next]);
  }
  return { headers: out, dropped };
}

/** One admitted header's value: unchanged (`null`), dropped (`undefined`) or its new text. */
function redactHeader(name: string, value: string, ctx: RedactionContext): string | null | undefined {
  if (FRAMING_HEADERS.has(name)) return null;
  if (OPERATIONAL_HEADERS.has(name)) {
    const outcome = scanValue(value, STRUCTURAL_ONLY, undefined, ctx, "header:", name);
    return outcome.kind === "keep" ? null : outcome.kind === "drop" ? undefined : outcome.value;
  }
  if (name === "cookie") {
    const cookies = redactCookie(value, ctx);
    return cookies === "" ? undefined : cookies;
  }
  if (IP_LIST_HEADERS.has(name)) {
    const ips = redactIpList(name, value, ctx);
    return ips === "" ? undefined : ips;
  }
  const outcome = otherHeader(name, value, ctx);
  return outcome.kind === "keep" ? null : outcome.kind === "drop" ? undefined : outcome.value;
}
