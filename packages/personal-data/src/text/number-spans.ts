/**
 * Phone numbers, IMEIs, resident identity card numbers and payment card numbers inside free text.
 *
 * The scan looks at maximal runs of phone characters (digits, space, `-`, `.`, `(`, `)`, `+`)
 * that hold a digit. Within a run, candidate windows start at the run's first digit (or a `+` /
 * `(` just before it), after a space, or after a `(` after a space (session 19; not before a count's unit since session
 * 20), and end at the end of a digit group followed by the run's
 * end or a space; windows are at most 26 characters. The longest window from the earliest start
 * that passes `isPhone` or `isImei` wins, and the scan goes on after it. A window must not touch
 * a letter or digit outside the run, unless it starts with its own `+` or `(`; `_` separates
 * (`stream_13800138000`: an identifier built from a phone number holds it). Since session 13 a
 * run after a time's `:` is glued on the left (a logcat line's `12:00:00.123 12345-12399`), and
 * the tail of a number grouped in thousands is none (`1 073 741 824`). Work is
 * linear in the text (bounded windows per start).
 *
 * A run of 17 or more characters is also read for resident identity card numbers: 18 characters
 * standing alone (the last may be the check character `X`, just outside the run), plain or grouped
 * 6-8-4 with one space or hyphen (`110105 19491231 002X`). A run of 16 or more characters is also
 * read for payment card numbers written in groups (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4 with one
 * space or hyphen: `4539 5787 6362 1486`) that stand alone: a plain run of 16 digits is an order
 * number as often as a card's (see `payment-card.ts`). Since session 18 a run of 14 or more is also
 * read for identity numbers in their printed forms (`123.456.789-09`: see `printed-ids.ts`).
 */

import { isBareNationalMobile } from "../values/bare-mobiles.js";
import { isDigitCode, isGlueCode } from "../values/chars.js";
import { isImeiAt } from "../values/imei.js";
import { groupedPaymentCardEnd } from "../values/payment-card.js";
import { longestPhoneAt } from "../values/phone.js";
import { isResidentId, isResidentIdAt } from "../values/resident-id.js";
import { isCountUnitAt } from "./count-units.js";
import { findPrintedIds, PRINTED_ID_MIN_LENGTH } from "./printed-ids.js";
import type { TextSpan } from "./text-span.js";

const MAX_WINDOW = 26;

function isRunCode(c: number): boolean {
  return isDigitCode(c) || c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43;
}

/** The next digit (a native search: free text between numbers is skipped without a JavaScript loop). */
const DIGIT = /[0-9]/g;

/**
 * Pushes a span for every phone number, IMEI, resident identity card number, grouped payment
 * card number and printed identity number in `text` onto `out`.
 */
