/**
 * Thai street addresses in prose, without a label (session 15): `บ้านเลขที่ 123/45 ถนนสุขุมวิท
 * แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110`, `99 หมู่ 5 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120`.
 * A red team sent these to a vendor unchanged.
 *
 * A Thai address is a house number (`123`, `123/45`, in Thai digits too) and the words of its
 * parts, each before its name or number: road (`ถนน`, `ถ.`), lane (`ซอย`, `ซ.`), village
 * (`หมู่`, `หมู่ที่`, `ม.`), sub-district (`แขวง`, `ตำบล`, `ต.`), district (`เขต`, `อำเภอ`, `อ.`)
 * and province (`จังหวัด`, `จ.`), then Bangkok (`กรุงเทพฯ`, `กรุงเทพมหานคร`, `กทม.`) or a province's
 * name before the postcode, and the postcode's five digits. Read: a house number and two or more
 * parts, or one part and the postcode, where a road, a lane or a village is next to the number,
 * the number has a `/` (`123/45`) or the postcode comes (`มี 5 ตำบลในอำเภอนี้`, "there are 5
 * sub-districts in this district", counts; `12/5 ถนนปิด`, "12 May, road closed", has one part);
 * or a house number after its label, `บ้านเลขที่` ("house number"), whatever follows, or after
 * `ที่อยู่` ("address") before a part (`ที่อยู่ 123/45 ถนนสุขุมวิท`). The span runs from the house
 * number to the last part or the postcode; the label stays. A road or a district named without
 * a house number (`ถนนสุขุมวิทรถติด`, `I live in Bangkok`) is no address.
 */
import type { EngineSpan } from "./percent-view.js";

/** A digit, ASCII or Thai. */
const DIGIT = "[0-9๐-๙]";
/**
 * A house number (`123`, `123/45`) not inside a number, after its label when written (group 1:
 * `บ้านเลขที่`, "house number", or `ที่อยู่`, "address", which is also "that stays" in a
 * sentence; not `เลขที่` alone, which numbers invoices and accounts as often).
 */
const HOUSE = new RegExp(
  `((?:บ้านเลขที่|ที่อยู่)[ \\t]?)?(?<![0-9๐-๙/.A-Za-z])${DIGIT}{1,5}(?:/${DIGIT}{1,4})?(?![0-9๐-๙])`,
  "g",
);
/** The words of an address's parts, written out or shortened with a full stop. */
const PART_WORDS = "ถนน|ถ\\.|ซอย|ซ\\.|หมู่(?:ที่)?|ม\\.|แขวง|ตำบล|ต\\.|เขต|อำเภอ|อ\\.|จังหวัด|จ\\.";
/**
 * A name in Thai letters, up to the next part's word where the parts are written without spaces
 * (`ถนนสุขุมวิทแขวงคลองเตย`).
 */
const NAME = "(?:(?!ถนน|ซอย|แขวง|ตำบล|เขต|อำเภอ|จังหวัด)[\\u0e01-\\u0e4e])+";
/** What parts are separated by: spaces, a comma, or nothing. */
const SEPARATOR = ",?[ \\t]{0,2}";
/**
 * An address's part after the one before it: its word, then a name with an optional number
 * (`ซอยสุขุมวิท 21`) or a number (`หมู่ 5`).
 */
const PART = new RegExp(
  `${SEPARATOR}(?:${PART_WORDS})[ \\t]?(?:${NAME}(?:[ \\t]?${DIGIT}{1,4}(?:/${DIGIT}{1,3})?(?![0-9๐-๙]))?|${DIGIT}{1,4}(?![0-9๐-๙]))`,
  "y",
);
/** The parts that follow a house number in an address: a road, a lane or a village. */
const STREET_PART = new RegExp(`${SEPARATOR}(?:ถนน|ถ\\.|ซอย|ซ\\.|หมู่|ม\\.)`, "y");
/** Bangkok as addresses write it, or a province's name before the postcode. */
const PROVINCE = new RegExp(`${SEPARATOR}(?:กรุงเทพ(?:ฯ|มหานคร)|กทม\\.?|${NAME}(?=[ \\t]?${DIGIT}{5}))`, "y");
/**
 * The most parts read after a house number: an address has at most seven (lane, road, village,
 * sub-district, district, province and a second lane), and a number rejected after its parts
 * leaves them to be read again from the next number, so the bound keeps that linear.
 */
const MAX_PARTS = 8;
/** The postcode: five digits, not glued to more. */
const POSTCODE = new RegExp(`${SEPARATOR}${DIGIT}{5}(?![0-9๐-๙])`, "y");

/**
 * What every such address holds, for the prose search (which ignores case) and as this reader's
 * gate: a house number's label, or a digit before a part's word.
 */
export const THAI_ADDRESS_HINT = `บ้านเลขที่|${DIGIT}${SEPARATOR}(?:${PART_WORDS})`;
const GATE = new RegExp(THAI_ADDRESS_HINT);

/** The end of the pattern `re` (sticky) at `from` in `text`, or -1. */
function endAt(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex : -1;
}

/** The Thai addresses in `text` (see the module note), sorted; `null` when none. */
export function findThaiAddresses(text: string): EngineSpan[] | null {
  if (!GATE.test(text)) return null;
  let out: EngineSpan[] | null = null;
  HOUSE.lastIndex = 0;
  for (let m = HOUSE.exec(text); m !== null; m = HOUSE.exec(text)) {
    let end = m.index + m[0].length;
    // a road, lane or village next to the house number, a house number of two, or a postcode
    // (read below) marks an address: `มี 5 ตำบลในอำเภอนี้` counts sub-districts
    STREET_PART.lastIndex = end;
    const marked = STREET_PART.test(text) || m[0].includes("/");
    let parts = 0;
    for (let next = endAt(PART, text, end); next !== -1 && parts < MAX_PARTS; next = endAt(PART, text, end)) {
      end = next;
      parts++;
    }
    const province = endAt(PROVINCE, text, end);
    const postcode = endAt(POSTCODE, text, province === -1 ? end : province);
    const found = postcode !== -1;
    // after `บ้านเลขที่` anything, after `ที่อยู่` a part (`คนที่อยู่ 5 คน`, "5 people who stay")
    const labelled = m[1]?.startsWith("บ้าน") === true || (m[1] !== undefined && parts >= 1);
    if (!labelled && !((marked || found) && (parts >= 2 || (parts === 1 && found)))) continue;
    if (found) end = postcode;
    else if (province !== -1) end = province;
    out ??= [];
    out.push([m.index + (m[1]?.length ?? 0), end, "contact.address"]);
    HOUSE.lastIndex = end;
  }
  return out;
}
