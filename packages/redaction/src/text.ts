/**
 * Personal data inside free text: each span a detector found is decided on its own; a denied span
 * is replaced by its operator's output, or by the placeholder `[redacted:<category>]` when the
 * operator drops it. The rest of the text is kept as it was.
 */
import { placeholder, type RedactionContext } from "./context.js";
import type { TextSpan } from "./detectors/index.js";

/** The text with denied spans replaced, or `null` when every span may be sent. */
export function redactText(
  value: string,
  spans: readonly TextSpan[],
  ctx: RedactionContext,
  location: string,
): string | null {
  let out = "";
  let pos = 0;
  let changed = false;
  for (const span of spans) {
    const res = ctx.resolve(
      value.slice(span.start, span.end),
      false,
      location,
      span.category,
      "text",
      null,
      "text",
      null,
      "text",
    );
    if (res.kind === "keep") continue;
    out += value.slice(pos, span.start) + (res.kind === "replace" ? res.value : placeholder(span.category));
    pos = span.end;
    changed = true;
  }
  return changed ? out + value.slice(pos) : null;
}
