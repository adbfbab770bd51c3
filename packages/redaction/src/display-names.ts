/**
 * The display name of an e-mail address written as a mailbox (RFC 5322 `name-addr`):
 * `Astrid Solberg <astrid@example.org>`, `"Solberg, Astrid" <astrid@example.org>`,
 * `张三 <zhangsan@example.cn>`. The address is found by its shape; the name before it has none,
 * but its place says what it is. Before session 8 the address went and the name reached the
 * vendor beside its placeholder.
 *
 * Read only where an address found in the text stands in `<` `>` or in `(` `)` (`Astrid Solberg
 * (astrid@example.org)`, as log lines write a user): then the quoted string just before it, or
 * one to four words that each start with a capital letter (or two to four ideographs) back to the
 * start of the text, a line or a list (`,` `;` `:`). And the older form, a name in brackets after
 * the address (`astrid@example.org (Astrid Solberg)`). So `write to support <a@b.org>` names
 * nobody, and `Contact Us <help@kago.example>` is taken for a name (over-redaction).
 */
import type { EngineSpan } from "./percent-view.js";

const NAME = "account.profile.name";

/** The longest display name read, in characters. */
const MAX_NAME = 128;

/** A capitalised word of a name: letters, and `'`, `.` or `-` inside (`O'Brien`, `Jr.`). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A word of a display name: capitalised, or two to four ideographs not ending in a word that
 * leads to the address (`到`, `向`, `给`, `至`: `报告错误到 <bug@gnu.org>`, `请向 <...>` "report to";
 * session 13, found in translated messages).
 */
const NAME_WORD = String.raw`(?:${CAPITALISED}|\p{sc=Han}{1,3}[^\P{sc=Han}到向给至于往])`;

/**
 * One to four words of a display name, single spaces between, ending the text, after the text's
 * start, white space or a list's mark (`，`, `：` too: `联系：欧阳小明 <x@example.cn>`; session 13).
 */
const UNQUOTED = new RegExp(
  String.raw`(?:^|(?<=[\s,;:>(，；：（、]))${NAME_WORD}(?: ${NAME_WORD}){0,3}$`,
  "u",
);

/** A name in brackets after an address: capitalised words or ideographs, the name a group. */
const BRACKETED_AFTER = new RegExp(
  String.raw`[ \t]*\((${CAPITALISED}(?: ${CAPITALISED}){0,3}|\p{sc=Han}{2,4})\)`,
  "uy",
);

/** The display names of the mailboxes among `spans` (sorted spans found in `text`); `null` when none. */
export function findDisplayNames(text: string, spans: readonly EngineSpan[]): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  for (const [start, end, category] of spans) {
    if (category !== "contact.email") continue;
    const open = text.charCodeAt(start - 1);
    const close = text.charCodeAt(end);
    const enclosed = (open === 60 && close === 62) || (open === 40 && close === 41);
    const before = enclosed ? displayNameBefore(text, start - 1) : null;
    if (before !== null) out.push([before[0], before[1], NAME]);
    BRACKETED_AFTER.lastIndex = enclosed ? end + 1 : end;
    const after = BRACKETED_AFTER.exec(text);
    if (after !== null) {
      const nameEnd = BRACKETED_AFTER.lastIndex - 1;
      out.push([nameEnd - (after[1] as string).length, nameEnd, NAME]);
    }
  }
  return out.length === 0 ? null : out;
}

/** The display name that ends before the `<` or `(` at `lt`, as [start, end], or `null`. */
function displayNameBefore(text: string, lt: number): readonly [number, number] | null {
  let end = lt;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return null;
  if (text.charCodeAt(end - 1) === 34) {
    // a quoted string: back to its opening quote, past escaped quotes
    for (let i = end - 2; i >= 0 && end - i <= MAX_NAME + 2; i--) {
      if (text.charCodeAt(i) === 34 && text.charCodeAt(i - 1) !== 92)
        return i + 1 < end - 1 ? [i + 1, end - 1] : null;
    }
    return null;
  }
  const from = Math.max(0, end - MAX_NAME);
  const m = UNQUOTED.exec(text.slice(from, end));
  return m === null ? null : [from + m.index, end];
}
