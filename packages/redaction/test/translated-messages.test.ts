/**
 * Precision on real prose: TypeScript ships its compiler's messages in thirteen translations
 * (Simplified and Traditional Chinese, Japanese, Korean, German, French, Spanish, Brazilian
 * Portuguese, Italian, Russian, Polish, Turkish, Czech), some 27,000 sentences that hold names of things, numbers, quotes and
 * code but no person's data. The engine must forward every one of them unchanged: a reader that
 * takes ordinary prose for personal data shows here (session 12 found `su nombre es dinámico`,
 * "its name is dynamic", taken for a name). The corpus is the pinned `typescript` of the lock
 * file, read from disk, not a fixture.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { bodyOf, redactJsonBody, redactorWith } from "./helpers.js";

/** Every translated message of the installed TypeScript, by language. */
function translatedMessages(): Map<string, string[]> {
  const lib = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "lib");
  const out = new Map<string, string[]>();
  for (const language of readdirSync(lib, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const file = join(lib, language.name, "diagnosticMessages.generated.json");
    let messages: Record<string, string>;
    try {
      messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    } catch {
      continue;
    }
    out.set(language.name, Object.values(messages));
  }
  return out;
}

describe("TypeScript's translated messages (no personal data in them)", () => {
  const corpus = translatedMessages();

  it("are there to read: thirteen translations, thousands of sentences each", () => {
    expect(corpus.size).toBeGreaterThanOrEqual(13);
    for (const [language, messages] of corpus) expect(messages.length, language).toBeGreaterThan(1000);
  });

  it("are forwarded unchanged, each message a record of its own", () => {
    const r = redactorWith();
    const changed: string[] = [];
    for (const [language, messages] of corpus) {
      const body = JSON.stringify({ records: messages.map((message) => ({ message })) });
      const sent = JSON.parse(bodyOf(redactJsonBody(r, "aliyun", body))) as {
        records: Array<{ message: string }>;
      };
      sent.records.forEach((record, k) => {
        if (record.message !== messages[k]) changed.push(`${language}: ${record.message}`);
      });
    }
    expect(changed).toEqual([]);
  });
});
