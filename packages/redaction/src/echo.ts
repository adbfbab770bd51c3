/**
 * Names echoed in free text: a log record that carries `"user_name": "Astrid Solberg"` often says
 * `user astrid reported: ...` in its message too. A name has no shape a finder could see, but once
 * a key has named it in a record, its words are known: the engine collects the words of each
 * name and nickname the recipient may not get (an {@link EchoSet} per record), and looks for them
 * in the record's free text (see `redact-json.ts`).
 *
 * What counts as a word of a name: a run of letters of three or more (lower-cased; name particles
 * such as `van` and `der` set aside), or a run of two to four ideographs (a Chinese name is
 * written without spaces). Found in text: the same word standing alone (not inside a longer word),
 * in any case; an ideograph run anywhere. Neighbouring words of the same category separated only
 * by white space become one span (`Astrid Solberg`, not two). Nothing inside the engine's own
 * placeholders is read.
 */
import { type CategoryKey, isPlaceholderValue } from "@kago/personal-data";
import type { EngineSpan } from "./percent-view.js";

/** The categories whose values are echoed: written in words, with no shape of their own. */
const ECHOED: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "account.profile.name",
  "account.profile.nickname",
]);

/** The category when values of `category` are echoed in free text, else `null`. */
export function echoedCategory(category: CategoryKey | null): CategoryKey | null {
  return category !== null && ECHOED.has(category) ? category : null;
}

/**
 * `set` with the words of `value` added when `value`, just redacted as `a` (or `b`), is a name or
 * nickname the recipient may not get (`recipient.decide` says); a new set when `set` is `null`
 * and there are words to add.
 */
export function collectName(
  set: EchoSet | null,
  recipient: { decide(category: CategoryKey): { readonly kind: "allow" | "deny" } },
  a: CategoryKey | null,
  b: CategoryKey | null,
  value: string,
): EchoSet | null {
  const category = echoedCategory(a) ?? echoedCategory(b);
  if (category === null || recipient.decide(category).kind === "allow") return set;
  if (category === "account.profile.name" && !hasNameShape(value)) return set;
  const out = set ?? new EchoSet();
  out.add(value, category);
  return out;
}

