/**
 * Classification of one decoded string value outside JSON (a query or form value, a header, a
 * cookie): its categories by name and by value, then JSON inside it, then free-text spans, then
 * the text it encodes in base64 or hex.
 */
import {
  appendBase64,
  appendForm,
  appendHex,
  appendJson,
  type CategoryKey,
  HAS_TOKEN_RUN,
  ONLY_TOKEN_CHARS,
  TOKEN_RUN,
} from "@kago/personal-data";
import { ACCOUNT_ID, guardAccountId } from "./account-ids.js";
import { abort, placeholder, type RedactionContext } from "./context.js";
import { charFlags, detectStrong, detectWeak } from "./detectors/index.js";
import { type EncodedText, encodedText, mayStartEncodedText, type TextEncoding } from "./encoded-text.js";
import type { PlanNode } from "./field-plan.js";
import { looksLikeJson, redactJsonInString } from "./json/redact-json.js";
import { JWT_CLAIMS_PLAN, JWT_PAYLOAD_PLAN } from "./jwt-claims.js";
import { redactFormInString } from "./pairs.js";
import { pasetoAround } from "./paseto.js";
import { findSpansInViews } from "./percent-view.js";
import { sealedToken, signedRequestStart } from "./signed-tokens.js";
import { redactRewritten, redactText } from "./text.js";
import type { Detector } from "./transfer.js";

/** What to do with a scanned value: keep it, drop it, or replace it with a new decoded value. */
export type ValueOutcome =
  | { readonly kind: "keep" }
  | { readonly kind: "drop" }
  | { readonly kind: "replace"; readonly value: string };

const KEEP: ValueOutcome = { kind: "keep" };
const DROP: ValueOutcome = { kind: "drop" };

/** The categories a name gives a value: schema tag and/or key table, or a hint. */
export interface NamedCategories {
  readonly a: CategoryKey | null;
  readonly da: Detector;
  readonly b: CategoryKey | null;
  readonly db: Detector;
  readonly hint: boolean;
  /** The field is operational: only structural detectors run (no IMEI, no phone without `+`). */
  readonly structural?: boolean;
  /**
   * The field is text the app writes (session 19, `PlanNode.text`): a whole value a detector
   * finds that must go is replaced by its placeholder, so the field keeps its place.
   */
  readonly text?: boolean;
}

/** How deep the value already stands: enclosing JSON containers and document-in-string levels. */
export interface ValueDepth {
  readonly depthBase: number;
  readonly stringJsonDepth: number;
}

const TOP: ValueDepth = { depthBase: 0, stringJsonDepth: 0 };

/**
 * Scans one decoded value standing at `base` + `path` (`query:` + `data`): its whole-value
 * categories, then a form document inside it (`#form` in the plan), then JSON inside it, then
 * free-text spans, and when there are none, the text it encodes in base64 or hex ({@link scanEncoded}).
 * An account id the recipient receives (`named.a` is `account.id`) is kept or replaced whole
 * (session 15, `account-ids.ts`): when the reading would change it, it is replaced by its
 * pseudonym or the transfer is refused, as the recipient's policy says.
 */
export function scanValue(
  value: string,
  named: NamedCategories,
  plan: PlanNode | undefined,
  ctx: RedactionContext,
  base: string,
  path: string,
  depth: ValueDepth = TOP,
): ValueOutcome {
  if (named.a === ACCOUNT_ID && ctx.accountIds !== null)
    return guardAccountId(
      ctx,
      value,
      base + path,
      named.da,
      () => readValue(value, named, plan, ctx, base, path, depth).kind !== "keep",
    );
  return readValue(value, named, plan, ctx, base, path, depth);
}

