/**
 * One pass over a text, counting the characters the text finders need, so each finder runs only
 * when the text holds enough of them to make a match possible.
 */

/** The e-mail finder may match: the text holds an `@`. */
export const RUN_EMAIL = 1;
/** The IPv6 finder may match: at least two `:`. */
export const RUN_IPV6 = 2;
/** The separated MAC finder may match: at least five `:` or five `-` (six octets, one separator). */
export const RUN_MAC_SEPARATED = 4;
/** The dotted (Cisco) MAC finder may match: two `.` five apart (`xxxx.xxxx.xxxx`). */
export const RUN_MAC_DOTTED = 8;
/** The IPv4 finder may match: at least three `.` and four digits. */
export const RUN_IPV4 = 16;
/**
 * The phone/IMEI finder may match: eight digits within one run of phone characters (digits and
 * space `-` `.` `(` `)` `+`; the finder's windows never leave such a run, and the shortest phone
 * form has eight digits).
 */
export const RUN_NUMBER = 32;

/**
 * Bit mask of the finders that may match in `text` (the `RUN_*` bits). Each bit stands for a
 * necessary condition of its finder, never a sufficient one: zero means no finder can match.
 */
export function finderMask(text: string): number {
  let digits = 0;
  let colons = 0;
  let hyphens = 0;
  let dots = 0;
  let at = false;
  let lastDot = -10;
  let dotsFiveApart = false;
  let runDigits = 0; // digits in the current run of phone characters (digits, space - . ( ) +)
  let maxRunDigits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 57) {
      if (c >= 48) {
        digits++;
        if (++runDigits > maxRunDigits) maxRunDigits = runDigits;
        continue;
      }
      if (c === 46) {
        dots++;
        if (i - lastDot === 5) dotsFiveApart = true;
        lastDot = i;
        continue;
      }
      if (c === 45) {
        hyphens++;
        continue;
      }
      if (c === 32 || c === 40 || c === 41 || c === 43) continue;
    } else if (c === 58) colons++;
    else if (c === 64) at = true;
    runDigits = 0;
  }
  let mask = at ? RUN_EMAIL : 0;
  if (colons >= 2) mask |= RUN_IPV6;
  if (colons >= 5 || hyphens >= 5) mask |= RUN_MAC_SEPARATED;
  if (dotsFiveApart) mask |= RUN_MAC_DOTTED;
  if (dots >= 3 && digits >= 4) mask |= RUN_IPV4;
  if (maxRunDigits >= 8) mask |= RUN_NUMBER;
  return mask;
}
