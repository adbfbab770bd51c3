/**
 * Japanese street addresses in prose, without a label (session 15): `東京都渋谷区神南1-2-3`,
 * `大阪府大阪市北区梅田3-1-1`, `渋谷区神南1丁目2番3号`, and the whole of `〒150-0041 東京都渋谷区神南1-2-3
 * 渋谷ビル5F`, where `labelled-accounts.ts` reads only the postcode after its mark. A red team sent
 * these to a vendor unchanged.
 *
 * A Japanese address names its divisions from the largest down and ends in block numbers, which no
 * other text has in that order. Read, as one span:
 * - a prefecture (`東京都`, `北海道`, `大阪府`, `京都府`, or one of the 43 `県`), a city, ward, town,
 *   village or district (a name ending in `市`, `区`, `町`, `村`, `郡`), the district's name
 *   (`神南`, `丸の内`, `みなとみらい`), and block numbers (`1-2-3`, `1丁目2番3号`, `3丁目`, `123番地`);
 * - without a prefecture, a designated city and its ward before three block numbers
 *   (`大阪市北区梅田3-1-1`), or a ward or city before a `丁目` and the next number (`渋谷区神南1丁目2番`),
 *   a number no other text writes;
 * - after the postal mark and its postcode (`〒100-0001 千代田区千代田1-1`), any district's name
 *   before block numbers;
 * then a building and its floor or room, glued on or after one space (`渋谷ビル5F`, `101号室`,
 * `メゾン渋谷201`). A postcode before the address (`150-0041 `) is part of it; the postal mark
 * stays, as a label does. Digits may be full-width (`１－２－３`), dashes any of `-−－‐ー`.
 * Not a prefecture or a city alone (`東京都の天気`), nor block numbers after a particle (`東京都で
 * 2-3人`) or before a counter (`梅田2-3人`, `1-2月`): numbers in a sentence about a place.
 */
import type { EngineSpan } from "./percent-view.js";

/** The 47 prefectures: the metropolis, the circuit, the two urban prefectures and the 43 `県`. */
const PREFECTURE = `(?:東京都|北海道|大阪府|京都府|(?:${[
  "青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜",
  "静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀",
  "長崎|熊本|大分|宮崎|鹿児島|沖縄",
].join("|")})県)`;
/**
 * A character of a place's name: kanji (with `々`), katakana (with `ー`, `ヶ`) and hiragana other
 * than the particles a sentence goes on with (`は`, `を`, `に`, `で`, `と`, `へ`, `も`, `や`, `か`;
 * `の` and `が` are in names: `丸の内`, `霞が関`).
 */
const NAME_CHAR =
  "[\\u4e00-\\u9fff\\u3400-\\u4dbf\\u3005\\u30a1-\\u30fcぁ-おがき-ごさ-ぢつ-どなぬねのば-ほま-めゃ-ゆょ-ゖ]";
/** The first character of a district's name after its ward or city: kanji or katakana. */
const NAME_START = "[\\u4e00-\\u9fff\\u3400-\\u4dbf\\u3005\\u30a1-\\u30fc]";
/** A digit, half- or full-width. */
const DIGITS = "[0-9０-９]";
/** A block's number: digits, half- or full-width, or kanji numerals (`三丁目`). */
const NUMBER = `(?:${DIGITS}{1,4}|[一二三四五六七八九十]{1,3})`;
/** A dash between block numbers: ASCII, minus, full-width, hyphen, or the long vowel mark typed for one. */
const DASH = "[-−－‐ー]";
/** What stands between block numbers: `丁目`, `番`, `番地`, `番地の`, or a dash. */
const BETWEEN = `(?:丁目|番地?の?|${DASH})`;
/** The block numbers of an address: two to four numbers (`1-2-3`, `1丁目2番3号`), or one named (`3丁目`, `123番地`). */
const BLOCK = `(?:${NUMBER}(?:${BETWEEN}${NUMBER}){1,3}(?:番地?|号)?|${NUMBER}(?:丁目|番地))`;
/**
 * After block numbers, not a counter (`2-3人`, `1-2月`, `10-12時` are amounts, months and hours),
 * nor more of a number (the block read whole, not a part of it).
 */
