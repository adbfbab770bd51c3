/**
 * The one vitest configuration every workspace uses (each `vitest.config.ts` re-exports it).
 *
 * Workspace packages resolve through the `source` export condition, so tests run against
 * TypeScript sources and need no build step first.
 */
import { fileURLToPath } from "node:url";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Without vite's "module" condition: some dependencies (@opentelemetry/*) map it to an ESM build
// with extensionless imports that Node cannot load; every dependency also has a Node entry.
const conditions = ["source", ...defaultServerConditions.filter((condition) => condition !== "module")];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Fixed fast-check seeds, so a run fails for the code and not for the draw (FC_SEED to vary).
    setupFiles: [fileURLToPath(new URL("./vitest.fast-check.ts", import.meta.url))],
  },
});
