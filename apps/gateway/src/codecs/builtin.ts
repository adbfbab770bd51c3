/**
 * The built-in codecs: JSON (`application/json`, `text/json`, `application/*+json`),
 * form (`application/x-www-form-urlencoded`) and plain text (`text/plain`), in any supported
 * charset. They only decode bytes to text and back: parsing and every decision about the content
 * belong to the redaction engine. A form or text body holding a control character (other than
 * tab, CR, LF) is refused as `invalid_utf8`: it is UTF-16/32 or binary data, not text (JSON
 * needs no such check: the engine refuses a raw control character in JSON). A text body that is a
 * form document (`isFormDocument`) is decoded as a form, and written back as the engine left it
 * (session 20).
 */
import type { TransferBody } from "@kago/redaction";
import { refusal } from "../errors.js";
import { type Charset, charsetOf, decodeText, encodeText } from "./charset.js";
import { hasControlCharacter, isFormDocument } from "./plain-text.js";
import type { BodyCodec, CodecContext, CodecResult } from "./registry.js";

type TextKind = "json" | "form" | "text";

function textCodec(kind: TextKind, name: string, matches: (essence: string) => boolean): BodyCodec {
  const charset = (ctx: CodecContext): Charset | CodecResult<never> => {
    const c = charsetOf(ctx.mediaType.params.charset);
    return typeof c === "string" ? c : { ok: false, refusal: c };
  };
  return {
    name,
    matches: (ctx) => matches(ctx.mediaType.essence),
    decode(bytes, ctx) {
      const c = charset(ctx);
      if (typeof c !== "string") return c;
      const text = decodeText(bytes, c);
      if (typeof text !== "string") return { ok: false, refusal: text };
      if (kind !== "json" && hasControlCharacter(text))
        return { ok: false, refusal: refusal("invalid_utf8") };
      // a form document sent as text is read as the form a vendor parses (session 20)
      return { ok: true, value: { kind: kind === "text" && isFormDocument(text) ? "form" : kind, text } };
    },
    encode(body: TransferBody, ctx) {
      if (body.kind === "none") return { ok: true, value: Buffer.alloc(0) };
      const c = charset(ctx);
      if (typeof c !== "string") return c;
      const bytes = encodeText(body.text, c);
      return Buffer.isBuffer(bytes) ? { ok: true, value: bytes } : { ok: false, refusal: bytes };
    },
  };
}

/** JSON in any supported charset. */
export const jsonCodec: BodyCodec = textCodec(
  "json",
  "json",
  (e) =>
    e === "application/json" || e === "text/json" || (e.startsWith("application/") && e.endsWith("+json")),
);

/** `application/x-www-form-urlencoded`. */
export const formCodec: BodyCodec = textCodec(
  "form",
  "form",
  (e) => e === "application/x-www-form-urlencoded",
);

/** `text/plain`; a form document in it is read as a form. */
export const textPlainCodec: BodyCodec = textCodec("text", "text", (e) => e === "text/plain");

/** The built-in codecs, in lookup order. */
export const BUILTIN_CODECS: readonly BodyCodec[] = [jsonCodec, formCodec, textPlainCodec];
