// Sums vitest's "Tests  N passed (M)" lines of every workspace and the contract runner's
// "N passed, N failed" line into one closing line. Exits 1 when a count is missing or a test failed.
import { readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

const [testLog, contractLog] = process.argv
  .slice(2)
  .map((file) => stripVTControlCharacters(readFileSync(file, "utf8")));
let passed = 0;
let failed = 0;
let skipped = 0;
let suites = 0;
for (const match of testLog.matchAll(/^\S*:?\s*Tests\s+(.*)\(\d+\)\s*$/gm)) {
  suites++;
  const part = (name) => Number(new RegExp(`(\\d+) ${name}`).exec(match[1])?.[1] ?? 0);
  passed += part("passed");
  failed += part("failed");
  skipped += part("skipped");
}
const contract = /^(\d+) passed, (\d+) failed$/m.exec(contractLog);
if (suites === 0 || contract === null) {
  console.error("summary: could not find the test counts in the logs");
  process.exit(1);
}
console.log(`workspaces with tests: ${suites}; contract cases: ${contract[1]} passed, ${contract[2]} failed`);
passed += Number(contract[1]);
failed += Number(contract[2]);
console.log(`total: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
