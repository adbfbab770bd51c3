/**
 * Phone numbers whose groups are split by something no phone number is written with. To get a
 * number past a platform's contact filter, people type its groups apart with a slash, an
 * underscore, a bar, a star, a comma or the Chinese comma and full stop (`138/1234/5678`,
 * `138_1234_5678`, `138，1234，5678`, `138。1234。5678`), or with wider gaps than one separator
 * (`138  1234  5678`, `138 - 1234 - 5678`). The phone reader takes one space, `-` or `.` between
 * groups; {@link tidyLooseNumbers} writes such a number's digits together, in a view with a map
 * back, so the span found in it is replaced where it is written.
 *
 * Only a China mobile is tidied (with or without `86`), grouped as people group one (3-4-4, 3-8,
 * 7-4): it is the number these filters are dodged for, and a shape that a list of numbers (`500,
 * 200, 1000`, `0,12,34,56,78`, `2024/01/15, 2024/01/16`, `13, 812,345,678`) does not take by
 * chance, as the trunk-0 and North-American forms would. The separators around it become spaces
 * (`v2_138_1234_5678` gives `v2 13812345678`). Seven to nineteen single
 * digits so split (`1/3/8/1/2/...`) are joined too, whatever they make, as the digit view joins
 * them when spaced (`joinSpacedDigits`), and the finders decide. A `.` is never a loose
 * separator: lists of IP addresses and versions stay as they are.
 */
import { isDigitCode } from "../values/chars.js";
import type { FoldedText } from "./typographic-fold.js";

/**
 * The separators a phone number is not written with, each loose on its own: `/`, `_`, `|`, `*`,
 * `~`, `,`, `·`, and the fullwidth and CJK `，` `。` `、` `／` `＿` `｜` `＊` `～`; since session 13
 * `#`, `=`, dashes (`—`, `–`, `——`), `…`, `丨` (a Chinese keyboard's bar) and, among the emoji of
 * {@link LOOSE_RANGES}, `❤` and `★`. The numeral fold's
 * separators between digits include them all (none needs escaping in a character class).
 */
export const LOOSE_MARKS = "/_|*~,·，。、／＿｜＊～#=—–…丨❤★";

/**
 * Emoji and symbols typed between a number's groups (session 13, a red-team probe:
 * `138😀1234😀5678`, `138❤️1234❤️5678`, `1🌟3🌟8...`, `138➖1234➖5678`), as UTF-16 code units: the
 * surrogates of the emoji planes, the variation selector and joiner that follow an emoji, the
 * miscellaneous symbols and dingbats (`★`, `♥`, `➖`) and `⭐`. Each is loose on its own.
 */
const LOOSE_RANGES: readonly (readonly [number, number])[] = [
  [0xd83c, 0xd83e],
  [0xdc00, 0xdfff],
  [0xfe0f, 0xfe0f],
  [0x200d, 0x200d],
  [0x2600, 0x27bf],
  [0x2b50, 0x2b50],
];
/** {@link LOOSE_RANGES} as a regular expression's class body (code units, no `u` flag). */
export const LOOSE_RANGE_CLASS = LOOSE_RANGES.map(([a, b]) => (a === b ? u(a) : `${u(a)}-${u(b)}`)).join("");

function u(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * How each UTF-16 code unit separates digit groups: 2 for a {@link LOOSE_MARKS} character (loose
 * alone), 1 for space and `-` (loose only beside another separator: `138 - 1234`, `138  1234`),
 * 0 for the rest.
 */
const LOOSE_KIND = new Uint8Array(0x10000);
LOOSE_KIND[32] = 1;
LOOSE_KIND[45] = 1;
for (const mark of LOOSE_MARKS) LOOSE_KIND[mark.charCodeAt(0)] = 2;
for (const [a, b] of LOOSE_RANGES) LOOSE_KIND.fill(2, a, b + 1);

/**
 * How the code unit `c` separates digit groups (see {@link LOOSE_KIND}); the text profile's
 * `HAS_LOOSE_DIGITS` asks it too, so the flag and the search agree on one set.
 */
export function looseSeparatorKind(c: number): number {
  return LOOSE_KIND[c] as number;
}

/** A digit, then the start of a separator a phone number is not written with. */
const LOOSE_START = new RegExp(`[0-9](?: ?[${LOOSE_MARKS}${LOOSE_RANGE_CLASS}]| -| {2}|- |--)`, "g");

/** The most characters (code units) between two groups of one number (` ❤️ `: four). */
const MAX_SEPARATOR = 4;
/** A run with more digits than this is no number anyone typed (and is left alone). */
const MAX_RUN_DIGITS = 40;

/** Space, `-` and the separators of {@link LOOSE_MARKS}. */
function isLooseSeparator(c: number): boolean {
  return LOOSE_KIND[c] !== 0;
}

/** One run of digit groups: where each group starts and ends in the text. */
interface LooseRun {
  starts: number[];
  ends: number[];
  /** The run's end in the text (the last group's end). */
  end: number;
}

/** The start of the run of groups that holds the digit at `i`. */
function runStart(text: string, i: number): number {
  let p = i;
  for (;;) {
    while (p > 0 && isDigitCode(text.charCodeAt(p - 1))) p--;
    let q = p;
    while (q > 0 && p - q < MAX_SEPARATOR && isLooseSeparator(text.charCodeAt(q - 1))) q--;
    if (q === p || q === 0 || !isDigitCode(text.charCodeAt(q - 1))) return p;
    p = q;
  }
}

/** The groups of the run from `start`; `null` when it holds more than {@link MAX_RUN_DIGITS} digits. */
function readRun(text: string, start: number): LooseRun | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let digits = 0;
  let i = start;
  for (;;) {
    const groupStart = i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    starts.push(groupStart);
    ends.push(i);
    digits += i - groupStart;
    if (digits > MAX_RUN_DIGITS) return null;
    let k = i;
    while (k < text.length && k - i < MAX_SEPARATOR && isLooseSeparator(text.charCodeAt(k))) k++;
    if (k === i || !isDigitCode(text.charCodeAt(k))) return { starts, ends, end: i };
    i = k;
  }
}

