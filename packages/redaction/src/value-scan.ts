/**
 * Classification of one decoded string value outside JSON (a query or form value, a header, a
 * cookie): its categories by name and by value, then JSON inside it, then free-text spans.
 */
import { appendForm, appendJson, type CategoryKey } from "@kago/personal-data";
import type { RedactionContext } from "./context.js";
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
 * free-text spans.
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
  if (spans === null) return KEEP;
  const out = redactText(value, spans, ctx, ctx.slot(`${location}~text`));
  return out === null ? KEEP : { kind: "replace", value: out };
}
