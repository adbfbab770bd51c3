/**
 * What a decoded text or form body must be to count as text the engine can inspect: no control
 * character other than tab, line feed and carriage return (the engine's own definition of text,
 * for text hidden in base64 or hex). A NUL is what UTF-16 or UTF-32 without a byte-order mark
 * looks like when read as UTF-8 (`{\0"\0e\0m\0...`), and control bytes are what binary data
 * looks like: a vendor that sniffs the encoding (Python's `json.loads` on bytes does) or
 * decompresses the bytes would read what the engine never saw.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the control characters text does not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when `text` holds a control character other than tab, line feed and carriage return. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}
