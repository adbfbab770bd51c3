/**
 * Decoded views of a text, with a map back to the text's offsets. A value in free text may hide
 * behind percent-encoding (`a%40b.com` in a URL, `a%2540b.com` double-encoded in a query), be
 * typed with typographic variants (`１３８００１３８０００`, no-break spaces between digit groups,
 * zero-width characters: see `foldTypography`) or in numerals and digit look-alikes
 * (`一三八一二三四五六七八`, `①③⑧...`) or one digit at a time (`1 3 8 1 2 ...`: see `digitView`); the span finders run on the percent-decoded views
 * and on the typographically folded form of the text and of each view too, and the spans they find
 * are mapped back so only the encoded span is replaced: the rest of the text keeps its spelling.
 */
import { type CategoryKey, digitView, foldTypography, HAS_AT, HAS_VARIANT } from "@kago/personal-data";
import { findBareNames } from "./bare-names.js";
import { defangView } from "./defang-view.js";
import { charFlags, findTextSpans } from "./detectors/index.js";
import { findDisplayNames } from "./display-names.js";
import { entityView } from "./entity-view.js";
import { escapeView, fitSpansToEscapes } from "./escape-view.js";
import { findNamedValues, mayNameValues } from "./named-values.js";
import { findProseSpans, hasFullwidthLetter } from "./prose.js";
import { findTableValues } from "./table-values.js";
import { spansOutsideThingIdentifiers } from "./thing-id-values.js";
import type { Detector } from "./transfer.js";

/**
 * A span of personal data in a text, with the decoded literal when it was found in a view, and
 * the detector its finding reports when it is not `text` (`bare-full-name`: see `bare-names.ts`).
 */
export type EngineSpan = readonly [
  start: number,
  end: number,
  category: CategoryKey,
  decoded?: string | undefined,
  detector?: Detector | undefined,
];

/** A decoded text and, for each of its code units (and its end), the offset in the source text. */
export interface DecodedView {
  readonly text: string;
  readonly at: Int32Array;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The byte at `s[i]` written as `%XX`, or -1. */
function escapedByte(s: string, i: number): number {
  if (s.charCodeAt(i) !== 37) return -1;
  const h = hexValue(s.charCodeAt(i + 1));
  const l = hexValue(s.charCodeAt(i + 2));
  return h < 0 || l < 0 ? -1 : h * 16 + l;
}

/** Length of the UTF-8 sequence a lead byte starts (1 for ASCII), or 0 for a byte no sequence starts with. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * True for a control character other than tab, line feed and carriage return: no text is
 * percent-encoded with one, and a format string's `%08x` or `%1f` is none (session 14: `dirección:
 * 0x%08x` read as an address once decoded).
 */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b === 0x7f;
}

/**
 * Lenient percent-decoding (as a reader that decodes what it can would do): every `%XX` run that
 * is valid UTF-8 is decoded, anything else (and a control character, see {@link isControlByte}) is
 * kept as written; `+` stays `+`. `null` when nothing was decoded.
 */
function percentView(s: string): DecodedView | null {
  let i = s.indexOf("%");
  if (i === -1) return null;
  let out = "";
  const at: number[] = [];
  let from = 0;
  let decodedAny = false;
  while (i !== -1) {
    const b = escapedByte(s, i);
    const len = b < 0 || isControlByte(b) ? 0 : sequenceLength(b);
    let chars: string | null = null;
    if (len > 0) {
      let ok = true;
      for (let k = 1; k < len; k++) if (escapedByte(s, i + 3 * k) < 0) ok = false;
      if (ok) {
        try {
          chars = decodeURIComponent(s.slice(i, i + 3 * len));
        } catch {
          chars = null;
        }
      }
    }
    if (chars === null) {
      i = s.indexOf("%", i + 1);
      continue;
    }
    for (let k = from; k < i; k++) at.push(k);
    out += s.slice(from, i) + chars;
    for (let k = 0; k < chars.length; k++) at.push(i);
    decodedAny = true;
    from = i + 3 * len;
    i = s.indexOf("%", from);
  }
  if (!decodedAny) return null;
  for (let k = from; k <= s.length; k++) at.push(k);
  out += s.slice(from);
  return { text: out, at: Int32Array.from(at) };
}

