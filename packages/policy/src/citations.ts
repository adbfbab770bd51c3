/** Comparing citations with the source text: white space folded, nothing else changed. */
import { createHash } from "node:crypto";

/** Folds every run of white space (line breaks included) to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The lower-case hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A source text prepared once for many citation look-ups. */
export interface SourceIndex {
  readonly sha256: string;
  /** True when the citation occurs verbatim in the source, white space folded. */
  cites(citation: string): boolean;
}

/** Prepares `text` for {@link SourceIndex.cites} look-ups. */
export function indexSource(text: string): SourceIndex {
  const folded = foldWhitespace(text);
  return {
    sha256: sha256Hex(text),
    cites: (citation) => {
      const needle = foldWhitespace(citation);
      return needle.length > 0 && folded.includes(needle);
    },
  };
}
