/**
 * Pair objects whose tag member has a general name (session 18): `{"type": "mobile", "value": ...}`
 * (app contact lists, SCIM-like shapes), `{"property": "phone", "data": ...}`, `{"provider": "phone",
 * "identifier": ...}`, `{"attribute": "birthday", "val": ...}`, `{"trait": "first_name", "value":
 * ...}`, `{"label": "Phone", "value": ...}`. A red team's round 6 (F8) found these passing: a phone
 * without `+`, a birthday as digits or a first name has no shape of its own, and the tag is the
 * only key such a value has.
 *
 * Unlike the pair members of `tag-table.ts` (`Key`, `name`, `Tag`), these names mostly hold other
 * things (`{"type": "git", "url": ...}`, `{"type": "string", "format": "email"}`, `{"type": "Point",
 * ...}`), so a general tag decides only when the object also has a value member and the tag's value
 * is a word the key table reads as a person's data (a category, not a hint). The value is then read
 * as under that key, unless it cannot be a person's value (see {@link cannotBePairValue}).
 */
import type { CategoryKey } from "@kago/personal-data";
import { KEY_LOOKUP } from "./key-table.js";

/** Member names (canonical) that may hold the tag of a pair object, read only as described above. */
export const GENERAL_TAG_NAMES: ReadonlySet<string> = new Set([
  "type",
  "kind",
  "property",
  "prop",
  "attribute",
  "attr",
  "trait",
  "provider",
  "id",
  "label",
  "dimension",
  "fieldname",
  "propertyname",
  "attributename",
  "paramname",
  "keyname",
]);

/**
 * Member names (canonical) that hold the value of a pair object with a general tag only: with a
 * `name` tag they would take `"name"` for a tag (`{"name": "Astrid", "content": "hi"}` is a message,
 * whose `name` is read as a person's name). Not `text`: `{"id": ..., "text": ...}` is the option
 * of a select box or a tree (select2, jsTree), and its text a caption (`{"id": "address", "text":
 * "Where do you live?"}`).
 */
export const GENERAL_VALUE_NAMES: ReadonlySet<string> = new Set([
  "data",
  "content",
  "identifier",
  "number",
  "fieldvalue",
  "propertyvalue",
  "attributevalue",
  "paramvalue",
]);

/**
 * Member names (canonical) that hold a question or a form field's caption (session 19, a red team's
 * round 8 R15): `{"question": "Your birthday?", "answer": "19900517"}`, `{"q": "ID card number",
 * "a": ...}`, `{"title": "Birthday", "value": ...}`, `{"param": "birthday", "value": ...}`. Such a
 * tag is read as a question (see {@link questionCategory}) and pairs only with an answer: `value`,
 * `val`, `v` or {@link ANSWER_NAMES}, never with a message's `content` or `data` (`{"title":
 * "Email", "content": ...}` is a notification).
 */
export const QUESTION_TAG_NAMES: ReadonlySet<string> = new Set(["question", "q", "prompt", "title", "param"]);

/**
 * Value member names (canonical) that answer a question (see {@link QUESTION_TAG_NAMES}); in a JSON
 * object they pair with any general tag, as {@link GENERAL_VALUE_NAMES} do. Not read in query and
 * form pairs, where `a` is as often a parameter of its own.
 */
export const ANSWER_NAMES: ReadonlySet<string> = new Set(["answer", "a", "response"]);

/**
 * Member names (canonical) a pair object may hold besides its tags and its value and still be one
 * pair (session 19): a contact entry's flags and display hints (`{"type": "phone", "number": ...,
 * "primary": true}`, SCIM's `display`, Google's `formattedType` and `metadata`, a measure's `unit`).
 * An object with any other member (`seq`, `count`, `status`, `ts`) is a record, an app's custom
 * message (`{"type": "city", "content": ..., "seq": 12}`), not a pair: its members are read by
 * their own keys. A red team's round 8 (R1) found such messages dropped whole.
 */
export const PAIR_COMPANION_NAMES: ReadonlySet<string> = new Set([
  "primary",
  "preferred",
  "pref",
  "verified",
  "unit",
  "display",
  "formattedtype",
  "metadata",
  "visibility",
]);

