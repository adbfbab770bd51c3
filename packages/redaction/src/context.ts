/**
 * The state of one redaction: the recipient's decisions, the findings so far, the work and key
 * budgets. Internal; one per call, never shared between calls.
 */
import type { CategoryKey } from "@kago/personal-data";
import type { Decision, OperatorName } from "@kago/policy";
import type { AccountIdRule } from "./account-ids.js";
import type { EchoSet } from "./echo.js";
import { type RedactionError, type RedactionErrorCode, redactionError } from "./errors.js";
import type { RedactionLimits } from "./limits.js";
import type { KeyedDigest, OperatorOutcome } from "./operators/operator.js";
import { OPERATORS } from "./operators/registry.js";
import type { Detector, Finding, FindingAction } from "./transfer.js";

/** Thrown inside the engine to abort a redaction; caught at the API boundary and returned. */
export class EngineAbort {
  constructor(readonly error: RedactionError) {}
}

/** Aborts the current redaction with a typed error. */
export function abort(code: RedactionErrorCode, location?: string): never {
  throw new EngineAbort(redactionError(code, location));
}

/** The placeholder that replaces a span of free text: it names the category, never the value. */
export function placeholder(category: CategoryKey): string {
  return `[redacted:${category}]`;
}

/** Outcome of resolving one value: keep it, or the operator outcome (drop / replace). */
export type Resolution = { readonly kind: "keep" } | OperatorOutcome;
const KEPT: Resolution = { kind: "keep" };

/** A distinct finding and how many times it occurred. */
export interface FindingEntry {
  readonly finding: Finding;
  count: number;
}

/**
 * The findings at one location. Callers that see the same location again (the items of an array)
 * keep the slot, so recording an occurrence needs no lookup by location text.
 */
export class LocationSlot {
  readonly entries: FindingEntry[] = [];
  /** The slot of spans inside this value's free text (`<location>~text`), made when first needed. */
  text: LocationSlot | null = null;
  constructor(readonly location: string) {}
}

let calls = 0;

/** Per-call state. */
export class RedactionContext {
  /** This call's number, unique in the process (what kept structures name a call by). */
  readonly serial = ++calls;
  /** Distinct findings in the order first found, each with its number of occurrences. */
  readonly entries: FindingEntry[] = [];
  private readonly slots = new Map<string, LocationSlot>();
  /**
   * Occurrences recorded while a string that seemed to be JSON is being looked into, so the look
   * can be undone; outside such a look nothing can be rolled back and nothing is journaled.
   */
  private readonly journal: FindingEntry[] = [];
  private journaling = 0;
  work = 0;
  keys = 0;
  /** Bytes compressed text in base64 inflated to so far (see `maxInflatedBytes`). */
  inflated = 0;
  /**
   * The words of the names a JSON document inside a string held (see `echo.ts`), left here by
   * its scan for the scan of the string around it, which takes them.
   */
  nestedEcho: EchoSet | null = null;
  /**
   * The words of the names the last redacted free text gave away (see `text.ts`): a caller that
   * wants them for the record around the text clears this before and takes it after.
   */
  textEcho: EchoSet | null = null;

  constructor(
    readonly decisions: ReadonlyMap<CategoryKey, Decision>,
    readonly digest: KeyedDigest,
    readonly limits: RedactionLimits,
    /** What the recipient does with an account id that holds personal data (see `account-ids.ts`). */
    private readonly accountIdRule: AccountIdRule = null,
  ) {}

  /**
   * How many token claims sets are being read (a JWT's payload, a Facebook `signed_request`'s):
   * an account id there addresses nobody at the recipient, so it is read like any value, not
   * kept whole or refused (session 18, `signed-tokens.ts`).
   */
  tokenClaims = 0;

  /**
   * What the recipient does with an account id that holds personal data it may not receive (see
   * `account-ids.ts`): `null` when it is not granted account ids, and inside a token's claims.
   */
  get accountIds(): AccountIdRule {
    return this.tokenClaims > 0 ? null : this.accountIdRule;
  }

  /** Counts characters about to be scanned against the work limit. */
  addWork(chars: number, location: string): void {
    this.work += chars;
    if (this.work > this.limits.maxWork) abort("too_much_work", location);
  }

  /** Counts one object key or pair against the key limit. */
  addKey(location: string): void {
    if (++this.keys > this.limits.maxKeys) abort("too_many_keys", location);
  }

  /**
   * Starts a look that may be undone (a string that seems to be JSON): returns the mark to roll
   * back to. Every `begin` is paired with {@link RedactionContext.end}.
   */
  begin(): number {
    this.journaling++;
    return this.journal.length;
  }

  /** Ends the look started by the matching {@link RedactionContext.begin}. */
  end(): void {
    if (--this.journaling === 0) this.journal.length = 0;
  }

  /** Forgets the findings recorded since `mark` (the string was not JSON after all). */
  rollback(mark: number): void {
    for (let k = mark; k < this.journal.length; k++) (this.journal[k] as FindingEntry).count--;
    this.journal.length = mark;
  }

