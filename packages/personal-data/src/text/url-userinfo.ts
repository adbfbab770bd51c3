/**
 * The user information of a URL's authority (`scheme://user:password@host`, RFC 3986 section
 * 3.2.1), which the e-mail finder took for an address (session 17, a red team's round 6 F9):
 * `https://astrid.solberg:pw@shop.example.com/` lost its host as `pw@shop.example.com` and kept
 * the account name, and a Sentry DSN or an `ssh://git@` remote lost its host too. The user
 * information is an account's name and its password, not a mailbox: both are found as the
 * account's credentials (a user name that is an e-mail address, `astrid%40corp.com`, as an e-mail
 * address), and the host stays. A service's fixed user (`git`, `anonymous`, `oauth2`, with its
 * token), a role's (`root`, `admin`) and documentation's placeholder (`user:pass`) name no one and
 * are not found, but an e-mail address as their password is (anonymous FTP's convention, RFC
 * 1635: `ftp://anonymous:astrid@example.org@host`); a password without a user
 * (`redis://:secret@host`) is still found.
 *
 * Session 18 (a red team's round 7, R4): until then both parts were found as `account.id`, which
 * Tencent and Zego may receive to deliver messages, so a user's login and password at another
 * site reached them whole. A URL's user information is never Kago's opaque id: it has a category
 * of its own, `account.credential`, which no recipient is granted.
 */
import type { TextCategory, TextSpan } from "./text-span.js";

/** What a URL's user name and password are (session 18; `account.id` in session 17). */
const CREDENTIAL: TextCategory = "account.credential";

/**
 * Users that name a service's access or a role, not a person (lower case), and the placeholder of
 * documentation (`https://user:pass@example.com`).
 */
const SERVICE_USERS = new Set([
  "user",
  "username",
  "login",
  "admin",
  "root",
  "guest",
  "default",
  "postgres",
  "git",
  "hg",
  "svn",
  "ftp",
  "anonymous",
  "oauth2",
  "x-access-token",
  "x-oauth-basic",
  "x-token-auth",
]);

/** The longest user information read, in UTF-16 code units: the scan left of an `@` is bounded. */
const MAX_USERINFO = 256;

/** A character of a URI scheme after its first letter: letter, digit, `+`, `-`, `.`. */
function isSchemeCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46
  );
}

/**
 * A character of user information (unreserved, `%`, sub-delims, `:`), or a letter beyond ASCII
 * (an IRI's).
 */
function isUserinfoCode(c: number): boolean {
  if (c >= 128) return true;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  // - . _ ~ % ! $ & ' ( ) * + , ; = :
  return (
    c === 45 ||
    c === 46 ||
    c === 95 ||
    c === 126 ||
    c === 37 ||
    c === 33 ||
    c === 36 ||
    c === 38 ||
    c === 39 ||
    c === 40 ||
    c === 41 ||
    c === 42 ||
    c === 43 ||
    c === 44 ||
    c === 59 ||
    c === 61 ||
    c === 58
  );
}

/** True when `text[end - 2, end)` is `//` after a scheme and its `:` (`https:`, `svn+ssh:`), not `mailto`. */
function isAuthorityOpening(text: string, end: number): boolean {
  if (end < 4 || text.charCodeAt(end - 1) !== 47 || text.charCodeAt(end - 2) !== 47) return false;
  if (text.charCodeAt(end - 3) !== 58) return false;
  let s = end - 3;
  while (s > 0 && isSchemeCode(text.charCodeAt(s - 1))) s--;
  const first = text.charCodeAt(s);
  if (s === end - 3 || !((first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return false;
  return text.slice(s, end - 3).toLowerCase() !== "mailto";
}

/**
 * Where the user information that ends at the `@` at `at` starts, or -1 when that `@` does not end
 * the user information of a URL's authority. Nothing before `from` is read.
 */
function userinfoStart(text: string, at: number, from: number): number {
  let s = at;
  const floor = Math.max(from, at - MAX_USERINFO);
  for (; s > floor; s--) {
    const c = text.charCodeAt(s - 1);
    // `[` and `]` too: the engine searches a text again after a replacement
    // (`https://[redacted:contact.phone]:pw@host`)
    if (!isUserinfoCode(c) && c !== 91 && c !== 93) break;
  }
  return isAuthorityOpening(text, s) ? s : -1;
}

/**
 * The last `@` of the authority whose user information holds the `@` at `at`: a user name that is
 * an e-mail address is written `astrid%40corp.com` and read decoded (`astrid@corp.com:pw@host`),
 * and URL parsers end the user information at the authority's last `@`.
 */
function lastAt(text: string, at: number): number {
  let last = at;
  const end = Math.min(text.length, at + MAX_USERINFO);
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) last = i;
    else if (!isUserinfoCode(c) && c !== 91 && c !== 93) break; // `[`, `]` of an IPv6 host
  }
  return last;
}

/**
 * Where the user of the user information `text[start, end)` ends: at its first `:` outside
 * brackets (a replacement the engine wrote, `[redacted:contact.phone]:pw`), else at `end`.
 */
function userEnd(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
    else if (c === 58 && depth === 0) return i;
  }
  return end;
}

/** A user name that is an e-mail address: `@` in it, as written or percent-encoded (`astrid%40corp.com`). */
function isAddressUser(user: string): boolean {
  return user.includes("@") || user.includes("%40");
}

/**
 * When the `@` at `at` ends the user information of a URL (`https://user:password@host`), pushes
 * its parts onto `out` and returns the index after the `@` that ends it; else -1. The user is an
 * account's credential, or an e-mail address when it holds an `@`; a password is a credential too.
 * A service's fixed user or a role's (`git`, `oauth2`, `root`) with its password or token names no
 * one, but an e-mail address as that password is one.
 * Nothing before `from` is read.
 */
export function findUrlUserinfo(text: string, at: number, from: number, out: TextSpan[]): number {
  const start = userinfoStart(text, at, from);
  if (start === -1) return -1;
  const end = lastAt(text, at);
  const colon = userEnd(text, start, end);
  const user = text.slice(start, colon);
  if (SERVICE_USERS.has(user.toLowerCase())) {
    // a service's password names no one, unless it is an e-mail address
    if (end > colon + 1 && isAddressUser(text.slice(colon + 1, end)))
      out.push([colon + 1, end, "contact.email"]);
    return end + 1;
  }
  // a user in brackets is none a URL holds: what the engine wrote in its place
  const replaced = user.startsWith("[") && user.endsWith("]");
  if (user.length > 0 && !replaced)
    out.push([start, colon, isAddressUser(user) ? "contact.email" : CREDENTIAL]);
  if (end > colon + 1) out.push([colon + 1, end, CREDENTIAL]);
  return end + 1;
}