/**
 * Pushes onto `found` the spans in a decoded view (`toSource` maps its offsets to the source
 * text's), with their decoded literal, and those in the view's fullwidth-folded form and, unless
 * the view is a digit view itself (`isDigitView`), in its digit view (`%E4%B8%80...`, numerals
 * behind percent escapes; `138%2F1234%2F5678`).
 */
function addViewSpans(
  view: string,
  toSource: (k: number) => number,
  structuralOnly: boolean,
  found: EngineSpan[],
  isDigitView = false,
): void {
  const flags = charFlags(view);
  pushMapped(view, findTextSpans(view, flags, structuralOnly), toSource, found);
  // `user_name%3DAstrid` in a URL names its value once decoded
  if (mayNameValues(flags)) pushMapped(view, findNamedValues(view, flags), toSource, found);
  if (!structuralOnly) {
    pushMapped(view, findProseSpans(view), toSource, found);
    pushMapped(view, findBareNames(view), toSource, found);
  }
  if (flags & HAS_VARIANT) addFoldedSpans(view, toSource, structuralOnly, found);
  const digits = isDigitView ? null : digitView(view, flags);
  if (digits !== null) {
    const spans = findTextSpans(digits.text, charFlags(digits.text), structuralOnly);
    pushMapped(digits.text, spans, (k) => toSource(digits.at[k] as number), found);
  }
}

/**
 * The spans in `view` with its typographic variants folded, mapped to the source text. The
 * folded text is read for named values and prose too when it holds a fullwidth letter
 * (`hasFullwidthLetter`: `ｗｘ：astrid_wx`; session 14).
 */
function addFoldedSpans(
  view: string,
  toSource: (k: number) => number,
  structuralOnly: boolean,
  found: EngineSpan[],
): void {
  const folded = foldTypography(view);
  if (folded === null) return;
  const flags = charFlags(folded.text);
  const fromFolded = (k: number) => toSource(folded.at[k] as number);
  pushMapped(folded.text, findTextSpans(folded.text, flags, structuralOnly), fromFolded, found);
  // a name whose words a thin, ideographic or zero-width space joins or splits (session 16)
  if (!structuralOnly) pushMapped(folded.text, findBareNames(folded.text), fromFolded, found);
  if (!hasFullwidthLetter(view)) return;
  if (mayNameValues(flags)) pushMapped(folded.text, findNamedValues(folded.text, flags), fromFolded, found);
  if (!structuralOnly) pushMapped(folded.text, findProseSpans(folded.text), fromFolded, found);
}

function pushMapped(
  view: string,
  spans: readonly (readonly [number, number, CategoryKey, ...unknown[]])[] | null,
  toSource: (k: number) => number,
  found: EngineSpan[],
): void {
  if (spans === null) return;
  for (const span of spans) {
    const [s, e, category] = span;
    const start = toSource(s);
    const end = toSource(e);
    const detector = span[4] as Detector | undefined;
    if (end > start)
      found.push(
        detector === undefined
          ? [start, end, category, view.slice(s, e)]
          : [start, end, category, view.slice(s, e), detector],
      );
  }
}

/**
 * `text` percent-decoded once and, when that changed it again, twice (lenient: what does not
 * decode stays as written; `+` stays `+`). Empty when `text` holds no valid `%XX`.
 */
export function percentDecodedViews(text: string): string[] {
  const once = percentView(text);
  if (once === null) return [];
  const twice = percentView(once.text);
  return twice === null ? [once.text] : [once.text, twice.text];
}

/**
 * The spans of personal data in `text`, of values a personal key names in it
 * (`user_name=Astrid`: see `named-values.ts`; a table's header row: see `table-values.ts`) and of personal data in prose (`my name is
 * Astrid`, `erik [at] example.org`; not in operational fields: see `prose.ts`), looking also at its percent-decoded view, at that view
 * decoded once more (double encoding, `%2540`), at its HTML character references decoded
 * (`&#64;`, `&commat;`: see `entity-view.ts`), at its numerals folded to digits (`一三八...`,
 * `①③⑧...`) and its spaced single digits joined (see `digitView`), at it defanged
 * (`erik[@]example[.]org`: see `defang-view.ts`), at its backslash escapes decoded
 * (`\x2213912345678\x22`, `{\"name\":...}`: see `escape-view.ts`; no span cuts an escape),
 * and at the typographically folded form of each.
 * Spans are in `text`'s offsets, sorted, and overlapping ones are made disjoint (a span reaching past the one before keeps only that part, under its own category); a span found only in a
 * view carries its decoded literal (for the keyed operators: a number typed in full-width mode
 * or with no-break spaces is keyed by its ASCII spelling). `null` when none. `structuralOnly`: see {@link findTextSpans}.
 */