/**
 * Value member names (canonical) that are as often a message's body as a pair's value: `{"type":
 * "city", "content": "Meet-up in Hangzhou tonight https://..."}` is a custom message of kind
 * `city`, not a city. Outside a list they are read as a pair's value only when that is a short
 * phrase (see {@link isProse}); in a list (`"props": [{"type": "phone", "content": ...}]`) as before.
 */
export const BODY_VALUE_NAMES: ReadonlySet<string> = new Set(["data", "content"]);

/**
 * A field's value: one to four words, no longer than {@link MAX_PHRASE} (`Nguyễn Văn An`,
 * `January 5, 1990`, `astrid solberg`). Session 19's first rule (one word) let these through, a
 * red team's round 9 (A9) found.
 */
const SHORT_PHRASE = /^\s*\S+(?:\s+\S+){0,3}\s*$/;

/** The longest short phrase. */
const MAX_PHRASE = 48;

/**
 * True when `value`, a message body's text, is prose or a link (see {@link BODY_VALUE_NAMES}):
 * longer than a short phrase, of five words or more, or holding a URL's `://`.
 */
export function isProse(value: string): boolean {
  return value.length > MAX_PHRASE || value.includes("://") || !SHORT_PHRASE.test(value);
}

/**
 * A tag value that reads like a field name: a letter first, then letters, `_`, `-`, `.` and at most
 * two spaces, up to 32 characters (`mobile`, `first_name`, `E-mail`, `Date of birth`, `手机`). Prose
 * (`What is your phone`) is no tag, though the key table would find `phone` at its end; nor is an
 * identifier with digits (`{"id": "c12", "type": "text", "value": ...}`), which would otherwise
 * cost a key-table lookup in every such object.
 */
const FIELD_NAME = /^\p{L}[\p{L}_.-]*(?: [\p{L}_.-]+){0,2}$/u;

/** The longest tag value looked up: field names are short. */
const MAX_TAG_LENGTH = 32;

/** The longest question read: a form's question is short, a help article's title may be long. */
const MAX_QUESTION_LENGTH = 64;

/**
 * The words that ask for a field at a question's start, in English and Chinese: `What is your`,
 * `Enter your`, `Your`, `请输入`, `您的` (`What is your date of birth?` asks for `date of birth`).
 * A question asking anything else (`How do I change my name?`, an FAQ's) keeps its words and,
 * longer than a field name, names nothing.
 */
