/**
 * The lossless JSON redactor: one iterative pass over the char codes of the text with an explicit
 * stack (no recursion over nesting, so 100,000 levels give `too_deep`, not a stack overflow),
 * strict RFC 8259 validation, classification of every member as it goes, and a list of edits
 * (replace a span, remove a member with its comma) spliced into the original text once at the
 * end. Whatever no edit touches is copied byte for byte: number spelling, big integers, key order,
 * white space and escapes survive.
 *
 * Object keys are never used to build objects: they live in arrays, so `__proto__` and
 * `constructor` are data like any other key. A key repeated in one object is refused.
 */
import {
  allDigits,
  appendElement,
  appendForm,
  appendJson,
  appendKey,
  type CategoryKey,
  HAS_VARIANT,
  hasLetterTokenRun,
  NUMERAL_CLASS,
} from "@kago/personal-data";
import { ACCOUNT_ID, guardAccountId } from "../account-ids.js";
import { guardAddressingId } from "../addressing-ids.js";
import { advertisingIdUnderOperationalKey } from "../advertising-ids.js";
import { holdsBareName } from "../bare-names.js";
import { canonicalKey } from "../canonical-key.js";
import { isCardUnderKey } from "../card-keys.js";
import { hasCategoryShape } from "../category-shapes.js";
import { abort, EngineAbort, type LocationSlot, placeholder, type RedactionContext } from "../context.js";
import { detach } from "../detach.js";
import { charFlags, detectStrong, detectWeak, rangeFlags } from "../detectors/index.js";
import { collectName, type EchoSet, echoedCategory } from "../echo.js";
import { mayStartEncodedText } from "../encoded-text.js";
import {
  activeVariant,
  isTextField,
  memberPlan,
  type PlanColumn,
  type PlanColumns,
  type PlanNode,
  routedPlan,
} from "../field-plan.js";
import { isFilterContainer } from "../filter-containers.js";
import {
  ANSWER_NAMES,
  BODY_VALUE_NAMES,
  cannotBePairValue,
  GeneralTagMemo,
  isProse,
} from "../general-tags.js";
import { isHanFullName } from "../han-full-names.js";
import { KEY_LOOKUP, keyWords } from "../key-table.js";
import { cannotHold, cannotHoldText } from "../keyed-scalars.js";
import { COLUMN_NAME_MEMBERS, type LabelList, MAX_LABELS, readLabels } from "../label-lists.js";
import { holdsKeysOtherThing, isAddressValue } from "../named-value-checks.js";
import { isKeyCode } from "../named-values.js";
import { lookIntoString } from "../nested-look.js";
import { isOneCaseName } from "../one-case-names.js";
import { redactFormInString } from "../pairs.js";
import { findSpansInViews } from "../percent-view.js";
import { keepPersonalKey, keySegment, personalKey } from "../personal-key.js";
import {
  isMeasuredPair,
  isPlacedArray,
  isPlacedLocation,
  LETTER_CODE_NAMES,
  LOCATION,
  PLACE_NAME,
  placeNameKindOf,
} from "../place-keys.js";
import { PLAIN_NONE, PLAIN_QUANTITY, plainNumberKind } from "../plain-number-keys.js";
import { hasFullwidthLetter, hasSpaceVariant, mayHoldProse } from "../prose.js";
import { TAG_LOOKUP } from "../tag-table.js";
import { redactRewritten, redactText } from "../text.js";
import type { Detector } from "../transfer.js";
import { redactUrl } from "../url-path.js";
import {
  type EncodedScope,
  mayHoldTokens,
  readValue,
  redactTextTokens,
  scanEncoded,
  type ValueOutcome,
} from "../value-scan.js";
import { objectNameList, readDiscriminators, stringList } from "./discriminators.js";
import { memberValueStart, readFormAnswer } from "./form-answers.js";
import { decodeJsonString, encodeJsonString, jsonStringAt } from "./json-string.js";
import {
  keyCategory,
  keyInfo,
  ROLE_GENERAL_TAG,
  ROLE_GENERAL_VALUE,
  ROLE_QUESTION_TAG,
  ROLE_TAG,
  ROLE_VALUE,
} from "./key-info.js";
import { CELL_ITEM, CELL_ROW, CELL_VALUE, type CellPlace, visitLabelledCells } from "./labelled-cells.js";
import { type LocNode, MemberInfo, scanLocations } from "./location-tree.js";

/** Where a JSON text stands in the transfer, and how deep it already is. */
export interface JsonScope {
  /** Location prefix naming the part of the transfer: `body:`, `query:`, `header:`. */
  readonly base: string;
  /** Path template of the string this JSON sits in (`CloudCustomData#json`), `""` at the top. */
  readonly path: string;
  readonly plan: PlanNode | undefined;
  /** Container depth of the enclosing JSON (0 for a top-level body). */
  readonly depthBase: number;
  /** How many JSON-in-string levels enclose this text. */
  readonly stringJsonDepth: number;
  /** The string holding this JSON is an operational field: only structural detectors run inside. */
  readonly operational?: boolean;
  /**
   * Location tree to use: the body's tree kept across calls, or the tree of JSON in one member
   * (every item of an array shares it). A fresh tree when missing.
   */
  readonly locations?: LocNode;
}

/**
 * A member key (canonical: lower case, no separators) that names a version: `version`,
 * `app_version`, `sdkVersion`, `build`, `firmware` (session 12). Four numbers there are a
 * release's four parts, which pass as an IPv4 address (`"version": "1.2.3.4"` was dropped as one).
 * Not `fw`, which names a firewall's address as often.
 */
function isVersionKey(canon: string): boolean {
  return canon.endsWith("version") || VERSION_KEYS.has(canon) || OTHER_LANGUAGE_VERSION.test(canon);
}
/**
 * "Version" in other languages (session 14): `versión`, `versão`, `versione`, `versie`, `versi`,
 * `Versionsnummer`, `версия`, `バージョン`, `버전`, `版本`, `phiên_bản`.
 */
const OTHER_LANGUAGE_VERSION = /versi|версия|バージョン|버전|版本|phi[eê]nb[aả]n/;
const VERSION_KEYS: ReadonlySet<string> = new Set([
  "ver",
  "build",
  "buildno",
  "buildnumber",
  "release",
  "firmware",
]);
/** A dotted quad and nothing else (an IPv6 address under such a key is still one). */
const IPV4_SHAPE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const MAX_CANON_CACHE = 8192;
const canonCache = new Map<string, string>();
function canonOf(key: string): string {
  let c = canonCache.get(key);
  if (c === undefined) {
    // a tag that is itself personal data is not kept beyond the call
    if (personalKey(key) !== null) return canonicalKey(key);
    const own = detach(key); // kept beyond the call: not a view into the body
    c = canonicalKey(own);
    if (canonCache.size >= MAX_CANON_CACHE) canonCache.clear();
    canonCache.set(own, c);
  }
  return c;
}

/**
 * Whether a JSON token under a category a key or pair tag gave may be that category's value: not
 * a boolean or a count under a contact's or a name's key (`keyed-scalars.ts`). A category the
 * catalog gave is taken as it is.
 */
function holdsKeyedScalar(category: CategoryKey, detector: Detector, token: string): boolean {
  return detector === "schema" || !cannotHold(category, token);
}

const KIND_NONE = 0;
const KIND_STRING = 1;
const KIND_TOKEN = 2; // number, true, false
const KIND_CONTAINER = 3;
const KIND_NULL = 4;

/** A general tag's flag: its JSON text has escapes. */
const TAG_ESCAPED = 1;
/** A general tag's flag: it is a question (`question`, `title`; session 19, `general-tags.ts`). */
const TAG_QUESTION = 2;

/** A person's name: what a `name` member is read as, unless its object is a thing. */
const PERSON_NAME: CategoryKey = "account.profile.name";

