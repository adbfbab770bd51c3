/**
 * Classification of one decoded string value outside JSON (a query or form value, a header, a
 * cookie): its categories by name and by value, then JSON inside it, then free-text spans, then
 * the text it encodes in base64.
 */
import { appendBase64, appendForm, appendJson, type CategoryKey } from "@kago/personal-data";
import { decodeBase64Text, encodeBase64Text, jwsPayload, mayStartText } from "./base64-text.js";
import { abort, type RedactionContext } from "./context.js";
import { charFlags, detectStrong, detectWeak } from "./detectors/index.js";
import type { PlanNode } from "./field-plan.js";
import { looksLikeJson, redactJsonInString } from "./json/redact-json.js";
import { redactFormInString } from "./pairs.js";
import { findSpansInViews } from "./percent-view.js";
import { redactText } from "./text.js";
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
 * free-text spans, and when there are none, the text it encodes in base64 ({@link scanBase64}).
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
  const location = base + path;
  const flags = charFlags(value);
  const structural = named.structural === true;
  const strong = detectStrong(value, flags, structural);
  const c = strong ?? (named.hint && named.a === null ? detectWeak(value) : null);
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
    if (res.kind === "drop") return DROP;
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
  if (spans === null) return scanBase64(value, plan, ctx, base, path, depth, structural) ?? KEEP;
  const out = redactText(value, spans, ctx, ctx.slot(`${location}~text`));
  return out === null ? KEEP : { kind: "replace", value: out };
}

const UNNAMED: NamedCategories = { a: null, da: "value", b: null, db: "value", hint: false };
const UNNAMED_STRUCTURAL: NamedCategories = { ...UNNAMED, structural: true };

/**
 * A string that encodes text in base64 or base64url (see `base64-text.ts`), or a JWT whose payload
 * does: the text is scanned as a value of its own at `path#base64` (so JSON in it is
 * `path#base64#json`, spans in it `path#base64~text`; the plan's `#base64` child applies), and a
 * changed text is encoded back in the string's own alphabet and padding (a JWT keeps its header
 * and signature, which then no longer verifies: the policy comes before the token). `undefined`
 * when `value` encodes no text. One level of the document-in-string depth, like JSON in a string:
 * deeper than the limit is `too_deep`.
 */
export function scanBase64(
  value: string,
  plan: PlanNode | undefined,
  ctx: RedactionContext,
  base: string,
  path: string,
  depth: ValueDepth,
  structural: boolean,
): ValueOutcome | undefined {
  if (!mayStartText(value)) return undefined;
  const jws = jwsPayload(value);
  const encoded = jws === null ? value : value.slice(jws.start, jws.end);
  const decoded = decodeBase64Text(encoded);
  if (decoded === null) return undefined;
  const inner = appendBase64(path);
  const stringJsonDepth = depth.stringJsonDepth + 1;
  if (stringJsonDepth > ctx.limits.maxStringJsonDepth) abort("too_deep", base + inner);
  ctx.addWork(decoded.text.length, base + inner);
  const outcome = scanValue(
    decoded.text,
    structural ? UNNAMED_STRUCTURAL : UNNAMED,
    plan?.children.get("#base64"),
    ctx,
    base,
    inner,
    { depthBase: depth.depthBase, stringJsonDepth },
  );
  if (outcome.kind !== "replace") return outcome;
  if (jws === null) return { kind: "replace", value: encodeBase64Text(outcome.value, decoded.form) };
  const payload = encodeBase64Text(outcome.value, jws.form);
  return { kind: "replace", value: value.slice(0, jws.start) + payload + value.slice(jws.end) };
}
