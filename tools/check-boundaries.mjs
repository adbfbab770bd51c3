#!/usr/bin/env node
// Enforces the dependency rules of DESIGN.md that a linter cannot see from one file:
// - packages depend only on packages (never on apps or tools);
// - the engine (@kago/redaction) depends on data packages only, and its sources import no
//   node: I/O module, no express and no OpenTelemetry;
// - only apps set up the OpenTelemetry SDK: packages may use @opentelemetry/api at most.
// Reads package.json files and import specifiers as text; exits 1 with one line per violation.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const violations = [];

function workspaces(group) {
  const dir = join(root, group);
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && safeStat(join(path, "package.json")));
}

function safeStat(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

const importPattern =
  /(?:^|[^\w.])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file) {
  const text = readFileSync(file, "utf8");
  const specifiers = [];
  for (const match of text.matchAll(importPattern)) specifiers.push(match[1] ?? match[2]);
  return specifiers;
}

const packageNames = new Map();
for (const group of ["packages", "apps", "tools"]) {
  for (const dir of workspaces(group)) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    packageNames.set(manifest.name, group);
  }
}

const ENGINE = "@kago/redaction";
const DATA_PACKAGES = new Set(["@kago/personal-data", "@kago/policy", "@kago/vendors"]);
// computation only: keyed hashes (crypto), the base64 / UTF-8 codec (buffer) and the inflation
// of compressed text in base64 (zlib, synchronous and bounded)
const ENGINE_ALLOWED_NODE = new Set(["node:crypto", "node:buffer", "node:zlib"]);

for (const dir of workspaces("packages")) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  for (const dep of deps) {
    const group = packageNames.get(dep);
    if (group && group !== "packages")
      violations.push(
        `${manifest.name} depends on ${dep} (${group}/): packages never depend on apps or tools`,
      );
    if (manifest.name === ENGINE && group && !DATA_PACKAGES.has(dep))
      violations.push(`${ENGINE} depends on ${dep}: the engine depends on data packages only`);
    if (/^@opentelemetry\/(?!api$)/.test(dep))
      violations.push(`${manifest.name} depends on ${dep}: only apps set up the OpenTelemetry SDK`);
  }
  const srcDir = join(dir, "src");
  if (!safeStat(srcDir)) continue;
  for (const file of sourceFiles(srcDir)) {
    for (const spec of importsOf(file)) {
      const where = relative(root, file);
      if (/^@opentelemetry\/(?!api$)/.test(spec))
        violations.push(`${where}: imports ${spec}: only apps set up the OpenTelemetry SDK`);
      if (manifest.name !== ENGINE) continue;
      if (spec.startsWith("node:") && !ENGINE_ALLOWED_NODE.has(spec))
        violations.push(`${where}: imports ${spec}: the engine does no I/O`);
      if (spec === "express" || spec.startsWith("@opentelemetry/") || spec.startsWith("http-proxy"))
        violations.push(`${where}: imports ${spec}: the engine is pure`);
    }
  }
}

if (violations.length > 0) {
  for (const line of violations) console.error(`boundary: ${line}`);
  process.exit(1);
}
console.log(`boundaries ok (${packageNames.size} workspaces)`);
