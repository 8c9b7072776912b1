import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium (apt-get install chromium); Playwright's own download is not reachable here.
const chromium =
  process.env.CHROMIUM_PATH ??
  ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => existsSync(p)) ??
  "/usr/bin/chromium";

// E2E_PORT moves both servers (several checkouts on one machine).
const PGLITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const POSTGRES_PORT = PGLITE_PORT + 1;
const withPostgres = Boolean(process.env.E2E_DATABASE_URL);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Every journey on the embedded database, sign-in required.
    {
      name: "pglite",
      use: { baseURL: `http://127.0.0.1:${PGLITE_PORT}` },
      testIgnore: /(public-read|database-restart)\.spec\.ts/,
    },
    // The same app on a real PostgreSQL server, with PUBLIC_READ=true.
    ...(withPostgres
      ? [
          {
            name: "postgres-public-read",
            use: { baseURL: `http://127.0.0.1:${POSTGRES_PORT}` },
            testMatch: /(public-read|browse-cycle)\.spec\.ts/,
          },
          // A PostgreSQL server and an app of its own, stopped and started under the app (never the shared one).
          { name: "postgres-restart", testMatch: /database-restart\.spec\.ts/ },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx tsx scripts/e2e-server.ts ${PGLITE_PORT}`,
      url: `http://127.0.0.1:${PGLITE_PORT}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: { E2E_DATABASE_URL: "", E2E_PUBLIC_READ: "false" },
    },
    ...(withPostgres
      ? [
          {
            command: `npx tsx scripts/e2e-server.ts ${POSTGRES_PORT}`,
            url: `http://127.0.0.1:${POSTGRES_PORT}/sign-in`,
            timeout: 180_000,
            reuseExistingServer: false,
            env: { E2E_DATABASE_URL: process.env.E2E_DATABASE_URL ?? "", E2E_PUBLIC_READ: "true" },
          },
        ]
      : []),
  ],
});
