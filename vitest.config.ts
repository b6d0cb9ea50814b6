import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", ".next-*/**", "tests/e2e/**", ".data/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file gets its own database; two cores keep the pool small.
    maxWorkers: 2,
  },
});
