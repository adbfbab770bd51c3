/**
 * Query strings and form bodies: `&`-separated pairs, kept in order with repeated keys. Each pair
 * is decoded (percent-encoding, `+` as space) only to classify it; a pair that stays is copied
 * with its original encoding, an edited value keeps the original encoding of what did not change
 * and has the rest percent-encoded (`pair-encoding.ts`), a dropped pair disappears with its `&`.
 * The same code redacts a form document held inside a string (`#form` in a plan).
 *
 * A value's `;` parameters (`event=X;ph=4741234567`) are read as pairs too, and one the recipient
 * may not receive is removed from the value (session 16).
 *
 * A pair list is one record: the words of a name one pair holds are redacted where another
 * pair's free text repeats them (`UserName=Ingrid%20Solberg&MessageContent=Ingrid%20here`), as
 * in a JSON object (see `echo.ts`).
 */

import { allDigits, appendKey, type CategoryKey } from "@kago/personal-data";
import { guardAddressingId, refuseChangedAddressingId } from "./addressing-ids.js";
import { canonicalKey } from "./canonical-key.js";
import { abort, type RedactionContext } from "./context.js";
import { collectName, type EchoSet } from "./echo.js";
import { activeVariant, isTextField, memberPlan, type PlanNode, routedPlan } from "./field-plan.js";
import { readFormPairTags } from "./form-pair-tags.js";
import { containerEnd } from "./json/discriminators.js";
import type { JsonScope } from "./json/redact-json.js";
import { KEY_LOOKUP } from "./key-table.js";
import { cannotHoldText } from "./keyed-scalars.js";
import { lookIntoString } from "./nested-look.js";
import { reencodeValue } from "./pair-encoding.js";
import { keepPersonalKey, personalKey } from "./personal-key.js";
import { isMeasuredPair, isPlacedValue, LOCATION, placeNameKindOf } from "./place-keys.js";
import { namesPlainNumber } from "./plain-number-keys.js";
import { parameterCategory, semicolonParameters } from "./semicolon-parameters.js";
import { redactText } from "./text.js";
import type { Detector } from "./transfer.js";
import { scanValue } from "./value-scan.js";

/** A pair whose value is free text, as forwarded so far: where a name's words may be repeated. */
interface TextPair {
  /** Its index in the output pairs. */
  readonly at: number;
  readonly rawKey: string;
  readonly rawValue: string;
  readonly decoded: string;
  /** The decoded value as it will be sent (after its own spans were redacted). */
  readonly current: string;
  readonly location: string;
}

/** Which kind of pair list: it decides the error code and the location prefix. */
export type PairsKind = "query" | "form";

/** Where a pair list stands: a part of the transfer (`query:`, `body:`) or a string inside one. */
export interface PairsScope {
  readonly base: string;
  /** Path template of the string holding the document (`batch#json[].body#form`), `""` at the top. */
  readonly path: string;
  /** Container depth of the enclosing JSON, and JSON/form-in-string levels around this document. */
  readonly depthBase: number;
  readonly stringJsonDepth: number;
}

function decodeComponent(raw: string, kind: PairsKind, location: string): string {
  if (raw.indexOf("%") === -1 && raw.indexOf("+") === -1) return raw;
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return abort(kind === "query" ? "invalid_query_encoding" : "invalid_form_encoding", location);
  }
}

/**
 * A pair whose value is written as raw JSON, `=[` or `={` (facebook-nodejs-business-sdk writes a
 * Graph batch sub-request's body so: `data=[{"event_source_url":"https://x/?a=1&b=2",...}]`).
 */
