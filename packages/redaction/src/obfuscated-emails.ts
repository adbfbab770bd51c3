/**
 * E-mail addresses written to slip past filters: `erik [at] example [dot] org`,
 * `erik(at)example.org`, `ERIK {AT} EXAMPLE {DOT} ORG`, `erik at gmail dot com`,
 * `zhangsan#163.com`, `zhangsan艾特qq点com`, `erik @ example . org`, `12345678@qq`. People type them in chat messages and support
 * tickets exactly so that a machine does not see an address; the policy still applies.
 *
 * Read: a local part (letters, digits, `.` `_` `+` `-`; in the forms that start with a plain
 * word, also tokens joined by a spelt-out `dot`, `underscore`, `dash` or `hyphen`: `jane dot
 * doe at gmail dot com`), then one of
 * - `at` in brackets, parentheses, braces or angle brackets (white space around and inside
 *   allowed), then a domain whose labels are separated by `.` or by `dot` written the same way,
 *   ending in a top-level domain of two or more letters;
 * - `at` as a plain word, then a domain whose labels are separated by `dot` as a plain word (at
 *   least the last one), ending in a common top-level domain ({@link TLDS}): `erik at gmail dot
 *   com`. Spelling out the dot is what makes it an address: `meet erik at example.org` is not read
 *   (`look at example.org` has that shape), nor `look at the dot product`;
 * - `at` as a plain word or `#` (how Chinese chats hide the `@`), then a common mailbox
 *   provider's domain ({@link PROVIDERS}: `gmail.com`, `163.com`, `qq.com`): `erik at gmail.com`,
 *   `zhangsan#163.com`;
 * - `艾特` (Chinese for "at"), then a domain with `.` or `点` between its labels: `zhangsan艾特qq点com`;
 * - `@` (or `＠`, `﹫`) written loosely: white space around it, a domain whose dots are `点`, `。` or
 *   have white space around them, ending in a common top-level domain (`erik @ example . org`,
 *   `zhangsan@163点com`, `erik﹫example.org`), or a mailbox provider with no top-level domain at
 *   all (`12345678@qq`, `erik@gmail`);
 * - every character spaced out (`e r i k @ g m a i l . c o m`): single characters between single
 *   spaces, an `@` among them, that without their spaces are an address ending in a common
 *   top-level domain.
 * `erik at example.org` with an unknown domain stays, and so does `#` before one.
 */
import type { EngineSpan } from "./percent-view.js";

const DOT = String.raw`(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\.)`;
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

/** An obfuscated address (see the module note). */
const OBFUSCATED = new RegExp(
  String.raw`(?<![\w.+-])[\w.+-]{1,64}\s*[\[({<]\s*at\s*[\])}>]\s*${LABEL}(?:${DOT}${LABEL})*${DOT}[a-z]{2,24}(?![\w-])`,
  "gi",
);

/** The top-level domains an address spelt in plain words may end in. */
const TLDS =
  "com|org|net|edu|gov|info|biz|io|co|me|cn|hk|tw|jp|kr|sg|no|se|dk|fi|is|de|fr|es|pt|it|nl|be|ch|at|pl|uk|ie|us|ca|au|nz|br|mx|ar|ru|in";
/** Common mailbox providers' domains, whose name marks an address after a plain `at` or `#`. */
const PROVIDERS =
  "gmail|googlemail|hotmail|outlook|live|yahoo|icloud|protonmail|proton|gmx|yandex|qq|foxmail|163|126|yeah|sina|sohu|aliyun|139|189";
/**
 * A local part: one token, or up to five joined by a spelt-out mark (`jane dot doe`, `jane
 * underscore doe`, `jane dash doe`; session 13: `my email is jane dot doe at gmail dot com` lost
 * only `doe at gmail dot com`).
 */
const LOCAL = String.raw`(?<![\w.+-])[\w.+-]{1,64}(?:[ \t]+(?:dot|underscore|dash|hyphen)[ \t]+[\w.+-]{1,64}){0,4}`;
const PLAIN_DOT = String.raw`[ \t]+dot[ \t]+`;
const PROVIDER_DOMAIN = String.raw`(?:${PROVIDERS})\.(?:${TLDS})(?:\.(?:${TLDS}))?`;

