/**
 * Personal data inside free text: each span a detector found is decided on its own; a denied span
 * is replaced by its operator's output, or by the placeholder `[redacted:<category>]` when the
 * operator drops it. The rest of the text is kept as it was. A span found in a percent-decoded
 * view is decided on its decoded literal and replaced where it is written, encoded.
 */

import { type LocationSlot, placeholder, type RedactionContext } from "./context.js";
import type { EngineSpan } from "./percent-view.js";

/** The text with denied spans replaced, or `null` when every span may be sent. `slot`: `<location>~text`. */
export function redactText(
  value: string,
  spans: readonly EngineSpan[],
  ctx: RedactionContext,
  slot: LocationSlot,
): string | null {
  let out = "";
  let pos = 0;
  let changed = false;
  for (const [start, end, category, decoded] of spans) {
    const res = ctx.resolve(
      decoded ?? value.slice(start, end),
      false,
      slot,
      category,
      "text",
      null,
      "text",
      null,
      "text",
    );
    if (res.kind === "keep") continue;
    out += value.slice(pos, start) + (res.kind === "replace" ? res.value : placeholder(category));
    pos = end;
    changed = true;
  }
  return changed ? out + value.slice(pos) : null;
}