/** What no person's name holds: a digit, and the marks of identifiers, paths and markup. */
const NOT_IN_NAMES = /[0-9_/\\@:=<>{}[\]()#|;]/;
/** A capital letter, or a letter of a script without case (ideographs, kana, Hangul, Arabic...). */
const CAPITAL_OR_CASELESS = /[\p{Lu}\p{Lt}\p{Lo}]/u;
/** Two words: letters, white space, letters. */
const TWO_WORDS = /\S\s+\S/;

/** True when `value` holds what no person's name holds (`metric_name`, `user_42`, `a/b`). */
export function hasIdentifierMark(value: string): boolean {
  return NOT_IN_NAMES.test(value);
}

/**
 * True when a value a key called a name has a person's name's shape, so its words may be
 * echoed: no digit and none of `_ / \ @ : = < > { } [ ] ( ) # | ;` (`page_view`, `com.example.app`
 * stay quiet), and a capital, a caseless script's letter or two words (`astrid solberg`): one word in
 * lower case under `name` is an identifier as often (`main`, `test`, `string`). The value itself
 * goes as its key says either way; only its echo is held back (session 13, found by running
 * package.json files and API specs through the engine).
 */
export function hasNameShape(value: string): boolean {
  if (hasIdentifierMark(value)) return false;
  return CAPITAL_OR_CASELESS.test(value) || TWO_WORDS.test(value);
}

/** Particles of names that are also common words: never a word of a name on their own. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "von",
  "der",
  "den",
  "del",
  "della",
  "des",
  "dos",
  "das",
  "bin",
  "ibn",
]);

/** A run of letters (with combining marks), or of ideographs. */
const WORD = /\p{sc=Han}+|[\p{L}\p{M}]+/gu;
const HAN = /^\p{sc=Han}/u;

/**
 * Values with no words of a name: a hex digest (a hashed name, as the Conversions API sends `fn`
 * and `ln`), and what the engine itself writes in a name's place (a placeholder, a pseudonym),
 * which a body redacted once may carry into a second gateway.
 */
const NO_NAME = /^(?:[0-9a-f]{32,}|\[redacted:[a-z_.]+\]|psn_[a-z2-7]{26})$/i;

/** Up to this many words, a text is searched for each of them, not read word by word (see `find`). */
const FEW_WORDS = 8;

/** The most ideograph names one set holds: each is searched for with its own `indexOf`. */
const MAX_HAN = 32;

/** The words of the names and nicknames seen in one record, each with its category. */
export class EchoSet {
  /** Lower-cased words of letters. */
  readonly words = new Map<string, CategoryKey>();
  /** Runs of ideographs. */
  readonly han = new Map<string, CategoryKey>();

  /** Adds the words of `value`, a name or nickname of `category` (none from a placeholder value). */
  add(value: string, category: CategoryKey): void {
    if (NO_NAME.test(value) || isPlaceholderValue(value)) return;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(value); m !== null; m = WORD.exec(value)) {
      const word = m[0];
      if (HAN.test(word)) {
        if (word.length >= 2 && word.length <= 4 && this.han.size < MAX_HAN) this.han.set(word, category);
      } else if (word.length >= 3) {
        const lower = word.toLowerCase();
        if (!NAME_PARTICLES.has(lower)) this.words.set(lower, category);
      }
    }
  }

  /** Adds every word of `other`. */
  merge(other: EchoSet): void {
    for (const [word, category] of other.words) this.words.set(word, category);
    for (const [word, category] of other.han) if (this.han.size < MAX_HAN) this.han.set(word, category);
  }

  /** How many words and ideograph runs the set holds. */
  get size(): number {
    return this.words.size + this.han.size;
  }

  /** The spans of `text` where a word of this set stands (see the module note), sorted; `null` when none. */
  find(text: string): EngineSpan[] | null {
    const found: EngineSpan[] = [];
    for (const [word, category] of this.han) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
        found.push([at, at + word.length, category]);
    }
    if (this.words.size > 0) {
      const lower = text.toLowerCase();
      // with a few words, each is searched for (lower-casing kept every index where it is)
      if (this.words.size <= FEW_WORDS && lower.length === text.length) this.searchWords(lower, found);
      else this.readWords(text, found);
    }
    if (found.length === 0) return null;
    found.sort((a, b) => a[0] - b[0]);
    return joinNeighbours(text, outsidePlaceholders(text, found));
  }

  /** Every place in `lower` where a word of the set stands alone, into `found`. */
  private searchWords(lower: string, found: EngineSpan[]): void {
    for (const [word, category] of this.words) {
      for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (!isLetterAt(lower, at - 1) && !isLetterAt(lower, end)) found.push([at, end, category]);
      }
    }
  }

  /** Every word of `text` that is a word of the set, into `found`. */
  private readWords(text: string, found: EngineSpan[]): void {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      const category = this.words.get(m[0].toLowerCase());
      if (category !== undefined) found.push([m.index, m.index + m[0].length, category]);
    }
  }
}

const LETTER = /[\p{L}\p{M}]/u;

/** True when the character at `i` of `text` is a letter or a combining mark (false outside the text). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return !Number.isNaN(c) && LETTER.test(text[i] as string);
}

/**
 * The spans (sorted) that do not fall inside one of the engine's placeholders (`[redacted:...]`).
 * One sweep over the placeholders alongside the spans: a search back from each span to its
 * placeholder crossed the whole text for each of thousands of echoes after one placeholder
 * (session 14: `name: Astrid ` repeated 40,000 times in a text body took 6 s, 13 times as long as
 * a quarter of it).
 */
function outsidePlaceholders(text: string, spans: EngineSpan[]): EngineSpan[] {
  let next = text.indexOf("[redacted:");
  if (next === -1) return spans;
  let open = -1; // the last placeholder opened at or before the span's start
  let close = -1; // its `]`
  return spans.filter(([start]) => {
    while (next !== -1 && next <= start) {
      open = next;
      close = text.indexOf("]", open);
      next = text.indexOf("[redacted:", next + 1);
    }
    return open === -1 || close < start;
  });
}

const SPACES = /^[ \t]+$/;

/** Spans of one category separated only by spaces or tabs joined into one; overlaps dropped. */
function joinNeighbours(text: string, spans: EngineSpan[]): EngineSpan[] {
  const out: EngineSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && span[0] < last[1]) continue;
    if (last !== undefined && last[2] === span[2] && SPACES.test(text.slice(last[1], span[0]))) {
      out[out.length - 1] = [last[0], span[1], last[2]];
    } else out.push(span);
  }
  return out;
}