/** {@link scanValue}'s reading of a value, without the account-id rule (the JSON scanner applies its own). */
export function readValue(
  value: string,
  named: NamedCategories,
  plan: PlanNode | undefined,
  ctx: RedactionContext,
  base: string,
  path: string,
  depth: ValueDepth = TOP,
): ValueOutcome {
  const location = base + path;
  const flags = charFlags(value);
  const structural = named.structural === true;
  const strong = detectStrong(value, flags, structural);
  const c = strong ?? (named.hint && named.a === null ? detectWeak(value, true) : null);
  if (named.a !== null || named.b !== null || c !== null) {
    const res = ctx.resolve(
      value,
      false,
      ctx.slot(location),
      named.a,
      named.da,
      named.b,
      named.db,
      c,
      "value",
    );
    if (res.kind === "drop")
      return named.text === true && named.a === null && named.b === null && c !== null
        ? { kind: "replace", value: placeholder(c) }
        : DROP;
    if (res.kind === "replace") return { kind: "replace", value: res.value };
    if (c !== null) return KEEP;
  }
  const formPlan = plan?.children.get("#form");
  if (formPlan !== undefined) {
    const form = redactFormInString(value, ctx, {
      base,
      path: appendForm(path),
      plan: formPlan,
      depthBase: depth.depthBase,
      stringJsonDepth: depth.stringJsonDepth + 1,
    });
    if (form !== undefined) return form === null ? KEEP : { kind: "replace", value: form };
  }
  if (looksLikeJson(value)) {
    const nested = redactJsonInString(value, ctx, {
      base,
      path: appendJson(path),
      plan: plan?.children.get("#json"),
      depthBase: depth.depthBase,
      stringJsonDepth: depth.stringJsonDepth + 1,
      operational: structural,
    });
    if (nested !== undefined) return nested === null ? KEEP : { kind: "replace", value: nested };
  }
  const spans = findSpansInViews(value, flags, structural);
  const encodedScope: EncodedScope = { base, path, depth, structural };
  if (spans === null) {
    const whole = scanEncoded(value, plan, ctx, encodedScope);
    if (whole !== undefined) return whole;
  }
  const out = redactFreeText(value, flags, spans, ctx, encodedScope, spans === null);
  return out === null ? KEEP : { kind: "replace", value: out };
}

/**
 * Free text standing at `scope.base` + `scope.path`, with profile `flags` and the `spans` found
 * in it: the spans redacted, then the base64 and hex tokens inside it read ({@link
 * redactTextTokens}), and the text they changed searched again. `triedWhole`: the whole text was
 * already read as one encoded value. The rewritten text, or `null` when nothing changed. A value's
 * text ({@link readValue}) and a plain-text body (`redactor.ts`; session 18: until then a body's
 * base64 tokens went unread) are read so.
 */
export function redactFreeText(
  text: string,
  flags: number,
  spans: ReturnType<typeof findSpansInViews>,
  ctx: RedactionContext,
  scope: EncodedScope,
  triedWhole: boolean,
): string | null {
  // the slot only when something is decided there: most values reach this point clean
  const textLocation = `${scope.base}${scope.path}~text`;
  const structural = scope.structural;
  const spanned = spans === null ? null : redactText(text, spans, ctx, ctx.slot(textLocation), structural);
  const tokens = mayHoldTokens(flags, triedWhole) ? redactTextTokens(spanned ?? text, ctx, scope) : null;
  return tokens === null
    ? spanned
    : redactRewritten(tokens, ctx, ctx.slot(textLocation), structural, (t) =>
        redactTextTokens(t, ctx, scope),
      );
}

const UNNAMED: NamedCategories = { a: null, da: "value", b: null, db: "value", hint: false };
const UNNAMED_STRUCTURAL: NamedCategories = { ...UNNAMED, structural: true };

/** Where an encoded value stands: the location prefix and path template, its depth, and whether it is operational. */
export interface EncodedScope {
  readonly base: string;
  readonly path: string;
  readonly depth: ValueDepth;
  /** Operational field: only structural detectors run inside (see {@link NamedCategories}). */
  readonly structural: boolean;
}

/**
 * What `value` encodes ({@link encodedText}), compressed text included within what is left of the
 * transfer's `maxInflatedBytes`, which it then uses up.
 */
export function readEncoded(value: string, ctx: RedactionContext, location: string): EncodedText | null {
  const encoded = encodedText(value, { bytes: ctx.limits.maxInflatedBytes - ctx.inflated, location });
  if (encoded !== null) ctx.inflated += encoded.inflated;
  return encoded;
}

/** The depth one level of encoded text down, checked against the limit, with its decoded size counted as work. */
function encodedDepth(ctx: RedactionContext, location: string, depth: ValueDepth, chars: number): ValueDepth {
  const stringJsonDepth = depth.stringJsonDepth + 1;
  if (stringJsonDepth > ctx.limits.maxStringJsonDepth) abort("too_deep", location);
  ctx.addWork(chars, location);
  return { depthBase: depth.depthBase, stringJsonDepth };
}

/** The path segment of text found in `encoding` (`#base64`, `#hex`) after `path`. */
function appendEncoding(path: string, encoding: TextEncoding): string {
  return encoding === "hex" ? appendHex(path) : appendBase64(path);
}

/**
 * A string that encodes text in base64 or base64url (see `base64-text.ts`), a JWT whose payload
 * does, or a hex string of text (`hex-text.ts`): the text is scanned as a value of its own at
 * `path#base64` or `path#hex` (so JSON in it is `path#base64#json`, spans in it
 * `path#base64~text`; the plan's `#base64` or `#hex` child applies), and a changed text is encoded
 * back in the string's own form (alphabet and padding, or letter case; an unsecured JWT keeps its
 * header). A JWT's payload is read with the plan of its registered claims (`jwt-claims.ts`), and a
 * signed one whose claims change is replaced whole (`signed-tokens.ts`, session 18). `undefined` when
 * `value` encodes no text. One level of the document-in-string depth, like JSON in a string:
 * deeper than the limit is `too_deep`.
 */
