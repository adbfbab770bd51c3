/**
 * E-mail addresses inside free text. For each `@`, the scan extends left over ASCII local-part
 * characters and dots and right over domain characters, then checks the domain with the
 * `isEmail` rule. The local part is taken as written (doubled or trailing dots, any length),
 * looser than `isEmail`. Linear in the text; no regular expression.
 *
 * In text the local part excludes the RFC 5322 characters that delimit keys and values around it:
 * `=` `&` `/` `?` `#` `|` `{` `}` (`email=a@b.com`, `?to=a@b.com`), and it does not start with a
 * quote or a backquote (`WHERE email='a@b.com'`; since session 13, a SQL log lost its opening quote
 * before), and it holds a letter or a digit (`'@scope.pkg/x` is none). Other atext characters
 * such as `'` inside (`o'brien@example.ie`) stay in. Nor is a run an address whose domain runs on
 * into an identifier with `_` or that is an SSH remote in scp form (`isIdentifierOrRemote`), or
 * whose top-level domain is a file's extension (`logo@2x.png`, whole or glued).
 * Internationalised local parts (RFC 6531) are found as well:
 * - letters of the scripts written with spaces between words (Latin with its accents, Greek,
 *   Cyrillic, and combining accents) join the local part: `josé@example.org`, `андрей@пример.рф`;
 * - any other non-ASCII text (CJK, which touches an address without a space) joins only when no
 *   ASCII or alphabetic local part stands before the `@`: `张三@example.cn` is found whole, and
 *   `请联系张三@example.cn` as `请联系张三@example.cn` (over-redaction, never under), while
 *   `请联系zhang@example.cn` stays `zhang@example.cn`.
 * The domain may be internationalised, so CJK text glued to the right of an address without space
 * or punctuation is absorbed into the span: over-redaction, never under.
 * An `@` that ends a URL's user information (`https://astrid:pw@host`) is no address: the user
 * information is found as an account identifier instead (session 17, see `url-userinfo.ts`).
 */
import { isDomainCode, isEmailDomainAt, isFileExtensionAt, isLocalPartCode } from "../values/email.js";
import type { TextSpan } from "./text-span.js";
import { findUrlUserinfo } from "./url-userinfo.js";

/** Pushes a span for every e-mail address in `text` onto `out`. */
export function findEmailSpans(text: string, out: TextSpan[]): void {
  let at = text.indexOf("@");
  let floor = 0; // nothing before this index can start a new address
  while (at >= 0) {
    // the user information of a URL (`https://astrid:pw@host`) is an account, not an address
    const afterUserinfo = findUrlUserinfo(text, at, floor, out);
    if (afterUserinfo !== -1) {
      floor = afterUserinfo;
      at = text.indexOf("@", floor);
      continue;
    }
    let start = at;
    while (start > floor) {
      const c = text.charCodeAt(start - 1);
      if (!isTextLocalCode(c)) break;
      start--;
    }
    if (start === at) {
      // no local part in a spaced script: a CJK one (or none), up to the RFC's 64 characters
      while (start > floor && at - start < 64 && isIntlLocalCode(text.charCodeAt(start - 1))) start--;
    }
    // a leading dot ends a sentence; a leading quote or backquote opens one (`email='a@b.com'`)
    while (
      start < at &&
      (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 39 || text.charCodeAt(start) === 96)
    )
      start++;
    let end = at + 1;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c !== 46 && !isDomainCode(c)) break;
      end++;
    }
    // Trailing dots and hyphens end a sentence, not a domain.
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    // The local part is taken as written: any length, doubled or trailing dots. `taro..yamada@`
    // and `taro.@` break RFC 5322 yet were real mobile carriers' addresses, and `erik..2@` names
    // a mailbox whatever the RFC says; finding them costs over-redaction at worst.
    if (start < at && hasLetterOrDigit(text, start, at)) {
      const domainEnd = isEmailDomainAt(text, at + 1, end) ? end : gluedDomainEnd(text, at + 1, end);
      if (domainEnd !== -1 && !isIdentifierOrRemote(text, start, at, domainEnd)) {
        out.push([start, domainEnd, "contact.email"]);
        floor = domainEnd;
      }
    }
    at = text.indexOf("@", Math.max(at + 1, floor));
  }
}

/** A letter of a top-level domain: ASCII, or non-ASCII (an IDN TLD such as `рф`). */
function isTldLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
}

/**
 * Where a domain glued to what follows it ends (`erik@example.org2024-01-01`,
 * `erik@example.org-0`): the end of the longest prefix of `text[from, end)` that is a domain by
 * `isEmailDomainAt`'s rule and ends at a label's end or after the letters a label starts with;
 * -1 when there is none. One pass over the labels. Over-redaction at worst: what it returns is
 * an address.
 */
function gluedDomainEnd(text: string, from: number, end: number): number {
  let best = -1;
  let labels = 0; // labels before the current one, all valid as inner labels
  let labelStart = from;
  for (let i = from; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 46) continue;
    const length = i - labelStart;
    let letters = 0;
    while (letters < length && isTldLetter(text.charCodeAt(labelStart + letters))) letters++;
    if (labels > 0) {
      // the whole label as the top-level domain, else the letters it starts with; not a file's
      // extension, whole or glued (`logo@2x.png`, `icon@3x.webp2`; session 13)
      const tldEnd = labelStart + letters;
      if (isFileExtensionAt(text, labelStart, tldEnd)) break;
      if (letters === length && length >= 2 && length <= 63) best = i;
      else if (letters >= 2 && letters <= 63) best = tldEnd;
      else if (length > 4 && length <= 63 && text.startsWith("xn--", labelStart)) best = i; // an A-label
    }
    const innerValid =
      length >= 1 && length <= 63 && text.charCodeAt(labelStart) !== 45 && text.charCodeAt(i - 1) !== 45;
    if (!innerValid) break;
    labels++;
    labelStart = i + 1;
  }
  return best;
}

