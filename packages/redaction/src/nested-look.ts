/**
 * Looking into a document held in a string (JSON, a form): the look may turn out wrong (the string
 * is not such a document), so its findings are journaled and rolled back, and the caller treats
 * the string as text. One nesting level more than the limit refuses the transfer.
 */
import { abort, EngineAbort, type RedactionContext } from "./context.js";
import type { RedactionErrorCode } from "./errors.js";
import type { JsonScope } from "./json/redact-json.js";

/**
 * Runs `look` on the document of `scope`: its result, or `undefined` (findings rolled back) when it
 * aborted with `invalidCode` because the string is not that kind of document.
 */
export function lookIntoString<T>(
  ctx: RedactionContext,
  scope: JsonScope,
  invalidCode: RedactionErrorCode,
  look: () => T,
): T | undefined {
  if (scope.stringJsonDepth > ctx.limits.maxStringJsonDepth) abort("too_deep", scope.base + scope.path);
  const mark = ctx.begin();
  try {
    return look();
  } catch (e) {
    if (e instanceof EngineAbort && e.error.code === invalidCode) {
      ctx.rollback(mark);
      return undefined;
    }
    throw e;
  } finally {
    ctx.end();
  }
}