/** A loose dot between a domain's labels: `.`, `点`, `。` or `．`, white space around it allowed. */
const LOOSE_DOT = String.raw`[ \t]*[.点。．][ \t]*`;

/**
 * An address in plain words, after `#` or `艾特`, or after an `@` written loosely (see the module
 * note): one local part, then each form's separator and domain, so a word is read once for all of
 * them. The `@` form also matches an ordinary address, which {@link isLoose} then leaves to the
 * e-mail finder.
 */
const PLAIN = new RegExp(
  String.raw`${LOCAL}(?:[ \t]+at[ \t]+(?:${LABEL}(?:(?:${PLAIN_DOT}|\.)${LABEL})*${PLAIN_DOT}(?:${TLDS})|${PROVIDER_DOMAIN})|#${PROVIDER_DOMAIN}|[ \t]*艾特[ \t]*${LABEL}(?:[.点]${LABEL})*[.点](?:${TLDS})|[ \t]*[@＠﹫][ \t]*(?:${LABEL}(?:${LOOSE_DOT}${LABEL})*${LOOSE_DOT}(?:${TLDS})|(?:${PROVIDERS})(?![.@])))(?![\w-])`,
  "gi",
);

/** What every plain form holds: its separator (one native search gates {@link PLAIN}). */
const PLAIN_SEPARATOR = /[ \t]at[ \t]|[#艾点@＠﹫]/i;
/** What makes a match more than an ordinary address: white space, a word or sign for `@` or `.`. */
const LOOSE_SIGN = /[ \t#艾点。﹫]/;

/** True when `match` is an obfuscated address, not an ordinary one (`erik@qq`: a provider, no dot). */
function isLoose(match: string): boolean {
  return LOOSE_SIGN.test(match) || !match.includes(".");
}

/**
 * What the plain forms hold, for the prose search: `dot` as a word (with the other words), `#` or
 * a plain `at` before a provider, `艾` (with the other marks), or `点` before a top-level domain.
 */
export const OBFUSCATED_EMAIL_WORDS = String.raw`dot\s`;
export const OBFUSCATED_EMAIL_MARKS = "艾﹫";
export const OBFUSCATED_EMAIL_HINT = String.raw`(?:#|\sat\s+)(?:${PROVIDERS})\.|[点。](?:${TLDS})|[@＠][ \t]|[ \t][@＠]|[ \t][.．][ \t]*(?:${TLDS})\b|[.．][ \t]+(?:${TLDS})\b|[@＠](?:${PROVIDERS})(?![.@\w-])`;

/**
 * An address spelt one character at a time (`e r i k @ g m a i l . c o m`, session 12): single
 * characters of an address with one space between each, an `@` among them, standing alone. A
 * match starts only where a run of spaced characters starts (not after `c `): tried from every
 * character of a long run without an `@`, each try would read to the run's end.
 */
const SPACED = /(?<!\S)(?<!(?:^|\s)[\w.+-] )(?:[\w.+-] )+[@＠](?: [\w.-])+(?!\S)/g;
/** What a spaced address must be without its spaces: an address ending in a common top-level domain. */
const SPACED_ADDRESS = new RegExp(String.raw`^[\w.+-]+[@＠]${LABEL}(?:\.${LABEL})*\.(?:${TLDS})$`, "i");

/** The obfuscated addresses in `text`, sorted; `null` when none. */
export function findObfuscatedEmails(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  for (const re of PLAIN_SEPARATOR.test(text) ? [OBFUSCATED, PLAIN, SPACED] : [OBFUSCATED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      if (re === SPACED ? SPACED_ADDRESS.test(m[0].replaceAll(" ", "")) : re === OBFUSCATED || isLoose(m[0]))
        out.push([m.index, m.index + m[0].length, "contact.email"]);
  }
  if (out.length > 1) out.sort((a, b) => a[0] - b[0]);
  return out.length === 0 ? null : out;
}
