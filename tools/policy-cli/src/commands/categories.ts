/** `kago-policy categories`: the taxonomy tree of personal-data categories. */
import { CATEGORY_KEYS, TAXONOMY } from "@kago/personal-data";
import { type CliIo, EXIT } from "../io.js";
import { renderTable } from "../table.js";

/** Runs `categories`; returns the exit code. */
export function categories(json: boolean, io: CliIo): number {
  const entries = CATEGORY_KEYS.map((key) => TAXONOMY[key]);
  if (json) {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = entries.map((e) => {
    const depth = e.key.split(".").length - 1;
    return [`${"  ".repeat(depth)}${e.key}`, e.label, e.description];
  });
  io.stdout(`${renderTable([["CATEGORY", "LABEL", "DESCRIPTION"], ...rows])}\n`);
  return EXIT.ok;
}
