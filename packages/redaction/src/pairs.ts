/**
 * Query strings and form bodies: `&`-separated pairs, kept in order with repeated keys. Each pair
 * is decoded (percent-encoding, `+` as space) only to classify it; a pair that stays is copied
 * with its original encoding, an edited value is percent-encoded again, a dropped pair disappears
 * with its `&`.
 */

import { appendKey } from "@kago/personal-data";
import { canonicalKey } from "./canonical-key.js";
import { abort, type RedactionContext } from "./context.js";
import { memberPlan, type PlanNode } from "./field-plan.js";
import { KEY_LOOKUP } from "./key-table.js";
import type { Detector } from "./transfer.js";
import { scanValue } from "./value-scan.js";

/** Which kind of pair list: it decides the error code and the location prefix. */
export type PairsKind = "query" | "form";

function decodeComponent(raw: string, kind: PairsKind, location: string): string {
  if (raw.indexOf("%") === -1 && raw.indexOf("+") === -1) return raw;
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    return abort(kind === "query" ? "invalid_query_encoding" : "invalid_form_encoding", location);
  }
}

/** Redacts a query string or form body. Returns the new text, or `null` when unchanged. */
export function redactPairs(
  text: string,
  kind: PairsKind,
  ctx: RedactionContext,
  plan: PlanNode | undefined,
): string | null {
  if (text === "") return null;
  ctx.addWork(text.length, kind === "query" ? "query:" : "body:");
  const prefix = kind === "query" ? "query:" : "body:";
  const parts = text.split("&");
  let changed = false;
  const out: string[] = [];
  for (const part of parts) {
    if (part === "") {
      out.push(part);
      continue;
    }
    const eq = part.indexOf("=");
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const key = decodeComponent(rawKey, kind, prefix);
    const path = appendKey("", key);
    const location = prefix + path;
    ctx.addKey(location);
    if (eq === -1) {
      out.push(part);
      continue;
    }
    const value = decodeComponent(part.slice(eq + 1), kind, location);
    const node = memberPlan(plan, key);
    const look = node?.operational === true ? null : KEY_LOOKUP.lookupCanonical(canonicalKey(key), "");
    const keyCat = look === "hint" ? null : look;
    const schemaCat = node?.category ?? null;
    const keyDet: Detector = "key";
    const outcome = scanValue(
      value,
      {
        a: schemaCat ?? keyCat,
        da: schemaCat !== null ? "schema" : keyDet,
        b: schemaCat !== null && keyCat !== schemaCat ? keyCat : null,
        db: keyDet,
        hint: look === "hint",
      },
      node,
      ctx,
      prefix,
      path,
    );
    if (outcome.kind === "keep") out.push(part);
    else {
      changed = true;
      if (outcome.kind === "replace") out.push(`${rawKey}=${encodeURIComponent(outcome.value)}`);
    }
  }
  return changed ? out.join("&") : null;
}
