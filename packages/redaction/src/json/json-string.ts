/** Decoding and encoding of JSON string contents (the text between the quotes). */

const HEX = "0123456789abcdef";
/** A character that {@link encodeJsonString} escapes: `"`, `\\`, a control character, a surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON must escape exactly these code units
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Decodes the contents of a JSON string whose escapes the scanner already validated. */
export function decodeJsonString(raw: string): string {
  let out = "";
  let from = 0;
  let i = raw.indexOf("\\");
  while (i !== -1) {
    out += raw.slice(from, i);
    const c = raw.charCodeAt(i + 1);
    switch (c) {
      case 98:
        out += "\b";
        break;
      case 102:
        out += "\f";
        break;
      case 110:
        out += "\n";
        break;
      case 114:
        out += "\r";
        break;
      case 116:
        out += "\t";
        break;
      case 117:
        out += String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16));
        from = i + 6;
        i = raw.indexOf("\\", from);
        continue;
      default:
        out += raw[i + 1];
    }
    from = i + 2;
    i = raw.indexOf("\\", from);
  }
  return out + raw.slice(from);
}

function u4(c: number): string {
  return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
}

/**
 * Encodes a string as a JSON string literal, quotes included: `"` and `\` and control characters
 * escaped (short forms where JSON has them), lone surrogates as `\uXXXX` so the result is valid
 * UTF-8; everything else as is.
 */
export function encodeJsonString(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  let out = '"';
  let from = 0;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    let rep: string | null = null;
    if (c === 34) rep = '\\"';
    else if (c === 92) rep = "\\\\";
    else if (c < 32) {
      rep =
        c === 10 ? "\\n" : c === 13 ? "\\r" : c === 9 ? "\\t" : c === 8 ? "\\b" : c === 12 ? "\\f" : u4(c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = u4(c);
    }
    if (rep !== null) {
      out += value.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return `${out}${value.slice(from)}"`;
}