export function scanEncoded(
  value: string,
  plan: PlanNode | undefined,
  ctx: RedactionContext,
  scope: EncodedScope,
): ValueOutcome | undefined {
  if (!mayStartEncodedText(value)) return undefined;
  const { base } = scope;
  // compressed base64 is refused past the inflation budget at the place its text would stand
  const encoded = readEncoded(value, ctx, base + appendBase64(scope.path));
  if (encoded === null) return undefined;
  const inner = appendEncoding(scope.path, encoded.encoding);
  const mark = encoded.signed ? ctx.begin() : -1;
  if (encoded.claims) ctx.tokenClaims++;
  try {
    // `#base64`, `#hex`: see `TextEncoding`; a token's claims by their registered names
    const textPlan =
      plan?.children.get(`#${encoded.encoding}`) ?? (encoded.claims ? JWT_PAYLOAD_PLAN : undefined);
    // a token's claims and header are the issuer's JSON, read in full even in an operational
    // field (a phone `kid` in `Authorization: Bearer` passed: red team round 11 O2)
    const named = scope.structural && !encoded.claims ? UNNAMED_STRUCTURAL : UNNAMED;
    const chars = encoded.text.length + (encoded.covered?.length ?? 0);
    const depth = encodedDepth(ctx, base + inner, scope.depth, chars);
    // a token's header or footer first, as it is written, then its claims
    const covered =
      encoded.covered === undefined
        ? KEEP
        : scanValue(encoded.covered, named, textPlan, ctx, base, inner, depth);
    const outcome = scanValue(encoded.text, named, textPlan, ctx, base, inner, depth);
    if (outcome.kind === "keep" && covered.kind === "keep") return KEEP;
    const sealed = mark === -1 ? null : sealedToken(ctx, mark);
    if (sealed !== null) return { kind: "replace", value: sealed };
    if (outcome.kind === "drop" || covered.kind === "drop") return DROP;
    const text = outcome.kind === "replace" ? outcome.value : encoded.text;
    return {
      kind: "replace",
      value: encoded.rewrite(text, covered.kind === "replace" ? covered.value : undefined),
    };
  } finally {
    if (encoded.claims) ctx.tokenClaims--;
    if (mark !== -1) ctx.end();
  }
}

/**
 * Whether text with profile `flags` is worth searching for base64 tokens: it has a run of 16
 * base64 characters, and is not one such run that was already tried as a whole value
 * (`triedWhole`: {@link scanEncoded} saw it and found no text in it).
 */
export function mayHoldTokens(flags: number, triedWhole: boolean): boolean {
  if ((flags & HAS_TOKEN_RUN) === 0) return false;
  return !(triedWhole && (flags & ONLY_TOKEN_CHARS) !== 0);
}

/**
 * A base64 token inside free text (a JWT or an encoded document in a log line): at least
 * `TOKEN_RUN` (16) characters, 12 bytes (`a@example.cn`), not glued to other token characters;
 * a JWT's two dots and segments included. A run may start after a `.` (`host.ZXJp...`). Searched only in text whose profile has
 * `HAS_TOKEN_RUN`.
 */
const TEXT_TOKEN =
  /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}(?:={1,2}|(?:\.[A-Za-z0-9_-]+){2}\.?|\.[A-Za-z0-9_-]+\.)?(?![A-Za-z0-9+/=_-])/g;

/**
 * Free text with the base64 and hex tokens inside it read (see {@link TEXT_TOKEN},
 * `base64-text.ts` and `hex-text.ts`): each token's text is searched like free text (JSON in it
 * as JSON) at `path#base64` or `path#hex`, and a token whose text changed is encoded back in its
 * own form, in place (a signed JWT or a Facebook `signed_request` whose claims changed is replaced
 * whole: `signed-tokens.ts`). The text with those tokens rewritten, or `null` when none changed. A whole
 * value that is one token is {@link scanEncoded}'s, not this.
 */