  /**
   * The first finding recorded since `mark` (of a look begun with {@link RedactionContext.begin})
   * whose category the recipient may not receive, or `null`.
   */
  deniedSince(mark: number): Finding | null {
    for (let k = mark; k < this.journal.length; k++) {
      const finding = (this.journal[k] as FindingEntry).finding;
      if (this.decide(finding.category).kind === "deny") return finding;
    }
    return null;
  }

  /**
   * Records every finding since `mark` (of a look begun with {@link RedactionContext.begin}) again
   * as a drop, kept ones too: the value that held them is removed whole (a signed token, session
   * 18). Returns the first of them the recipient may not receive, or `null` (nothing changes then).
   */
  dropSince(mark: number): Finding | null {
    const denied = this.deniedSince(mark);
    if (denied === null) return null;
    const found = this.journal.slice(mark).map((e) => e.finding);
    this.rollback(mark);
    for (const f of found) this.record(this.slot(f.location), f.category, "drop", f.detector);
    return denied;
  }

  /** The recipient's decision for a category. */
  decide(category: CategoryKey): Decision {
    return this.decisions.get(category) as Decision;
  }

  /** The slot of a location (one per distinct location text). */
  slot(location: string): LocationSlot {
    let slot = this.slots.get(location);
    if (slot === undefined) {
      slot = new LocationSlot(location);
      this.slots.set(location, slot);
    }
    return slot;
  }

  /** The slot of the free-text spans inside the value at `slot` (`<location>~text`). */
  textSlot(slot: LocationSlot): LocationSlot {
    let text = slot.text;
    if (text === null) {
      text = this.slot(`${slot.location}~text`);
      slot.text = text;
    }
    return text;
  }

  /** Records one occurrence of a finding; findings equal in every field are counted together. */
  record(
    slot: LocationSlot,
    category: CategoryKey,
    action: FindingAction,
    detector: Detector,
    fallbackFrom?: OperatorName,
  ): void {
    const list = slot.entries;
    for (let k = 0; k < list.length; k++) {
      const e = list[k] as FindingEntry;
      const f = e.finding;
      if (
        f.category === category &&
        f.action === action &&
        f.detector === detector &&
        f.fallbackFrom === fallbackFrom
      ) {
        e.count++;
        if (this.journaling > 0) this.journal.push(e);
        return;
      }
    }
    const location = slot.location;
    const entry: FindingEntry = {
      finding:
        fallbackFrom === undefined
          ? { location, category, action, detector }
          : { location, category, action, detector, fallbackFrom },
      count: 1,
    };
    list.push(entry);
    this.entries.push(entry);
    if (this.journaling > 0) this.journal.push(entry);
  }

  /**
   * Resolves one scalar value seen as up to three categories (schema/tag/key, key, value
   * detector; `null` slots ignored): kept when the recipient may get every one of them, else the
   * operator of the first denied category. An operator that cannot apply falls back to drop.
   */
  resolve(
    value: string,
    isNumber: boolean,
    location: LocationSlot,
    a: CategoryKey | null,
    da: Detector,
    b: CategoryKey | null,
    db: Detector,
    c: CategoryKey | null,
    dc: Detector,
  ): Resolution {
    let denied: CategoryKey | null = null;
    let decision: Decision | null = null;
    if (a !== null) {
      const d = this.decide(a);
      if (d.kind === "deny") {
        denied = a;
        decision = d;
      }
    }
    if (denied === null && b !== null) {
      const d = this.decide(b);
      if (d.kind === "deny") {
        denied = b;
        decision = d;
      }
    }
    if (denied === null && c !== null) {
      const d = this.decide(c);
      if (d.kind === "deny") {
        denied = c;
        decision = d;
      }
    }
    if (denied === null || decision === null || decision.kind !== "deny") {
      if (a !== null) this.record(location, a, "keep", da);
      if (b !== null && b !== a) this.record(location, b, "keep", db);
      if (c !== null && c !== a && c !== b) this.record(location, c, "keep", dc);
      return KEPT;
    }
    const spec = decision.operator;
    let outcome = OPERATORS[spec.operator].apply({
      value,
      isNumber,
      category: denied,
      params: spec.params,
      digest: this.digest,
    });
    let action: FindingAction = spec.operator;
    let fallback: OperatorName | undefined;
    if (outcome.kind === "unsupported") {
      outcome = { kind: "drop" };
      fallback = spec.operator;
    }
    if (outcome.kind === "drop") action = "drop";
    if (a !== null) this.record(location, a, action, da, a === denied ? fallback : undefined);
    if (b !== null && b !== a) this.record(location, b, action, db, b === denied ? fallback : undefined);
    if (c !== null && c !== a && c !== b)
      this.record(location, c, action, dc, c === denied ? fallback : undefined);
    return outcome;
  }
}
