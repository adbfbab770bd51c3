/**
 * Header values as text: read as the vendor reads them, written back as the bytes they came in
 * (session 16, red-team H3 and H11; session 17, red-team R10).
 *
 * Node hands a header value over as Latin-1, one character per byte, and writes one back the same
 * way (a character above U+00FF it refuses). A UTF-8 value (`X-Remark: 我叫张三`) read so is
 * mojibake, where none of the engine's finders match, while the vendor reads the name: session 16
 * refused every such header the vendor would receive (`non_ascii_header`), and with it the
 * Chinese app names and device models Chinese apps put in their `User-Agent` to aliyun, which may
 * receive it (R10). Since session 17 a value whose bytes are valid UTF-8 (a fatal decoder: no
 * over-long form, no surrogate, nothing above U+10FFFF) is handed to the engine decoded, read like
 * any ASCII value, and what the engine keeps is sent as its UTF-8 bytes: an untouched value
 * arrives byte for byte. Bytes that are not UTF-8 (Latin-1 `é` as 0xE9, a cut sequence) have no
 * reading the gateway can vouch for and stay refused when the vendor would receive them; one the
 * policy drops anyway is dropped.
 *
 * The engine may also write a value that cannot be sent as it came: JSON in a header
 * (`{"note":"\u5f20..."}`) is re-encoded minimally when a span in it is redacted, so its `\u`
 * escapes become the characters. In a value that arrived as ASCII that would put UTF-8 bytes
 * where the caller sent none (and was answered 502 `upstream_unreachable` before session 16,
 * blaming the vendor); it is the gateway's own `encoding_failure`, before anything is sent, as is
 * text no bytes can carry (a lone surrogate) or a control character Node refuses to write.
 */
import type { HeaderPair } from "@kago/redaction";
import { RefusalError } from "../errors.js";

/** Request headers as text, with how each non-ASCII one arrived. */
export interface HeaderText {
  /** The headers in arrival order, UTF-8 values decoded; an unreadable value as received. */
  readonly headers: readonly HeaderPair[];
  /** Names with a value above ASCII: `utf-8` when every such value decoded, else `unreadable`. */
  readonly nonAscii: ReadonlyMap<string, "utf-8" | "unreadable">;
}

/** Strict UTF-8: a malformed, over-long or surrogate sequence throws; a leading BOM is kept. */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A lone surrogate (with the `u` flag a pair is one code point): text no UTF-8 bytes encode, so
 * Node's encoder would write U+FFFD in its place.
 */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A character Node refuses in a header value it writes (its `checkInvalidHeaderChar`: anything
 * but tab, visible ASCII and one byte above 0x7F): a control character the engine wrote, as JSON
 * in a header whose `\u0001` escape the re-encoding wrote as the character.
 */
const UNWRITABLE_CONTROL = /[^\t\x20-\x7e\u0080-\uffff]/;

function hasNonAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** The UTF-8 text of a header value as Node hands it over (one char per byte), or undefined. */
function decodeUtf8(latin1: string): string | undefined {
  try {
    return UTF8.decode(Buffer.from(latin1, "latin1"));
  } catch {
    return undefined;
  }
}

/** Request headers as Node hands them over (one char per byte), read as text. */
export function readHeaderText(received: readonly HeaderPair[]): HeaderText {
  const nonAscii = new Map<string, "utf-8" | "unreadable">();
  let headers: HeaderPair[] | undefined;
  for (let i = 0; i < received.length; i++) {
    const [name, value] = received[i] as HeaderPair;
    if (!hasNonAscii(value)) continue;
    const text = decodeUtf8(value);
    if (text === undefined) {
      nonAscii.set(name, "unreadable");
      continue;
    }
    if (nonAscii.get(name) !== "unreadable") nonAscii.set(name, "utf-8");
    headers ??= [...received];
    headers[i] = [name, text];
  }
  return { headers: headers ?? received, nonAscii };
}

/**
 * Refuses headers about to be sent (`sent`, after redaction) that cannot go as they are:
 * `non_ascii_header` when one still holds what arrived as bytes that are not UTF-8,
 * `encoding_failure` when the redaction wrote text outside ASCII into a value that arrived as
 * ASCII, text no bytes encode, or a control character.
 */
export function assertSendableHeaders(sent: readonly HeaderPair[], received: HeaderText): void {
  for (const [name, value] of sent) {
    if (UNWRITABLE_CONTROL.test(value)) throw new RefusalError("encoding_failure");
    if (!hasNonAscii(value)) continue;
    const arrived = received.nonAscii.get(name);
    if (arrived === "unreadable") throw new RefusalError("non_ascii_header");
    if (arrived === undefined || LONE_SURROGATE.test(value)) throw new RefusalError("encoding_failure");
  }
}

/** A header value as Node must be given it to write the text's UTF-8 bytes (one char per byte). */
export function wireHeaderValue(text: string): string {
  return hasNonAscii(text) ? Buffer.from(text, "utf8").toString("latin1") : text;
}
