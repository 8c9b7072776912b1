import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. The database URL is chosen at run time
// (lib/db/client.ts); migrations are applied by lib/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
