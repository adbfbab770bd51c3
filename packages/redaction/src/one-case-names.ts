/**
 * A person's name written in one case under a key that hints at a person (session 19): `astrid
 * solberg`, `ASTRID SOLBERG`, `ASTRID`. A red team's round 7 (R2, left open in session 18) found
 * these under `host.name` and `host_name` (a live room's host in Zego's and Tencent's traffic)
 * reaching vendors: a hinted value goes only when shaped like a name, and the shape was
 * capitalised words (`Astrid Solberg`, `detectors/index.ts`).
 *
 * The words must be listed names (`name-lists.ts`), since a hinting key also holds a machine's
 * name (`host.name` in OpenTelemetry's and Elastic's resources), a place's or an id:
 * - two to four words, one space apart (a machine's name has no space): a given name first and a
 *   surname last, or a surname first and a given name last, one of them no common word (`astrid
 *   solberg`, `SOLBERG ASTRID`; not `production server`, `grace hopper` nor `will power`);
 * - one word in capitals, a given name that is no common word, place or product (`ASTRID`; not
 *   `FILESERVER`, `MAIL`, `NOVA`). Windows writes a machine's name in capitals, so `APOLLO` or
 *   `ORION` there goes too: accepted, a host is as often a person. One word in lower case is not
 *   read (`astrid`): Unix machines are named so, after given names too (`apollo`, `luna`, `orion`).
 */
import { GIVEN_NAMES, SURNAMES, WORD_GIVEN_NAMES, WORD_SURNAMES } from "./name-lists.js";

/** One to four words of letters one space apart, up to 64 characters, read in one case below. */
const WORDS_OF_LETTERS = /^[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,3}$/u;

/** The fewest letters of a one-word name in capitals (`ASTRID`; `AL`, `ED` are no one's alone). */
const MIN_ONE_WORD = 3;

/** True when `word` (lower case) is a given name, a common word's included. */
function isGiven(word: string): boolean {
  return GIVEN_NAMES.has(word) || WORD_GIVEN_NAMES.has(word);
}

/** True when `word` (lower case) is a surname, a common word's included. */
function isSurname(word: string): boolean {
  return SURNAMES.has(word) || WORD_SURNAMES.has(word);
}

/** True when `word` (lower case) is a listed name that is no common word. */
function isNoWord(word: string): boolean {
  return GIVEN_NAMES.has(word) || SURNAMES.has(word);
}

/**
 * True when `s` is a person's name written all in lower case or all in capitals, as read under a
 * hinting key (see the module comment); a capitalised name is read by `detectors/index.ts`.
 */
export function isOneCaseName(s: string): boolean {
  if (s.length > 64 || !WORDS_OF_LETTERS.test(s)) return false;
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (s !== lower && s !== upper) return false;
  const words = lower.split(" ");
  if (words.length === 1) return s === upper && s.length >= MIN_ONE_WORD && GIVEN_NAMES.has(lower);
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (!isNoWord(first) && !isNoWord(last)) return false;
  return (isGiven(first) && isSurname(last)) || (isSurname(first) && isGiven(last));
}
