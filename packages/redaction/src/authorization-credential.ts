/**
 * The `Authorization` header's credential, read whole (session 20, red team round 10 F1).
 *
 * A credential is a scheme and then one token (`Bearer EAAG...`, `Basic <base64>`, SLS's
 * `LOG <id>:<signature>`) or a list of `name=value` parameters (TC3's `Credential=...,
 * SignedHeaders=content-type;host, Signature=...`): none has a space inside a token or a value.
 * Until session 20 the value was read by the structural detectors only, so `Bearer 13812345678`,
 * `Bearer 490154203237518` and `Bearer Astrid Solberg` reached the vendor. Now:
 * - a credential with a space inside a token or a value (`Bearer Astrid Solberg`) is no
 *   credential of any scheme the vendors use: the header is dropped unread (`malformed`);
 * - each token or parameter value is read whole by the strong detectors with the digit-only ones
 *   included (an IMEI), and as a phone number when it is only digits: a whole token that is a
 *   phone number or an IMEI is personal data, not a key. The header then goes (the vendor answers
 *   401 rather than receive it), its category in the report.
 * A token's inside is not searched for digit runs: access tokens (Meta's `EAA...`, Zego's
 * `04AAAA...`), signatures and their hex digests hold them by chance, and mangling a real
 * credential would fail every call. What the structural detectors find inside (an e-mail in a
 * JWT's claims) is still replaced as before (`headers.ts`).
 */
import { isPhone } from "@kago/personal-data";
import type { RedactionContext } from "./context.js";
import { charFlags, detectStrong } from "./detectors/index.js";

/** What the credential reading decided: keep the header, or drop it and why. */
export type CredentialReading = "keep" | "malformed" | "personal";

/** `<scheme>[ <credentials>]`: the scheme is an HTTP token (RFC 9110 section 11.1). */
const SCHEME = /^[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:[ \t]+(.*?))?[ \t]*$/;
/** Whitespace inside one element of the credentials. */
const INNER_SPACE = /[ \t]/;
/** A parameter's name before `=` (a token), when the element is `name=value` and not token68 padding. */
const PARAMETER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+=(?!=*$)/;
/** Only digits: a token that can be read as a phone number written without `+`. */
const DIGITS = /^\d{7,15}$/;

/** The category of one whole token or parameter value, or `null`. */
function credentialCategory(token: string) {
  const value = token.length > 1 && token.startsWith('"') && token.endsWith('"') ? token.slice(1, -1) : token;
  const strong = detectStrong(value, charFlags(value), false);
  if (strong !== null) return strong;
  return DIGITS.test(value) && isPhone(value) ? ("contact.phone" as const) : null;
}

/**
 * Reads the credential of an `Authorization` value at `location`: `malformed` when it cannot be a
 * credential, `personal` when a whole token is personal data the recipient may not receive (the
 * finding is recorded), else `keep`.
 */
export function readAuthorization(value: string, ctx: RedactionContext, location: string): CredentialReading {
  const match = SCHEME.exec(value);
  if (match === null) return "malformed";
  const credentials = match[2];
  if (credentials === undefined) return "keep";
  for (const raw of credentials.split(",")) {
    const element = raw.trim();
    if (element === "") continue;
    if (INNER_SPACE.test(element)) return "malformed";
    const name = PARAMETER_NAME.exec(element);
    const token = name === null ? element : element.slice(name[0].length);
    const category = credentialCategory(token);
    if (category === null) continue;
    const res = ctx.resolve(token, false, ctx.slot(location), null, "key", null, "key", category, "value");
    if (res.kind !== "keep") return "personal";
  }
  return "keep";
}