/** One open container (index 0 is a sentinel holding the root value as its only member). */
class Frame {
  isObject = false;
  segment = "";
  plan: PlanNode | undefined = undefined;
  keyCanon = "";
  inherited: CategoryKey | null = null;
  inheritedDet: Detector = "key";
  /** This container is (inside) an operational field: members without a category of their own are too. */
  opInherited = false;
  /** This array is a thing's identifier (`order_ids: [...]`): its items are too (see `curThing`). */
  thingInherited = false;
  /**
   * This array is an account id the recipient receives (`To_Account: [...]`): its items without a
   * category of their own are account ids too (session 15, `account-ids.ts`).
   */
  idItems = false;
  suppress = false;
  memberBase = 0;
  count = 0;
  hasDrop = false;
  keySet: Set<string> | null = null;
  /** Stamp of this object (unique over the process): what remembered keys read here are marked with. */
  stamp = 0;
  /** Keys of this object that are not remembered (checked as strings). */
  looseKeys = 0;
  // the current member
  curSeg = "";
  curCanon = "";
  curPlan: PlanNode | undefined = undefined;
  catA: CategoryKey | null = null;
  detA: Detector = "key";
  catB: CategoryKey | null = null;
  detB: Detector = "key";
  hint = false;
  /** The current member is operational: only structural detectors run on it. */
  curOp = false;
  /**
   * The current member is a thing's identifier by name (`room_id`, `thing-id-keys.ts`): a value of
   * digits only is read by the structural detectors only (session 16).
   */
  curThing = false;
  /**
   * The current member's key names a quantity, not a thing's identifier (`rows`, `bytes_sent`):
   * the items of an array under it are read as any other (session 18, `plain-number-keys.ts`).
   */
  curQuantity = false;
  /** The current member holds a relative URL (plan mark or `relative_url`): path segments and query pairs. */
  curUrl = false;
  /**
   * The current member is an addressing id with no category in effect (session 18,
   * `addressing-ids.ts`): a string value its reading would change refuses the transfer.
   */
  curAddressing = false;
  /**
   * The current member is text the app writes, with no category in effect (session 19,
   * `PlanNode.text`): a whole value that must go is replaced by its placeholder, not dropped.
   */
  curText = false;
  /**
   * What the current member's key says of a place (`location`, `gps`, `track`: `place-keys.ts`), as
   * `placeNameKind`'s bits, 0 for nothing: a string or an array of coordinates there is precise
   * location (session 17), and so is a geohash, a plus code or a polyline (session 18).
   */
  curPlace = 0;
  /**
   * This array is the value of a member whose key names a place, of that key's `placeNameKind`
   * (0 when not): read whole as coordinates at its end, its strings as under the key (session 18).
   */
  placeArray = 0;
  /** Where this container's text starts (its `[` or `{`). */
  openAt = 0;
  /** The cached facts of the current member's key (`null` for array items and suppressed objects). */
  curMember: MemberInfo | null = null;
  /** The current member's plan is one of its routes (not the one its key's facts cache). */
  curRouted = false;
  curSuppress = false;
  role = 0; // 1 tag member, 2 value member of a possible pair object, 3 general tag, 4 general value, 5 question
  pendingDrop = false;
  // pair objects
  tagSeen = false;
  tagCat: CategoryKey | null = null;
  /**
   * What the tag names of a thing's identifier or a quantity (`{"Key": "order_no", "Value": ...}`,
   * `plainNumberKind`'s answer): digits alone in the pair's value are read as under that key in an
   * object (session 17, `plain-number-keys.ts`).
   */
  tagPlainDigits = PLAIN_NONE;
  /**
   * What the tag says of a place (`{"Key": "geohash", "Value": ...}`, `placeNameKind`'s bits): the
   * pair's value is read as under that key in an object (session 18, `place-keys.ts`).
   */
  tagPlace = 0;
  valueIdx = -1;
  /** The value member at `valueIdx` pairs with a general tag only (`data`, `content`; session 18). */
  valueGeneral = false;
  /** The value member is a message's body as often as a value (`content`, `data`; session 19). */
  valueBody = false;
  /** The value member may answer a question (`value`, `answer`, `a`; session 19). */
  valueAnswer = false;
  /**
   * This object has a member no pair with a general tag holds (`seq`, `status`): it is a record,
   * not a pair (session 19, `general-tags.ts`).
   */
  strangers = false;
  /** This object has a member that makes it a thing (`sku`, `price`; session 19, `thing-names.ts`). */
  thingSibling = false;
  /**
   * The string values of this object's general tag members (`type`, `property`: `general-tags.ts`),
   * as (start, end, flags) triples ({@link TAG_ESCAPED}, {@link TAG_QUESTION}), read at the object's end when it has a value member. The
   * first `generalTagsEnd` entries are this object's: the array is reused, never shortened.
   */
  readonly generalTags: number[] = [];
  generalTagsEnd = 0;
  /** The member index of a pair object's tag member (`Key`, `name`), -1 when none. */
  tagIdx = -1;
  valueStart = 0;
  valueEnd = 0;
  valueKind = KIND_NONE;
  valueEsc = false;
  valueResolved = false;
  // a tag-like member (`name`) whose own key category waits for the object's end
  deferCat: CategoryKey | null = null;
  deferIdx = -1;
  deferStart = 0;
  deferEnd = 0;
  deferKind = KIND_NONE;
  deferEsc = false;
  // cached path template of this container, and locations of its members
  path: string | null = null;
  /** Node of this container's path template in the location tree (shared by array items). */
  locNode: LocNode | null = null;
  /** Discriminator values of this object read ahead for conditional tags below it, or `null`. */
  disc: Map<string, unknown> | null = null;
  /**
   * What the labels of this object's list of field names name by position (`"columns": ["uid",
   * "phone"]`, see `label-lists.ts`; session 18), for a sibling list of values after it; or `null`.
   */
  labels: LabelList | null = null;
  /**
   * This array is labelled by position (`labels`, read on a list of values or one of its rows):
   * its scalar items are read as their label says and keep their place when they go; or `null`.
   */
  cells: LabelList | null = null;
  /**
   * The current item is a text cell under a broad label (`Name`, `Phone`: `label-lists.ts`,
   * session 20): its value decides whether the label's category applies.
   */
  cellByValue = false;
  /**
   * Where this object's member `field` opens when it holds an object: a form answer's field, whose
   * `ref` names the answer (Typeform's webhooks, session 20, `json/form-answers.ts`); or -1.
   */
  answerFieldAt = -1;
  /** This array is a list of values whose array items are rows, labelled like it. */
  cellRows = false;
  /**
   * Where this object's list of values opens (a member `rows`, `values`, `data`), read again by
   * its labels when they come after it, or for DataTable rows (session 19, `labelled-cells.ts`);
   * -1 for none. With its segment, where it ends, and the edits made inside it (from, to).
   */
  valuesAt = -1;
  valuesSeg = "";
  valuesEnd = -1;
  valuesEdits = 0;
  valuesEditsEnd = 0;
  /** This array is the list of values at its parent's `valuesAt`. */
  valueList = false;
  /** The current member is one position of a positional array (`[N]` in the plan). */
  positional = false;
  /**
   * This array stands in an array: it may be an entry `[key, value]` of a serialised map
   * (`JSON.stringify([...map])`, `Object.entries`), whose first item names the second.
   */
  entry = false;
  /** What the first item of an entry names (`["user_name", ...]`), or `null`. */
  entryCat: CategoryKey | null = null;
  /** The first item of an entry is a hinting key (`["device_id", ...]`). */
  entryHint = false;
  /** Words of the names this object and those inside it hold that may not go (see `echo.ts`), or `null`. */
  echo: EchoSet | null = null;
  /**
   * How many objects this object stands inside as a member value (`push.ApnsInfo` is 1 inside
   * `push`): 0 for a record, an object that is the root or an array's item. Set in `push`.
   */
  memberDepth = 0;
  /**
   * This container is dropped whole, unread, as a name or nickname (`"name": {"first": "Astrid"}`):
   * the category its strings' words are collected as, for the record's free text; else `null`.
   */
  droppedName: CategoryKey | null = null;
  /**
   * Where this container's free texts start in the redactor's stack of texts: those from there to
   * the top are its own and those handed up to it (see {@link JsonRedactor.noteText}).
   */
  textsBase = 0;
  // the last scalar value of the current member
  lastStart = 0;
  lastKind = KIND_NONE;
  lastEsc = false;

  reset(): void {
    this.curMember = null;
    this.path = null;
    this.locNode = null;
    this.hasDrop = false;
    this.keySet = null;
    this.looseKeys = 0;
    this.count = 0;
    this.pendingDrop = false;
    this.tagSeen = false;
    this.tagCat = null;
    this.tagPlainDigits = PLAIN_NONE;
    this.tagPlace = 0;
    this.valueIdx = -1;
    this.valueGeneral = false;
    this.valueBody = false;
    this.valueAnswer = false;
    this.strangers = false;
    this.thingSibling = false;
    this.generalTagsEnd = 0;
    this.tagIdx = -1;
    this.valueKind = KIND_NONE;
    this.valueResolved = false;
    this.deferCat = null;
    this.deferIdx = -1;
    this.deferKind = KIND_NONE;
    this.lastKind = KIND_NONE;
    this.disc = null;
    this.labels = null;
    this.cells = null;
    this.cellByValue = false;
    this.answerFieldAt = -1;
    this.cellRows = false;
    this.valuesAt = -1;
    this.valuesEnd = -1;
    this.valueList = false;
    this.positional = false;
    this.entry = false;
    this.entryCat = null;
    this.entryHint = false;
    this.echo = null;
  }
}

/** A run of string characters that need no attention: not `"`, `\\` or a control character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids exactly these raw in strings
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
/**
 * The same, stopping also at the characters that make a detector worthwhile: a digit, `@`, `:`,
 * `-` or `.` (a MAC address may have no digit: `de-ad-be-ef-ca-fe`, `dead.beef.cafe`), their
 * fullwidth forms (`１３８００１３８０００`, typed in a CJK input method's full-width mode), the
 * Unicode hyphens and dashes (`de‐ad‐be‐ef‐ca‐fe`), and the numerals and digit look-alikes a number
 * may be written in (`一三八...`, `①③⑧...`: `NUMERAL_CLASS`). Other typographic variants (no-break
 * spaces, zero-width characters, fullwidth letters) make no personal data without one of these.
 * And at `&`: an HTML character reference (`&commat;`) may write one of them; and at `=`: a key may
 * name the value after it (`user_name=Astrid`); and at `<`: an XML element may
 * (`<name>Astrid</name>`).
 */
const PLAIN_UNTIL_DETECTABLE = new RegExp(
  String.raw`[^"\\\u0000-\u001f0-9@:.&=<\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d\uff0e\uff10-\uff1a\uff20${NUMERAL_CLASS}]*`,
  "y",
);

/**
 * How many objects down, held by keys, an object still belongs to its record: a Tencent push's
 * `OfflinePushInfo.ApnsInfo.Title` is two down. Each level relabels the texts below it once, so
 * the bound keeps a deep chain of objects from touching every text at every level.
 */
const MAX_MEMBER_DEPTH = 4;

/** The first number of a text whose member was dropped after it was handed up. */
const DEAD_TEXT = -2;

/** The longest first item of an entry read as a key (as many characters as a key in free text). */
const MAX_ENTRY_KEY = 64;

/** The last object stamp handed out (see {@link MemberInfo.seenIn}). */
let objectStamps = 0;

/** Segment marks that cannot be object keys: an array element, and no segment (the root). */
const ELEMENT = "\u0000[]";
const NONE = "\u0000";

/** The category of a card number under a key that names a card (`card-keys.ts`). */
const PAYMENT_CARD: CategoryKey = "financial.payment_card";

/** The canonical key of a form answer's field (`json/form-answers.ts`, session 20). */
const FIELD = canonicalKey("field");

/** Segment mark of one position of a positional array: `\u0000[5]`. */
function positionSeg(index: number): string {
  return `\u0000[${index}]`;
}

/** The path of a cell of the list of values at `listPath`, by where it stands (`labelled-cells.ts`). */
function cellPath(listPath: string, place: CellPlace): string {
  const item = appendElement(listPath);
  if (place === CELL_ITEM) return item;
  if (place === CELL_ROW) return appendElement(item);
  return appendKey(appendElement(appendKey(item, "c")), place === CELL_VALUE ? "v" : "f");
}

function joinSeg(path: string, seg: string): string {
  if (seg === NONE) return path;
  if (seg === ELEMENT) return appendElement(path);
  return seg.charCodeAt(0) === 0 ? path + seg.slice(1) : appendKey(path, seg);
}

/**
 * Redacts one JSON text. Returns the new text, or `null` when nothing changed.
 * Aborts (throws {@link EngineAbort}, caught at the API boundary) on invalid JSON or a limit.
 */
export function redactJson(text: string, ctx: RedactionContext, scope: JsonScope): string | null {
  return new JsonRedactor(text, ctx, scope).run();
}

/**
 * JSON inside a string value (a JSON, query, form or header string): the new JSON text, `null`
 * when unchanged, `undefined` when the string is not valid JSON (the caller treats it as text).
 * `scope.stringJsonDepth` counts this level; beyond the limit the transfer is refused.
 */
export function redactJsonInString(
  value: string,
  ctx: RedactionContext,
  scope: JsonScope,
): string | null | undefined {
  return lookIntoString(ctx, scope, "invalid_json", () => redactJson(value, ctx, scope));
}

/** True when a decoded string starts (after white space) like a JSON object or array. */
export function looksLikeJson(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    return c === 123 || c === 91;
  }
  return false;
}

class JsonRedactor {
  private readonly n: number;
  private readonly frames: Frame[] = [new Frame()];
  /** What the general tags of this document's pair objects name (see `general-tags.ts`), once used. */
  private generalTagMemo: GeneralTagMemo | null = null;
  private top = 0;
  private readonly rootNode: LocNode;
  // members of the open containers (a stack)
  private readonly mStart: number[] = [];
  private readonly mEnd: number[] = [];
  private readonly mDrop: boolean[] = [];
  private readonly mKey: string[] = [];
  private mTop = 0;
  // edits
  private readonly eStart: number[] = [];
  private readonly eEnd: number[] = [];
  private readonly eText: string[] = [];
  /**
   * The free texts of the open containers (a stack, each container's from its `textsBase`), four
   * numbers each: the index of the member it stands in (once handed up, of the member holding the
   * container it came from; {@link DEAD_TEXT} once that member was dropped), the opening and
   * closing quote, and the index of the edit that rewrote the string (-1 for none). Read at the
   * end of the record they belong to, when all its names are known.
   */
  private readonly texts: number[] = [];
  /**
   * Where each text stands, at a quarter of its index: the member of an object, the slot fixed
   * when it was handed up, or `null` for an array's item.
   */
  private readonly textPlaces: (MemberInfo | LocationSlot | null)[] = [];
  /** The rewritten text of each text that has an edit, else `null`. */
  private readonly textOuts: (string | null)[] = [];
  private textsTop = 0;
  // outputs of scanString: escapes seen; a digit, '@', ':', '-' or '.' (or a fullwidth one) seen outside escapes
  private sDet = false;
  private sEsc = false;

  constructor(
    private readonly text: string,
    private readonly ctx: RedactionContext,
    private readonly scope: JsonScope,
  ) {
    this.n = text.length;
    this.rootNode = scope.locations ?? scanLocations();
  }

