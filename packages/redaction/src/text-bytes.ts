/**
 * What decoded bytes must be to count as text: UTF-8 with no control character but tab, line
 * feed and carriage return. Shared by the readers of encoded text (`base64-text.ts`, `hex-text.ts`).
 */

/**
 * One more byte at the start of what should be text: given the continuation bytes still owed by
 * the last lead byte (`owed`, 0 at the start), the number owed after `byte`, or -1 when `byte`
 * cannot continue UTF-8 text (a stray continuation, a control character, an invalid lead).
 */
export function nextTextByte(owed: number, byte: number): number {
  if (owed > 0) return (byte & 0xc0) === 0x80 ? owed - 1 : -1;
  if (byte < 0x80) return (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f ? -1 : 0;
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return -1;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the control characters text does not hold
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** True when decoded `text` holds a control character other than tab, line feed and carriage return. */
export function hasControlChar(text: string): boolean {
  return CONTROL.test(text);
}