const RAW_JSON_VALUE = /=[[{]/;

/**
 * The `&`-separated pairs of `text`, except that a value written as raw JSON whose brackets close
 * exactly at a later `&` or at the end (an `&` inside one of its strings) stays one pair (session
 * 15). Split at every `&`, such a value was no JSON and its members (hashed e-mails, ids, device
 * fields) were read as plain text. A value starting inside text an earlier value's brackets were
 * already matched over (or that never closed) is not tried, so every character is scanned at most
 * once.
 */
function pairParts(text: string): string[] {
  if (!RAW_JSON_VALUE.test(text)) return text.split("&");
  const parts: string[] = [];
  let start = 0;
  let scannedTo = 0;
  let eq = text.indexOf("="); // the first `=` at or after `start`, looked for again once passed
  while (start <= text.length) {
    let amp = text.indexOf("&", start);
    if (amp === -1) amp = text.length;
    if (eq !== -1 && eq < start) eq = text.indexOf("=", start);
    const lead = eq === -1 || eq >= amp || eq < scannedTo ? 0 : text.charCodeAt(eq + 1);
    if (lead === 91 || lead === 123) {
      const end = containerEnd(text, eq + 1);
      scannedTo = end === -1 ? text.length : end;
      if (end > amp && (end === text.length || text.charCodeAt(end) === 38)) amp = end;
    }
    parts.push(text.slice(start, amp));
    start = amp + 1;
  }
  return parts;
}

/**
 * A value decoded for a look only (a tag's): `""` when its encoding is invalid, which the pair's
 * own reading reports at its location.
 */
function decodeLeniently(raw: string): string {
  if (raw.indexOf("%") === -1 && raw.indexOf("+") === -1) return raw;
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return "";
  }
}

/** The key of a pair as written: all of it before its first `=`. */
function keyOf(part: string): string {
  const eq = part.indexOf("=");
  return eq === -1 ? part : part.slice(0, eq);
}

/** The decoded values of the discriminator pairs a conditional tag reads (first occurrence). */
function readDiscriminators(
  parts: readonly string[],
  keys: readonly string[],
  kind: PairsKind,
  location: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = decodeComponent(part.slice(0, eq), kind, location);
    if (keys.includes(key) && !out.has(key))
      out.set(key, decodeComponent(part.slice(eq + 1), kind, location));
  }
  return out;
}

