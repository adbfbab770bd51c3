/**
 * What a decoded text or form body must be to count as text the engine can inspect: no control
 * character other than tab, line feed and carriage return (the engine's own definition of text,
 * for text hidden in base64 or hex). A NUL is what UTF-16 or UTF-32 without a byte-order mark
 * looks like when read as UTF-8 (`{\0"\0e\0m\0...`), and control bytes are what binary data
 * looks like: a vendor that sniffs the encoding (Python's `json.loads` on bytes does) or
 * decompresses the bytes would read what the engine never saw. And (session 20) when a text body
 * is a form document, which a vendor reads as pairs: {@link isFormDocument}.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the control characters text does not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when `text` holds a control character other than tab, line feed and carriage return. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * A key of a form pair as encoders write one: letters, digits, `*` `-` `.` `_` `~`, the brackets
 * of PHP and Rails arrays (`a[0][name]`), and percent escapes; a name, not a blob, so at most 64
 * characters (a base64 string ending in `=` is no key).
 */
const FORM_KEY = /^(?:[A-Za-z0-9*._~[\]-]|%[0-9A-Fa-f]{2}){1,64}$/;

/** White space or a control character: no encoder writes one raw into a form value. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters no form value holds
const NOT_IN_VALUE = /[\u0000-\u001f\u007f]/;

/** A blank, which a hand-built form of two or more pairs may hold in a value (`note=hello world&ln=x`). */
const BLANK = /\s/;

/**
 * Session 20 (red team round 10, F10): `text` is an `application/x-www-form-urlencoded` document,
 * which a vendor that parses forms whatever the Content-Type says reads as pairs, so a text body
 * that is one is read as a form (the codec decodes it as `form`; the engine then removes `ln`,
 * `ph`, `db` by their keys, which the text finders cannot see). All of:
 * - one or more pairs joined by `&`, each `key=value` with a key of {@link FORM_KEY};
 * - no control character, tab or line break in a value (one line break may end the document);
 * - percent escapes all valid, decoding (with `+` as a space) to UTF-8;
 * - a single pair has no blank in its value: `note=hello world` is a sentence, read as text (its
 *   named values are read there too), while `note=hello world&ln=solberg` is a hand-built form.
 * Prose, logfmt (`user=bob action=login`), URLs and base64 fail the key rule at once.
 */
export function isFormDocument(text: string): boolean {
  const end = text.endsWith("\r\n") ? text.length - 2 : text.endsWith("\n") ? text.length - 1 : text.length;
  const body = text.slice(0, end);
  const pairs = body.split("&");
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq < 1 || !FORM_KEY.test(pair.slice(0, eq))) return false;
    const value = pair.slice(eq + 1);
    if (NOT_IN_VALUE.test(value) || (pairs.length === 1 && BLANK.test(value))) return false;
  }
  try {
    decodeURIComponent(body.replace(/\+/g, " "));
  } catch {
    return false; // a `%` that is no escape, or escapes of bytes that are no UTF-8
  }
  return true;
}