export function findSpansInViews(
  text: string,
  flags: number,
  structuralOnly = false,
): readonly EngineSpan[] | null {
  const direct = findTextSpans(text, flags, structuralOnly);
  const named = mayNameValues(flags) ? findNamedValues(text, flags) : null;
  const table = findTableValues(text);
  const prose = structuralOnly ? null : findProseSpans(text);
  const bare = structuralOnly ? null : findBareNames(text);
  // from the e-mail spans only, which no thing's identifier sets aside (below, once for all views:
  // digits after a thing's identifier key, `room_no=13812345678`, are its number; session 17)
  const display =
    structuralOnly || direct === null || (flags & HAS_AT) === 0 ? null : findDisplayNames(text, direct);
  const once = percentView(text);
  const entities = entityView(text);
  const numerals = digitView(text, flags);
  const defanged = defangView(text);
  const escaped = escapeView(text);
  if (
    named === null &&
    table === null &&
    prose === null &&
    bare === null &&
    display === null &&
    once === null &&
    entities === null &&
    numerals === null &&
    defanged === null &&
    escaped === null &&
    (flags & HAS_VARIANT) === 0
  ) {
    const outsideThings = direct === null ? null : spansOutsideThingIdentifiers(text, direct);
    return outsideThings === null ? direct : outsideThings.length === 0 ? null : outsideThings;
  }
  // a value its key names first: where a finder reads the same span, the key's category is the
  // more specific one (`bssid=00:1a:2b:3c:4d:5e` is a BSSID, not a device's MAC; the sort below
  // keeps the first of equal spans)
  const found: EngineSpan[] = [];
  if (named !== null) for (const span of named) found.push(span); // no spread: there may be 100,000
  if (table !== null) for (const span of table) found.push(span);
  if (direct !== null) for (const span of direct) found.push(span);
  if (display !== null) for (const span of display) found.push(span);
  if (prose !== null) for (const span of prose) found.push(span);
  if (bare !== null) for (const span of bare) found.push(span);
  const same = (k: number) => k;
  if (flags & HAS_VARIANT) addFoldedSpans(text, same, structuralOnly, found);
  if (entities !== null) addViewSpans(entities.text, (k) => entities.at[k] as number, structuralOnly, found);
  if (numerals !== null)
    addViewSpans(numerals.text, (k) => numerals.at[k] as number, structuralOnly, found, true);
  if (defanged !== null) addViewSpans(defanged.text, (k) => defanged.at[k] as number, structuralOnly, found);
  if (escaped !== null) addViewSpans(escaped.text, (k) => escaped.at[k] as number, structuralOnly, found);
  if (once !== null) {
    const fromOnce = (k: number) => once.at[k] as number;
    addViewSpans(once.text, fromOnce, structuralOnly, found);
    const twice = percentView(once.text);
    if (twice !== null)
      addViewSpans(twice.text, (k) => fromOnce(twice.at[k] as number), structuralOnly, found);
  }
  if (found.length === 0) return null;
  if (escaped !== null) fitSpansToEscapes(text, escaped, found);
  const read = spansOutsideThingIdentifiers(text, found) ?? found;
  if (read.length === 0) return null;
  read.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: EngineSpan[] = [];
  for (const span of read) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span[0] < last[1]) {
      // the part beyond the last span is decided under its own category (see resolveOverlaps)
      if (span[1] > last[1])
        merged.push(
          span[4] === undefined
            ? [last[1], span[1], span[2]]
            : [last[1], span[1], span[2], undefined, span[4]],
        );
      continue;
    }
    merged.push(span);
  }
  return merged;
}