/** Redacts a query string or form body. Returns the new text, or `null` when unchanged. */
export function redactPairs(
  text: string,
  kind: PairsKind,
  ctx: RedactionContext,
  plan: PlanNode | undefined,
  scope: PairsScope = {
    base: kind === "query" ? "query:" : "body:",
    path: "",
    depthBase: 0,
    stringJsonDepth: 0,
  },
): string | null {
  if (text === "") return null;
  const prefix = scope.base;
  ctx.addWork(text.length, prefix + scope.path);
  const parts = pairParts(text);
  const keys = plan?.discriminators;
  const disc = keys != null ? readDiscriminators(parts, keys, kind, prefix + scope.path) : null;
  // a pair is a member of this document: only conditions on the document itself (up 0) can hold
  const read = (up: number, key: string): unknown => (up === 0 ? disc?.get(key) : undefined);
  let changed = false;
  const out: string[] = [];
  let echo: EchoSet | null = null;
  const texts: TextPair[] = [];
  const decodedKeys = parts.map((part) =>
    part === "" ? null : decodeComponent(keyOf(part), kind, prefix + scope.path),
  );
  // pairs named by a tag pair beside them (`attr[0][name]=email&attr[0][value]=...`, session 19)
  const tagged = readFormPairTags(decodedKeys, (i) => {
    const part = parts[i] as string;
    return decodeLeniently(part.slice(keyOf(part).length + 1));
  });
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    const key = decodedKeys[index];
    if (key == null) {
      out.push(part);
      continue;
    }
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const personal = personalKey(key);
    const path = appendKey(scope.path, personal?.segment ?? key);
    const location = prefix + path;
    ctx.addKey(location);
    if (personal !== null && !keepPersonalKey(ctx, personal, ctx.slot(location))) {
      changed = true; // a parameter named by personal data goes whole
      continue;
    }
    if (eq === -1) {
      out.push(part);
      continue;
    }
    // `;` parameters inside the value the recipient may not receive go first (session 16)
    const withoutParameters = redactValueParameters(part.slice(eq + 1), kind, ctx, scope, location);
    if (withoutParameters !== null) changed = true;
    const rawValue = withoutParameters ?? part.slice(eq + 1);
    const value = decodeComponent(rawValue, kind, location);
    const node = memberPlan(plan, key);
    const variant = node?.variants != null ? activeVariant(node, read) : null;
    const schemaCat = variant !== null ? variant.category : (node?.category ?? null);
    const operational = variant !== null ? variant.operational : node?.operational === true;
    // a tag pair's value is a field's name (`attr[0][name]=email`), not a person's
    const look = operational || tagged?.tags.has(index) === true ? null : lookupPairKey(key);
    const tagCat = tagged?.named.get(index) ?? null;
    // `true`, `false` or a count under a contact's key (`notify.email=true`, `iPhone=42` in SLS web
    // tracking) is no e-mail address, phone number or name (session 17, `keyed-scalars.ts`)
    const keyCat = look === "hint" || (look !== null && cannotHoldText(look, value)) ? null : look;
    const pairCat = keyCat === null && tagCat !== null && !cannotHoldText(tagCat, value) ? tagCat : null;
    const keyDet: Detector = pairCat !== null ? "tag-value" : "key";
    // a geohash, a plus code or a polyline under a place's key (`geohash=u4xsudvy`, session 18)
    // (a value shorter than any code is not looked at)
    const place =
      schemaCat === null && keyCat === null && !operational && value.length >= 6 ? placeNameKindOf(key) : 0;
    const placed = isPlacedValue(place, value) ? LOCATION : null;
    const a = schemaCat ?? keyCat ?? pairCat ?? placed;
    // two numbers under a measure's key (`scale=120.123456,30.123456`) are that measure (session 18)
    if (a === null && look === null && isMeasuredPair(place, value)) {
      out.push(withoutParameters === null ? part : `${rawKey}=${rawValue}`);
      continue;
    }
    // a room or group id goes as it came or not at all (sessions 18 and 19, `addressing-ids.ts`)
    if (schemaCat === null && node?.addressingId === true) {
      refuseChangedAddressingId(withoutParameters !== null, location);
      guardAddressingId(ctx, value, prefix, path);
      out.push(part);
      continue;
    }
    const b = schemaCat !== null && keyCat !== schemaCat ? keyCat : null;
    // digits alone under a thing's identifier the key table does not know (`order_id=13812345678`)
    // are that thing's number: read as an operational field's value (session 16); so are those
    // under a quantity's key (`bytes_sent=13812345678`, session 17)
    const structural =
      schemaCat === null &&
      (operational || (look === null && allDigits(value, 0, value.length) && namesPlainNumber(key)));
    // text the app writes keeps its place (session 19, `PlanNode.text`)
    const appText = schemaCat === null && node !== undefined && isTextField(node, read);
    const outcome = scanValue(
      value,
      {
        a,
        da: schemaCat !== null ? "schema" : keyDet,
        b,
        db: keyDet,
        hint: look === "hint",
        structural,
        text: appText,
      },
      node?.routes != null ? routedPlan(node, read) : node,
      ctx,
      prefix,
      path,
      scope,
    );
    if (outcome.kind !== "keep") echo = collectName(echo, ctx, a, b, value);
    if (outcome.kind === "drop") {
      changed = true;
      continue;
    }
    const current = outcome.kind === "replace" ? outcome.value : value;
    if (a === null && b === null && look !== "hint" && !structural)
      texts.push({ at: out.length, rawKey, rawValue, decoded: value, current, location });
    if (outcome.kind === "keep") out.push(withoutParameters === null ? part : `${rawKey}=${rawValue}`);
    else {
      changed = true;
      out.push(`${rawKey}=${reencodeValue(rawValue, value, current)}`);
    }
  }
  if (echo !== null && redactEchoedPairs(texts, echo, out, ctx)) changed = true;
  return changed ? out.join("&") : null;
}

/**
 * `rawValue`, a pair's value as written, without the `;` parameters in it (`T;ph=4741234567`, see
 * `semicolon-parameters.ts`) that the recipient may not receive, each classified as the pair
 * `<key>=<value>` would be, at that key's location; a changed one is written back in its own
 * encoding. `null` when none changed, so the value's bytes stay. `location` is the pair's, at
 * which an invalid escape is reported.
 */