export function redactTextTokens(text: string, ctx: RedactionContext, scope: EncodedScope): string | null {
  let out = "";
  let pos = 0;
  TEXT_TOKEN.lastIndex = 0;
  for (let m = TEXT_TOKEN.exec(text); m !== null; m = TEXT_TOKEN.exec(text)) {
    // the nested look may run this search again; a PASETO's footer is part of its token
    let lastIndex = TEXT_TOKEN.lastIndex;
    for (const { index, token, encoded } of encodedTokens(
      text,
      m[0],
      m.index,
      ctx,
      scope.base + appendBase64(scope.path),
    )) {
      lastIndex = Math.max(lastIndex, index + token.length);
      const path = appendEncoding(scope.path, encoded.encoding);
      // a signed token is replaced whole when its claims change (`signed-tokens.ts`)
      const start = encoded.signed ? index : signedRequestStart(text, index, encoded.text);
      const mark = start >= pos ? ctx.begin() : -1;
      const claims = encoded.claims || start !== -1;
      if (claims) ctx.tokenClaims++;
      try {
        const decodedScope = {
          base: scope.base,
          path,
          depth: encodedDepth(
            ctx,
            scope.base + path,
            scope.depth,
            encoded.text.length + (encoded.covered?.length ?? 0),
          ),
          // a token's claims are read in full even in an operational field (see `scanEncoded`)
          structural: scope.structural && !encoded.claims,
        };
        const claimsPlan = encoded.claims ? JWT_CLAIMS_PLAN : undefined;
        // a token's header or footer first, as it is written, then its claims
        const covered =
          encoded.covered === undefined
            ? null
            : redactDecodedText(encoded.covered, ctx, decodedScope, claimsPlan);
        const changed = redactDecodedText(encoded.text, ctx, decodedScope, claimsPlan);
        if (changed === null && covered === null) continue;
        const sealed = mark === -1 ? null : sealedToken(ctx, mark);
        out +=
          sealed === null
            ? text.slice(pos, index) + encoded.rewrite(changed ?? encoded.text, covered ?? undefined)
            : text.slice(pos, start) + sealed;
        pos = index + token.length;
      } finally {
        if (claims) ctx.tokenClaims--;
        if (mark !== -1) ctx.end();
      }
    }
    TEXT_TOKEN.lastIndex = lastIndex;
  }
  return pos === 0 ? null : out + text.slice(pos);
}

interface FoundToken {
  readonly index: number;
  readonly token: string;
  readonly encoded: EncodedText;
}

/**
 * The text `match` (found at `index` in `text`, in the value at `location`) encodes, or the public
 * PASETO whose body it starts (`paseto.ts`: its header and footer around it, session 20); else,
 * since `/` is both a base64 character and a URL's separator, the text each of its `/`-separated
 * parts of 16 or more characters encodes (a base64url segment of a path: `https://a.example/u/ZXJp.../x`).
 */
function encodedTokens(
  text: string,
  match: string,
  index: number,
  ctx: RedactionContext,
  location: string,
): FoundToken[] {
  const paseto = pasetoAround(text, index);
  if (paseto !== null) {
    const token = text.slice(paseto[0], paseto[1]);
    const encoded = readEncoded(token, ctx, location);
    if (encoded !== null) return [{ index: paseto[0], token, encoded }];
  }
  const whole = readEncoded(match, ctx, location);
  if (whole !== null) return [{ index, token: match, encoded: whole }];
  if (!match.includes("/")) return [];
  const found: FoundToken[] = [];
  let offset = index;
  for (const part of match.split("/")) {
    const encoded = part.length >= TOKEN_RUN ? readEncoded(part, ctx, location) : null;
    if (encoded !== null) found.push({ index: offset, token: part, encoded });
    offset += part.length + 1;
  }
  return found;
}

/**
 * Decoded token text: JSON when it is JSON (read with `jsonPlan`: a JWT's claims set has one),
 * else free text with its spans (and tokens) redacted.
 */
function redactDecodedText(
  text: string,
  ctx: RedactionContext,
  scope: EncodedScope,
  jsonPlan: PlanNode | undefined,
): string | null {
  const { base, path, depth, structural } = scope;
  if (looksLikeJson(text)) {
    const nested = redactJsonInString(text, ctx, {
      base,
      path: appendJson(path),
      plan: jsonPlan,
      depthBase: depth.depthBase,
      stringJsonDepth: depth.stringJsonDepth + 1, // as JSON in a whole base64 value counts
      operational: structural,
    });
    if (nested !== undefined) return nested;
  }
  const flags = charFlags(text);
  const spans = findSpansInViews(text, flags, structural);
  const textLocation = `${base}${path}~text`;
  const spanned = spans === null ? null : redactText(text, spans, ctx, ctx.slot(textLocation), structural);
  const tokens = mayHoldTokens(flags, false) ? redactTextTokens(spanned ?? text, ctx, scope) : null;
  return tokens === null
    ? spanned
    : redactRewritten(tokens, ctx, ctx.slot(textLocation), structural, (t) =>
        redactTextTokens(t, ctx, scope),
      );
}
