/** Writes the generated files: `schema/policy.schema.json` and `src/kago-policy.generated.ts`. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSON_SCHEMA_URL, renderJsonSchema, renderTypedPolicy, TYPED_POLICY_URL } from "../src/generate.js";

writeFileSync(JSON_SCHEMA_URL, renderJsonSchema());
writeFileSync(TYPED_POLICY_URL, renderTypedPolicy());
process.stdout.write(`wrote ${fileURLToPath(JSON_SCHEMA_URL)}\nwrote ${fileURLToPath(TYPED_POLICY_URL)}\n`);
