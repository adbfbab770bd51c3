/**
 * Chinese street addresses in prose, without a label: `我在北京市朝阳区建国路88号`,
 * `送到上海市浦东新区世纪大道100号3栋2单元501室`. A delivery address typed into an IM chat has the
 * shape every Chinese address has, a road and its door number, which no other text has.
 *
 * Read: a road's word (`路`, `街`, `大道`, `大街`, `巷`, `弄`, `胡同`) followed by a door number
 * (`88号`, `88-1号`, `八十八号`, `88 号`; not a metro line, `三号线`), or a residential compound's
 * word (`小区`, `花园`, `公寓`, `大厦`, `家园`, `新村`, `社区`, `苑`) followed by a building's number
 * (`阳光小区3栋`); back from it the ideographs, digits and Latin letters of the road's or compound's
 * name and of the divisions before it (`北京市朝阳区`, at most 24 characters), from after the last
 * word that is no part of an address (`在`, `到`, `是`, `的`, `我`, `送`, `和`, `址`...); forward,
 * the building, unit, floor and room (`3栋2单元501室`, and a bare room number after a unit:
 * `2单元501`). Not `道` or `里` alone: they are measure
 * words and "inside" as often (`这道3号题`, `店里3号`, the 3rd of a month). The whole address is
 * one span, category `contact.address`. And what a writer says after `我住在`, `家住`, `住址是`
 * (`RESIDENCE`; session 13): their address whatever its shape, to the clause's end.
 */
import type { EngineSpan } from "./percent-view.js";
import { isIdeographCode, isLatinLetterCode } from "./scripts.js";

/** Chinese numerals a door number may be written in (`八十八号`). */
const NUMERALS = "一二三四五六七八九十百零〇两";
/**
 * A road's word and its door number (digits or numerals, a space allowed around the number, not
 * a metro line: `三号线`; a section, `人民南路四段12号`, as Chengdu and Taiwan number long roads;
 * session 13), a residential compound's word before a building's number (`阳光小区` before `3栋`;
 * the building is read with the premises), or ideographs before a building and a unit
 * (`花家地北里3号楼2单元501`, no road nor compound word; session 13).
 */
const ANCHOR = new RegExp(
  `(?:路|大道|大街|街|巷|弄|胡同)(?:[${NUMERALS}\\d]{1,2}段)? ?(?:\\d{1,5}(?:-\\d{1,5})?|[${NUMERALS}]{1,6}) ?[号號](?![线線])|(?:小区|花园|公寓|大厦|家园|新村|社区|苑)(?=(?:\\d{1,4}|[A-Za-z]) ?(?:栋|幢|号楼|號樓|座))|(?<=\\p{sc=Han})(?=[A-Za-z\\d]{1,4} ?(?:号楼|號樓|栋|幢|座) ?\\d{1,3} ?[单單]元)`,
  "gu",
);

/**
 * What every street address holds, for the prose search: a road word's last character and a digit
 * or a numeral, a compound word's last character and a building's number or letter, or a unit.
 */
export const CHINESE_ADDRESS_HINT = `[路道街巷弄同] ?[\\d${NUMERALS}]|[区园寓厦村苑][\\dA-Za-z]|[单單]元`;
/**
 * The building, unit, floor and room after a door number or a compound (`3栋2单元501室`), a
 * courtyard's `院` first (`5号院3号楼`; session 13).
 */
const PREMISES = /院?(?:[A-Za-z\d]{1,5} ?(?:栋|幢|座|号楼|號樓|單元|单元|层|楼|室|户))*/y;
/** A room's bare number after a unit or a floor (`2单元501`). */
const ROOM = /\d{2,5}(?:室|房|号)?(?!\d)/y;
/** Words before an address that are no part of it. */
const NOT_ADDRESS = new Set("在到至往于是的我你他她给寄送住从为和与及或去来回址".split(""));
const MAX_BACK = 24;