  private fail(at: number, code: "invalid_json" | "duplicate_key" = "invalid_json"): never {
    return abort(code, `${this.scope.base}${this.scope.path}@${at}`);
  }

  private ws(i: number): number {
    const t = this.text;
    const n = this.n;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    return i;
  }

  /**
   * Location slot of the current member of the top frame. Cached in a tree of path templates that
   * lives as long as this scan, so every item of an array, and every container nested in items,
   * finds its members' slots with one map lookup per member.
   */
  private location(): LocationSlot {
    const f = this.frames[this.top] as Frame;
    const member = f.curMember;
    if (member !== null) return this.memberSlot(member);
    return this.segmentSlot(f, f.curSeg);
  }

  /** Location slot of the segment `seg` (an item, a position, a suppressed member) of the top frame `f`. */
  private segmentSlot(f: Frame, seg: string): LocationSlot {
    const ctx = this.ctx;
    const node = f.locNode ?? this.locNodeOf(this.top);
    let slot = node.segmentSlot(ctx, seg);
    if (slot === undefined) {
      let location: string | undefined;
      if (seg.charCodeAt(0) === 0) {
        // an item, a position or the root: the text depends on the template alone, keep it
        location = node.markLocations.get(seg);
        if (location === undefined) {
          location = this.locationText(seg);
          node.markLocations.set(seg, location);
        }
      } else location = this.locationText(seg);
      slot = ctx.slot(location);
      node.keepSegmentSlot(seg, slot);
    }
    return slot;
  }

  /** Location slot of `member`, a member of the top frame (its text made once, kept in the tree). */
  private memberSlot(member: MemberInfo): LocationSlot {
    const ctx = this.ctx;
    if (member.slotCall !== ctx.serial || member.slot === null) {
      member.location ??= this.scope.base + joinSeg(this.objectPath(), member.segment);
      member.slot = ctx.slot(member.location);
      member.slotCall = ctx.serial;
    }
    return member.slot;
  }

  /** The location text of the segment `seg` of the top frame. */
  private locationText(seg: string): string {
    return this.scope.base + joinSeg(this.objectPath(), seg);
  }

  /** The location-tree node of the frame at `k`, made (with its ancestors) when first needed. */
  private locNodeOf(k: number): LocNode {
    let j = k;
    while (j > 0 && (this.frames[j] as Frame).locNode === null) j--;
    let node = j === 0 ? this.rootNode : ((this.frames[j] as Frame).locNode as LocNode);
    (this.frames[j] as Frame).locNode = node;
    for (j++; j <= k; j++) {
      const f = this.frames[j] as Frame;
      const child = node.child(f.segment);
      f.locNode = child;
      node = child;
    }
    return node;
  }

  private edit(start: number, end: number, replacement: string): void {
    this.eStart.push(start);
    this.eEnd.push(end);
    this.eText.push(replacement);
  }