/** True when `text[start, end)` holds a letter or a digit (`'@foo.bar/baz` has no local part). */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128) return true;
  }
  return false;
}

/**
 * True when the address-like run `text[start, domainEnd)` (its `@` at `at`) is none (session 13,
 * found on man pages and package.json files): its domain runs on into an identifier with `_`,
 * which no domain holds (`--pass-arg=imports@env.await_promise_sync`), or it is an SSH remote in
 * scp form, `git@` or `hg@` a host and `:` (`git clone git@github.com:acme/app.git`).
 *
 * Since session 19 (a red team's round 8, R16) a `_` after a domain whose last label is a
 * top-level domain mail is sent to (see {@link isMailTopLevelDomain}) ends the address instead:
 * IM italics (`_astrid@qq.com_`), dedup keys and file names built from an address
 * (`astrid@example.org_1767261600`, `uploads/astrid@example.org_avatar.jpg`) went out whole.
 * Since session 20 (a red team's round 9, A8) not when a version stands for the domain
 * ({@link isVersionDomain}: `pkg@1.2.io_helper`, `rollup@4.9.0_tslib@2.6.2.io_x`, a package
 * manager's names). A role address is an address like any other (`noreply@kago.com_template.html`
 * is read, as `noreply@kago.com` is in text and as a whole value).
 */
function isIdentifierOrRemote(text: string, start: number, at: number, domainEnd: number): boolean {
  const next = text.charCodeAt(domainEnd);
  if (next === 95) return !isMailTopLevelDomain(text, domainEnd) || isVersionDomain(text, at + 1, domainEnd);
  if (next !== 58 || at - start > 3) return false;
  const user = text.slice(start, at).toLowerCase();
  return user === "git" || user === "hg";
}

/**
 * The generic top-level domains mail is commonly sent to, besides the two-letter country codes
 * (session 19). A code identifier's last label before `_` is a word (`env.await_promise_sync`);
 * one of these, or any two letters or non-ASCII ones (`.cn`, `.рф`), makes the run an address.
 */
const MAIL_GENERIC_TLDS: ReadonlySet<string> = new Set([
  "com",
  "org",
  "net",
  "edu",
  "gov",
  "mil",
  "int",
  "info",
  "biz",
  "name",
  "pro",
  "mobi",
  "app",
  "dev",
  "email",
  "mail",
  "online",
  "site",
  "xyz",
  "top",
  "vip",
  "club",
  "shop",
  "store",
  "tech",
  "cloud",
  "live",
  "asia",
]);

/**
 * True when the domain `text[from, end)` is a version and a word (`1.2.io`, `2.6.2.io`; session
 * 20): two labels or more of digits alone before its last. A mail domain's name has a letter in
 * some label before its top-level domain, or one number alone (`163.com`, `139.com`: mailboxes
 * millions use), so those stay addresses.
 */
function isVersionDomain(text: string, from: number, end: number): boolean {
  const last = text.lastIndexOf(".", end - 1);
  let labels = 1;
  for (let i = from; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) labels++;
    else if (c < 48 || c > 57) return false;
  }
  return labels >= 2;
}

/** True when the last label of a domain ending at `end` (it has a dot) is a top-level domain mail goes to. */
function isMailTopLevelDomain(text: string, end: number): boolean {
  const label = text.slice(text.lastIndexOf(".", end - 1) + 1, end);
  if (label.length === 2 || label.charCodeAt(0) >= 128 || label.startsWith("xn--")) return true;
  return MAIL_GENERIC_TLDS.has(label.toLowerCase());
}

/** Local-part characters an address in free text may use (see the module note). */
function isTextLocalCode(c: number): boolean {
  if (c >= 128) return isSpacedScriptLetter(c);
  if (c === 61 || c === 38 || c === 47 || c === 63 || c === 35 || c === 124 || c === 123 || c === 125) {
    return false;
  }
  return c === 46 || isLocalPartCode(c);
}

/**
 * A letter (or combining accent) of a script written with spaces between words: Latin-1 and Latin
 * Extended letters, IPA, combining diacritics, Greek, Cyrillic, Latin Extended Additional
 * (Vietnamese). Not `×` and `÷`, nor Greek punctuation.
 */
function isSpacedScriptLetter(c: number): boolean {
  if (c < 0xc0) return false;
  if (c <= 0x2af) return c !== 0xd7 && c !== 0xf7;
  if (c <= 0x36f) return c >= 0x300; // combining diacritical marks
  if (c <= 0x52f) return c !== 0x37e && c !== 0x387 && c >= 0x370;
  return c >= 0x1e00 && c <= 0x1eff;
}

/** A non-ASCII local-part character (see the module note: taken only where no other local part stands). */
function isIntlLocalCode(c: number): boolean {
  return c >= 128 && isLocalPartCode(c);
}