/** An ideograph, a digit or a Latin letter: what a road's and a division's names are written in. */
function isNameCode(c: number): boolean {
  return isIdeographCode(c) || isLatinLetterCode(c) || (c >= 48 && c <= 57);
}

/**
 * Where a writer says where they live (session 13): `我住在`, `我家在`, `家住`, `住址是`, `现住`.
 * What follows is their address whatever its shape (`我住在朝阳区望京SOHO T1 2501` has no road
 * and door number), so it is read to the clause's end: ideographs, Latin letters, digits, spaces
 * and `-`, at most 40, not a word that says where without saying an address (`附近`, `这里`,
 * `学校`: {@link NOT_A_RESIDENCE}).
 */
const RESIDENCE =
  /(?:我家?住在|我家在|家住(?:在)?|住址(?:是|为)?[:：]?|现住(?:在|址)?|我的(?:家庭|收货|详细|家)?地址(?:是|为)?[:：]?)[ \t]*/g;
/** What the prose search looks for in front of {@link RESIDENCE}. */
export const RESIDENCE_HINT = "住在|家在|家住|住址|现住|我的(?:家庭|收货|详细|家)?地址";
/** A residence's words, to the clause's end. */
const RESIDENCE_WORDS = /[\p{sc=Han}A-Za-z\d][\p{sc=Han}A-Za-z\d \t#-]{1,39}/uy;
/** Words after `我住在` that say where without an address: nearby, here, at school, abroad. */
const NOT_A_RESIDENCE =
  /^(?:附近|这|那|隔壁|楼上|楼下|家里|宿舍|学校|公司|单位|外地|国外|农村|乡下|城里|市区|郊区|一起|一块|同一|哪|不|没|错|改|变|换|有误|填错|是什么|呢|吗)/;

/** The Chinese street addresses in `text` (see the module note), sorted; `null` when none. */
export function findChineseAddresses(text: string): EngineSpan[] | null {
  const out: EngineSpan[] = [];
  let floor = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const road = m.index;
    let start = road;
    while (start > floor && road - start < MAX_BACK && isNameCode(text.charCodeAt(start - 1))) start--;
    for (let i = road - 1; i >= start; i--) {
      if (NOT_ADDRESS.has(text.charAt(i))) {
        start = i + 1;
        break;
      }
    }
    if (start === road) continue; // a road needs a name
    const premises = road + m[0].length;
    PREMISES.lastIndex = premises;
    PREMISES.test(text);
    let end = PREMISES.lastIndex;
    ROOM.lastIndex = end;
    if (end > premises && ROOM.test(text)) end = ROOM.lastIndex;
    out.push([start, end, "contact.address"]);
    floor = end;
    ANCHOR.lastIndex = end;
  }
  addResidences(text, out);
  return out.length === 0 ? null : out;
}

/**
 * Adds to `out` (the road addresses, sorted) what a writer says after `我住在`, `家住`... (see
 * {@link RESIDENCE}) where no road address was read inside it; keeps `out` sorted.
 */
function addResidences(text: string, out: EngineSpan[]): void {
  const roads = out.length;
  let road = 0; // the first road address that may end after a residence's start (both go forward)
  RESIDENCE.lastIndex = 0;
  for (let m = RESIDENCE.exec(text); m !== null; m = RESIDENCE.exec(text)) {
    const at = RESIDENCE.lastIndex;
    RESIDENCE_WORDS.lastIndex = at;
    if (!RESIDENCE_WORDS.test(text) || NOT_A_RESIDENCE.test(text.slice(at, at + 2))) continue;
    let end = RESIDENCE_WORDS.lastIndex;
    while (end > at && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    while (road < roads && (out[road] as EngineSpan)[1] <= at) road++;
    if (road === roads || (out[road] as EngineSpan)[0] >= end) out.push([at, end, "contact.address"]);
  }
  if (out.length > roads && roads > 0) out.sort((a, b) => a[0] - b[0]);
}
