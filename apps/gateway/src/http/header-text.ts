/**
 * Header values the engine can read as the vendor will, and write back as they will go (session
 * 16, red-team H3 and H11).
 *
 * Node hands a header value over as Latin-1, one character per byte. A UTF-8 value
 * (`X-Remark: 我叫张三`) was read by the engine as Latin-1 mojibake, where none of its finders
 * match, and forwarded byte for byte to a vendor that reads it as UTF-8: a name, an address, a
 * fullwidth e-mail address passed unread. A header value's charset is not declared anywhere, so
 * which reading the vendor uses cannot be known; as for a body in an undeclared charset, a header
 * that would reach the vendor with a byte above 0x7F is refused. One the engine drops anyway
 * (a header no vendor needs, `unknownHeaders: drop`) does no harm and is not. No vendor's SDK
 * sends such a value.
 *
 * The engine may also write a value Node cannot send: JSON in a header (`{"note":"\u5f20..."}`)
 * is re-encoded minimally when a span in it is redacted, so its `\u` escapes become the
 * characters. That was answered 502 `upstream_unreachable`, blaming the vendor; it is now the
 * gateway's own `encoding_failure`, before anything is sent.
 */
import type { HeaderPair } from "@kago/redaction";
import { RefusalError } from "../errors.js";

function hasNonAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * Refuses headers about to be sent (`sent`, after redaction) that hold a value outside ASCII:
 * `non_ascii_header` when the caller sent that header so (`received`), `encoding_failure` when
 * the redaction made it so.
 */
export function assertSendableHeaders(sent: readonly HeaderPair[], received: readonly HeaderPair[]): void {
  for (const [name, value] of sent) {
    if (!hasNonAscii(value)) continue;
    const asReceived = received.some(([n, v]) => n === name && hasNonAscii(v));
    throw new RefusalError(asReceived ? "non_ascii_header" : "encoding_failure");
  }
}
