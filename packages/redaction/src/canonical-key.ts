/**
 * Canonical forms of field names, in which the key table looks them up. Since session 16 a key is
 * first read as it is spelled ({@link spelledKey}): full-width letters, compatibility forms and
 * invisible characters do not make another name (a red-team probe: `ｐｈｏｎｅ`, `ph\u00adone` and
 * `ph\u200bone` kept a phone number that `phone` removes).
 */
import { foldTypography } from "@kago/personal-data";

/**
 * The traditional characters of the Chinese field names backends in Hong Kong and Taiwan write
 * (`電話`, `電子郵件`, `暱稱`, `性別`, `收貨地址`, `身份證號`), each with its simplified form, which the key
 * table holds. Only these: a key is folded, not translated.
 */
const SIMPLIFIED: ReadonlyMap<number, string> = new Map(
  [
    ["電", "电"],
    ["話", "话"],
    ["郵", "邮"],
    ["號", "号"],
    ["碼", "码"],
    ["機", "机"],
    ["聯", "联"],
    ["繫", "系"],
    ["係", "系"],
    ["絡", "络"],
    ["實", "实"],
    ["暱", "昵"],
    ["稱", "称"],
    ["別", "别"],
    ["貨", "货"],
    ["詳", "详"],
    ["細", "细"],
    ["個", "个"],
    ["簡", "简"],
    ["簽", "签"],
    ["網", "网"],
    ["戶", "户"],
    ["證", "证"],
  ].map(([traditional, simplified]) => [(traditional as string).charCodeAt(0), simplified as string]),
);

/** The first character of a CJK block: below it, no character folds. */
const FIRST_HAN = 0x3400;

/** The simplified form of the character `c` when it is one of the traditional ones folded, else `undefined`. */
export function simplifiedHan(c: number): string | undefined {
  return c >= FIRST_HAN ? SIMPLIFIED.get(c) : undefined;
}

/**
 * True for a code unit that no spelling fold changes: ASCII, the CJK ideographs and the Hangul
 * syllables, of which nearly every key is made, so that such a key is read without normalising it.
 */
function plainCode(c: number): boolean {
  return (
    c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xac00 && c <= 0xd7a3)
  );
}

/**
 * The default-ignorable code points (soft hyphen, zero-width space and joiners, word joiner,
 * bidirectional marks, variation selectors, Hangul fillers, tags): a renderer shows nothing for
 * them, so a key written with them reads as the key without them. Read by {@link spelledKey} to
 * drop them.
 */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * `raw` as it reads: in Unicode compatibility form (NFKC: full-width and mathematical letters,
 * ligatures, half-width katakana), without default-ignorable code points, and with the typographic
 * dashes and spaces written `-` and space (`foldTypography`), so that `ｐｈｏｎｅ`, `ph\u00adone`,
 * `ph\u200bone` and `phone\u2011number` are `phone` and `phone-number`. Case is kept (it splits
 * words). A key of ASCII, CJK ideographs and Hangul syllables alone is returned as it is, without
 * normalising (session 16).
 */
export function spelledKey(raw: string): string {
  let i = 0;
  while (i < raw.length && plainCode(raw.charCodeAt(i))) i++;
  if (i === raw.length) return raw;
  const normal = raw.normalize("NFKC").replace(DEFAULT_IGNORABLE, "");
  return foldTypography(normal)?.text ?? normal;
}

/** True when `canonicalKey` changes the character `c` (or drops it). */
function folds(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || c === 95 || c === 45 || c === 46 || c === 32 || simplifiedHan(c) !== undefined
  );
}

/**
 * Canonical form of a field name: its spelling folded ({@link spelledKey}), ASCII letters lower-cased, the separators `_`, `-`, `.` and
 * space removed, and the traditional Chinese characters of the key table's Chinese names written
 * in their simplified form. `First_Name`, `first-name`, `firstName` and `FIRST NAME` all become
 * `firstname`; `電話` becomes `电话`. Escapes (JSON `\u0041`, percent-encoding) are folded before
 * this runs, by the decoder of the surrounding format.
 */
export function canonicalKey(raw: string): string {
  return canonicalOfSpelled(spelledKey(raw));
}

/** {@link canonicalKey} of a key whose spelling is already folded ({@link spelledKey}). */
export function canonicalOfSpelled(raw: string): string {
  const n = raw.length;
  let i = 0;
  for (; i < n; i++) if (folds(raw.charCodeAt(i))) break;
  if (i === n) return raw;
  let out = raw.slice(0, i);
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 95 || c === 45 || c === 46 || c === 32) continue;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : (simplifiedHan(c) ?? raw[i]);
  }
  return out;
}