export function findNumberSpans(text: string, out: TextSpan[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    DIGIT.lastIndex = i;
    if (!DIGIT.test(text)) return;
    i = DIGIT.lastIndex - 1;
    let runStart = i;
    while (runStart > 0 && isRunCode(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = i;
    while (runEnd < n && isRunCode(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd - runStart >= 17) findResidentIds(text, runStart, runEnd, out);
    if (runEnd - runStart >= 16) findPaymentCards(text, runStart, runEnd, out);
    if (runEnd - runStart >= PRINTED_ID_MIN_LENGTH) findPrintedIds(text, runStart, runEnd, out);
    scanRun(text, runStart, runEnd, out);
    i = runEnd;
  }
}

/** Pushes a span for every resident identity card number that starts in the run `[runStart, runEnd)`. */
function findResidentIds(text: string, runStart: number, runEnd: number, out: TextSpan[]): void {
  let j = runStart;
  while (j < runEnd) {
    if (!isDigitCode(text.charCodeAt(j))) {
      j++;
      continue;
    }
    const end = j === 0 || !isGlueCode(text.charCodeAt(j - 1)) ? residentIdEnd(text, j) : -1;
    if (end > 0) {
      out.push([j, end, "identity.national_id"]);
      j = end;
    } else while (j < runEnd && isDigitCode(text.charCodeAt(j))) j++;
  }
}

/** The end of a resident identity card number standing alone from `a`, plain or grouped 6-8-4; else -1. */
function residentIdEnd(text: string, a: number): number {
  if (isResidentIdAt(text, a, a + 18) && !isGlueCode(text.charCodeAt(a + 18))) return a + 18;
  const sep = text.charCodeAt(a + 6);
  if ((sep !== 32 && sep !== 45) || text.charCodeAt(a + 15) !== sep || isGlueCode(text.charCodeAt(a + 20)))
    return -1;
  const compact = text.slice(a, a + 6) + text.slice(a + 7, a + 15) + text.slice(a + 16, a + 20);
  return isResidentId(compact) ? a + 20 : -1;
}

/**
 * Pushes a span for every payment card number in groups that starts in the run `[runStart,
 * runEnd)` at a group's first digit (not after a digit, a `.` or a word) and ends where no word
 * follows. A further group after it does not hide it (`4539 5787 6362 1486 7`): a longer number
 * whose first sixteen digits pass the card checks loses them, which is over-redaction, not a leak.
 */
function findPaymentCards(text: string, runStart: number, runEnd: number, out: TextSpan[]): void {
  for (let j = runStart; j + 16 <= runEnd; j++) {
    if (!isDigitCode(text.charCodeAt(j))) continue;
    const prev = j === 0 ? 32 : text.charCodeAt(j - 1);
    if (isGlueCode(prev) || prev === 46) continue;
    const end = groupedPaymentCardEnd(text, j);
    if (end < 0) continue;
    if (isGlueCode(text.charCodeAt(end))) continue;
    out.push([j, end, "financial.payment_card"]);
    j = end;
  }
}

function scanRun(text: string, runStart: number, runEnd: number, out: TextSpan[]): void {
  // A run glued to a word (`abc123`, `123abc`) yields no window touching that edge, nor one after a
  // time's `:` (`12:00:00.123 12345-12399`, a logcat line's seconds, pid and tid; session 13).
  const leftGlued = runStart > 0 && (isGlueCode(text.charCodeAt(runStart - 1)) || afterTime(text, runStart));
  const rightGlued = runEnd < text.length && isGlueCode(text.charCodeAt(runEnd));
  let firstDigit = runStart;
  while (!isDigitCode(text.charCodeAt(firstDigit))) firstDigit++;
  let lastDigitEnd = runEnd;
  while (!isDigitCode(text.charCodeAt(lastDigitEnd - 1))) lastDigitEnd--;
  // Without a space or a `+` among the digits (`1767261600000`, `198.51.100.1`) a window can only
  // start at or before the first digit and only end at or after the last one: skip the positions
  // between. (A `+` inside may start a number: `0086 138 0013 8000.+44 7700 900123`.)
  let spaced = false;
  for (let k = firstDigit; k < lastDigitEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 43) {
      spaced = true;
      break;
    }
  }
  const lastStart = spaced ? lastDigitEnd : firstDigit + 1;
  // A window ends after a digit or a ')', where a space or a sentence's full stop follows, or at or
  // after the run's last digit (not glued to a word on the right); without a space among the
  // digits, only there.
  const minEnd = spaced ? 0 : lastDigitEnd;
  const canEnd = (e: number): boolean => {
    if (e < minEnd) return false;
    const last = text.charCodeAt(e - 1);
    if (!isDigitCode(last) && last !== 41) return false;
    return e >= lastDigitEnd ? !(e === runEnd && rightGlued) : isWindowBreak(text, e, runEnd);
  };
  let s = runStart;
  while (s < lastStart) {
    if (!canStart(text, s, runStart, firstDigit, leftGlued)) {
      s++;
      continue;
    }
    const limit = Math.min(runEnd, s + MAX_WINDOW);
    // the longest window wins; at equal length an IMEI (15 digits, or 18 characters 2-6-6-1)
    let best = longestPhoneAt(text, s, limit, canEnd);
    let bestCategory: "contact.phone" | "device.identifier.imei" = "contact.phone";
    for (const e of [s + 15, s + 18]) {
      if (e >= best && e <= limit && canEnd(e) && isImeiAt(text, s, e)) {
        best = e;
        bestCategory = "device.identifier.imei";
      }
    }
    if (best > 0 && isThousandsTail(text, s, best, firstDigit)) best = -1;
    // a national mobile written bare is not read as a whole value: an id padded with `0` as often
    // (`"GroupId": "0912345678"`; session 19, a red team's round 9, A1; see `bare-mobiles.ts`)
    if (
      best === text.length &&
      s === 0 &&
      bestCategory === "contact.phone" &&
      isBareNationalMobile(text, 0, best)
    )
      best = -1;
    if (best > 0) {
      out.push([s, best, bestCategory]);
      s = best;
    } else s++;
  }
}

/** True when `runStart` follows a time's `:` (a digit, then `:`: `12:00:00.123`). */
function afterTime(text: string, runStart: number): boolean {
  return text.charCodeAt(runStart - 1) === 58 && runStart > 1 && isDigitCode(text.charCodeAt(runStart - 2));
}

/** Groups of three digits after a `0`: the tail of a number grouped in thousands. */
const THOUSANDS = /^0\d\d(?: \d{3})+$/;

/**
 * True when the window `[s, e)` starts inside a number grouped in thousands (`1 073 741 824`: a
 * trunk `0` and 3-3-3 read as a phone; session 13, found in translated size tables): a `0` after a
 * space and a digit, then only groups of three.
 */
function isThousandsTail(text: string, s: number, e: number, firstDigit: number): boolean {
  return s > firstDigit && text.charCodeAt(s) === 48 && THOUSANDS.test(text.slice(s, e));
}

/**
 * `text[e]` ends a window inside a run: a space, or a `.` that ends a sentence (a space or the
 * run's end after it: `+44 7700 900123. +44 7700 900124` holds two numbers; `198.51.100.1` no
 * break).
 */
function isWindowBreak(text: string, e: number, runEnd: number): boolean {
  const c = text.charCodeAt(e);
  return c === 32 || (c === 46 && (e + 1 === runEnd || text.charCodeAt(e + 1) === 32));
}

/** A window may start at `s`: a digit, `+` or `(` before a digit, at the run's first digit or after a space. */
function canStart(
  text: string,
  s: number,
  runStart: number,
  firstDigit: number,
  leftGlued: boolean,
): boolean {
  const c = text.charCodeAt(s);
  const next = text.charCodeAt(s + 1);
  // a digit, `+` or `(` before one, or `(+` before one (`(+47) 999 99 999`)
  const opens =
    (c === 43 || c === 40) &&
    (isDigitCode(next) || (c === 40 && next === 43 && isDigitCode(text.charCodeAt(s + 2))));
  if (!isDigitCode(c) && !opens) return false;
  // A `+` or `(` is a separator of its own: `org+44 7700 900123`, `a+13800138000` (a form's `+` is
  // a space) start a number whatever letter comes before; a digit glued to a word does not.
  if (s <= firstDigit) return !(s === runStart && leftGlued && isDigitCode(c));
  // inside the run, after a space; a `+` also after any other separator (`... .+44 7700 900123`)
  const prev = text.charCodeAt(s - 1);
  return prev === 32 || (c === 43 && !isDigitCode(prev)) || isAfterOpenedBracket(text, s);
}

/**
 * True when the digit at `s` follows a `(` that follows a space, inside a run (session 19, a red
 * team's round 7, R12): `Kago/2.8.1 (13812345678)`, `v2 (138 1234 5678)`. The window at the `(`
 * reads its digits as a bracketed area code, which eleven digits are not, and the digit after it
 * could not start one, so a number bracketed after a version or any number in the same run was
 * kept; at the run's start it always could (`call (13812345678)`). A bracket glued to a digit
 * (`8.0.49.2600(0x28003133)`) opens no number. Since session 20 (a red team's round 9, A11) nor
 * does a bracket whose digits a count's unit follows (`uploaded v2 (18600000000 bytes)`, `job 7
 * (17012345678 ms)`: see `count-units.ts`), as after a tally's word.
 */
function isAfterOpenedBracket(text: string, s: number): boolean {
  if (!isDigitCode(text.charCodeAt(s)) || text.charCodeAt(s - 1) !== 40 || text.charCodeAt(s - 2) !== 32)
    return false;
  let end = s + 1;
  while (isDigitCode(text.charCodeAt(end))) end++;
  return !isCountUnitAt(text, end);
}
