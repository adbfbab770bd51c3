import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeCatalogMarkdown, VENDOR_CATALOG } from "@kago/vendors";
import { expect, it } from "vitest";

const FIELD_MAP = join(import.meta.dirname, "../../../docs/vendors/field-map.md");
const HEADER =
  "# Vendor field maps\n\nGenerated from the schemas of `@kago/vendors` (`describeCatalogMarkdown`); do not edit by hand.\n" +
  "Regenerate: `UPDATE_FIELD_MAP=1 npx vitest run src/describe-catalog.test.ts` in packages/vendors.\n\n";

it("docs/vendors/field-map.md is the catalog's current field map", () => {
  const expected = HEADER + describeCatalogMarkdown(VENDOR_CATALOG);
  if (process.env.UPDATE_FIELD_MAP === "1") writeFileSync(FIELD_MAP, expected);
  expect(readFileSync(FIELD_MAP, "utf8")).toBe(expected);
  for (const id of VENDOR_CATALOG.endpoints.keys()) expect(expected).toContain(`\`${id}\``);
});