  run(): string | null {
    const text = this.text;
    const n = this.n;
    this.ctx.addWork(n, this.scope.base + this.scope.path);
    const root = this.frames[0] as Frame;
    root.reset();
    root.isObject = false;
    root.plan = this.scope.plan;
    root.suppress = false;
    root.inherited = null;
    root.opInherited = this.scope.operational === true;
    root.memberBase = 0;
    let i = this.ws(0);
    this.beginElement(root, i);
    root.curSeg = NONE;
    root.positional = false;
    root.curPlan = this.scope.plan;
    root.catA = null;
    root.curOp = root.opInherited;
    // 0 = expect a value, 1 = a value just ended, 2 = expect a key
    let state = 0;
    for (;;) {
      if (state === 0) {
        if (i >= n) this.fail(i);
        const c = text.charCodeAt(i);
        const f = this.frames[this.top] as Frame;
        if (c === 34) {
          const end = this.scanString(i + 1);
          this.leafString(f, i, end);
          i = end + 1;
          state = 1;
        } else if (c === 123 || c === 91) {
          const child = this.push(c === 123, i);
          i = this.ws(i + 1);
          if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
            i++;
            this.close(i);
            state = 1;
          } else if (c === 123) state = 2;
          else {
            this.beginElement(child, i);
            state = 0;
          }
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          const end = this.scanNumber(i);
          this.leafToken(f, i, end);
          i = end;
          state = 1;
        } else if (c === 116 && text.startsWith("true", i)) {
          this.leafToken(f, i, i + 4);
          i += 4;
          state = 1;
        } else if (c === 102 && text.startsWith("false", i)) {
          this.leafToken(f, i, i + 5);
          i += 5;
          state = 1;
        } else if (c === 110 && text.startsWith("null", i)) {
          f.lastKind = KIND_NULL;
          i += 4;
          state = 1;
        } else this.fail(i);
      } else if (state === 1) {
        const f = this.frames[this.top] as Frame;
        this.finishMember(f, i);
        i = this.ws(i);
        if (this.top === 0) {
          if (i !== n) this.fail(i);
          break;
        }
        const c = text.charCodeAt(i);
        if (c === 44) {
          i = this.ws(i + 1);
          if (f.isObject) state = 2;
          else {
            this.beginElement(f, i);
            state = 0;
          }
        } else if (c === (f.isObject ? 125 : 93)) {
          i++;
          this.close(i);
        } else this.fail(i);
      } else {
        if (text.charCodeAt(i) !== 34) this.fail(i);
        const f = this.frames[this.top] as Frame;
        const end = f.suppress ? this.skippedKey(f, i) : this.memberKey(f, i);
        i = this.ws(end + 1);
        if (text.charCodeAt(i) !== 58) this.fail(i);
        i = this.ws(i + 1);
        state = 0;
      }
    }
    if (this.mDrop[0] === true) {
      const start = this.mStart[0] as number;
      this.edit(start, this.mEnd[0] as number, "null");
    }
    return this.splice();
  }

  /**
   * Scans string contents from `i` (after the quote); returns the index of the closing quote.
   * Runs of plain characters are skipped by one native sticky-regex step each; only escapes are
   * walked here. A raw control character or the end of the text is invalid JSON.
   */
  private scanString(i: number): number {
    const text = this.text;
    let esc = false;
    let det = false;
    for (;;) {
      const run = det ? PLAIN_RUN : PLAIN_UNTIL_DETECTABLE;
      run.lastIndex = i;
      run.test(text);
      i = run.lastIndex;
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c !== 92) {
        if (!(c >= 32)) this.fail(i); // a control character, or the end of the text (NaN)
        det = true; // a digit, '@', ':', '-' or '.', a fullwidth one, or a numeral
        i++;
        continue;
      }
      esc = true;
      const e = text.charCodeAt(i + 1);
      if (e === 117) {
        for (let h = i + 2; h < i + 6; h++) {
          const x = text.charCodeAt(h);
          if (!((x >= 48 && x <= 57) || (x >= 97 && x <= 102) || (x >= 65 && x <= 70))) this.fail(h);
        }
        i += 6;
      } else if (
        e === 34 ||
        e === 92 ||
        e === 47 ||
        e === 98 ||
        e === 102 ||
        e === 110 ||
        e === 114 ||
        e === 116
      ) {
        i += 2;
      } else this.fail(i);
    }
    this.sDet = det;
    this.sEsc = esc;
    return i;
  }

  private digits(i: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) i++;
      else return i;
    }
  }

  private scanNumber(i: number): number {
    const t = this.text;
    const start = i;
    if (t.charCodeAt(i) === 45) i++;
    let c = t.charCodeAt(i);
    if (c === 48) {
      i++;
    } else if (c >= 49 && c <= 57) {
      i = this.digits(i);
    } else this.fail(start);
    if (t.charCodeAt(i) === 46) {
      i++;
      const d = i;
      i = this.digits(i);
      if (i === d) this.fail(i);
    }
    c = t.charCodeAt(i);
    if (c === 101 || c === 69) {
      i++;
      c = t.charCodeAt(i);
      if (c === 43 || c === 45) i++;
      const d = i;
      i = this.digits(i);
      if (i === d) this.fail(i);
    }
    return i;
  }

  private push(isObject: boolean, start: number): Frame {
    const parent = this.frames[this.top] as Frame;
    if (this.top + 1 + this.scope.depthBase > this.ctx.limits.maxDepth)
      abort("too_deep", this.location().location);
    parent.lastKind = KIND_CONTAINER;
    if (isObject && parent.isObject && parent.curCanon === FIELD) parent.answerFieldAt = start;
    let inherited: CategoryKey | null = null;
    if (parent.deferCat !== null && parent.deferIdx === this.mTop - 1 && parent.catA === null) {
      // a tag-like key (`name`) holding a container is no pair's tag: its category applies now, so
      // a name dropped whole still gives its words (`"name": {"first": "Astrid"}`)
      parent.catA = parent.deferCat;
      parent.detA = "key";
      parent.deferCat = null;
      parent.deferIdx = -1;
    }
    let cells: LabelList | null = null;
    let valueList = false;
    if (!isObject && !parent.curSuppress) {
      if (parent.isObject) {
        const info = parent.curMember?.info;
        if (info?.labelList === true) this.readLabelList(parent, start);
        else if (info?.valueList === true) {
          cells = parent.labels;
          valueList = true;
        }
      } else if (parent.cellRows) cells = parent.cells;
    }
    if (valueList) {
      parent.valuesAt = start;
      parent.valuesSeg = parent.curSeg;
      parent.valuesEnd = -1;
      parent.valuesEdits = this.eStart.length;
    }
    let suppress = parent.curSuppress;
    let droppedName = suppress ? parent.droppedName : null;
    let idItems = false;
    if (!suppress && parent.catA !== null) {
      const d = this.ctx.decide(parent.catA);
      if (d.kind === "allow") {
        this.ctx.record(this.location(), parent.catA, "keep", parent.detA);
        idItems = !isObject && parent.catA === ACCOUNT_ID;
      } else if (d.operator.operator === "drop") {
        this.ctx.record(this.location(), parent.catA, "drop", parent.detA);
        parent.pendingDrop = true;
        suppress = true;
        droppedName = echoedCategory(parent.catA);
      } else inherited = parent.catA;
    }
    this.top++;
    let f = this.frames[this.top];
    if (f === undefined) {
      f = new Frame();
      this.frames.push(f);
    }
    f.reset();
    f.isObject = isObject;
    f.valueList = valueList;
    if (isObject) f.stamp = ++objectStamps;
    f.segment = parent.curSeg;
    f.plan = parent.curPlan;
    f.keyCanon = parent.curCanon;
    f.suppress = suppress;
    f.droppedName = droppedName;
    f.inherited = inherited;
    f.inheritedDet = parent.detA;
    f.idItems = idItems;
    f.opInherited = parent.curOp;
    f.thingInherited = !isObject && parent.curThing && !parent.curQuantity;
    f.placeArray =
      !isObject &&
      !suppress &&
      parent.isObject &&
      (parent.curPlace & PLACE_NAME) !== 0 &&
      parent.catA === null
        ? parent.curPlace
        : 0;
    f.openAt = start;
    f.memberBase = this.mTop;
    f.textsBase = this.textsTop;
    f.memberDepth = isObject && parent.isObject ? parent.memberDepth + 1 : 0;
    // the sentinel frame 0 is no array: a top-level `[key, value]` is no entry of a map
    f.entry = !isObject && !suppress && this.top >= 2 && !(this.frames[this.top - 1] as Frame).isObject;
    if (cells !== null && !suppress) {
      // a row of a table is no entry `[key, value]`: its first cell names nothing
      f.cells = cells;
      f.cellRows = parent.isObject;
      f.entry = false;
    }
    const keys = f.plan?.discriminators;
    if (isObject && !suppress && keys != null) {
      f.disc = readDiscriminators(this.text, start, keys, (chars) =>
        this.ctx.addWork(chars, this.scope.base + this.scope.path),
      );
    }
    return f;
  }

  private pushMember(start: number, key: string): number {
    const idx = this.mTop++;
    this.mStart[idx] = start;
    this.mEnd[idx] = start;
    this.mDrop[idx] = false;
    this.mKey[idx] = key;
    return idx;
  }

  private beginElement(f: Frame, start: number): void {
    this.pushMember(start, "");
    const index = f.count++;
    f.curSeg = ELEMENT;
    f.positional = false;
    f.cellByValue = false;
    f.curCanon = f.keyCanon;
    f.curSuppress = f.suppress;
    f.role = 0;
    f.hint = false;
    f.curOp = false;
    f.curThing = false;
    f.curQuantity = false;
    f.curUrl = false;
    f.curAddressing = false;
    // an item of a place's array is a place's too (`"locations": ["116.481,39.990", ...]`)
    f.curPlace = f.placeArray;
    f.curRouted = false;
    f.catB = null;
    f.lastKind = KIND_NONE;
    if (f.suppress) {
      f.curPlan = undefined;
      f.catA = null;
      return;
    }
    const position = f.plan?.positions?.get(index);
    if (position !== undefined) {
      f.curSeg = positionSeg(index);
      f.positional = true;
    }
    const plan = position ?? f.plan?.children.get("[]");
    f.curPlan = plan;
    const column = f.plan?.columns != null ? this.columnAt(f, f.plan.columns, index) : undefined;
    const variant = plan?.variants != null ? activeVariant(plan, this.readDisc) : null;
    const mark = column ?? variant;
    const category = mark != null ? mark.category : (plan?.category ?? null);
    const operational = mark != null ? mark.operational : plan?.operational === true;
    f.curOp = category === null && (operational || f.opInherited);
    // an item of a list of room or group ids (`GroupIdList[]`, session 19)
    f.curAddressing = category === null && mark == null && plan?.addressingId === true;
    f.curThing = category === null && f.thingInherited;
    f.curText = category === null && plan !== undefined && isTextField(plan, this.readDisc);
    if (category !== null) {
      f.catA = category;
      f.detA = "schema";
    } else {
      f.catA = f.idItems ? ACCOUNT_ID : f.inherited;
      f.detA = f.inheritedDet;
    }
    // a catalogued column list (`columns` in the plan) is read as the catalog says
    if (f.cells !== null && f.plan?.columns == null && category === null)
      this.beginCell(f, f.cells, index, start);
    if (index === 1 && f.entry) this.beginEntryValue(f, category);
  }

  /**
   * Item `index` of `f`, an array labelled by position, starting at `start`: a scalar is read as
   * its label says and keeps its place when it goes; a row or an object is read on its own.
   */
  private beginCell(f: Frame, cells: LabelList, index: number, start: number): void {
    const c = this.text.charCodeAt(start);
    if (c === 91 || c === 123) return;
    f.positional = true;
    const category = cells.categories[index] ?? null;
    if (category === null) return;
    f.catA = category;
    f.detA = "tag-value";
    f.cellByValue = cells.byValue[index] === true;
  }

  /**
   * Reads ahead the list of field names opening at `start`, the value of the current member of
   * `holder` (`"columns": [...]`, or the `name`s of its column descriptions): what it names goes to
   * `holder` for a list of values after it.
   * A list of field names the key table knows all of is no list of persons' names, though its key
   * says so (`"names": ["phone", "name"]`): the key's category no longer applies to it.
   */
  private readLabelList(holder: Frame, start: number): void {
    const list =
      stringList(this.text, start) ?? objectNameList(this.text, start, COLUMN_NAME_MEMBERS, MAX_LABELS);
    if (list === null) return;
    this.ctx.addWork(list.end - start, this.scope.base + this.scope.path);
    const labels = readLabels(list.values);
    if (labels === null) return;
    holder.labels = labels;
    // a list of values before its labels is read by them now (session 19)
    if (holder.valuesEnd >= 0) this.readCellsLate(holder, false);
    if (labels.allKnown && holder.catA !== null && holder.detA === "key") {
      holder.catA = holder.catB;
      holder.detA = holder.detB;
      holder.catB = null;
    }
  }

  /**
   * What names item `index` of `f`, an array whose plan has `columns`: on a row, the name at that
   * index of the names member's list (and every cell of a row keeps its place when dropped, as a
   * position does, whether its name is known or not); on the list, the names member itself when
   * it is one name.
   */
  private columnAt(f: Frame, columns: PlanColumns, index: number): PlanColumn | undefined {
    const names = this.readDisc(columns.up, columns.key);
    if (!columns.row) return typeof names === "string" ? columns.table.get(names) : undefined;
    if (!Array.isArray(names)) return undefined;
    f.positional = true;
    const name: unknown = names[index];
    return typeof name === "string" ? columns.table.get(name) : undefined;
  }

  /**
   * The second item of an entry `[key, value]`: its first item names it as a member's key would
   * (after a schema category, before an inherited one).
   */
  private beginEntryValue(f: Frame, schemaCategory: CategoryKey | null): void {
    if (f.entryHint) f.hint = true;
    const named = f.entryCat;
    if (named === null) return;
    if (schemaCategory === null) {
      f.catA = named;
      f.detA = "tag-value";
    } else if (named !== schemaCategory) {
      f.catB = named;
      f.detB = "tag-value";
    }
  }

  /**
   * The first item of an entry, a string at `qStart`..`qEnd`: read as a key (the key table, its
   * words included), so the item after it is classified by it. Only a string written like a key
   * names anything: up to 64 letters, digits, ideographs and `_ - . [ ] $`, so neither a sentence
   * (`please send the email`) nor the engine's own placeholder (`[redacted:contact.email]`) does.
   */
  private readEntryKey(f: Frame, qStart: number, qEnd: number): void {
    if (qEnd - qStart - 1 > MAX_ENTRY_KEY) return;
    const raw = this.text.slice(qStart + 1, qEnd);
    const key = this.sEsc ? decodeJsonString(raw) : raw;
    for (let i = 0; i < key.length; i++) if (!isKeyCode(key.charCodeAt(i))) return;
    const look = KEY_LOOKUP.lookupKey(key, f.keyCanon);
    if (look === "hint") f.entryHint = true;
    else f.entryCat = look;
  }

  /**
   * Reads the key of a member of a suppressed object (dropped whole): only validated and counted.
   * Returns the index of its closing quote.
   */
  private skippedKey(f: Frame, start: number): number {
    const end = this.scanString(start + 1);
    const raw = this.text.slice(start + 1, end);
    const key = this.sEsc ? decodeJsonString(raw) : raw;
    this.checkKey(f, key, start);
    f.curSeg = keySegment(key);
    f.curMember = null;
    f.curSuppress = true;
    f.curPlan = undefined;
    f.curCanon = "";
    this.beginMember(f);
    return end;
  }

  /**
   * Reads the key of a member at `start` (its opening quote); returns the index of its closing
   * quote. The key that followed the previous one last time (or came first) is tried by comparing
   * its text in place; otherwise the key is scanned, decoded and looked up. Each remembered key is
   * stamped with the object it was read in, so a repeated key is refused in constant time; keys
   * that are not remembered (personal data as keys) are compared as strings.
   */
  private memberKey(f: Frame, start: number): number {
    const text = this.text;
    const node = f.locNode ?? this.locNodeOf(this.top);
    const previous = f.curMember;
    let member = previous === null ? node.first : previous.next;
    let end = member === null ? -1 : this.keyAt(start, member);
    if (end < 0 && previous === null && node.firstAlt !== null) {
      member = node.firstAlt;
      end = this.keyAt(start, member);
    }
    const ctx = this.ctx;
    if (++ctx.keys > ctx.limits.maxKeys) abort("too_many_keys", this.location().location);
    if (end < 0 || member === null) {
      end = this.scanString(start + 1);
      const raw = text.slice(start + 1, end);
      const key = this.sEsc ? decodeJsonString(raw) : raw;
      const escaped = this.sEsc;
      member = node.member(key, () => {
        // The tree may outlive the call: its strings must not be views into the body. A key that
        // is itself personal data is never kept (not here, not in the key cache), so needs no copy.
        const personal = personalKey(key);
        const own = personal === null ? detach(key) : key;
        return new MemberInfo(
          own,
          escaped ? null : own,
          keyInfo(own, personal === null),
          f.plan === undefined ? undefined : memberPlan(f.plan, own),
          f.keyCanon,
          personal,
        );
      });
      if (!member.remembered) this.checkLooseKey(f, key, start);
      node.follow(previous, member);
    }
    if (member.seenIn === f.stamp) this.fail(start, "duplicate_key");
    member.seenIn = f.stamp;
    this.pushMember(start, member.key);
    this.readKey(f, member);
    return end;
  }

  /** The index of the closing quote when the key at `start` is `member`'s, else -1. */
  private keyAt(start: number, member: MemberInfo): number {
    const raw = member.raw;
    if (raw === null) return -1;
    const end = start + 1 + raw.length;
    // a slice compared with === is cheaper here than startsWith (measured)
    return this.text.charCodeAt(end) === 34 && this.text.slice(start + 1, end) === raw ? end : -1;
  }

  /**
   * Refuses a key that is not remembered (so has no stamp) when it repeats: linear for the first
   * few such keys of an object, a set beyond. Remembered and not remembered keys never equal each
   * other (whether a key is remembered depends on the key alone).
   */
  private checkLooseKey(f: Frame, key: string, start: number): void {
    if (f.keySet !== null) {
      if (f.keySet.has(key)) this.fail(start, "duplicate_key");
      f.keySet.add(key);
      return;
    }
    const base = f.memberBase;
    for (let k = base; k < this.mTop; k++) if (this.mKey[k] === key) this.fail(start, "duplicate_key");
    if (++f.looseKeys >= 16) {
      f.keySet = new Set(this.mKey.slice(base, this.mTop));
      f.keySet.add(key);
    }
  }

  /** Counts a scanned key of a suppressed object, refuses a repeated one, and opens its member. */
  private checkKey(f: Frame, key: string, start: number): void {
    const ctx = this.ctx;
    if (++ctx.keys > ctx.limits.maxKeys) abort("too_many_keys", this.location().location);
    this.checkLooseKey(f, key, start);
    this.pushMember(start, key);
  }

  /** Resets the per-member state of `f` for a new member (its key already pushed). */
  private beginMember(f: Frame): void {
    f.count++;
    f.positional = false;
    f.role = 0;
    f.hint = false;
    f.curOp = false;
    f.curThing = false;
    f.curQuantity = false;
    f.curUrl = false;
    f.curAddressing = false;
    f.curText = false;
    f.curPlace = 0;
    f.curRouted = false;
    f.catA = null;
    f.catB = null;
    f.lastKind = KIND_NONE;
  }

  /** Classifies the member just pushed by its key's cached facts. */
  private readKey(f: Frame, member: MemberInfo): void {
    this.beginMember(f);
    const idx = this.mTop - 1;
    f.curSeg = member.segment;
    f.curMember = member;
    f.curSuppress = false;
    f.curCanon = member.info.canon;
    f.curUrl = member.url;
    const plan = member.plan;
    f.curPlan = plan;
    if (plan?.routes != null) {
      // a routed member has no tags of its own: only the plan of its document changes
      f.curPlan = routedPlan(plan, this.readDisc);
      f.curRouted = f.curPlan !== plan;
    }
    let category = member.category;
    let operational = member.operational;
    let look = member.look;
    if (member.hasVariants) {
      const variant = activeVariant(plan as PlanNode, this.readDisc);
      if (variant !== null) {
        category = variant.category;
        operational = variant.operational;
      }
      look = operational ? null : keyCategory(member.info, f.keyCanon);
    }
    if (category !== null) {
      f.catA = category;
      f.detA = "schema";
    }
    f.curOp = category === null && (operational || f.opInherited);
    f.curAddressing = category === null && plan?.addressingId === true;
    f.curText = category === null && plan !== undefined && isTextField(plan, this.readDisc);
    const plainNumber = category === null && look === null ? member.info.plainNumber : PLAIN_NONE;
    f.curThing = plainNumber !== PLAIN_NONE;
    f.curQuantity = plainNumber === PLAIN_QUANTITY;
    f.curPlace = category === null ? member.info.place : 0;
    let keyCat: CategoryKey | null = null;
    let keyDet: Detector = "key";
    if (look === "hint") f.hint = true;
    else keyCat = look;
    if (f.isObject) {
      if (!member.info.pairMember) f.strangers = true;
      if (member.info.thingSibling) f.thingSibling = true;
      const role = member.info.role;
      if (role === ROLE_TAG) {
        f.role = 1;
        f.tagIdx = idx;
        if (keyCat !== null) {
          f.deferCat = keyCat;
          f.deferIdx = idx;
          keyCat = null;
        }
      } else if (role === ROLE_VALUE) {
        f.role = 2;
        if (f.tagSeen && f.tagCat !== null) {
          keyCat = f.tagCat;
          keyDet = "tag-value";
          f.valueResolved = true;
        }
        // the pair's key names a thing's identifier or a quantity (`{"Key": "order_no", ...}`)
        if (f.tagSeen && f.tagPlainDigits !== PLAIN_NONE && category === null) {
          f.curThing = true;
          f.curQuantity = f.tagPlainDigits === PLAIN_QUANTITY;
        }
        // or a place (`{"Key": "geohash", "Value": "u4xsudvy"}`, SLS PutLogs `Contents`)
        if (f.tagSeen && f.tagPlace !== 0 && category === null) f.curPlace = f.tagPlace;
      } else if (role === ROLE_GENERAL_TAG) f.role = 3;
      else if (role === ROLE_GENERAL_VALUE) f.role = 4;
      else if (role === ROLE_QUESTION_TAG) f.role = 5;
    }
    if (f.catA === null) {
      f.catA = keyCat;
      f.detA = keyDet;
    } else if (keyCat !== f.catA) {
      f.catB = keyCat;
      f.detB = keyDet;
    }
    if (f.catA === null && f.inherited !== null) {
      f.catA = f.inherited;
      f.detA = f.inheritedDet;
    }
    if (member.personal !== null && !keepPersonalKey(this.ctx, member.personal, this.location())) {
      // the key itself may not go: the member is dropped whole, its value not looked at
      f.curSuppress = true;
      f.pendingDrop = true;
    }
  }

  /** The scalar between `start` and `end` (a string with its quotes, or a token), decoded. */
  private scalarAt(start: number, end: number, kind: number, esc: boolean): string {
    if (kind !== KIND_STRING) return this.text.slice(start, end);
    const raw = this.text.slice(start + 1, end - 1);
    return esc ? decodeJsonString(raw) : raw;
  }

  private applyOutcome(
    f: Frame,
    res: ReturnType<RedactionContext["resolve"]>,
    start: number,
    end: number,
    markDrop: boolean,
  ): boolean {
    if (res.kind === "drop") {
      if (markDrop) f.pendingDrop = true;
      return true;
    }
    if (res.kind === "replace") {
      this.edit(start, end, res.isNumber ? res.value : encodeJsonString(res.value));
      return true;
    }
    return false;
  }

  private leafString(f: Frame, qStart: number, qEnd: number): void {
    f.lastStart = qStart;
    f.lastKind = KIND_STRING;
    f.lastEsc = this.sEsc;
    if (f.curSuppress) {
      // the words of a name dropped whole still stand for the record's free text
      if (f.droppedName !== null)
        this.collectEcho(f, f.droppedName, null, jsonStringAt(this.text, qStart + 1, qEnd));
      return;
    }
    if (f.entry && f.count === 1) this.readEntryKey(f, qStart, qEnd);
    if (f.curUrl && f.catA === null && f.catB === null) {
      this.leafUrl(f, qStart, qEnd);
      return;
    }
    if (f.curAddressing) {
      // a room or group id goes as it came or not at all (sessions 18 and 19, `addressing-ids.ts`)
      this.readAddressingId(jsonStringAt(this.text, qStart + 1, qEnd));
      return;
    }
    this.readLeafString(f, qStart, qEnd);
  }

  /**
   * The string member between the quotes at `qStart` and `qEnd` that is no relative URL: decoded
   * (when it has escapes), passed over when nothing in it can be read, else read by
   * {@link JsonRedactor.readString}, as an account id where it is one.
   */
  private readLeafString(f: Frame, qStart: number, qEnd: number): void {
    const text = this.text;
    // A string with escapes is decoded once and everything (prefilter, flags, JSON sniffing) looks
    // at the decoded text: an `@`, digit or `{` written as `\u0040` must not hide a value. Strings
    // without escapes keep the fast path over the raw slice.
    const formPlan = f.curPlan?.children.get("#form");
    let value: string;
    let vflags: number;
    let jsonLike: boolean;
    if (this.sEsc) {
      value = decodeJsonString(text.slice(qStart + 1, qEnd));
      vflags = charFlags(value);
      jsonLike = looksLikeJson(value);
    } else {
      let first = text.charCodeAt(qStart + 1);
      if (first === 32 || first === 10 || first === 13 || first === 9)
        first = text.charCodeAt(this.ws(qStart + 1));
      jsonLike = first === 123 || first === 91;
      // nothing detectable as written, but a base64 token of letters alone may be inside
      const tokens = !this.sDet && hasLetterTokenRun(text, qStart + 1, qEnd);
      if (
        f.catA === null &&
        f.catB === null &&
        !f.hint &&
        !this.sDet &&
        !tokens &&
        !jsonLike &&
        f.role !== 1 &&
        formPlan === undefined &&
        (f.curPlace & LETTER_CODE_NAMES) === 0
      ) {
        // nothing a detector reads as written, nor a base64 token inside, nor personal data in
        // prose or a bare full name, but it may be base64 or hex of text that has some
        if (!mayHoldProse(text, qStart + 1, qEnd) && !holdsBareName(text, qStart + 1, qEnd)) {
          const encoded = mayStartEncodedText(text, qStart + 1, qEnd)
            ? this.applyEncoded(f, text.slice(qStart + 1, qEnd), qStart, qEnd)
            : undefined;
          if (encoded === undefined || encoded === "keep") this.noteText(f, qStart, qEnd, null);
          return;
        }
      }
      value = text.slice(qStart + 1, qEnd);
      // only the detectable flags matter to the detectors: without them, 0 is as good as the rest
      // (but for the text search: see below)
      vflags = this.sDet || tokens ? rangeFlags(text, qStart + 1, qEnd) : 0;
    }
    if (f.role === 1) this.readTag(f, value);
    if (f.catA === ACCOUNT_ID && this.ctx.accountIds !== null) {
      this.readAccountId(f, value, qStart, qEnd + 1, () => {
        this.readString(f, qStart, qEnd, value, vflags, jsonLike, formPlan);
        return false; // what it changed, it changed in the edits or by dropping the member
      });
    } else this.readString(f, qStart, qEnd, value, vflags, jsonLike, formPlan);
  }

  /**
   * The string member between the quotes at `qStart` and `qEnd`, decoded to `value` (with its
   * profile `vflags`, whether it starts like JSON, and the plan's `#form` child): its categories,
   * then a form or JSON document inside it, spans of its text, base64 or hex text inside it.
   */
  private readString(
    f: Frame,
    qStart: number,
    qEnd: number,
    value: string,
    vflags: number,
    jsonLike: boolean,
    formPlan: PlanNode | undefined,
  ): void {
    // an address part whose key names other things as often (`"state": "running"`, `"addr":
    // "0x7ffd5a3c"`) is one only in an address's shape, as in free text (session 13)
    if (f.catA === "contact.address" && f.detA === "key" && !isAddressValue(f.curCanon, value)) f.catA = null;
    // what the key's other meaning names (`"aaid": "4e4e#4005"`, `"operator": "CONTAIN"`; session 20)
    if (f.catA !== null && f.detA === "key" && holdsKeysOtherThing(f.catA, value)) f.catA = null;
    // a boolean or a count written as text is no e-mail address, phone number or name (session 17)
    if (f.catA !== null && f.catB === null && f.detA !== "schema" && cannotHoldText(f.catA, value))
      f.catA = null;
    // a cell under a broad label (`Name`, `Phone`), a search filter's value (`{"filter": [{"key":
    // "name", "value": ...}]}`) is named so only in its category's shape (session 20)
    if (
      f.catA !== null &&
      (f.cellByValue || (f.role === 2 && f.detA === "tag-value" && isFilterContainer(f.keyCanon))) &&
      !hasCategoryShape(f.catA, value)
    )
      f.catA = null;
    // four numbers under a version's key are a version (`"sdk_version": "4.3.2.1"`), not an address,
    // also where the key names a category of its own (`app_version`, a software version: session
    // 14, aliyun, which may receive it, lost it as an address)
    // (the value's first character first: this runs for every string, and most start with no digit)
    const lead = value.charCodeAt(0);
    const versionQuad = lead >= 48 && lead <= 57 && IPV4_SHAPE.test(value) && isVersionKey(f.curCanon);
    if (versionQuad && f.catA === null && f.catB === null && !f.hint) {
      this.noteText(f, qStart, qEnd, null);
      return;
    }
    // digits alone under a thing's identifier (`"order_id": "13812345678"`) are that thing's number
    const structural = f.curOp || (f.curThing && allDigits(value, 0, value.length));
    const strong = versionQuad ? null : detectStrong(value, vflags, structural);
    // two numbers under a measure's key (`"scale": "120.123456,30.123456"`) are that measure, not a
    // place, and nothing else is in them (session 18, `place-keys.ts`)
    if (
      strong === LOCATION &&
      f.catA === null &&
      f.catB === null &&
      !f.hint &&
      isMeasuredPair(f.curPlace, value)
    ) {
      this.noteText(f, qStart, qEnd, null);
      return;
    }
    let weak = strong === null && f.hint && f.catA === null ? detectWeak(value, true) : null;
    if (
      strong === null &&
      weak === null &&
      f.curPlace !== 0 &&
      f.catA === null &&
      isPlacedLocation(value, f.curPlace, f.keyCanon)
    )
      weak = LOCATION;
    // a UUID under an operational key that names an advertising id is one (session 18)
    if (
      strong === null &&
      weak === null &&
      f.curOp &&
      f.catA === null &&
      f.curMember !== null &&
      value.length >= 32
    )
      weak = advertisingIdUnderOperationalKey(keyCategory(f.curMember.info, f.keyCanon), value, f.curCanon);
    // a card number under `card`, `pan`, `cc` (session 17): neither the key nor the digits decide alone
    const card = strong === null && weak === null && f.catA === null && isCardUnderKey(f.curCanon, value);
    const c = strong ?? weak ?? (card ? PAYMENT_CARD : null);
    let loc: LocationSlot | null = null;
    if (f.catA !== null || f.catB !== null || c !== null) {
      loc = this.location();
      let res = this.ctx.resolve(value, false, loc, f.catA, f.detA, f.catB, f.detB, c, "value");
      // text the app writes keeps its place: what a detector found there goes as a span would
      if (res.kind === "drop" && f.curText && f.catA === null && f.catB === null && c !== null)
        res = { kind: "replace", value: placeholder(c), isNumber: false };
      if (this.applyOutcome(f, res, qStart, qEnd + 1, true)) {
        this.collectEcho(f, f.catA ?? c, f.catB, value);
        return;
      }
      if (c !== null || versionQuad) return;
    }
    if (formPlan !== undefined) {
      const form = this.nestedForm(value, formPlan);
      if (form !== undefined) {
        if (form !== null) this.edit(qStart, qEnd + 1, encodeJsonString(form));
        return;
      }
    }
    if (jsonLike) {
      loc ??= this.location();
      const nested = this.nestedJson(value, f.curPlan?.children.get("#json"));
      if (nested !== undefined) {
        if (nested !== null) this.edit(qStart, qEnd + 1, encodeJsonString(nested));
        return;
      }
    }
    // a fullwidth letter's label is read in the folded view (`ｍｙ ｎａｍｅ ｉｓ`), as is a name a thin
    // or zero-width space joins (`Astrid\u2009Solberg`): looked for only here, in the strings that
    // get this far
    if (vflags === 0 && (hasFullwidthLetter(value) || hasSpaceVariant(value))) vflags = HAS_VARIANT;
    const spans = findSpansInViews(value, vflags, structural);
    if (spans === null) {
      const encoded = this.applyEncoded(f, value, qStart, qEnd);
      if (encoded !== undefined) {
        if (encoded === "keep") this.noteText(f, qStart, qEnd, null);
        return;
      }
    }
    let out: string | null = null;
    if (spans !== null) {
      loc ??= this.location();
      const ctx = this.ctx;
      ctx.textEcho = null;
      out = redactText(value, spans, ctx, ctx.textSlot(loc), structural);
      // a name the text gave away (`user_name=Astrid` in a log line) stands for its record too
      if (ctx.textEcho !== null) this.handEcho(f, ctx.textEcho);
      ctx.textEcho = null;
    }
    if (mayHoldTokens(vflags, spans === null)) {
      const tokens = this.textTokens(out ?? value, structural);
      if (tokens !== null) {
        loc ??= this.location();
        out = redactRewritten(tokens, this.ctx, this.ctx.textSlot(loc), structural, (t) =>
          this.textTokens(t, structural),
        );
      }
    }
    if (out !== null) this.edit(qStart, qEnd + 1, encodeJsonString(out));
    this.noteText(f, qStart, qEnd, out);
  }

  /** The addressing id `value` at the current location, forwarded as it came or refused (`addressing-ids.ts`). */
  private readAddressingId(value: string): void {
    const base = this.scope.base;
    guardAddressingId(this.ctx, value, base, this.location().location.slice(base.length));
  }

  /**
   * An account id the recipient receives (session 15, `account-ids.ts`): the current member, the
   * string or number `value` written from `start` to `end`, read by `read` (true when it would
   * change it otherwise than by an edit or by dropping the member), then forwarded as it came or
   * replaced whole by its pseudonym (or the transfer refused), never edited in part. What the
   * reading edited or dropped is undone. Not free text: no name's echo is cut out of it either.
   */
  private readAccountId(f: Frame, value: string, start: number, end: number, read: () => boolean): void {
    const edits = this.eStart.length;
    const out = guardAccountId(this.ctx, value, this.location().location, f.detA, () => {
      const changed = read();
      if (!changed && !f.pendingDrop && this.eStart.length === edits) return false;
      f.pendingDrop = false;
      this.eStart.length = edits;
      this.eEnd.length = edits;
      this.eText.length = edits;
      return true;
    });
    if (out.kind === "replace") this.edit(start, end, encodeJsonString(out.value));
  }

  /**
   * Gives `to` the words of `echo`: whole to a frame that has none, else the smaller set merged
   * into the larger, so deep nesting copies no word at every level.
   */
  private handEcho(to: Frame, echo: EchoSet): void {
    const held = to.echo;
    if (held === null) to.echo = echo;
    else if (held.size >= echo.size) held.merge(echo);
    else {
      echo.merge(held);
      to.echo = echo;
    }
  }

  /** Notes the current member of `f`, free text between `qStart` and `qEnd`, for {@link JsonRedactor.redactEchoes}. */
  private noteText(f: Frame, qStart: number, qEnd: number, out: string | null): void {
    // free text: no category of its own, no hint, not operational, not a pair's tag
    if (f.catA !== null || f.catB !== null || f.hint || f.curOp || f.role === 1) return;
    if (f.isObject && f.curMember === null) return; // a member of an object dropped whole
    const t = this.texts;
    const n = this.textsTop;
    t[n] = this.mTop - 1;
    t[n + 1] = qStart;
    t[n + 2] = qEnd;
    // the edit just made rewrote this string to `out`
    t[n + 3] = out === null ? -1 : this.eStart.length - 1;
    this.textPlaces[n >> 2] = f.curMember;
    this.textOuts[n >> 2] = out;
    this.textsTop = n + 4;
  }

  /** The words of `value`, just redacted in `f` as `a` (or `b`), kept when it is a name (see `collectName`). */
  private collectEcho(f: Frame, a: CategoryKey | null, b: CategoryKey | null, value: string): void {
    f.echo = collectName(f.echo, this.ctx, a, b, value);
  }

  /**
   * At the end of an object whose names may not go: their words found in its free-text members
   * are redacted too, whether the member came before the name or after it.
   */
  private redactEchoes(f: Frame, echo: EchoSet): void {
    const texts = this.texts;
    const outs = this.textOuts;
    for (let k = f.textsBase; k < this.textsTop; k += 4) {
      if (this.textDropped(texts[k] as number)) continue;
      const qStart = texts[k + 1] as number;
      const qEnd = texts[k + 2] as number;
      const editIdx = texts[k + 3] as number;
      const value = editIdx >= 0 ? (outs[k >> 2] as string) : jsonStringAt(this.text, qStart + 1, qEnd);
      const spans = echo.find(value);
      if (spans === null) continue;
      const slot = this.placeOf(f, k);
      const out = redactText(value, spans, this.ctx, this.ctx.textSlot(slot), false, "echo");
      if (out === null) continue;
      if (editIdx >= 0) this.eText[editIdx] = encodeJsonString(out);
      else {
        this.edit(qStart, qEnd + 1, encodeJsonString(out));
        texts[k + 3] = this.eStart.length - 1;
      }
      outs[k >> 2] = out;
    }
  }

  /** Whether the text whose first number is `idx` went with a member dropped whole. */
  private textDropped(idx: number): boolean {
    return idx >= 0 ? this.mDrop[idx] === true : idx === DEAD_TEXT;
  }

  /** The location slot of the text at `k` of `f`, the top frame. */
  private placeOf(f: Frame, k: number): LocationSlot {
    const place = this.textPlaces[k >> 2];
    if (place instanceof MemberInfo) return this.memberSlot(place);
    if (place != null) return place;
    const index = (this.texts[k] as number) - f.memberBase;
    return this.segmentSlot(f, f.plan?.positions?.get(index) !== undefined ? positionSeg(index) : ELEMENT);
  }

  /**
   * Whether `f`, closing, belongs to the record around it rather than being one: an array (its
   * items and a map's entries are the holding object's), a tag/value pair object (one field of the
   * log its array makes), or an object held by a key (`OfflinePushInfo.ApnsInfo`), up to
   * {@link MAX_MEMBER_DEPTH} objects down. An object that is an array's item is a record of its own.
   */
  private partOfRecordAround(f: Frame): boolean {
    if (!f.isObject) return true;
    if (f.tagSeen && f.valueIdx >= 0 && !f.valueGeneral) return true;
    return f.memberDepth > 0 && f.memberDepth <= MAX_MEMBER_DEPTH;
  }

  /**
   * The free text of a frame that is part of the record around it (see
   * {@link JsonRedactor.partOfRecordAround}), handed to the frame around it: an array's items
   * (`"lines": ["hi astrid"]`, a map's entries), a tag/value pair object's text
   * (`{"Key":"message","Value":"user astrid ..."}` beside `{"Key":"user_name", ...}`) and an
   * object's held by a key. The texts stay on the stack; their locations are fixed now, while `f`
   * is the top frame, and each is relabelled with the member of the frame around that holds `f`.
   */
  private handTextsUp(f: Frame): void {
    const texts = this.texts;
    // the texts stay where they are on the stack, now the frame around `f`'s
    const holder = f.memberBase - 1;
    for (let k = f.textsBase; k < this.textsTop; k += 4) {
      if (this.textDropped(texts[k] as number)) {
        texts[k] = DEAD_TEXT;
        continue;
      }
      this.textPlaces[k >> 2] = this.placeOf(f, k);
      // now a text of the member that holds `f`: if the frame around drops it, the text goes too
      texts[k] = holder;
    }
  }

  /** Where the current member's value stands, for what it encodes (see `value-scan.ts`). */
  private encodedScope(structural: boolean): EncodedScope {
    const f = this.frames[this.top] as Frame;
    return {
      base: this.scope.base,
      path: joinSeg(this.objectPath(), f.curSeg),
      depth: { depthBase: this.scope.depthBase + this.top, stringJsonDepth: this.scope.stringJsonDepth },
      structural,
    };
  }

  /** Base64 and hex tokens inside the free text `text` of the current member (see `redactTextTokens`). */
  private textTokens(text: string, structural: boolean): string | null {
    return redactTextTokens(text, this.ctx, this.encodedScope(structural));
  }

  /**
   * The string `value` between the quotes at `qStart` and `qEnd`, read as the text it may encode
   * in base64 or hex: what became of it, or `undefined` when it encodes none.
   */
  private applyEncoded(
    f: Frame,
    value: string,
    qStart: number,
    qEnd: number,
  ): ValueOutcome["kind"] | undefined {
    const encoded = this.nestedEncoded(value, f.curPlan, f.curOp);
    if (encoded?.kind === "drop") f.pendingDrop = true;
    else if (encoded?.kind === "replace") this.edit(qStart, qEnd + 1, encodeJsonString(encoded.value));
    return encoded?.kind;
  }

  private nestedEncoded(
    value: string,
    plan: PlanNode | undefined,
    structural: boolean,
  ): ValueOutcome | undefined {
    if (!mayStartEncodedText(value)) return undefined; // before the path is built
    return scanEncoded(value, plan, this.ctx, this.encodedScope(structural));
  }

  /**
   * A relative URL (`relative_url`): its path segments inspected, its query redacted as pairs, with
   * the plan of the member's `#form` (a URL's query is a form document; a route names it).
   */
  private leafUrl(f: Frame, qStart: number, qEnd: number): void {
    const raw = this.text.slice(qStart + 1, qEnd);
    const value = this.sEsc ? decodeJsonString(raw) : raw;
    const out = redactUrl(value, this.ctx, {
      base: this.scope.base,
      path: joinSeg(this.objectPath(), f.curSeg),
      depthBase: this.scope.depthBase + this.top,
      stringJsonDepth: this.scope.stringJsonDepth,
      queryPlan: f.curPlan?.children.get("#form"),
    });
    if (out !== null) this.edit(qStart, qEnd + 1, encodeJsonString(out));
  }

  private nestedJson(value: string, plan: PlanNode | undefined): string | null | undefined {
    const f = this.frames[this.top] as Frame;
    const node = f.locNode ?? this.locNodeOf(this.top);
    // the kept tree caches each key's plan: a routed document's plan differs per route
    const locations = f.curRouted ? scanLocations() : node.nestedRoot(f.curSeg);
    const ctx = this.ctx;
    const outer = ctx.nestedEcho;
    ctx.nestedEcho = null;
    const out = redactJsonInString(value, ctx, {
      base: this.scope.base,
      path: appendJson(joinSeg(this.objectPath(), f.curSeg)),
      plan,
      depthBase: this.scope.depthBase + this.top,
      stringJsonDepth: this.scope.stringJsonDepth + 1,
      operational: f.curOp,
      locations,
    });
    const inner = ctx.nestedEcho;
    ctx.nestedEcho = outer;
    if (inner !== null) this.handEcho(f, inner);
    return out;
  }

  private nestedForm(value: string, plan: PlanNode): string | null | undefined {
    const f = this.frames[this.top] as Frame;
    return redactFormInString(value, this.ctx, {
      base: this.scope.base,
      path: appendForm(joinSeg(this.objectPath(), f.curSeg)),
      plan,
      depthBase: this.scope.depthBase + this.top,
      stringJsonDepth: this.scope.stringJsonDepth + 1,
    });
  }

  /** The discriminator `key` read ahead on the object `up` containers above the top one. */
  private readonly readDisc = (up: number, key: string): unknown => {
    const k = this.top - up;
    if (k < 1) return undefined;
    return (this.frames[k] as Frame).disc?.get(key);
  };

  private readTag(f: Frame, tag: string): void {
    const canon = canonOf(tag);
    f.tagSeen = true;
    const vendor = TAG_LOOKUP.vendorTag(canon);
    if (vendor !== undefined) {
      f.tagCat = vendor.category;
      return;
    }
    const stripped = TAG_LOOKUP.stripPrefix(canon);
    // the tag as a key: its name with a vendor prefix stripped, else as written (its words)
    const look = KEY_LOOKUP.lookupCanonical(stripped, f.keyCanon) ?? KEY_LOOKUP.lookupKey(tag, f.keyCanon);
    if (look !== null && look !== "hint") {
      f.tagCat = look;
      return;
    }
    if (look === null) f.tagPlainDigits = plainNumberKind(keyWords(tag));
    f.tagPlace = placeNameKindOf(tag);
  }

  private leafToken(f: Frame, start: number, end: number): void {
    f.lastStart = start;
    f.lastKind = KIND_TOKEN;
    if (f.curSuppress) return;
    // a room or group id written as a number (`"GroupId": 13812345678`, session 19)
    if (f.curAddressing) {
      this.readAddressingId(this.text.slice(start, end));
      return;
    }
    // Numbers are classified by their key, except under a hinting key (`device_id`, `contact`):
    // there an IMEI or a phone number written as a JSON number is found like its string form.
    const hinted = f.hint && f.catA === null;
    if (f.catA === null && f.catB === null && !hinted) return;
    const value = this.text.slice(start, end);
    // a boolean or a count is no e-mail address, phone number or name (session 17)
    if (f.catA !== null && !holdsKeyedScalar(f.catA, f.detA, value)) {
      if (f.catB === null || !holdsKeyedScalar(f.catB, f.detB, value)) return;
    }
    if (f.catA === ACCOUNT_ID && this.ctx.accountIds !== null) {
      // an account id written as a number (`"To_Account": 13812345678`) is read as its digits
      const base = this.scope.base;
      const path = this.location().location.slice(base.length);
      const named = { a: f.catA, da: f.detA, b: f.catB, db: f.detB, hint: f.hint };
      const depth = {
        depthBase: this.scope.depthBase + this.top,
        stringJsonDepth: this.scope.stringJsonDepth,
      };
      this.readAccountId(
        f,
        value,
        start,
        end,
        () => readValue(value, named, f.curPlan, this.ctx, base, path, depth).kind !== "keep",
      );
      return;
    }
    const c = hinted ? detectWeak(value) : null;
    if (f.catA === null && f.catB === null && c === null) return;
    const res = this.ctx.resolve(value, true, this.location(), f.catA, f.detA, f.catB, f.detB, c, "value");
    this.applyOutcome(f, res, start, end, true);
  }

  private finishMember(f: Frame, end: number): void {
    const idx = this.mTop - 1;
    this.mEnd[idx] = end;
    if (f.pendingDrop) {
      f.pendingDrop = false;
      // a position of a positional array keeps its place: the value becomes empty
      if (f.positional)
        this.edit(this.mStart[idx] as number, end, f.lastKind === KIND_STRING ? '""' : "null");
      // a DataTable cell's value or formatted text becomes `null`, as its labelled cells do
      else if (f.lastKind !== KIND_CONTAINER && this.inDataTableCell(idx))
        this.edit(f.lastStart, end, "null");
      else {
        this.mDrop[idx] = true;
        f.hasDrop = true;
      }
    }
    if (f.role === 2 || (f.role === 4 && f.valueIdx < 0)) {
      f.valueIdx = idx;
      f.valueGeneral = f.role === 4;
      f.valueBody = f.role === 4 && BODY_VALUE_NAMES.has(f.curCanon);
      f.valueAnswer = f.role === 2 || ANSWER_NAMES.has(f.curCanon);
      f.valueStart = f.lastStart;
      f.valueEnd = end;
      f.valueKind = f.lastKind;
      f.valueEsc = f.lastEsc;
    } else if ((f.role === 3 || f.role === 5) && f.lastKind === KIND_STRING) {
      const tags = f.generalTags;
      const at = f.generalTagsEnd;
      tags[at] = f.lastStart;
      tags[at + 1] = end;
      tags[at + 2] = (f.lastEsc ? TAG_ESCAPED : 0) | (f.role === 5 ? TAG_QUESTION : 0);
      f.generalTagsEnd = at + 3;
    } else if (idx === f.deferIdx) {
      f.deferStart = f.lastStart;
      f.deferEnd = end;
      f.deferKind = f.lastKind;
      f.deferEsc = f.lastEsc;
    }
  }

  /**
   * Whether member `idx` of the top frame is the value `v` or formatted text `f` of a DataTable
   * cell: an object in a row's `c` list, in a list of values (`rows`; session 20). Its value, if it
   * goes, becomes `null`, so the cell keeps the shape Google's DataTable reads as empty.
   */
  private inDataTableCell(idx: number): boolean {
    const key = this.mKey[idx];
    if ((key !== "v" && key !== "f") || this.top < 4) return false;
    const list = this.frames[this.top - 1] as Frame;
    const row = this.frames[this.top - 2] as Frame;
    return (
      !list.isObject &&
      list.keyCanon === "c" &&
      row.isObject &&
      (this.frames[this.top - 3] as Frame).valueList
    );
  }

  /** Resolves a member's value after the fact (pair values before their tag; deferred keys). */
  private resolveLate(
    f: Frame,
    idx: number,
    start: number,
    end: number,
    kind: number,
    esc: boolean,
    cat: CategoryKey,
    det: Detector,
    location: LocationSlot,
  ): void {
    if (this.mDrop[idx] === true || kind === KIND_NULL || kind === KIND_NONE) return;
    if (kind === KIND_CONTAINER) {
      const d = this.ctx.decide(cat);
      this.ctx.record(location, cat, d.kind === "allow" ? "keep" : "drop", det);
      if (d.kind === "deny") {
        this.mDrop[idx] = true;
        f.hasDrop = true;
      }
      return;
    }
    const value = this.scalarAt(start, end, kind, esc);
    if (
      kind === KIND_TOKEN
        ? !holdsKeyedScalar(cat, det, value)
        : det !== "schema" &&
          (cannotHoldText(cat, value) ||
            // a search filter's value, its tag after it (session 20, `filter-containers.ts`)
            (det === "tag-value" && isFilterContainer(f.keyCanon) && !hasCategoryShape(cat, value)))
    )
      return;
    const res = this.ctx.resolve(value, kind === KIND_TOKEN, location, cat, det, null, det, null, det);
    if (res.kind !== "keep" && kind === KIND_STRING) this.collectEcho(f, cat, null, value);
    if (res.kind === "drop") {
      this.mDrop[idx] = true;
      f.hasDrop = true;
    } else this.applyOutcome(f, res, start, end, false);
  }

  /**
   * Whether the deferred member of `f` is a `name` read as a person's beside a member that makes
   * `f` a thing (`{"sku": ..., "name": "Diamond Pack 680"}`, session 19): then the thing's, read
   * as text only; unless it is a listed person's name in one case (`astrid solberg`, `ASTRID`:
   * `one-case-names.ts`) or a Chinese full name (`张伟`, `王秀英`: `han-full-names.ts`, session 20),
   * which the text detectors do not read (a red team's round 9, A6).
   */
  private thingsName(f: Frame): boolean {
    if (!f.thingSibling || f.deferCat !== PERSON_NAME) return false;
    if (f.deferKind !== KIND_STRING) return true;
    const name = this.scalarAt(f.deferStart, f.deferEnd, f.deferKind, f.deferEsc);
    return !isOneCaseName(name) && !isHanFullName(name);
  }

  /**
   * Reads the value member of the object `f` as under the first of its general tags that names a
   * person's data (`{"type": "mobile", "value": ...}`, see `general-tags.ts`); true when the value
   * goes. A message's body (`content`, `data`) outside a list is a pair's value only when it is one
   * word, no sentence, link or object (session 19, a red team's round 8 R1).
   */
  private closeGeneralPair(f: Frame, inList: boolean): boolean {
    const idx = f.valueIdx;
    const kind = f.valueKind;
    if (this.mDrop[idx] === true || kind === KIND_NULL || kind === KIND_NONE) return false;
    if (
      f.valueBody &&
      !inList &&
      (kind !== KIND_STRING || isProse(this.scalarAt(f.valueStart, f.valueEnd, kind, f.valueEsc)))
    )
      return false;
    this.generalTagMemo ??= new GeneralTagMemo();
    const tags = f.generalTags;
    let cat: CategoryKey | null = null;
    for (let k = 0; k < f.generalTagsEnd && cat === null; k += 3) {
      const flags = tags[k + 2] as number;
      const question = (flags & TAG_QUESTION) !== 0;
      // a question pairs with an answer only (session 19)
      if (question && !f.valueAnswer) continue;
      const tag = this.scalarAt(
        tags[k] as number,
        tags[k + 1] as number,
        KIND_STRING,
        (flags & TAG_ESCAPED) !== 0,
      );
      cat = question ? this.generalTagMemo.question(tag) : this.generalTagMemo.category(tag);
    }
    if (cat === null) return false;
    if (
      kind === KIND_STRING &&
      cannotBePairValue(cat, this.scalarAt(f.valueStart, f.valueEnd, kind, f.valueEsc))
    )
      return false;
    const loc = this.ctx.slot(this.scope.base + joinSeg(this.objectPath(), this.mKey[idx] as string));
    this.resolveLate(f, idx, f.valueStart, f.valueEnd, kind, f.valueEsc, cat, "tag-value", loc);
    return this.mDrop[f.valueIdx] === true; // resolveLate may have dropped it
  }

  /**
   * The list of values of `holder`, the top frame, closed at `end`: kept for labels after it;
   * DataTable rows are read now when the labels came first (their cells are objects, which the
   * walker reads on their own).
   */
  private valuesClosed(holder: Frame, end: number): void {
    holder.valuesEnd = end;
    holder.valuesEditsEnd = this.eStart.length;
    if (holder.labels !== null) this.readCellsLate(holder, true);
  }

  /**
   * Reads the cells of the closed list of values of `holder`, the top frame, by its labels (see
   * `labelled-cells.ts`, session 19): a cell its label names is read as under that key and keeps
   * its place when it goes (`""`, `null`); one an edit inside the list already rewrote or removed
   * stays so. With `dataTableOnly`, only DataTable rows' cells. Each list is read so once.
   */
  private readCellsLate(holder: Frame, dataTableOnly: boolean): void {
    const at = holder.valuesAt;
    const labels = holder.labels;
    if (at < 0 || labels === null) return;
    holder.valuesAt = -1;
    // the edits inside the list by start, and how far those starting so far reach
    const edits: number[] = [];
    for (let k = holder.valuesEdits; k < holder.valuesEditsEnd; k++) edits.push(k);
    edits.sort((a, b) => (this.eStart[a] as number) - (this.eStart[b] as number));
    let next = 0;
    let reach = -1;
    const listPath = joinSeg(this.objectPath(), holder.valuesSeg);
    this.ctx.addWork(holder.valuesEnd - at, this.scope.base + listPath);
    const slots: (LocationSlot | undefined)[] = [];
    const rewritten = new Set<number>();
    visitLabelledCells(this.text, at, dataTableOnly, (column, start, end, place) => {
      const cat = labels.categories[column] ?? null;
      if (cat === null) return;
      while (next < edits.length && (this.eStart[edits[next] as number] as number) <= start)
        reach = Math.max(reach, this.eEnd[edits[next++] as number] as number);
      if (reach >= end) return;
      const isString = this.text.charCodeAt(start) === 34;
      const value = isString ? jsonStringAt(this.text, start + 1, end - 1) : this.text.slice(start, end);
      if (isString ? cannotHoldText(cat, value) : !holdsKeyedScalar(cat, "tag-value", value)) return;
      if (isString && labels.byValue[column] === true && !hasCategoryShape(cat, value)) return;
      let slot = slots[place];
      if (slot === undefined) {
        slot = this.ctx.slot(this.scope.base + cellPath(listPath, place));
        slots[place] = slot;
      }
      const res = this.ctx.resolve(
        value,
        !isString,
        slot,
        cat,
        "tag-value",
        null,
        "tag-value",
        null,
        "tag-value",
      );
      if (res.kind === "keep") return;
      if (isString) {
        this.collectEcho(holder, cat, null, value);
        rewritten.add(start);
      }
      // a DataTable cell's value is `null` whatever its column's type (`""` is no number or date)
      if (res.kind === "drop") this.edit(start, end, isString && place < CELL_VALUE ? '""' : "null");
      else this.applyOutcome(holder, res, start, end, false);
    });
    // a cell read so is no free text of the record any more (its words are not searched again)
    if (rewritten.size === 0) return;
    const texts = this.texts;
    for (let k = holder.textsBase; k < this.textsTop; k += 4)
      if (rewritten.has(texts[k + 1] as number)) texts[k] = DEAD_TEXT;
  }

  /**
   * Reads the value of the form answer `f`, the top frame, as its field's `ref` names it, as a key
   * would (Typeform's webhooks, session 20, `json/form-answers.ts`): `{"type": "date", "date":
   * "1990-05-17", "field": {"ref": "birthday"}}` loses its date; a `ref` naming nothing (a UUID,
   * `feedback`) names no answer.
   */
  private closeFormAnswer(f: Frame): void {
    const text = this.text;
    const answer = readFormAnswer(text, f.openAt, f.answerFieldAt, (chars) =>
      this.ctx.addWork(chars, this.scope.base + this.scope.path),
    );
    if (answer === null) return;
    const look = KEY_LOOKUP.lookupKey(answer.ref, "");
    if (look === null || look === "hint") return;
    for (let idx = f.memberBase; idx < this.mTop; idx++) {
      if (this.mKey[idx] !== answer.valueKey) continue;
      const start = memberValueStart(text, this.mStart[idx] as number);
      const end = this.mEnd[idx] as number;
      const c = text.charCodeAt(start);
      const kind =
        c === 34 ? KIND_STRING : c === 123 || c === 91 ? KIND_CONTAINER : c === 110 ? KIND_NULL : KIND_TOKEN;
      const esc = kind === KIND_STRING && text.slice(start, end).includes("\\");
      const loc = this.ctx.slot(this.scope.base + joinSeg(this.objectPath(), answer.valueKey));
      this.resolveLate(f, idx, start, end, kind, esc, look, "tag-value", loc);
      return;
    }
  }

  /** Path template of the top container (cached per container). */
  private objectPath(): string {
    let k = this.top;
    while (k > 0 && (this.frames[k] as Frame).path === null) k--;
    let out = k === 0 ? this.scope.path : ((this.frames[k] as Frame).path as string);
    for (k++; k <= this.top; k++) {
      const f = this.frames[k] as Frame;
      out = joinSeg(out, f.segment);
      f.path = out;
    }
    return out;
  }

  /** Closes the top container, whose text ends before `end`. */
  private close(end: number): void {
    const f = this.frames[this.top] as Frame;
    let dropWhole = false;
    if (!f.suppress && f.isObject) {
      let paired = false;
      // a pair whose value goes goes whole in a list of pairs; elsewhere only its value does, and
      // a document is never dropped whole to `null` (session 19, a red team's round 8 R1)
      const inList = this.top >= 2 && !(this.frames[this.top - 1] as Frame).isObject;
      if (f.tagSeen && f.valueIdx >= 0 && !f.valueGeneral) {
        paired = f.tagCat !== null;
        if (!f.valueResolved && f.tagCat !== null) {
          const loc = this.ctx.slot(
            this.scope.base + joinSeg(this.objectPath(), this.mKey[f.valueIdx] as string),
          );
          this.resolveLate(
            f,
            f.valueIdx,
            f.valueStart,
            f.valueEnd,
            f.valueKind,
            f.valueEsc,
            f.tagCat,
            "tag-value",
            loc,
          );
        }
        // a pair whose value or whose tag goes goes whole: an item without its `Key` is no pair
        // (Tencent's AppMemberDefinedData refuses one; session 17, a red team's round 6 F3)
        dropWhole =
          this.top >= 2 &&
          (this.mDrop[f.valueIdx] === true || (f.tagIdx >= 0 && this.mDrop[f.tagIdx] === true));
      } else if (f.deferCat !== null && f.deferIdx >= 0 && !this.thingsName(f)) {
        const loc = this.ctx.slot(
          this.scope.base + joinSeg(this.objectPath(), this.mKey[f.deferIdx] as string),
        );
        this.resolveLate(
          f,
          f.deferIdx,
          f.deferStart,
          f.deferEnd,
          f.deferKind,
          f.deferEsc,
          f.deferCat,
          "key",
          loc,
        );
      }
      // beside other members (`seq`, `status`) a message's body is no pair's value, and a value
      // that goes leaves the record (`{"id": 12, "type": "mobile", "value": ..., "contact_id": 5}`)
      if (
        !paired &&
        f.generalTagsEnd > 0 &&
        f.valueIdx >= 0 &&
        !(f.strangers && f.valueBody) &&
        this.closeGeneralPair(f, inList) &&
        inList &&
        !f.strangers
      )
        dropWhole = true;
    }
    if (f.answerFieldAt >= 0 && !f.suppress) this.closeFormAnswer(f);
    // an entry whose value goes goes whole, as a member would: no `["user_name"]` is left
    if (
      f.entry &&
      f.count === 2 &&
      (f.entryCat !== null || f.entryHint) &&
      this.mDrop[f.memberBase + 1] === true
    )
      dropWhole = true;
    const echo = f.echo;
    if (this.textsTop > f.textsBase) {
      // a frame that is part of the record around it hands its text up unsearched: the names it
      // holds go up too (below), so the record searches each text once, with all its names
      if (!dropWhole && this.top >= 2 && this.partOfRecordAround(f)) this.handTextsUp(f);
      else {
        if (echo !== null && !dropWhole) this.redactEchoes(f, echo);
        this.textsTop = f.textsBase;
      }
    }
    if (echo !== null) {
      // the names of a record also stand for the free text of the objects around it
      if (this.top >= 2) this.handEcho(this.frames[this.top - 1] as Frame, echo);
      // a document inside a string hands its names to the object around the string
      else if (this.scope.stringJsonDepth > 0) this.ctx.nestedEcho = echo;
      f.echo = null;
    }
    if (!dropWhole && f.hasDrop) this.removeMembers(f);
    this.mTop = f.memberBase;
    this.top--;
    if (f.valueList) this.valuesClosed(this.frames[this.top] as Frame, end);
    if (!dropWhole && f.placeArray !== 0) dropWhole = this.placeArrayDropped(f, end);
    if (dropWhole) (this.frames[this.top] as Frame).pendingDrop = true;
    (this.frames[this.top] as Frame).lastKind = KIND_CONTAINER;
  }

  /**
   * Reads `f`, an array under a key that names a place and now closed at `end`, as coordinates
   * (`[10.7522, 59.9139]`, a track of such pairs; session 17, `place-keys.ts`): when it is, records
   * it at its member and returns true when the policy drops it. The top frame is the array's parent.
   */
  private placeArrayDropped(f: Frame, end: number): boolean {
    if (!isPlacedArray(this.text.slice(f.openAt, end), f.placeArray)) return false;
    const d = this.ctx.decide(LOCATION);
    this.ctx.record(this.location(), LOCATION, d.kind === "allow" ? "keep" : "drop", "key");
    return d.kind === "deny";
  }

  /** Edits that remove the dropped members of a container, each with the right comma. */
  private removeMembers(f: Frame): void {
    const base = f.memberBase;
    const top = this.mTop;
    let kept = -1;
    for (let k = base; k < top; k++) {
      if (!this.mDrop[k]) {
        kept = k;
        break;
      }
    }
    if (kept === -1) {
      this.edit(this.mStart[base] as number, this.mEnd[top - 1] as number, "");
      return;
    }
    for (let k = base; k < top; k++) {
      if (!this.mDrop[k]) continue;
      if (k > kept) this.edit(this.mEnd[k - 1] as number, this.mEnd[k] as number, "");
      else this.edit(this.mStart[k] as number, this.mStart[k + 1] as number, "");
    }
  }

  /** Applies the edits to the original text once; nested edits inside a removed span are skipped. */
  private splice(): string | null {
    const count = this.eStart.length;
    if (count === 0) return null;
    const order = this.editOrder(count);
    const text = this.text;
    let out = "";
    let pos = 0;
    for (let k = 0; k < count; k++) {
      const e = order[k] as number;
      const s = this.eStart[e] as number;
      if (s < pos) continue;
      out += text.slice(pos, s) + (this.eText[e] as string);
      pos = this.eEnd[e] as number;
    }
    return out + text.slice(pos);
  }

  /**
   * The edits by start; for the same start, the wider first (it contains the other). They arrive
   * nearly in that order (only a container's member removals come after the edits inside it), so
   * an insertion sort does it in about one pass; past a budget of moves it hands over to a full
   * sort, so no arrangement of edits costs quadratic time.
   */
  private editOrder(count: number): Int32Array {
    const starts = this.eStart;
    const ends = this.eEnd;
    const order = new Int32Array(count);
    for (let k = 0; k < count; k++) order[k] = k;
    let budget = 8 * count;
    for (let k = 1; k < count; k++) {
      const x = order[k] as number;
      const xs = starts[x] as number;
      const xe = ends[x] as number;
      let j = k - 1;
      for (; j >= 0; j--) {
        const y = order[j] as number;
        const ys = starts[y] as number;
        if (ys < xs || (ys === xs && (ends[y] as number) >= xe)) break;
        order[j + 1] = y;
        if (--budget === 0) return this.sortedEditOrder(count);
      }
      order[j + 1] = x;
    }
    return order;
  }

  private sortedEditOrder(count: number): Int32Array {
    const starts = this.eStart;
    const ends = this.eEnd;
    const order = Array.from({ length: count }, (_, k) => k);
    order.sort(
      (a, b) => (starts[a] as number) - (starts[b] as number) || (ends[b] as number) - (ends[a] as number),
    );
    return Int32Array.from(order);
  }
}
