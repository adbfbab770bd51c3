/**
 * Personal data inside free text: each span a detector found is decided on its own; a denied span
 * is replaced by its operator's output, or by the placeholder `[redacted:<category>]` when the
 * operator drops it. The rest of the text is kept as it was. A span found in a percent-decoded
 * view is decided on its decoded literal and replaced where it is written, encoded.
 */

import { type LocationSlot, placeholder, type RedactionContext } from "./context.js";
import { charFlags } from "./detectors/index.js";
import { EchoSet, echoedCategory } from "./echo.js";
import { type EngineSpan, findSpansInViews } from "./percent-view.js";
import type { Detector } from "./transfer.js";

/** Rounds of {@link redactText} on its own output, at most (the first included), before names' echoes. */
const MAX_ROUNDS = 4;

/**
 * The text with denied spans replaced, or `null` when every span may be sent. `slot`:
 * `<location>~text`; `structuralOnly`: as the spans were found (see `findSpansInViews`).
 *
 * A replacement changes what surrounds its neighbours: `40::` glued to `erik@example.org` is no
 * IPv6 address, but next to `[redacted:contact.email]` it is one. So the output is searched
 * again, and redacted again, until nothing more is found (at most {@link MAX_ROUNDS} rounds):
 * what the engine forwards is what a second pass would forward. Only a replacement glued to
 * something (neither white space nor the text's edge on a side) can change what its neighbours
 * are, so text whose replacements all stand between spaces is not searched again.
 *
 * A name a span gave away (`my name is Astrid Solberg ... thanks, Astrid`, `user_name=Astrid`)
 * is then looked for in the rest of the text, as a name a key names is in its record (see
 * `echo.ts`); its words are left in `ctx.textEcho` for the record around the text.
 */
export function redactText(
  value: string,
  spans: readonly EngineSpan[],
  ctx: RedactionContext,
  slot: LocationSlot,
  structuralOnly = false,
  detector: Detector = "text",
): string | null {
  let round = applySpans(value, spans, ctx, slot, detector, null);
  let echo = round?.names ?? null;
  let fresh = echo !== null; // words were added since the text was last searched for them
  let out: string | null = null;
  // each round: the text searched again where a replacement is glued to its neighbours, else the
  // words of names found since the last such round looked for in it
  for (let k = 0; round !== null && k < MAX_ROUNDS + 1; k++) {
    const text = round.text;
    out = text;
    if (round.glued) {
      const more = findSpansInViews(text, charFlags(text), structuralOnly);
      const next = more === null ? null : applySpans(text, more, ctx, slot, "text", echo);
      if (next !== null) {
        if (next.named) fresh = true; // a new set of words is made only when a name is added
        echo = next.names;
        round = next;
        continue;
      }
    }
    if (echo === null || !fresh) break;
    fresh = false;
    const echoes = echo.find(text);
    round = echoes === null ? null : applySpans(text, echoes, ctx, slot, "echo", echo);
  }
  if (round !== null) out = round.text; // the rounds ran out with a change not yet taken
  if (echo !== null) ctx.textEcho = echo;
  return out;
}

/** What one round of {@link applySpans} made of a text. */
interface Round {
  readonly text: string;
  /** A replacement is glued to a neighbour. */
  readonly glued: boolean;
  /** The words of the names given away so far (`names` as passed in, or a new set), or `null`. */
  readonly names: EchoSet | null;
  /** This round gave away a name. */
  readonly named: boolean;
}

/**
 * `text` after a step that rewrote parts of it (base64 tokens encoded again): searched and
 * redacted again, as a second pass over the output would be. A replacement may leave standing
 * alone a token it was glued to (`ZXJp...==name [at] ...`), so `retoken` (the rewriting step)
 * reads the result again, and so on, at most {@link MAX_ROUNDS} times.
 */
export function redactRewritten(
  text: string,
  ctx: RedactionContext,
  slot: LocationSlot,
  structuralOnly: boolean,
  retoken: (text: string) => string | null,
): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const spans = findSpansInViews(current, charFlags(current), structuralOnly);
    const spanned = spans === null ? null : redactText(current, spans, ctx, slot, structuralOnly);
    if (spanned === null) return current;
    const again = retoken(spanned);
    if (again === null) return spanned;
    current = again;
  }
  return current;
}

/** White space, or the text's edge (`NaN`): nothing a finder reads on either side of it changes. */
function isSeparator(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 10 || c === 13 || c === 9 || c === 0x3000;
}

/**
 * Whether what follows a replacement ending at `end` of `value` may read differently once it is
 * there: anything but white space or the edge, and also white space before `=` (the replaced
 * word was the key of `key = value` or `key => value`, whose value is then read as prose).
 */
function gluedAfter(value: string, end: number): boolean {
  if (!isSeparator(value.charCodeAt(end))) return true;
  let k = end;
  while (value.charCodeAt(k) === 32 || value.charCodeAt(k) === 9) k++;
  return value.charCodeAt(k) === 61;
}

/**
 * One round: the denied spans replaced, and whether a replacement is glued to its neighbours;
 * `null` when every span may be sent.
 */
function applySpans(
  value: string,
  spans: readonly EngineSpan[],
  ctx: RedactionContext,
  slot: LocationSlot,
  detector: Detector,
  names: EchoSet | null,
): Round | null {
  let out = "";
  let echo = names;
  let named = false;
  let pos = 0;
  let changed = false;
  let glued = false;
  for (const [start, end, category, decoded, spanDetector] of spans) {
    const by = spanDetector ?? detector;
    const res = ctx.resolve(
      decoded ?? value.slice(start, end),
      false,
      slot,
      category,
      by,
      null,
      by,
      null,
      by,
    );
    if (res.kind === "keep") continue;
    const echoed = detector === "echo" ? null : echoedCategory(category);
    if (echoed !== null) {
      echo ??= new EchoSet();
      echo.add(decoded ?? value.slice(start, end), echoed);
      named = true;
    }
    out += value.slice(pos, start) + (res.kind === "replace" ? res.value : placeholder(category));
    pos = end;
    changed = true;
    if (!isSeparator(value.charCodeAt(start - 1)) || gluedAfter(value, end)) glued = true;
  }
  return changed ? { text: out + value.slice(pos), glued, names: echo, named } : null;
}
