import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "lib/test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // *.postgres.test.ts need a PostgreSQL server of their own: only in the PostgreSQL run (never reported skipped).
    exclude: [...configDefaults.exclude, ...(process.env.TEST_DB === "postgres" ? [] : ["**/*.postgres.test.ts"])],
    environment: "node",
    // The server log (lib/log.ts) stays quiet in tests; tests that check log lines capture them themselves.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests open an engine per file; keep memory and CPU in check on 2 cores.
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
