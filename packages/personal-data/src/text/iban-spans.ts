/**
 * IBANs inside free text (`IBAN NO93 8601 1117 947`, `to DE89370400440532013000 by Friday`):
 * candidates are two letters and two digits at a word's start, then letters and digits, plain or
 * in groups of four; each is checked with `isIbanAt`, from its longest reading down group by
 * group (a word after the last group, `... 947 and`, may have been read as one more group); a
 * candidate that holds none is searched again from its next word (`AA00 NO93 8601 ...`: a word
 * that looks like an IBAN's start may stand before one).
 */
import { isIbanAt } from "../values/iban.js";
import type { TextSpan } from "./text-span.js";

const CANDIDATE =
  /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{1,4}){3,8})(?![A-Za-z0-9])/g;

/** Pushes a span for every IBAN in `text` onto `out`. */
export function findIbanSpans(text: string, out: TextSpan[]): void {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    while (end - start >= 15 && !isIbanAt(text, start, end)) {
      const space = text.lastIndexOf(" ", end - 1);
      if (space <= start + 4) {
        end = -1;
        break;
      }
      end = space;
    }
    if (end - start >= 15) {
      out.push([start, end, "financial.bank_account"]);
      CANDIDATE.lastIndex = end;
    } else CANDIDATE.lastIndex = start + 1; // a word before the IBAN may have started the candidate
  }
}