const NOT_COUNTED = `(?![0-9０-９一二三四五六七八九十丁番号地\\-−－‐ー時分秒日月年人名回歳円位点件個枚本台%％])`;
/**
 * A district's name after its ward or city, up to its block numbers; Sapporo's streets are
 * numbered in it (`北1条西2丁目`).
 */
const DISTRICT = `(?:${NAME_START}(?:${NAME_CHAR}|${DIGITS}{1,2}条){0,15}?)?[ 　]?`;
/** A postcode before an address (`150-0041 `), read with it. */
const POSTCODE = `${DIGITS}{3}${DASH}${DIGITS}{4}[ 　]{0,2}`;
/** A prefecture, a ward, city, town, village or district in it, a district's name and block numbers. */
const WITH_PREFECTURE = `(?:${POSTCODE})?${PREFECTURE}[ 　]?${NAME_CHAR}{0,8}?[市区町村郡]${DISTRICT}${BLOCK}`;
/** A designated city and its ward before three block numbers (`大阪市北区梅田3-1-1`). */
const CITY_AND_WARD = `${NAME_START}{1,5}市${NAME_CHAR}{1,5}?区${DISTRICT}${NUMBER}${DASH}${NUMBER}${DASH}${NUMBER}`;
/** A ward or city before a `丁目` and the next number (`渋谷区神南1丁目2番3号`). */
const WITH_CHOME = `${NAME_START}{1,6}[市区町村郡]${DISTRICT}${NUMBER}丁目${NUMBER}(?:番地?|号|${DASH})(?:${NUMBER}(?:号|番地?)?)?`;
/** Any district's name and block numbers after the postal mark and a postcode (`〒100-0001 千代田区千代田1-1`). */
const AFTER_POSTAL_MARK = `(?<=〒[ 　]?)${POSTCODE}${NAME_START}${NAME_CHAR}{0,23}?[ 　]?${BLOCK}`;
/** A Japanese address in one of the four forms above, its block numbers not counting something. */
const ADDRESS = new RegExp(
  `(?:${WITH_PREFECTURE}|${CITY_AND_WARD}|${WITH_CHOME}|${AFTER_POSTAL_MARK})${NOT_COUNTED}`,
  "g",
);
/**
 * A building and its floor or room after block numbers (`渋谷ビル5F`, ` 101号室`, `メゾン渋谷201`):
 * a name of kanji, kana or Latin letters before a number and `F`, `階`, `号`, `号室`, or before
 * a bare number of two to four digits.
 */
const BUILDING_CHAR = `(?:${NAME_CHAR}|[A-Za-zＡ-Ｚａ-ｚ])`;
const PREMISES = new RegExp(
  `[ 　]?(?:${BUILDING_CHAR}{0,20}?${DIGITS}{1,4}(?:[FＦ階]|号室?)|${BUILDING_CHAR}{1,20}?${DIGITS}{2,4}(?![0-9０-９-]))`,
  "y",
);
/**
 * What every such address holds, for the prose search (which ignores case) and as this reader's
 * gate: a prefecture's name (`県` alone), a designated city before its ward, `丁目`, or the postal
 * mark.
 */
export const JAPANESE_ADDRESS_HINT = String.raw`県|東京都|北海道|[京阪]府|市\S{1,5}区|丁目|〒`;
const GATE = new RegExp(JAPANESE_ADDRESS_HINT);

/** The Japanese addresses in `text` (see the module note), sorted; `null` when none. */
export function findJapaneseAddresses(text: string): EngineSpan[] | null {
  if (!GATE.test(text)) return null;
  let out: EngineSpan[] | null = null;
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    let end = m.index + m[0].length;
    PREMISES.lastIndex = end;
    if (PREMISES.test(text)) end = PREMISES.lastIndex;
    out ??= [];
    out.push([m.index, end, "contact.address"]);
    ADDRESS.lastIndex = end;
  }
  return out;
}
