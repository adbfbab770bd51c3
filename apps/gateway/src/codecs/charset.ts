/**
 * Text charsets the gateway can decode strictly and encode back byte for byte.
 *
 * ISO-8859-1 is accepted only for bodies that are plain ASCII: every vendor behind the gateway
 * reads its bodies as UTF-8 whatever the label says (RFC 8259 JSON is UTF-8), so a non-ASCII
 * byte under a Latin-1 label would be inspected as one text and read by the vendor as another
 * (UTF-8 Chinese seen as mojibake, every non-ASCII detector blind). Pure ASCII reads the same
 * under both.
 */
import { isAscii } from "node:buffer";
import { type Refusal, refusal } from "../errors.js";

/** A supported charset. */
export type Charset = "utf-8" | "us-ascii" | "iso-8859-1";

const ALIASES: Readonly<Record<string, Charset>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "us-ascii": "us-ascii",
  ascii: "us-ascii",
  "iso-8859-1": "iso-8859-1",
  latin1: "iso-8859-1",
  "iso_8859-1": "iso-8859-1",
};

/** The charset named by a `charset` parameter (default UTF-8), or a refusal. */
export function charsetOf(param: string | undefined): Charset | Refusal {
  if (param === undefined) return "utf-8";
  return ALIASES[param.trim().toLowerCase()] ?? refusal("unsupported_charset");
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes bytes strictly: invalid UTF-8, or a byte above 0x7F in US-ASCII, is refused as
 * `invalid_utf8`; a byte above 0x7F under ISO-8859-1 as `unsupported_charset` (the vendor would
 * read it as UTF-8, see above). A byte-order mark is kept in the text, so unchanged text encodes
 * back to the same bytes.
 */
export function decodeText(bytes: Uint8Array, charset: Charset): string | Refusal {
  switch (charset) {
    case "utf-8":
      try {
        return utf8.decode(bytes);
      } catch {
        return refusal("invalid_utf8");
      }
    case "us-ascii":
      if (!isAscii(bytes)) return refusal("invalid_utf8");
      return Buffer.from(bytes).toString("latin1");
    case "iso-8859-1":
      if (!isAscii(bytes)) return refusal("unsupported_charset");
      return Buffer.from(bytes).toString("latin1");
  }
}

/** Encodes text in a charset; a refusal (`encoding_failure`) when a character has no encoding there. */
export function encodeText(text: string, charset: Charset): Buffer | Refusal {
  if (charset === "utf-8") return Buffer.from(text, "utf8");
  const max = charset === "us-ascii" ? 0x7f : 0xff;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > max) return refusal("encoding_failure");
  }
  return Buffer.from(text, "latin1");
}
