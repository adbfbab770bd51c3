/**
 * Marks of a person's name under a broad `Name` label that outweigh a thing's marks (session 20,
 * red team round 11 F1). `category-shapes.ts` keeps a value under `Name` when it reads as a
 * thing's (a digit, a sign, a brand's casing, an acronym, a thing's word: `thing-name-shapes.ts`);
 * persons' names carry those marks too, and 38 of a red team's 114 names passed that the label
 * alone had dropped: a listed given name before a thing's word (`Andrew Card`, `Ira Glass`,
 * `Elizabeth II`), initials (`AJ Smith`, `J.D. Vance`), account handles built from a name
 * (`john.smith`, `JohnSmith`, `johnsmith88`, `jsmith`, `xiaoming_wang`) and Chinese nicknames
 * (`小明`, `老王`, `阿伟`). These are read first: a value with one of them goes. The cost falls on
 * products that start with a listed given name (`Mercedes Benz`, `Apollo Lamp`) or with two
 * capitals (`TV Stand`): over-redaction, accepted where the label says Name.
 */
import { GIVEN_NAMES, SURNAMES, WORD_SURNAMES } from "./name-lists.js";

/** Initials before one capitalised word: `AJ Smith`, `J.D. Vance`, `J. Smith`. */
const INITIALS_AND_NAME = /^(?:\p{Lu}\.?){1,2}\s+\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/** A Chinese nickname: 小, 老 or 阿 before one or two ideographs (`小明`, `老王`, `阿伟`). */
const HAN_NICKNAME = /^[小老阿]\p{sc=Han}{1,2}$/u;

/** One token of letters, digits and the joiners handles use (`john.smith`, `alice99`). */
const HANDLE = /^[\p{L}\p{M}\d._-]+$/u;

/** The parts of a handle: runs of letters split at joiners, digits and a lower-to-upper change. */
const HANDLE_PART = /\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}])/gu;

/** The fewest letters of a handle's part read as a name (`ann`, `li` is too short to tell). */
const FEWEST_PART_LETTERS = 3;

/** True when `word` (lower case) is a listed given name or surname, common words among surnames included. */
function isListedNamePart(word: string): boolean {
  return (
    word.length >= FEWEST_PART_LETTERS &&
    (GIVEN_NAMES.has(word) || SURNAMES.has(word) || WORD_SURNAMES.has(word))
  );
}

/** True when the letters of a part are a given name and a surname run together (`johnsmith`) or an initial and a surname (`jsmith`). */
function isJoinedName(part: string): boolean {
  if (part.length > FEWEST_PART_LETTERS && (SURNAMES.has(part.slice(1)) || WORD_SURNAMES.has(part.slice(1))))
    return true;
  for (let cut = FEWEST_PART_LETTERS; cut <= part.length - FEWEST_PART_LETTERS; cut++) {
    const rest = part.slice(cut);
    if (GIVEN_NAMES.has(part.slice(0, cut)) && (SURNAMES.has(rest) || WORD_SURNAMES.has(rest))) return true;
  }
  return false;
}

/**
 * A plain word: letters only, no capital after a small letter. Its parts are itself, and one word
 * is `category-shapes.ts`' to read (a listed given name goes, `Rose` stays): here only a name run
 * together (`johnsmith`, `jsmith`) marks it.
 */
const PLAIN_WORD = /^\p{Lu}?[\p{Ll}\p{M}]+$|^\p{Lu}+$/u;

/** True when the one-token `value` is an account handle built from a person's name. */
function isNameHandle(value: string): boolean {
  if (PLAIN_WORD.test(value)) return isJoinedName(value.toLowerCase());
  for (const m of value.matchAll(HANDLE_PART)) {
    const part = m[0].toLowerCase();
    if (isListedNamePart(part) || isJoinedName(part)) return true;
  }
  return false;
}

/**
 * True when `value` (trimmed, under a broad `Name` label) carries a mark of a person's name that
 * outweighs a thing's marks (see the module note).
 */
export function hasPersonNameMark(value: string): boolean {
  if (HAN_NICKNAME.test(value) || INITIALS_AND_NAME.test(value)) return true;
  const space = value.search(/\s/);
  if (space < 0) return HANDLE.test(value) && isNameHandle(value);
  const first = value.slice(0, space).replace(/\.$/, "").toLowerCase();
  return first.length >= FEWEST_PART_LETTERS && GIVEN_NAMES.has(first);
}
