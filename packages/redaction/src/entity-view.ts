/**
 * HTML character references in free text: `erik&#64;example&#46;org`, `&#x2B;44 7700 900417`,
 * `erik&commat;example&period;org` read as a browser (or any HTML-aware reader) would show them.
 * Text copied out of web pages, rich-text messages and HTML e-mail carries them, and they hide a
 * value from every finder that reads ASCII.
 */
import { viewOfMatches } from "./match-view.js";
import type { DecodedView } from "./percent-view.js";

/** Named references a finder's characters may be written with, and common ones around them. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["apos", "'"],
  ["colon", ":"],
  ["commat", "@"],
  ["dash", "\u2010"],
  ["gt", ">"],
  ["hyphen", "\u2010"],
  ["lowbar", "_"],
  ["lpar", "("],
  ["lt", "<"],
  ["minus", "\u2212"],
  ["nbsp", "\u00a0"],
  ["period", "."],
  ["plus", "+"],
  ["quot", '"'],
  ["rpar", ")"],
]);

/** A numeric reference (`&#64;`, `&#x40;`, the `;` optional as browsers read it) or a named one. */
const REFERENCE = /&(?:#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));?|([A-Za-z]{2,6});)/g;

/** The character a reference stands for, or `null` (an unknown name, a code point no text holds). */
function referenced(
  hex: string | undefined,
  dec: string | undefined,
  name: string | undefined,
): string | null {
  if (name !== undefined) return NAMED.get(name.toLowerCase()) ?? null;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/**
 * `s` with its character references decoded, and for each code unit (and the end) its offset in
 * `s`; `null` when it holds none that decodes.
 */
export function entityView(s: string): DecodedView | null {
  if (s.indexOf("&") === -1) return null;
  return viewOfMatches(s, REFERENCE, (m) => referenced(m[1], m[2], m[3]));
}
