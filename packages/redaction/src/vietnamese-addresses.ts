/**
 * Vietnamese street addresses in prose, without a label (session 15): `123 Nguyễn Huệ, Phường Bến
 * Nghé, Quận 1, TP.HCM`, `số 12 ngõ 34 phố Huế, Hà Nội`, `45/6 hẻm 12 đường Lê Văn Sỹ`. A red
 * team sent these to a vendor unchanged, and `Địa chỉ: 123 Nguyễn Huệ, Quận 1` lost only its
 * street (the label's value ends at the comma).
 *
 * Read, from a house number (`123`, `12A`, `45/6`; after `số` or `số nhà`, "number", which stay):
 * lanes (`ngõ`, `ngách`, `hẻm`, `kiệt` and a number), a street (`đường` or `phố` and a name, or a
 * capitalised name alone: `Nguyễn Huệ`), then behind commas the divisions (`Phường`, `Quận`,
 * `Huyện`, `Xã`, `Thị xã`, `Thị trấn`, `Thành phố`, `Tỉnh`, `Khu phố`, `Ấp`, `Thôn`, in either
 * case, and `P.`, `Q.`, `TP.`, each before a capitalised name or a number) and a city that ends an
 * address (`Hà Nội`, `TP.HCM`, `Sài Gòn`, `Đà Nẵng`...). An address is the house number before a
 * lane or a street word (`12 phố Huế`, the street word next to the number as in the English
 * reader), or before a name and a division written out (`123 Nguyễn Huệ, Quận 1`), or two
 * shortened (`12 Lê Lợi, P. Bến Thành, Q. 1`; one alone is a citation's page as often: `Smith,
 * p. 12`). A division or city named alone (`Quận 1 rất đẹp`, `ở Hà Nội`) is no address.
 */
import type { EngineSpan } from "./percent-view.js";

/** A house number, not inside a word or number, after `số` or `số nhà` when written (group 1). */
const HOUSE =
  /((?<![\p{L}\p{N}])[Ss]ố(?: nhà)? )?(?<![\p{L}\p{N}/])\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?){0,2}(?![\p{L}\p{N}])/gu;
/** A lane: `ngõ 34`, `hẻm 45/6`, `ngách 2`, `kiệt 7`. */
const LANE = /,? (?:[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt) \d{1,4}[A-Za-z]?(?:\/\d{1,4})*(?![\p{L}\p{N}])/uy;
/** A capitalised word, Vietnamese's letters precomposed or with combining marks (`Nguyễn`, `HCM`). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*`;
/** A name: one to four capitalised words (`Nguyễn Huệ`, `Bến Nghé`, `Lê Văn Sỹ`). */
const NAME = `${WORD}(?: ${WORD}){0,3}`;
/** A street after its word (`đường Lê Lợi`, `phố Huế`, `đường 3/2`), group 1 the word. */
const STREET = new RegExp(
  String.raw`,? ([Đđ]ường |[Pp]hố )?(?:${NAME}|(?<=[Đđ]ường |[Pp]hố )\d{1,3}(?:\/\d{1,2})?)(?![\p{L}\p{N}])`,
  "uy",
);
/**
 * A division behind a comma, before a name or a number: written out (group 1) or shortened
 * (`P.`, `Q.`, `TP.`, `Tp.`).
 */
const DIVISION = new RegExp(
  String.raw`, ?(?:([Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị [Xx]ã|[Tt]hị [Tt]rấn|[Tt]hành [Pp]hố|[Tt]ỉnh|[Kk]hu [Pp]hố|[Ấấ]p|[Tt]hôn) |(?:P|Q|TP|Tp)\. ?)(?:${NAME}|\d{1,2})(?![\p{L}\p{N}])`,
  "uy",
);
/** A city that ends an address, behind a comma. */
const CITY =
  /, ?(?:Hà Nội|TP\.? ?HCM|TPHCM|Hồ Chí Minh|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang|Đà Lạt|Vũng Tàu|Biên Hòa)(?![\p{L}\p{N}])/uy;

/**
 * What every such address holds, for the prose search (which ignores case) and as this reader's
 * gate: a digit before a lane or a street word, or a division behind a comma.
 */
export const VIETNAMESE_ADDRESS_HINT = String.raw`\d[a-z]?,? (?:ngõ|ngách|hẻm|kiệt|đường|phố)|, ?(?:phường|quận|huyện|xã|thị|thành phố|tỉnh|khu phố|ấp|thôn|p\.|q\.|tp\.)`;
const GATE = new RegExp(VIETNAMESE_ADDRESS_HINT, "i");

/** The end of the pattern `re` (sticky) at `from` in `text`, or -1. */
function endAt(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex : -1;
}

/** The Vietnamese addresses in `text` (see the module note), sorted; `null` when none. */
export function findVietnameseAddresses(text: string): EngineSpan[] | null {
  if (!GATE.test(text)) return null;
  let out: EngineSpan[] | null = null;
  HOUSE.lastIndex = 0;
  for (let m = HOUSE.exec(text); m !== null; m = HOUSE.exec(text)) {
    let end = m.index + m[0].length;
    let lanes = 0;
    for (let next = endAt(LANE, text, end); next !== -1; next = endAt(LANE, text, end), lanes++) end = next;
    STREET.lastIndex = end;
    const street = STREET.exec(text);
    if (street === null && lanes === 0) continue;
    if (street !== null) end = STREET.lastIndex;
    let written = 0;
    let shortened = 0;
    DIVISION.lastIndex = end;
    for (let d = DIVISION.exec(text); d !== null; d = DIVISION.exec(text)) {
      if (d[1] === undefined) shortened++;
      else written++;
      end = DIVISION.lastIndex;
    }
    // a lane or a street word next to the number, or a name and its divisions
    if (lanes === 0 && street?.[1] === undefined && written === 0 && shortened < 2) continue;
    const city = endAt(CITY, text, end);
    if (city !== -1) end = city;
    out ??= [];
    out.push([m.index + (m[1]?.length ?? 0), end, "contact.address"]);
    HOUSE.lastIndex = end;
  }
  return out;
}
