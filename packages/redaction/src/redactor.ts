/**
 * The engine's entry point: `createRedactor` compiles everything once (decision tables per
 * recipient, the keyed digest); `redact` and `classify` then run without compiling anything and
 * return values, never throw.
 */
import { createHmac } from "node:crypto";
import { CATEGORY_KEYS, type CategoryKey } from "@kago/personal-data";
import type { CompiledPolicy, Decision } from "@kago/policy";
import { ACCOUNT_ID, type AccountIdRule } from "./account-ids.js";
import { EngineAbort, RedactionContext } from "./context.js";
import { charFlags } from "./detectors/index.js";
import { type RedactionError, redactionError } from "./errors.js";
import type { FieldPlan } from "./field-plan.js";
import { compileHeaderGate, type HeaderGate, type HeaderNames } from "./header-allowlist.js";
import { redactHeaders } from "./headers.js";
import { bodyLocations } from "./json/location-tree.js";
import { type JsonScope, looksLikeJson, redactJson, redactJsonInString } from "./json/redact-json.js";
import { DEFAULT_LIMITS, type RedactionLimits } from "./limits.js";
import type { KeyedDigest } from "./operators/operator.js";
import { redactPairs } from "./pairs.js";
import { findSpansInViews } from "./percent-view.js";
import { buildReport } from "./report.js";
import type { Finding, RedactionReport, Transfer, TransferBody } from "./transfer.js";
import { inspectPath } from "./url-path.js";
import { type EncodedScope, redactFreeText } from "./value-scan.js";

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /** The compiled policy: who may receive which categories, and the operators for the rest. */
  readonly policy: CompiledPolicy;
  /** Secret of the keyed operators (`hash`, `pseudonymize`): at least 16 bytes. */
  readonly secret: string | Uint8Array;
  /** Limits; each one missing takes its default from {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<RedactionLimits>;
}

/** Per-call options. */
export interface RedactOptions {
  /** The endpoint's payload plan from {@link compileFieldPlan}, when the vendor catalog knows it. */
  readonly plan?: FieldPlan;
  /**
   * The recipient's own request headers from the vendor catalog (SLS `x-log-*`, TC3 `x-tc-*`);
   * without them only HTTP's standard headers and the policy's `forwardHeaders` are forwarded.
   * The same object for every call to one recipient: its gate is compiled once and kept.
   */
  readonly headers?: HeaderNames;
}

/** The result of {@link Redactor.redact}. */
export type RedactResult =
  | { readonly ok: true; readonly transfer: Transfer; readonly report: RedactionReport }
  | { readonly ok: false; readonly error: RedactionError };

/** The result of {@link Redactor.classify}: findings with their decisions, nothing applied. */
export type ClassifyResult =
  | { readonly ok: true; readonly findings: readonly Finding[]; readonly report: RedactionReport }
  | { readonly ok: false; readonly error: RedactionError };

/** A compiled redactor. */
export interface Redactor {
  /** Redacts one transfer: a new transfer (the input is never mutated) and the report. */
  redact(transfer: Transfer, options?: RedactOptions): RedactResult;
  /** Dry run: what `redact` would find and decide, without producing the redacted transfer. */
  classify(transfer: Transfer, options?: RedactOptions): ClassifyResult;
}

/**
 * Compiles a redactor for a policy. Throws (a `TypeError`, at start-up only) when the secret is
 * shorter than 16 bytes; everything after creation returns values.
 */
