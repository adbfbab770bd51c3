/**
 * E-mail addresses inside free text. For each `@`, the scan extends left over ASCII local-part
 * characters and dots and right over domain characters, then checks the domain with the
 * `isEmail` rule. The local part is taken as written (doubled or trailing dots, any length),
 * looser than `isEmail`. Linear in the text; no regular expression.
 *
 * In text the local part is ASCII-only (text in any script may touch an address on its left) and
 * excludes the RFC 5322 characters that delimit keys and values around it: `=` `&` `/` `?` `#`
 * `|` `{` `}` (`email=a@b.com`, `?to=a@b.com`). Other atext characters such as `'` stay in, so a
 * quote before an address may join the span: over-redaction, never under. The domain may be
 * internationalised, so CJK text glued to the right of an address without space or punctuation
 * is absorbed into the span: over-redaction, never under.
 */
import { isDomainCode, isEmailDomainAt, isLocalPartCode } from "../values/email.js";
import type { TextSpan } from "./text-span.js";

/** Pushes a span for every e-mail address in `text` onto `out`. */
export function findEmailSpans(text: string, out: TextSpan[]): void {
  let at = text.indexOf("@");
  let floor = 0; // nothing before this index can start a new address
  while (at >= 0) {
    let start = at;
    while (start > floor) {
      const c = text.charCodeAt(start - 1);
      if (!isTextLocalCode(c)) break;
      start--;
    }
    while (start < at && text.charCodeAt(start) === 46) start++;
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
    if (start < at && isEmailDomainAt(text, at + 1, end)) {
      out.push([start, end, "contact.email"]);
      floor = end;
    }
    at = text.indexOf("@", Math.max(at + 1, floor));
  }
}

/** Local-part characters an address in free text may use (see the module note). */
function isTextLocalCode(c: number): boolean {
  if (
    c >= 128 ||
    c === 61 ||
    c === 38 ||
    c === 47 ||
    c === 63 ||
    c === 35 ||
    c === 124 ||
    c === 123 ||
    c === 125
  ) {
    return false;
  }
  return c === 46 || isLocalPartCode(c);
}
