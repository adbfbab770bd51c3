/**
 * `findNumberSpans` skips the window starts and ends a run without spaces among its digits cannot
 * have; this checks it against the straightforward scan (every start, every end) on text dense in
 * phone characters and around real numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCountUnitAt } from "../src/text/count-units.js";
import { findNumberSpans } from "../src/text/number-spans.js";
import type { TextSpan } from "../src/text/text-span.js";
import { isBareNationalMobile } from "../src/values/bare-mobiles.js";
import { isImeiAt } from "../src/values/imei.js";
import { isPhoneAt } from "../src/values/phone.js";

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A letter or digit glues a run to a word; `_` does not (`stream_13800138000`: session 11). */
const isWord = (c: number) => isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isRun = (c: number) =>
  isDigit(c) || c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 43;

/** Where the digits from `s` end. */
function digitsEnd(text: string, s: number): number {
  let end = s;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

function reference(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runStart = i;
    while (runStart > 0 && isRun(text.charCodeAt(runStart - 1))) runStart--;
    let runEnd = i;
    while (runEnd < n && isRun(text.charCodeAt(runEnd))) runEnd++;
    const leftGlued = runStart > 0 && isWord(text.charCodeAt(runStart - 1));
    const rightGlued = runEnd < n && isWord(text.charCodeAt(runEnd));
    let firstDigit = runStart;
    while (!isDigit(text.charCodeAt(firstDigit))) firstDigit++;
    let lastDigitEnd = runEnd;
    while (!isDigit(text.charCodeAt(lastDigitEnd - 1))) lastDigitEnd--;
    let s = runStart;
    while (s < lastDigitEnd) {
      const c = text.charCodeAt(s);
      let ok =
        isDigit(c) ||
        ((c === 43 || c === 40) && isDigit(text.charCodeAt(s + 1))) ||
        (c === 40 && text.charCodeAt(s + 1) === 43 && isDigit(text.charCodeAt(s + 2)));
      if (ok)
        ok =
          s <= firstDigit
            ? !(s === runStart && leftGlued && isDigit(c))
            : text.charCodeAt(s - 1) === 32 ||
              (c === 43 && !isDigit(text.charCodeAt(s - 1))) ||
              (isDigit(c) &&
                text.charCodeAt(s - 1) === 40 &&
                text.charCodeAt(s - 2) === 32 &&
                !isCountUnitAt(text, digitsEnd(text, s)));
      if (!ok) {
        s++;
        continue;
      }
      let best = -1;
      let cat: TextSpan[2] = "contact.phone";
      for (let e = s + 1; e <= Math.min(runEnd, s + 26); e++) {
        const last = text.charCodeAt(e - 1);
        if (!isDigit(last) && last !== 41) continue;
        const endOk = e >= lastDigitEnd ? !(e === runEnd && rightGlued) : text.charCodeAt(e) === 32;
        if (!endOk) continue;
        if (isImeiAt(text, s, e)) {
          best = e;
          cat = "device.identifier.imei";
        } else if (isPhoneAt(text, s, e)) {
          best = e;
          cat = "contact.phone";
        }
      }
      // a national mobile written bare is not read as the whole text (session 19)
      if (best === n && s === 0 && cat === "contact.phone" && isBareNationalMobile(text, 0, best)) best = -1;
      if (best > 0) {
        out.push([s, best, cat]);
        s = best;
      } else s++;
    }
    i = runEnd;
  }
  return out;
}

const spans = (text: string) => {
  const out: TextSpan[] = [];
  findNumberSpans(text, out);
  return out;
};

describe("findNumberSpans", () => {
  it("equals the straightforward scan on text dense in phone characters", () => {
    const unit = fc.constantFrom(..."0123456789013800138000447700900 +-.()ax_b");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        expect(spans(text)).toEqual(reference(text));
      }),
      { numRuns: 30000 },
    );
  });

  it("equals the straightforward scan around real numbers", () => {
    const number = fc.constantFrom(
      "+44 7700 900123",
      "+447700900123",
      "13800138000",
      "008613800138000",
      "+86 138 0013 8000",
      "(0755) 8888-1234",
      "(0755)8888-1234",
      "1 415 555 2671",
      "0044 20 7946 0958",
      "352099001761481",
      "35-209900-176148-1",
      "1767261600000",
      "+1 2 3 4 5 6 7 8 9 0 1 2 3",
    );
    const glue = fc.constantFrom(
      "",
      " ",
      "  ",
      "-",
      ".",
      "(",
      ")",
      "+",
      "a",
      "1",
      " 2 ",
      ", ",
      " (",
      " ms",
      " B)",
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(glue, number), { maxLength: 6 }), glue, (parts, tail) => {
        const text = parts.map(([g, v]) => g + v).join("") + tail;
        expect(spans(text)).toEqual(reference(text));
      }),
      { numRuns: 20000 },
    );
  });
});
