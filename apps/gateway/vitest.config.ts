import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared.js";

// The shared config resolves with vite's "module" condition; @opentelemetry/* map "module" to an
// ESM build with extensionless imports that Node cannot load natively. Same conditions, minus
// "module" (every dependency here also ships a Node entry under "import"/"default").
const conditions = ["source", ...defaultServerConditions.filter((c) => c !== "module")];

export default defineConfig({
  ...shared,
  resolve: { ...shared.resolve, conditions },
  ssr: { ...shared.ssr, resolve: { ...shared.ssr?.resolve, conditions } },
});