function redactValueParameters(
  rawValue: string,
  kind: PairsKind,
  ctx: RedactionContext,
  scope: PairsScope,
  location: string,
): string | null {
  const parameters = semicolonParameters(rawValue);
  let out = "";
  let from = 0;
  for (const parameter of parameters) {
    const key = decodeComponent(parameter.rawKey, kind, location);
    const value = decodeComponent(parameter.rawValue, kind, location);
    const category = parameterCategory(key, value);
    if (category === null) continue;
    const path = appendKey(scope.path, key);
    ctx.addKey(scope.base + path);
    const named = { a: category, da: "key", b: null, db: "key", hint: false } as const;
    const outcome = scanValue(value, named, undefined, ctx, scope.base, path, scope);
    if (outcome.kind === "keep") continue;
    out += rawValue.slice(from, parameter.start);
    if (outcome.kind === "replace")
      out += `;${parameter.rawKey}=${reencodeValue(parameter.rawValue, value, outcome.value)}`;
    from = parameter.end;
  }
  return from === 0 ? null : out + rawValue.slice(from);
}

/** The words of `echo` redacted in the free-text pairs `texts` of `out`; true when one changed. */
function redactEchoedPairs(
  texts: readonly TextPair[],
  echo: EchoSet,
  out: string[],
  ctx: RedactionContext,
): boolean {
  let changed = false;
  for (const t of texts) {
    const spans = echo.find(t.current);
    if (spans === null) continue;
    const next = redactText(t.current, spans, ctx, ctx.textSlot(ctx.slot(t.location)), false, "echo");
    if (next === null) continue;
    out[t.at] = `${t.rawKey}=${reencodeValue(t.rawValue, t.decoded, next)}`;
    changed = true;
  }
  return changed;
}

/**
 * A form document inside a string (`#form` in the plan): the new document text, `null` when
 * unchanged, `undefined` when the string is not valid form encoding (its findings are rolled back
 * and the caller treats it as text). `scope.stringJsonDepth` counts this level.
 */
export function redactFormInString(
  value: string,
  ctx: RedactionContext,
  scope: JsonScope,
): string | null | undefined {
  return lookIntoString(ctx, scope, "invalid_form_encoding", () =>
    redactPairs(value, "form", ctx, scope.plan, scope),
  );
}

/** A key in bracket notation, `base[a][b]`: its segments are `base`, `a`, `b`. */
const BRACKETED = /^[^[\]]+(?:\[[^[\]]*\])+$/;

/**
 * The key table's answer for a query or form key. A key in bracket notation (`user[email]`,
 * `data[0][user_data][ct]`), which PHP, Rails and Node's `qs` parse as nested fields, is looked
 * up by its last named segment under the one before it, as a JSON member would be. A key with a
 * `;` unknown as a whole is looked up by what follows its last `;`.
 */
function lookupPairKey(key: string): CategoryKey | "hint" | null {
  const look = lookupNamedKey(key);
  if (look !== null) return look;
  // the key after a `;`, which frameworks that split a query at `;` read alone (`a;uid=...`, session 16)
  const semi = key.lastIndexOf(";");
  return semi === -1 || semi === key.length - 1 ? null : lookupNamedKey(key.slice(semi + 1));
}

/** {@link lookupPairKey} of a key without `;`. */
function lookupNamedKey(key: string): CategoryKey | "hint" | null {
  if (key.charCodeAt(key.length - 1) !== 93 || !BRACKETED.test(key)) return KEY_LOOKUP.lookupKey(key, "");
  const named = key.split(/[[\]]+/).filter((s) => s !== "" && !/^\d+$/.test(s));
  const name = named[named.length - 1];
  if (name === undefined) return null;
  const parent = named[named.length - 2];
  return KEY_LOOKUP.lookupKey(name, parent === undefined ? "" : canonicalKey(parent));
}