/** Whether the separator after group `g` of `run` is one no phone number is written with. */
function looseAfter(text: string, run: LooseRun, g: number): boolean {
  const from = run.ends[g] as number;
  return (run.starts[g + 1] as number) - from !== 1 || LOOSE_KIND[text.charCodeAt(from)] === 2;
}

/** A China mobile's digits, with or without its country code. */
const CHINA_MOBILE = /^(?:0086|86)?1[3-9][0-9]{9}$/;
/** How people group a China mobile's eleven digits: 3-4-4, 3-8, 7-4, or whole after its `86`. */
const MOBILE_GROUPINGS = new Set(["3,4,4", "3,8", "7,4", "11"]);

/**
 * Whether the groups `g..h` of `run` are a China mobile grouped as people group one, its `86` or
 * `0086` a group of its own or glued to the first.
 */
function isGroupedMobile(text: string, run: LooseRun, g: number, h: number): boolean {
  let digits = "";
  for (let q = g; q <= h; q++) digits += text.slice(run.starts[q], run.ends[q]);
  if (!CHINA_MOBILE.test(digits)) return false;
  let prefix = digits.length - 11; // the country code's digits, still to skip
  const lengths: number[] = [];
  for (let q = g; q <= h; q++) {
    const length = (run.ends[q] as number) - (run.starts[q] as number) - prefix;
    prefix = Math.max(0, -length);
    if (length > 0) lengths.push(length);
  }
  return MOBILE_GROUPINGS.has(lengths.join(","));
}

/**
 * The stretches `[first group, last group]` of `run` to tidy: each holds a loose separator and is
 * a China mobile grouped as people group one (so that no list of numbers, `13, 812,345,678`, makes
 * one); or the whole run is seven to nineteen single digits.
 */
function stretchesToTidy(text: string, run: LooseRun): [number, number][] {
  const n = run.starts.length;
  const loose = Array.from({ length: n - 1 }, (_, g) => looseAfter(text, run, g));
  if (n >= 7 && n <= 19 && loose.some((l) => l)) {
    let single = true;
    for (let g = 0; g < n && single; g++) single = (run.ends[g] as number) - (run.starts[g] as number) === 1;
    if (single) return [[0, n - 1]];
  }
  const out: [number, number][] = [];
  for (let g = 0; g < n - 1; g++) {
    // a mobile with its country code has at most four groups
    for (let h = g + 1; h < n && h <= g + 3; h++) {
      if (!loose.slice(g, h).some((l) => l)) continue;
      if (isGroupedMobile(text, run, g, h)) {
        out.push([g, h]);
        g = h;
        break;
      }
    }
  }
  return out;
}

/**
 * `text` with the digits of each phone number split by loose separators written together, and the
 * separators around it as spaces (see the module comment), and where each code unit of the result
 * came from; `null` when there is none.
 */
export function tidyLooseNumbers(text: string): FoldedText | null {
  LOOSE_START.lastIndex = 0;
  let out = "";
  const at: number[] = [];
  let from = 0;
  // each search resumes after the run it found, so each character is read a bounded number of times
  for (let m = LOOSE_START.exec(text); m !== null; m = LOOSE_START.exec(text)) {
    const run = readRun(text, runStart(text, m.index));
    if (run === null) {
      // skip the whole overlong run
      let k = m.index;
      while (k < text.length && (isDigitCode(text.charCodeAt(k)) || isLooseSeparator(text.charCodeAt(k))))
        k++;
      LOOSE_START.lastIndex = k;
      continue;
    }
    LOOSE_START.lastIndex = Math.max(LOOSE_START.lastIndex, run.end);
    for (const [g, h] of stretchesToTidy(text, run)) {
      // the separators around the number become spaces: `v2_138_1234_5678` is no word
      const start = g > 0 ? (run.ends[g - 1] as number) : (run.starts[g] as number);
      for (let k = from; k < start; k++) at.push(k);
      out += text.slice(from, start);
      for (let k = start; k < (run.starts[g] as number); k++) {
        out += " ";
        at.push(k);
      }
      for (let q = g; q <= h; q++) {
        for (let k = run.starts[q] as number; k < (run.ends[q] as number); k++) {
          out += text[k];
          at.push(k);
        }
      }
      from = run.ends[h] as number;
      if (h < run.starts.length - 1) {
        for (; from < (run.starts[h + 1] as number); from++) {
          out += " ";
          at.push(from);
        }
      }
    }
  }
  if (from === 0) return null;
  for (let k = from; k <= text.length; k++) at.push(k);
  out += text.slice(from);
  return { text: out, at: Int32Array.from(at) };
}
