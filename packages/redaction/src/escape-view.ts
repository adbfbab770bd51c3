/**
 * Backslash escapes in free text: a log line that quotes JSON or a request body. nginx's default
 * `escape=default` writes `"` as `\x22` and bytes outside ASCII as `\xE7\x8E\x8B`; a logger that
 * embeds JSON in a string writes `{\"name\":\"王芳\"}`; some write `\u0022`. The value is then glued
 * to the escape's characters (`\x2213912345678`: a finder reads `2213912345678`) or its key and
 * quotes are hidden behind backslashes, so no finder sees it. Every reader that unescapes the
 * line (a log viewer, `jq`, a developer's eye) sees `"13912345678"`.
 *
 * Read: `\x` and two hex digits (a run of them that is valid UTF-8 as the character it encodes,
 * any other as the code point U+00XX, as JavaScript and Python read `\xe9`), `\u` and four hex
 * digits (also `\U`, as iOS's `NSLog` writes a dictionary's non-ASCII characters:
 * `name = "\U5f20\U4f1f";`; session 13), and `\"`. Only a text that holds one of these gets a view (a Windows path with `\\`
 * does not). `\\`, `\/`, `\n`, `\r` and `\t` are decoded along with them: `\\x22` is a
 * backslash and the letters `x22`, not a quote, and `call me\n13912345678` holds a phone number.
 * Each decoded character maps to the start of its escape, so a span found in the view covers
 * whole escapes, and a span read from the text as written never cuts one in half (see
 * {@link fitSpansToEscapes}): `{\x22phone\x22:\x2213912345678\x22}` becomes
 * `{\x22phone\x22:\x22[redacted:contact.phone]\x22}`, the rest of the text as it came.
 */
import { viewOfMatches } from "./match-view.js";
import type { DecodedView, EngineSpan } from "./percent-view.js";

/** The cheap first test: an escape that can hide a value (a glued `\x22`, a `\"` around a key). */
const MAY_HOLD_ESCAPE = /\\(?:x[0-9A-Fa-f]{2}|[uU][0-9A-Fa-f]{4}|")/;

/** `\x` escapes of one UTF-8 sequence (2, 3 or 4 bytes), or of one byte. */
const X_SEQUENCE =
  "x(?:[cdCD][0-9A-Fa-f]\\\\x[89abAB][0-9A-Fa-f]" +
  "|[eE][0-9A-Fa-f](?:\\\\x[89abAB][0-9A-Fa-f]){2}" +
  "|[fF][0-4](?:\\\\x[89abAB][0-9A-Fa-f]){3}" +
  "|[0-9A-Fa-f]{2})";

/**
 * One escape (or one UTF-8 sequence of `\x` escapes): group 1 the `\x` run, group 2 the `\u`
 * digits, group 3 the escaped character. `\\` is matched as a whole, so `\\x22` is no `\x22`.
 */
const ESCAPE = new RegExp(`\\\\(?:(${X_SEQUENCE})|[uU]([0-9A-Fa-f]{4})|(["\\\\/nrt]))`, "g");

/** What `\n`, `\r`, `\t` and the escaped punctuation stand for. */
const ESCAPED_CHARACTER: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  n: "\n",
  r: "\r",
  t: "\t",
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The text a run of `\xHH` escapes (`x41`, `xE7\x8E\x8B`: without the first backslash) stands for. */
function decodeHexRun(run: string): string {
  const bytes = run
    .slice(1)
    .split("\\x")
    .map((hex) => Number.parseInt(hex, 16));
  if (bytes.length === 1) return String.fromCharCode(bytes[0] as number);
  try {
    return UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return String.fromCharCode(...bytes); // not UTF-8 after all (an overlong form): byte by byte
  }
}

/**
 * `s` with its backslash escapes decoded, and for each code unit of the result (and its end) the
 * offset in `s`; `null` when it holds no `\xHH`, `\uHHHH` or `\"` (a text with only `\\`, a
 * Windows path, gets no view).
 */
export function escapeView(s: string): DecodedView | null {
  if (s.indexOf("\\") === -1 || !MAY_HOLD_ESCAPE.test(s)) return null;
  let hidingEscapes = 0;
  const view = viewOfMatches(s, ESCAPE, (m) => {
    if (m[1] !== undefined) {
      hidingEscapes++;
      return decodeHexRun(m[1]);
    }
    if (m[2] !== undefined) {
      hidingEscapes++;
      return String.fromCharCode(Number.parseInt(m[2], 16));
    }
    if (m[3] === '"') hidingEscapes++;
    return ESCAPED_CHARACTER[m[3] as string] as string;
  });
  return hidingEscapes === 0 ? null : view;
}

/**
 * Makes, in place, every span of `spans` (in `s`'s offsets) cover whole escapes of `view`. A
 * finder reading `s` as written sees `x22erik@example.org` in `\x22erik@example.org`, and a
 * replacement from its `x` would leave `\` dangling: a span that starts or ends inside an escape
 * is dropped when another span covers what it holds outside its cut escapes (the view read the
 * value, `erik@example.org`, and the quote stays), and is otherwise widened to cover them whole.
 */
export function fitSpansToEscapes(s: string, view: DecodedView, spans: EngineSpan[]): void {
  const boundary = new Uint8Array(s.length + 1);
  for (const offset of view.at) boundary[offset] = 1;
  const cutsEscape = (span: EngineSpan) => boundary[span[0]] === 0 || boundary[span[1]] === 0;
  if (!spans.some(cutsEscape)) return;
  const covers = coverageOf(spans.filter((span) => !cutsEscape(span)));
  let kept = 0;
  for (const span of spans) {
    let fitted: EngineSpan | null = span;
    if (cutsEscape(span)) {
      let [outerStart, outerEnd, innerStart, innerEnd] = [span[0], span[1], span[0], span[1]];
      while (boundary[outerStart] === 0) outerStart--;
      while (boundary[outerEnd] === 0) outerEnd++;
      while (boundary[innerStart] === 0) innerStart++;
      while (boundary[innerEnd] === 0) innerEnd--;
      if (innerStart < innerEnd && covers(innerStart, innerEnd)) fitted = null;
      else
        fitted =
          span[4] !== undefined
            ? [outerStart, outerEnd, span[2], span[3], span[4]]
            : span[3] === undefined
              ? [outerStart, outerEnd, span[2]]
              : [outerStart, outerEnd, span[2], span[3]];
    }
    if (fitted !== null) spans[kept++] = fitted;
  }
  spans.length = kept;
}

/** Whether one of `spans` covers `[start, end)`: spans sorted by start, with the furthest end so far. */
function coverageOf(spans: EngineSpan[]): (start: number, end: number) => boolean {
  spans.sort((a, b) => a[0] - b[0]);
  const furthestEnd = new Int32Array(spans.length);
  let furthest = -1;
  spans.forEach((span, k) => {
    furthest = Math.max(furthest, span[1]);
    furthestEnd[k] = furthest;
  });
  return (start, end) => {
    let lo = 0;
    let hi = spans.length; // the first span starting after `start`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as EngineSpan)[0] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (furthestEnd[lo - 1] as number) >= end;
  };
}
