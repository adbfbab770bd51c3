/**
 * Tencent IM's UserSig (session 20; a red team's round 10, F16): the `usersig` query parameter of
 * an IM REST call is zlib-compressed JSON in Tencent's base64 variant (`*`, `-`, `_` for `+`, `/`,
 * `=`) naming the account it was made for, `TLS.identifier`. The catalog marks it operational, so
 * the engine read it as an opaque string and a sig made for `13812345678`, an e-mail address or a
 * name reached Tencent byte for byte beside `identifier=administrator`, while the same values as
 * `identifier` are refused (`personal_data_in_identifier`). A sig is signed, so it can only go as
 * it came or not at all: the gateway decodes it (bounded) and refuses the call when the sig names
 * another account than the call's `identifier`, which the engine reads as an addressing id. A sig
 * for the very account `identifier` names holds no more than that parameter, whose own reading
 * decides. Tencent rejects a sig that does not name `identifier` anyway, so no working call is
 * lost. A value that is no compressed document (`usersig=x`) is not a sig the gateway can read;
 * it goes to the engine's reading as before, and Tencent rejects it.
 */
import { inflateSync } from "node:zlib";
import type { Transfer } from "@kago/redaction";
import { type Refusal, refusal } from "../errors.js";

/** The IM REST query parameter holding the UserSig, compared without case. */
const USERSIG_KEY = "usersig";

/** The IM REST query parameter naming the account a call is made as, compared without case. */
const IDENTIFIER_KEY = "identifier";

/** The member of a UserSig's JSON that names its account (tls-sig-api-v2, and the v1 format). */
const SIG_ACCOUNT = "TLS.identifier";

/**
 * The most a UserSig may inflate to: tls-sig-api-v2 writes about 200 bytes, more with a privilege
 * buffer (`TLS.userbuf`); anything larger is no sig the gateway will read.
 */
const MAX_SIG_JSON_BYTES = 16 * 1024;

/** Tencent's base64 alphabet (`*`, `-`, `_` for `+`, `/`, `=`) and the standard one: a UserSig's characters. */
const SIG_TEXT = /^[A-Za-z0-9*\-_+/=]+$/;

/** The values of every query pair whose key is `key` (without case), percent-decoded. */
function valuesOf(query: string, key: string): string[] {
  const out: string[] = [];
  for (const [k, v] of new URLSearchParams(query)) if (k.toLowerCase() === key) out.push(v);
  return out;
}

/** True when `bytes` open with a zlib header (RFC 1950: deflate, a check sum of the two bytes). */
function zlibHeader(bytes: Buffer): boolean {
  const cmf = bytes[0];
  const flg = bytes[1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * The text a UserSig compresses, or `undefined` when `sig` is no zlib stream in either base64
 * alphabet; `null` when it inflates past the bound.
 */
function sigText(sig: string): string | null | undefined {
  if (!SIG_TEXT.test(sig)) return undefined;
  const bytes = Buffer.from(sig.replace(/\*/g, "+").replace(/-/g, "/").replace(/_/g, "="), "base64");
  // a value that does not open a zlib stream is not inflated (a failed inflate costs a thrown error)
  if (!zlibHeader(bytes)) return undefined;
  try {
    return inflateSync(bytes, { maxOutputLength: MAX_SIG_JSON_BYTES }).toString("utf8");
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? null : undefined;
  }
}

/** `\/`, JSON's optional escape of `/` (a `\\` before a `/` is no such escape and stays). */
const ESCAPED_SLASH = /(?<!\\)\\\//g;

/**
 * The account a UserSig's document names, or `null` when it names none the gateway can be sure
 * of: not a JSON object, no string `TLS.identifier`, the member written twice (JSON readers differ
 * on which one counts) or spelled with escapes (the count would not see it). The one escape let
 * through is `\/`: PHP's `json_encode` writes every `/` so, and Tencent's PHP library signs with
 * it, so about half its sigs (a `/` in the base64 HMAC) were refused (red team round 11, F3).
 */
function sigAccount(text: string): string | null {
  if (text.replace(ESCAPED_SLASH, "").includes("\\")) return null;
  const key = `"${SIG_ACCOUNT}"`;
  if (text.indexOf(key) !== text.lastIndexOf(key)) return null;
  try {
    const doc: unknown = JSON.parse(text);
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return null;
    const account = (doc as Record<string, unknown>)[SIG_ACCOUNT];
    return typeof account === "string" ? account : null;
  } catch {
    return null;
  }
}

/**
 * The refusal (`usersig_identifier_mismatch`) for a Tencent transfer whose query carries a UserSig
 * that names another account than its one `identifier` (or names none the gateway can read,
 * inflates past the bound, or comes with no or several `identifier`s), or several UserSigs (which
 * one a server reads is its own choice, and no client sends two); `undefined` otherwise, and for
 * every other recipient. Never changes the sig.
 */
export function admitUserSig(transfer: Transfer): Refusal | undefined {
  if (transfer.recipient !== "tencent") return undefined;
  const query = transfer.query ?? "";
  // cheap gate: most transfers carry no UserSig at all (a key may be percent-encoded)
  if (!query.toLowerCase().includes(USERSIG_KEY) && !query.includes("%")) return undefined;
  const sigs = valuesOf(query, USERSIG_KEY);
  if (sigs.length === 0) return undefined;
  if (sigs.length > 1) return refusal("usersig_identifier_mismatch");
  const text = sigText(sigs[0] as string);
  if (text === undefined) return undefined;
  const account = text === null ? null : sigAccount(text);
  const identifiers = valuesOf(query, IDENTIFIER_KEY);
  if (account === null || identifiers.length !== 1 || identifiers[0] !== account)
    return refusal("usersig_identifier_mismatch");
  return undefined;
}