export function createRedactor(options: RedactorOptions): Redactor {
  const secret =
    typeof options.secret === "string" ? Buffer.from(options.secret, "utf8") : Buffer.from(options.secret);
  if (secret.length < 16) throw new TypeError("createRedactor: the secret must be at least 16 bytes");
  const limits: RedactionLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const digest: KeyedDigest = (data) => createHmac("sha256", secret).update(data, "utf8").digest();
  const decisions = new Map<string, ReadonlyMap<CategoryKey, Decision>>();
  const accountIds = new Map<string, AccountIdRule>();
  const gates = new Map<string, HeaderGateCache>();
  for (const [id, recipient] of options.policy.recipients) {
    // dropped unless the policy says inspect, also for a policy object built without the fields
    gates.set(
      id,
      headerGateCache(
        recipient.forwardHeaders ?? [],
        recipient.unknownHeaders === "inspect" ? "inspect" : "drop",
      ),
    );
    decisions.set(id, new Map(CATEGORY_KEYS.map((key) => [key, recipient.decide(key)])));
    // refused unless the policy says pseudonymize, also for a policy object built without the field
    const rule = recipient.accountIdsWithPersonalData === "pseudonymize" ? "pseudonymize" : "refuse";
    accountIds.set(id, recipient.decide(ACCOUNT_ID).kind === "allow" ? rule : null);
  }

  function run(transfer: Transfer, opts: RedactOptions | undefined) {
    const table = decisions.get(transfer.recipient);
    if (table === undefined) return { ok: false as const, error: redactionError("unknown_recipient") };
    const ctx = new RedactionContext(table, digest, limits, accountIds.get(transfer.recipient) ?? null);
    const plan = opts?.plan;
    try {
      inspectPath(transfer.path, ctx, "path:");
      const query = redactPairs(transfer.query, "query", ctx, plan?.query);
      const gate = (gates.get(transfer.recipient) as HeaderGateCache)(opts?.headers);
      const { headers, dropped } = redactHeaders(transfer.headers, ctx, gate);
      const body = redactBody(transfer.body, ctx, plan);
      const changed = query !== null || headers !== null || body !== null;
      const out: Transfer = changed
        ? {
            ...transfer,
            query: query ?? transfer.query,
            headers: headers ?? transfer.headers,
            body: body ?? transfer.body,
          }
        : transfer;
      return {
        ok: true as const,
        transfer: out,
        report: buildReport(ctx.entries, plan?.endpoint ?? null, changed, dropped),
      };
    } catch (e) {
      if (e instanceof EngineAbort) return { ok: false as const, error: e.error };
      return { ok: false as const, error: redactionError("engine_failure") };
    }
  }

  return {
    redact: (transfer, opts) => run(transfer, opts),
    classify(transfer, opts) {
      const r = run(transfer, opts);
      return r.ok ? { ok: true, findings: r.report.findings, report: r.report } : r;
    },
  };
}

/** A recipient's header gate for the vendor headers a call brings, compiled once per distinct list. */
type HeaderGateCache = (vendor: HeaderNames | undefined) => HeaderGate;

function headerGateCache(forward: readonly string[], unknown: "drop" | "inspect"): HeaderGateCache {
  const bare = compileHeaderGate(undefined, forward, unknown);
  const compiled = new WeakMap<HeaderNames, HeaderGate>();
  return (vendor) => {
    if (vendor === undefined) return bare;
    let gate = compiled.get(vendor);
    if (gate === undefined) {
      gate = compileHeaderGate(vendor, forward, unknown);
      compiled.set(vendor, gate);
    }
    return gate;
  };
}

/** Where a plain-text body's text stands: the body itself, read with every detector. */
const BODY_TEXT: EncodedScope = {
  base: "body:",
  path: "",
  depth: { depthBase: 0, stringJsonDepth: 0 },
  structural: false,
};

function redactBody(
  body: TransferBody,
  ctx: RedactionContext,
  plan: FieldPlan | undefined,
): TransferBody | null {
  if (body.kind === "none") return null;
  const scope: JsonScope = {
    base: "body:",
    path: "",
    plan: plan?.body,
    depthBase: 0,
    stringJsonDepth: 0,
    locations: bodyLocations(plan?.body),
  };
  if (body.kind === "json") {
    const text = redactJson(body.text, ctx, scope);
    return text === null ? null : { kind: "json", text };
  }
  // A JSON document sent as form or plain text is read as JSON: a vendor that parses its body
  // whatever the content type says would otherwise get, unread, the members the engine removes
  // from JSON (a name under its key). Text that is not JSON is read as the content type says.
  // A byte-order mark before it is kept, and not let hide the document.
  const bom = body.text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
  const doc = bom === "" ? body.text : body.text.slice(1);
  if (looksLikeJson(doc)) {
    const text = redactJsonInString(doc, ctx, scope);
    if (text !== undefined) return text === null ? null : { kind: body.kind, text: bom + text };
  }
  if (body.kind === "form") {
    const text = redactPairs(body.text, "form", ctx, plan?.body);
    return text === null ? null : { kind: "form", text };
  }
  ctx.addWork(body.text.length, "body:");
  // its spans, and the base64 and hex tokens in it, as in a JSON string (session 18)
  const flags = charFlags(body.text);
  const spans = findSpansInViews(body.text, flags);
  const text = redactFreeText(body.text, flags, spans, ctx, BODY_TEXT, false);
  return text === null ? null : { kind: "text", text };
}
