/**
 * Account ids that are other personal data (session 15). A recipient granted `account.id`
 * (Tencent, Zego) addresses users by it: `To_Account`, `To_Account[]`, `UserID`, `ToUserId[]`.
 * A backend that uses a phone number or an e-mail address as the user id sends a value that holds
 * a category the recipient may not receive, and no part of it may be cut out: a placeholder
 * (`[redacted:contact.phone]`) gave every such user the same id at the vendor, so their messages
 * pooled in one account, and a dropped id makes the vendor reject the call or silently skips a
 * receiver of a list. So an account id is forwarded as it came, or replaced whole by its keyed
 * pseudonym, or the transfer is refused with `personal_data_in_account_id`, as the recipient's
 * `accountIdsWithPersonalData` says (`@kago/policy`; default `refuse`). Since session 19 so is
 * an id with a China mobile number glued after a letter (`u13812345678`, `glued-mobiles.ts`).
 */
import type { CategoryKey } from "@kago/personal-data";
import { abort, type RedactionContext } from "./context.js";
import { holdsGluedMobile, PHONE } from "./glued-mobiles.js";
import { pseudonym } from "./operators/pseudonymize.js";
import type { Detector } from "./transfer.js";

/** The category of an account id. */
export const ACCOUNT_ID: CategoryKey = "account.id";

/**
 * What a recipient does with an account id that holds personal data it may not receive, or `null`
 * when it is not granted account ids (then `account.id` is denied and its own operator applies).
 */
export type AccountIdRule = "refuse" | "pseudonymize" | null;

/** An account id as forwarded: unchanged, or replaced whole. */
export type AccountIdOutcome =
  | { readonly kind: "keep" }
  | { readonly kind: "replace"; readonly value: string };

/**
 * Reads the account id `value` at `location` with `changes` (the engine's reading of the value,
 * which may drop it or rewrite parts of it: true when it would change it) as a look that can be
 * undone. When the reading would change the id, the caller has undone its edits, its findings
 * are undone here and, by `ctx.accountIds`, the transfer is refused or the id replaced by the
 * token the `pseudonymize` operator gives it as an `account.id` (the token a policy that
 * pseudonymizes every account id gives it too), reported as `pseudonymize` of `account.id`
 * (`detector`) and of the category found in it. Only for a recipient granted account ids.
 */
export function guardAccountId(
  ctx: RedactionContext,
  value: string,
  location: string,
  detector: Detector,
  changes: () => boolean,
): AccountIdOutcome {
  const mark = ctx.begin();
  try {
    const changed = changes();
    // a phone number glued after a letter (`u13812345678`, session 19) is in it all the same
    if (!changed && !holdsGluedMobile(ctx, value)) return KEEP;
    const found = changed ? ctx.deniedSince(mark) : GLUED_MOBILE;
    ctx.rollback(mark);
    if (ctx.accountIds !== "pseudonymize") abort("personal_data_in_account_id", location);
    const slot = ctx.slot(location);
    ctx.record(slot, ACCOUNT_ID, "pseudonymize", detector);
    if (found !== null) ctx.record(slot, found.category, "pseudonymize", found.detector);
    return { kind: "replace", value: pseudonym(value, ACCOUNT_ID, ctx.digest) };
  } finally {
    ctx.end();
  }
}

const KEEP: AccountIdOutcome = { kind: "keep" };

/** What a glued phone number is found as (`glued-mobiles.ts`). */
const GLUED_MOBILE = { category: PHONE, detector: "value" } as const;