const QUESTION_LEAD =
  /^(?:(?:please\s+)?(?:enter|provide|give|type|fill\s+in)\s+|what(?:\s+is|'s|\u2019s)\s+)?(?:your\s+)?(?:请输入|请填写|请提供)?(?:您的|你的)?/iu;

/** A question's end: its mark, a colon, a required field's `*`, a full stop. */
const QUESTION_END = /[\s?？:：*.。]+$/u;

/** Tag words the key table does not read alone: vCard's `TYPE=CELL`, a contact app's `cell`. */
const TAG_WORDS: ReadonlyMap<string, CategoryKey> = new Map<string, CategoryKey>([["cell", "contact.phone"]]);

/**
 * The category a general tag's value `tag` names, `null` when it names none (`string`, `git`,
 * `Point`) or only hints at one (`user`, `location`). Looked up without a parent: the tag names an
 * item of a list, not a member of the object the key table's scoped names belong to.
 */
export function generalTagCategory(tag: string): CategoryKey | null {
  return readsLikeFieldName(tag) ? namedCategory(tag) : null;
}

/** The cheap test first: `tag` may be a field name ({@link FIELD_NAME}). */
function readsLikeFieldName(tag: string): boolean {
  return tag.length > 0 && tag.length <= MAX_TAG_LENGTH && FIELD_NAME.test(tag);
}

/**
 * The category a question or a form field's caption `question` asks for: its words without
 * {@link QUESTION_LEAD} and {@link QUESTION_END}, read as a general tag's (`Your birthday?` ->
 * `birthday`); `null` for any other question (`How do I change my name?`, `Capital of France?`).
 */
export function questionCategory(question: string): CategoryKey | null {
  if (question.length > MAX_QUESTION_LENGTH) return null;
  return generalTagCategory(question.replace(QUESTION_END, "").replace(QUESTION_LEAD, ""));
}

/** The category the key table reads in the field name `tag`, `null` for none or a hint. */
function namedCategory(tag: string): CategoryKey | null {
  const word = TAG_WORDS.get(tag.toLowerCase());
  if (word !== undefined) return word;
  const look = KEY_LOOKUP.lookupKey(tag, "");
  return look === "hint" ? null : look;
}

/** The most tag values one document's memo holds: a list repeats a few (`string`, `Point`). */
const MAX_MEMO = 256;

/**
 * {@link generalTagCategory} remembered for one document, whose objects repeat the same few tags
 * (`{"type": "string", "value": ...}` in every item): a key-table lookup per object was a third of
 * the time of such a body. It lives as long as the document's redaction, holding views into it.
 */
export class GeneralTagMemo {
  private readonly seen = new Map<string, CategoryKey | null>();
  private readonly asked = new Map<string, CategoryKey | null>();

  category(tag: string): CategoryKey | null {
    const seen = this.seen.get(tag);
    if (seen !== undefined) return seen;
    // an identifier (`c12`, a UUID) fails the cheap test and takes no room
    if (!readsLikeFieldName(tag)) return null;
    const cat = namedCategory(tag);
    if (this.seen.size < MAX_MEMO) this.seen.set(tag, cat);
    return cat;
  }

  /** {@link questionCategory}, remembered: a survey's items repeat its questions. */
  question(question: string): CategoryKey | null {
    const asked = this.asked.get(question);
    if (asked !== undefined) return asked;
    const cat = questionCategory(question);
    if (this.asked.size < MAX_MEMO && question.length <= MAX_QUESTION_LENGTH) this.asked.set(question, cat);
    return cat;
  }
}

/** Categories whose values always hold a digit or an `@`: a phone number, an e-mail address. */
const DIGIT_OR_AT_CATEGORIES: ReadonlySet<CategoryKey> = new Set<CategoryKey>([
  "contact.phone",
  "contact.email",
]);

/** A digit or an `@`. */
const DIGIT_OR_AT = /[\d@]/;

/** Six digits anywhere: the fewest a phone number has (`A1`, a spreadsheet's cell, has one). */
const PHONE_DIGITS = /(?:\d\D*){6}/;

/**
 * A setting's word, lower case: a sort order or a switch (`{"property": "name", "value": "desc"}`,
 * `{"id": "name", "value": "asc"}`, a red team's round 8 R1), no person's value under any tag.
 */
const SETTING_WORDS: ReadonlySet<string> = new Set([
  "asc",
  "desc",
  "ascending",
  "descending",
  "on",
  "off",
  "true",
  "false",
  "none",
  "null",
  "default",
  "enabled",
  "disabled",
  "hidden",
  "visible",
  "required",
  "optional",
]);

/** The longest setting word. */
const MAX_SETTING_LENGTH = 10;

/**
 * True when the string `value` of a general pair whose tag names `category` can be no person's
 * value: empty (a form field's default), a setting's word (`desc`, `off`; session 19), itself a
 * field name the key table knows (`{"label": "E-mail", "value": "email"}`, a select option), or,
 * under a phone's or an e-mail's tag, a value without a digit or an `@` (a setting: `{"id":
 * "email", "value": "weekly"}`).
 */
export function cannotBePairValue(category: CategoryKey, value: string): boolean {
  if (value.length === 0) return true;
  if (value.length <= MAX_SETTING_LENGTH && SETTING_WORDS.has(value.toLowerCase())) return true;
  if (DIGIT_OR_AT_CATEGORIES.has(category) && !DIGIT_OR_AT.test(value)) return true;
  if (category === "contact.phone" && !value.includes("@") && !PHONE_DIGITS.test(value)) return true;
  return value.length <= MAX_TAG_LENGTH && KEY_LOOKUP.lookupKey(value, "") !== null;
}
